// Money outside Amazon (OFF-AMAZON): payment services, bank transfers, bank details. Naming the service is enough:
// a draft that says "we can't take PayPal" is safer written without the name.
import { anyOf, cjk, words, type PhraseRule } from './build.ts';
import { idLabelled } from '../phones.ts';
import { amazonTakes } from './amazons-own.ts';

const SERVICES = anyOf([
  words('pay\\s?pal\\p{L}{0,3}', 'venmo', 'zelle', 'cash\\s?app', 'western\\s+union', 'money\\s?gram', 'ali\\s?pay',
    'we\\s?chat\\s+pay', 'payoneer', 'skrill', 'revolut\\p{L}{0,3}', 'payconiq', 'transfer\\s?wise', 'bizum', 'satispay', 'post\\s?epay',
    'postepay', 'paylib', 'lydia', 'mercado\\s?pago', 'klarna', 'sofort[-\\s]?überweisung', 'giropay', 'paysafecard',
    'pay\\s?pay', 'line\\s?pay', 'rakuten\\s+pay', 'apple\\s+(?:pay|cash)', 'google\\s+pay', 'bitcoin', 'btc', 'usdt',
    'ethereum', 'crypto(?:currency)?', 'krypto\\w*',
    // wallets per marketplace: BR/PT, NL/BE, PL, SE, TR, SA/AE/EG, FR/DE/IT/ES, JP
    'pix(?!\\s+of)', 'chave\\s+pix', 'mb\\s?way', 'multibanco', 'picpay', 'tikkie', 'betaalverzoek\\p{L}*', 'blik(?:iem|a|u)', '(?:kod|przez|kodem)\\s+blik',
    'przelewy24', 'swish\\p{L}{0,3}', 'swisha\\p{L}*', 'papara\\p{L}{0,4}', 'ininal', 'stc\\s?pay', 'urpay', 'vodafone\\s+cash',
    'instapay', 'fawry', 'chave\\s+aleatória', 'wero', 'twint', 'vipps', 'mobilepay', 'wise\\s+(?:account|transfer|konto|compte|cuenta)', 'n26', 'yape',
    'boleto(?:\\s+bancário)?', 'pag\\s?seguro', 'pagbank', 'bancontact', 'bunq', 'payu', 'tosla', 'scalapay'),
  cjk('支付宝', '支付寶', '微信支付', '微信转账', '微信轉帳', '财付通', 'ペイペイ', '楽天ペイ', 'メルペイ', 'ＰａｙＰａｙ', 'ｄ払い', 'au\\s?PAY',
    'باي\\s?بال', 'بايبال', 'بيبال', '(?<![\\p{L}])(?:عن\\s+طريق|عبر|على|بواسطة)\\s+فوري(?![\\p{L}])', 'ペイパル', '贝宝', '送金アプリ', '云闪付', 'ゆうちょ', 'ウィーチャットペイ', 'アリペイ', 'اس\\s?تي\\s?سي\\s?باي', 'إس\\s?تي\\s?سي\\s?باي', 'فودافون\\s+كاش', 'انستاباي'),
]);

// Paid to the seller past Amazon: "pagar a peça direto com a gente", "sem passar pela Amazon", "direkt an uns zahlen".
const DIRECT = '(?:directly|direct|direkt|directement|en\\s+direct|directamente|directo|direttamente|diretamente|direto|rechtstreeks|bezpośrednio)';
const TO_US = '(?:(?:to|with)\\s+(?:me|us)|(?:an|bei|mit)\\s+(?:mich|uns)|(?:à|avec)\\s+(?:moi|nous)|(?:a|con)\\s+(?:mí|nosotros|noi|me)|' +
  '(?:a|para|com)\\s+(?:mim|nós|a\\s+gente)|(?:aan|bij|met)\\s+(?:mij|ons)|(?:do|u)\\s+(?:mnie|nas)|(?:till|hos|med)\\s+(?:mig|oss))';
const PAST_AMAZON = '(?:outside\\s+(?:of\\s+)?amazon|without\\s+(?:going\\s+through|using)\\s+amazon|bypassing\\s+amazon|außerhalb\\s+(?:von\\s+)?amazon\\p{L}*|' +
  'an\\s+amazon\\s+vorbei|hors\\s+(?:d[\'’])?amazon|sans\\s+passer\\s+par\\s+amazon|fuera\\s+de\\s+amazon|sin\\s+pasar\\s+por\\s+amazon|fuori\\s+(?:da\\s+)?amazon|' +
  'senza\\s+passare\\s+(?:da|per)\\s+amazon|fora\\s+da\\s+amazon|sem\\s+passar\\s+pela\\s+amazon|buiten\\s+amazon(?:\\s+om)?|poza\\s+amazon\\p{L}*|' +
  'z\\s+pominięciem\\s+amazon\\p{L}*|utanför\\s+amazon|utan\\s+att\\s+gå\\s+(?:via|genom)\\s+amazon|amazon\\s+dışında)';
const PAY = '(?:pay|paying|payment|zahl\\p{L}*|bezahl\\p{L}*|pay(?:er|ez|é|ons)|paiement|pag(?:ar|ue|a|as|amento|o|ate|hi|are|arlo)|betal\\p{L}*|(?:za)?płac\\p{L}*|wpłac\\p{L}*|öde\\p{L}*)';

const TRANSFERS = anyOf([
  words(`${PAY}\\s+(?:[^\\s.!?]+\\s+){0,5}?(?:${DIRECT}\\s+${TO_US}|${PAST_AMAZON})`, `${PAST_AMAZON}\\s+(?:[^\\s.!?]+\\s+){0,3}?${PAY}`),
  cjk('Amazonを通さず[^。！？]{0,12}?(?:支払|振込|決済)', '(?:不通过|绕过|绕开)(?:亚马逊|亞馬遜)[^。！？]{0,12}?(?:付款|支付|转账)', 'خارج\\s+أمازون[^.!؟]{0,20}?(?:الدفع|تدفع|ادفع)'),
  // en
  words('bank\\s+transfers?', 'wire\\s+transfers?', 'wire\\s+(?:the|you|me|us)\\s+(?:money|payment|funds|amount|difference)',
    'bank\\s+(?:account\\s+)?details', '(?:your|our|my)\\s+bank\\s+account', 'routing\\s+number', 'swift\\s*(?:code|/\\s*bic)',
    'iban', 'pay\\s+(?:me|us)\\s+directly', 'pay\\s+(?:outside|off)\\s+(?:of\\s+)?amazon',
    'send\\s+(?:me|us)\\s+the\\s+(?:money|payment)', 'money\\s+orders?', 'cashier[\'’]?s\\s+(?:check|cheque)',
    '(?:mail|send|post)\\s+(?:you\\s+)?a\\s+(?:check|cheque)', 'personal\\s+(?:check|cheque)', 'by\\s+(?:check|cheque)(?!-)', '(?:pay|refund)\\w*\\s+(?:you\\s+)?in\\s+cash'),
  // de
  words('(?:bank)?überweisung(?:en)?', 'überweisen', 'überweise\\s+(?:ich|wir)', 'vorkasse', 'bankverbindung', 'kontoverbindung(?:en)?', 'kontodaten', 'kontonummer', 'bankdaten',
    'direkt\\s+(?:an\\s+(?:mich|uns)\\s+)?(?:zahlen|bezahlen)', 'barzahlung', 'in\\s+bar\\s+(?:bezahlen|zahlen|erstatten|zurück\\w*|auszahlen)',
    '(?:bezahlen|zahlen|erstatten)\\s+(?:sie\\s+|wir\\s+)?(?:\\p{L}+\\s+){0,4}?in\\s+bar', 'scheck'),
  // fr
  words('virements?(?:\\s+bancaires?)?', 'coordonnées\\s+bancaires', 'mandat\\s+cash', 'payer\\s+directement',
    'compte\\s+bancaire', 'en\\s+espèces', 'par\\s+chèque',
    // a cheque sent or made out to the seller: "un chèque à l'ordre de ...", "envoyez-nous un chèque" (not a chèque-cadeau)
    'chèques?\\s+(?:\\p{L}+\\s+)?à\\s+l[\'’]ordre', '(?:envoy\\p{L}*|adress\\p{L}*|postez)[-\\s](?:nous|moi)\\s+(?:un|votre|le)\\s+chèque(?![-\\s]cadeau)',
    '(?:check|cheque)\\s+(?:made\\s+)?(?:payable|out)\\s+to', 'cheque\\s+(?:a\\s+nombre|nominativo)', 'assegno\\s+(?:intestato|bancario|circolare)'),
  // es
  words('transferencias?(?:\\s+bancarias?)?', 'datos\\s+bancarios', 'cuenta\\s+bancaria', 'pagar\\s+directamente',
    'pago\\s+directo', 'en\\s+efectivo', 'con\\s+cheque'),
  // it
  words('bonifico(?:\\s+bancario)?', 'bonifici', 'ricarica\\s+(?:postepay|paypal|sulla\\s+(?:mia|nostra)\\s+carta)',
    'coordinate\\s+bancarie', 'conto\\s+corrente', 'pagare\\s+direttamente', 'in\\s+contanti', 'con\\s+assegno'),
  // pt
  words('transferência(?:\\s+bancária)?', 'transferencia\\s+bancaria', 'depósito\\s+(?:bancário|na\\s+(?:minha|nossa|sua)\\s+conta)',
    'dados\\s+bancários', 'conta\\s+bancária', 'número\\s+da\\s+conta', 'pagar\\s+diretamente', 'pagamento\\s+direto',
    'em\\s+dinheiro', 'por\\s+fora'),
  // nl
  words('overmaken', 'overmaak', 'maak\\s+(?:het|het\\s+bedrag|\\p{L}+)\\s+over', 'over\\s?te\\s+maken', 'overboeking', 'overschrijving',
    'bankrekening\\p{L}*', 'rekeningnummer', 'bankgegevens', '(?:maken|maak)\\s+(?:we|wij|ik)\\s+(?:het\\s+)?(?:bedrag|geld|verschil)\\s+over', 'rechtstreeks\\s+betalen', 'contant'),
  // pl
  words('przelew\\p{L}{0,3}', 'numer\\s+konta', 'na\\s+(?:moje|nasze|pana|pani)\\s+konto', 'konto\\s+bankowe', 'kont\\p{L}+\\s+bankow\\p{L}+',
    'zapłać\\s+bezpośrednio', 'gotówk\\p{L}+', 'dane\\s+do\\s+przelewu'),
  // sv
  words('banköverföring\\p{L}*', 'kontonummer', 'bankkonto\\p{L}*', 'bankgiro\\p{L}*', 'plusgiro\\p{L}*', 'betala\\s+direkt', 'kontant\\p{L}*',
    'clearingnummer'),
  // tr
  words('havale\\p{L}*', 'banka\\s+hesab\\p{L}*', 'hesap\\s+numara\\p{L}*', 'iban\\p{L}*', 'doğrudan\\s+ödeme', 'elden\\s+ödeme',
    'nakit'),
  // ja, zh, ar
  cjk('تحويل\\s+بنكي', 'التحويل\\s+البنكي', 'حوالة', 'حواله', 'الحساب\\s+البنكي', 'حساب\\s+بنكي', 'رقم\\s+الحساب', 'رقم\\s+حسابي',
    'التحويل\\s+(?:إلى|الى|على|ل)', 'حسابنا\\s+(?:في|البنكي|لدى|ب)', 'حساب\\p{L}*\\s+(?:في|لدى)\\s+بنك', 'آيبان', 'ايبان', 'حسابك\\s+(?:في\\s+)?(?:البنك|البنكي)', 'أحول\\s+لك', 'سأحول', 'احول\\s+لك', 'حول\\s+لي', 'حوّل', 'الآيبان', 'الايبان', 'الدفع\\s+المباشر', 'ادفع\\s+مباشرة', 'نقدا', 'نقداً', '(?<![\\p{L}])كاش(?![\\p{L}])'),
  cjk('銀行振込', '振込', '振り込', 'お振込', '口座', '現金書留', '直接取引', '直接お支払', '直接お振', '转账', '轉帳', '汇款', '匯款',
    '打款', '银行卡', '銀行卡', '银行转账', '私下交易', '线下交易', '私下付款', '直接付款', '红包', '现金', '現金'),
]);

// "RIB" (French bank details) is only that in capitals.
const CAPITALS = /(?<![A-Za-z0-9])(?:RIB|BIC|BLIK|EFT|NIB|iDEAL)(?![A-Za-z0-9])/g;
// An IBAN: country, check digits, then 12-30 letters or digits in groups (shorter codes are parcel numbers).
const IBAN = /(?<![A-Za-z0-9])(?:AD|AE|AT|BE|BG|BR|CH|CY|CZ|DE|DK|EE|EG|ES|FI|FR|GB|GR|HR|HU|IE|IL|IS|IT|LI|LT|LU|LV|MC|MT|NL|NO|PL|PT|RO|SA|SE|SI|SK|SM|TR)\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;
// $Cashtag (Cash App): a dollar sign before a name, not an amount.
const CASHTAG = /(?<![A-Za-z0-9$])\$[A-Za-z][A-Za-z0-9_-]{2,19}(?![A-Za-z0-9_])/g;

// Wallet ids that name no service: a Swish business number (123 then seven digits, grouped as it is printed: a bare
// run of ten digits is a parcel or return number) and a Pix random key (a UUID).
// Neither is an order id (3-7-7 digits), a tracking number or a phone number; the word before a Swish number is
// kept with it, so that the payment, not a phone number, is what the seller is told about.
const WALLET_IDS = /(?<![\dA-Za-z-])(?:(?:(?:till|nummer|numret|swishnummer)\s+)?123[ -]\d{3}[ -]\d{2}[ -]\d{2}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\dA-Za-z-])/gi;

export const PAYMENT_RULES: readonly PhraseRule[] = [
  // "NIP 123-456-32-18": a tax number in the shape of a Swish number
  { re: WALLET_IDS, kind: 'off-amazon-payment', hint: 'off-amazon-payment', unless: (text, start) => idLabelled(text.slice(0, start)) },
  { re: SERVICES, kind: 'off-amazon-payment', hint: 'off-amazon-payment', unlessRefused: true, unless: amazonTakes },
  { re: TRANSFERS, kind: 'off-amazon-payment', hint: 'off-amazon-payment', unlessRefused: true, unless: amazonTakes },
  { re: CAPITALS, kind: 'off-amazon-payment', hint: 'off-amazon-payment', unlessRefused: true, unless: amazonTakes },
  { re: IBAN, kind: 'off-amazon-payment', hint: 'off-amazon-payment' },
  { re: CASHTAG, kind: 'off-amazon-payment', hint: 'off-amazon-payment' },
];
