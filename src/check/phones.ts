// Phone numbers (MSG-PROHIBITED). A run of digits is a phone number when it is written like one (international
// prefix, a national number's grouping, a mobile number) or when the words before it say so ("call", "Tel",
// "電話", "手机"). It is not one when the words before it name a parcel, an order, a model or a case, or when
// it is written like a tracking number (1234-5678-9012), a date, or glued to a unit (12cm, 11月).
// International numbers are checked against the country calling codes and lengths of libphonenumber-js's metadata.
import { possibleInternational } from './calling-codes.ts';
import type { MappedText } from './mapped-text.ts';
import type { Hit } from './hit.ts';
import { foldPattern } from './phrases/build.ts';
import { factorAlternatives } from './phrases/factor.ts';
import { matches } from './matches.ts';

// (an asterisk too: "0555*012*34*87")
const SEP = ' \\-./()_·•ー－‐‑‒–—−~*';
// A digit, then digits and separators, ending on a digit. Not started inside a Latin word or a longer number.
const RUN = new RegExp(`(?<![A-Za-z0-9_+(\\-./])(?:\\+\\s?|\\()?\\d(?:[\\d${SEP}\\r\\n]*\\d)?\\)?`, 'g');
// Glued to a unit, a date word or a Latin suffix: "12cm", "11月", "NW-2000b".
const GLUED_AFTER = /^(?:[A-Za-z]|[年月日時分秒円元個件台枚本点%％])/;

/**
 * One expression for a list of words, in their order: those that begin with a letter stand as whole words, the
 * others (a group, Chinese, Japanese, Arabic, "#") match anywhere. Neighbouring whole words share one look-behind
 * and one look-ahead and their common first letters: at each position the words are tried in the same order as
 * with a look-behind and a look-ahead around each, without a few hundred alternatives tried one by one.
 */
function wordList(list: string[]): RegExp {
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => { if (run.length) parts.push(`(?<![\\p{L}])(?:${factorAlternatives(run)})(?![\\p{L}])`); run = []; };
  for (const w of list) {
    if (/^\w/.test(w)) { run.push(foldPattern(w)); continue; }
    flush();
    parts.push(foldPattern(w));
  }
  flush();
  return new RegExp(parts.join('|'), 'giu');
}

const PHONE_WORDS = wordList([
  'call', 'calling', 'phone', 'reach\\s+(?:\\w+\\s+){0,3}?at', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'text', 'sms', 'ring', 'hotline',
  'helpline', 'whats\\s?app', 'reach\\s+(?:me|us)', '(?:my|our)\\s+(?:\\w+\\s+)?number\\s+is', 'dial',
  // a direct line: "ligne directe", "Durchwahl", "línea directa", "linea diretta", "direktnummer"
  'direct\\s+line', 'ligne\\s+directe', 'durchwahl', 'direktwahl', 'línea\\s+directa', 'linea\\s+diretta', 'linha\\s+direta', 'directe\\s+lijn', 'direktnummer', 'doğrudan\\s+hat',
  'anruf\\w*', 'ruf\\w*', 'telefon\\w*', 'handy', 'mobil\\w*', 'rufnummer', 'erreichbar\\w*', 'erreichen',
  'appel\\w*', 'téléphone', 'tél', 'portable', 'joindre',
  'llam\\w*', 'teléfono', 'móvil', 'celular',
  'chiam\\w*', 'telefono', 'cellulare', 'numero\\s+di\\s+telefono',
  '電話', '携帯', 'フリーダイヤル', '連絡先',
  '电话', '手机', '致电', '打给', '拨打', '热线', '联系方式', '微信', 'vx', 'qq',
  'lig(?:ue|ar|a|uem|ue-nos|ue-me)', 'telefone', 'celular', 'whats', 'zap', 'contato', 'número',
  'bel(?:len|t|le)?', 'telefoon\\w*', 'mobiel\\w*', 'nummer',
  'zadzwo\\p{L}*', 'dzwo\\p{L}*', 'telefon\\p{L}*', 'komórk\\p{L}*', 'numer\\p{L}*', 'tel\\.',
  'ring\\p{L}*', 'mobil\\p{L}*', 'sms\\p{L}*',
  'ara(?:yın|yin|yınız|yabilirsiniz)?', 'telefon\\p{L}*', 'cep\\p{L}*', 'numara\\p{L}*', 'gsm',
  'اتصل', 'اتصال', 'هاتف', 'الهاتف', 'جوال', 'الجوال', 'موبايل', 'رقم', 'رقمي', 'واتس\\S*', 'تواصل',
]);

const OTHER_NUMBER_WORDS = wordList([
  'tracking', 'track', 'shipment', 'parcel', 'package', 'order', 'invoice', 'model', 'sku', 'part', 'serial', 's/n',
  // "série"/"serie" only as "number of" (a "serie di opzioni" is no label); "SN" is SERIAL_LABEL, in capitals
  'n[úu]m(?:ero|éro)\\s+(?:de|di)\\s+s[ée]rie', 'seryjn\\p{L}*', 'serienummer', 'シリアル', '製造番号', '序列号', 'التسلسلي',
  'ref', 'reference', 'case', 'claim', 'ticket', 'asin', 'ean', 'upc', 'isbn', 'gtin', 'jan', 'id', 'no\\.', 'nr\\.',
  'ups', 'usps', 'fedex', 'dhl', 'royal\\s+mail', 'hermes', 'evri', 'dpd', 'gls', 'yodel', 'post', 'colissimo',
  'chronopost', 'correos', 'seur', 'mrw', 'nacex', 'brt', 'sda', 'yamato', 'sagawa', 'ems', 'yanwen', 'cainiao', '4px',
  // a part's number under its label, the label a compound the window may cut into: "Ersatzteilnummer … 0 555 021 704"
  '(?:teile?|artikel|material|produkt|onderdeel)(?:nummer|nr\\.?)', 'onderdeel\\p{L}*', 'ersatzteil\\p{L}*',
  'sendung\\w*', 'paket\\w*', 'bestell\\w*', 'rechnung\\w*', 'artikel\\w*', 'modell\\w*', 'serien\\w*', 'kunden\\w*',
  'auftrag\\w*', 'vorgang\\w*',
  'suivi', 'colis', 'commande', 'facture', 'modèle', 'référence', 'envoi',
  'seguimiento', 'envío', 'pedido', 'factura', 'modelo', 'referencia', 'paquete',
  'tracciamento', 'spedizione', 'ordine', 'fattura', 'modello', 'codice', 'pacco', 'riferimento',
  '返品', '追跡', '伝票', '送り状', 'お問い合わせ番号', '問合せ番号', '注文', '型番', '品番', 'ヤマト', '佐川', '郵便', 'ゆうパック',
  '退货', '编号', '单号', '運單', '运单', '快递', '物流', '订单', '型号', '追踪', '跟踪', '顺丰', '中通', '圆通', '韵达', '申通', '邮政', '发票', '#',
  'rastreio', 'rastreamento', 'encomenda', 'objeto', 'nota\\s+fiscal', 'ctt', 'correios',
  'bestel\\p{L}*', 'zending\\p{L}*', 'pakket\\p{L}*', 'track\\s*(?:&|en)\\s*trace', 'postnl', 'factuur\\p{L}*', 'artikelnummer',
  'zamówieni\\p{L}*', 'przesyłk\\p{L}*', 'paczk\\p{L}*', 'śledzeni\\p{L}*', 'faktur\\p{L}*', 'inpost', 'nadania',
  'beställning\\p{L}*', 'ordernummer', 'spårning\\p{L}*', 'kolli\\p{L}*', 'försändelse\\p{L}*', 'postnord',
  '(?:takip|sipariş|kargo|gönderi|fatura|iade|talep)\\s+numara\\p{L}*', 'iade\\p{L}*', 'talep\\p{L}*',
  'returns?', 'rma', 'retour\\p{L}*', 'rücksendung\\p{L}*', 'devolución', 'reso', 'devolução', 'zwrot\\p{L}*', 'retur\\p{L}*',
  'seri\\s+(?:numara\\p{L}*|no)', '(?:الشحنة|شحنة|الطلب|طلب|التتبع|الفاتورة)\\s+(?:رقم|بالرقم)',
  'ärende\\p{L}*', 'dossier', 'caso', 'pratica', 'zaak', 'sprawy', 'garanti\\p{L}*', 'sipariş\\p{L}*', 'kargo\\p{L}*', 'takip\\p{L}*', 'mng', 'sürat', 'smsa', 'naqel', 'spl', 'budbee', 'instabox', 'dpd', 'inpost', 'poczta', 'bpost',
  '(?:rastreio|pedido|rastreamento)\\s+(?:n[º°o]\\.?\\s*)?', 'numer\\s+(?:zamówienia|przesyłki|paczki|faktury)', 'رقم\\s+(?:الطلب|التتبع|الشحنة|الفاتورة)', 'gönderi\\p{L}*', 'fatura\\p{L}*', 'yurtiçi', 'aras', 'ptt',
  'رقم\\s+(?:الإرجاع|الارجاع|المرتجع|الطلب|التتبع|الشحنة|الفاتورة|البلاغ|الحالة)', 'الإرجاع', 'الارجاع', 'المرتجع',
  'الطلب', 'طلب', 'طلبك', 'التتبع', 'تتبع', 'الشحنة', 'شحنة', 'الفاتورة', 'أرامكس', 'ارامكس', 'سمسا',
  // a barcode under its label: "barkod numarası 869…", "والباركود 628…", "EAN-Code"
  'barcode', 'bar\\s+code', 'barkod\\p{L}*', 'باركود', 'الباركود', 'strichcode', 'code[-\\s]barres', 'código\\s+de\\s+barras', 'codice\\s+a\\s+barre', 'streepjescode', 'kod\\s+kreskowy', 'streckkod', 'バーコード', '条形码', '条码',
  'schenker', 'spårningssida\\p{L}*', 'trackingpagina',
]);
// "number" alone ("con il numero", "med nummer", "numer", "برقم") names no phone: after a tracking page, a carrier or a
// barcode in the same stretch, it is that thing's number.
const GENERIC_NUMBER = /^(?:n[uú]mero|nummer|numer\p{L}*|numara\p{L}*|رقم)$/iu;
const OWN_BEFORE = /(?:^|[^\p{L}])(?:my|our|mein\p{L}*|unser\p{L}*|mon|notre|mi|nuestro|mio|nostro|meu|nosso|mijn|ons|onze|mój|moj\p{L}*|nasz\p{L}*|min|mitt|vår|vårt|benim|bizim)\s+(?:\p{L}+\s+)?$/iu;

// The seller's tax, VAT and company registration numbers, and postcodes: "USt-IdNr. DE 318 555 042", "vergi numaramız",
// "الرقم الضريبي", "PLZ", "〒" (and a Brazilian "CEP", below). Each names the number right after it only: a phone
// number after the VAT number is still one.
const ID_WORDS = wordList([
  '(?:vergi|mersis|sicil)\\s+(?:numara\\p{L}*|no)', '(?:vat|tax|company|registration)\\s+(?:id\\s+)?(?:number|no\\.?)(?:\\s+is)?',
  '(?:btw|kvk)[-\\s]?nummer(?:\\s+is)?', 'vat', 'tax\\s+(?:id|number|no\\.?|code)', 'company\\s+(?:number|no\\.?|registration)', 'registration\\s+(?:number|no\\.?)',
  'zip(?:\\s+code)?', 'post(?:al)?\\s?code', 'ust\\p{L}*', 'ust-?id\\p{L}*', 'umsatzsteuer\\p{L}*', 'steuer\\p{L}*', 'hrb', 'hra',
  'handelsregister\\p{L}*', 'plz', 'postleitzahl', 'siret', 'siren', 'tva', 'rcs', 'code\\s+postal', 'nif', 'cif', 'código\\s+postal',
  'p\\.?\\s?iva', 'partita\\s+iva', 'cnpj', 'cpf', 'btw\\p{L}*', 'kvk\\p{L}*', 'nip', 'regon', 'krs',
  'kod\\s+pocztowy', 'org\\.?\\s?nr\\.?', 'organisationsnummer', 'moms\\p{L}*', 'postnummer', 'vergi\\p{L}*', 'vkn', 'mersis\\p{L}*',
  'posta\\s+kodu', 'ضريبي', 'الضريبة', 'السجل\\s+التجاري', 'سجل\\s+تجاري', 'الرمز\\s+البريدي',
  '登録番号', '法人番号', '郵便番号', '〒', '税号', '纳税人识别号', '信用代码', '营业执照', '邮编', '邮政编码',
]);

/** The text before a number ends with the label of a tax, VAT or company registration number or a postcode ("NIP
 *  123-456-32-18", "org.nr 559555-0123"): the number is that id, not a phone or a wallet's number. */
export function idLabelled(before: string): boolean {
  const tail = before.slice(-40);
  let idAt = -1;
  for (const m of matches(ID_WORDS, tail)) idAt = m.index + m[0].length;
  return idAt >= 0 && /^[\s:：.#№-]*$/u.test(tail.slice(idAt));
}

// "0120-555-123 までお問い合わせ", "555-0134 (call anytime)"
// "555—019—4471 dal lunedì al venerdì", "0555 … hafta içi 9-18 arası": a number followed by the days or hours it answers
const PHONE_AFTER = new RegExp('^\\s*(?:まで|へ|に)?(?:お電話|ご連絡|お問い合わせ|お問合せ)|^\\s*\\(?(?:call|phone|text|direct\\s+line|ligne\\s+directe|durchwahl|línea\\s+directa|linea\\s+diretta|linha\\s+direta|directe\\s+lijn|direktnummer)|^[\\s,;:(]*(?:' +
  '(?:from\\s+)?mon(?:day)?\\s*(?:-|–|to|through)|weekdays|mo\\.?\\s*[-–]\\s*fr|montags?\\s+bis|werktags|du\\s+lundi\\s+au|de\\s+lunes\\s+a|dal\\s+lunedì\\s+al|' +
  'de\\s+segunda\\s+a|van\\s+maandag\\s+tot|ma\\s*(?:-|–|t/m)\\s*vr|od\\s+poniedziałku|mån(?:dag)?\\s*[-–]\\s*fre|vardagar|hafta\\s+içi|pazartesi|' +
  'من\\s+(?:الأحد|السبت|الاثنين)|أيام\\s+العمل|平日|営業時間|工作日|周一至周五)', 'iu');

const CODE_BEFORE = /(?:^|\s)(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]+\s$/;

// "CEP 06455-000": a Brazilian postcode (Turkish "cep" before a number is a mobile, never in this shape).
const CEP = /(?:^|[^\p{L}])cep\s*[:.]?\s*$/iu;
const CEP_SHAPE = /^\d{5}-?\d{3}$/;
const CEP_WRITTEN = /^\d{5}-\d{3}$/;
// "SN 0417-3381-26", "S/N: …": a serial number's label, in capitals (Turkish "Sn." is "Dear", before a phone too).
const SERIAL_LABEL = /(?:^|[^\p{L}])(?:SN|S\/N)\s*[:#.]?\s*$/u;
const CEP_NAMED = /(?:^|[^\p{L}])cep(?![\p{L}])/iu;

const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?$/;
// "vom 01.12~05.12.2026", "01/12-05/12/2026": a range of two day-and-month dates, the year at the end.
const DATE_RANGE = /^(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./]?\s?[-~–]\s?(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])(?:[./](?:\d{2}|\d{4}))?\.?$/;

type Context = 'phone' | 'other' | null;

// "Ring vår kundtjänst om garantin: 08 / 555 …", "call us about your warranty: …": the word after the call is what the
// call is about, not the label of the number.
const TOPIC_BEFORE = /(?:^|[^\p{L}])(?:about|regarding|concerning|om|angående|wegen|bezüglich|zur|zum|concernant|au\s+sujet\s+de|sobre|riguardo|over|w\s+sprawie|hakkında)\s+(?:(?:your|the|our|ihre[rnm]?|die|der|den|votre|la|le|su|el|la|sua|il|uw|de|het|din|er|vår|er)\s+)?$/iu;

function nearestContext(before: string): Context {
  let phoneAt = -1;
  let otherAt = -1;
  let otherStart = -1;
  let dialled = -1;
  for (const m of matches(PHONE_WORDS, before)) {
    phoneAt = m.index + m[0].length;
    // (the seller's own number is dialled: "meine Nummer", "il nostro numero", "mijn nummer")
    if (!GENERIC_NUMBER.test(m[0].trim()) || OWN_BEFORE.test(before.slice(Math.max(0, m.index - 14), m.index))) dialled = phoneAt;
  }
  for (const m of matches(OTHER_NUMBER_WORDS, before)) { otherAt = m.index + m[0].length; otherStart = m.index; }
  // the nearest phone word is only "number", and nothing dialled comes after the other thing's word
  if (phoneAt > otherAt && otherAt >= 0 && dialled < otherStart) phoneAt = -1;
  if (phoneAt >= 0 && otherStart > phoneAt && TOPIC_BEFORE.test(before.slice(phoneAt, otherStart)) && /^\p{L}*[\s:：]*$/u.test(before.slice(otherAt))) otherAt = -1;
  let idAt = -1;
  for (const m of matches(ID_WORDS, before)) idAt = m.index + m[0].length;
  if (idAt > otherAt && !/\d/.test(before.slice(idAt))) otherAt = idAt;
  if (phoneAt < 0 && otherAt < 0) return null;
  return phoneAt > otherAt ? 'phone' : 'other';
}

/** The digits after "+" or "00", without a bracketed trunk zero ("+49 (0)89 ..."); null for a national number. */
function international(raw: string, digits: string): string | null {
  let rest: string;
  if (raw.startsWith('+')) rest = raw.slice(1);
  else if (digits.startsWith('00') && digits.length >= 10) rest = raw.replace(/^[^\d]*00/, '');
  else return null;
  return rest.replace(/\(\s?0\s?\)/, '').replace(/\D/g, '');
}

function shapedLikePhone(raw: string, digits: string, groups: number[]): boolean {
  const d = digits.length;
  const shape = groups.join('-');
  if (groups.length >= 3 && groups.slice(0, 3).every((g) => g === 4)) return false; // 1234-5678-9012: Japan Post, Yamato, FedEx
  if (groups.length >= 7 && groups.every((g) => g === 1)) return true; // 5 5 5 1 2 3 4 5 6 7
  if (d === 10 && (shape === '3-3-4' || /^\(\d{3}\)\s?\d{3}[\s.-]?\d{4}$/.test(raw)) && /^[2-9]\d\d[2-9]/.test(digits)) return true;
  if (d === 11 && shape === '1-3-3-4' && /^1[2-9]\d\d[2-9]/.test(digits)) return true;
  if (d === 11 && /^1[3-9]\d{9}$/.test(digits) && (shape === '11' || shape === '3-4-4')) return true; // China mobile
  if (digits[0] === '0' && d >= 9 && d <= 12 && groups.length >= 2) return true; // trunk prefix: DE, UK, FR, IT, JP, CN
  if (groups.length === 1 && /^(?:0[789]0\d{8}|07\d{9}|01[5-7]\d{8,9}|0[67]\d{8})$/.test(digits)) return true; // mobiles
  if (d === 9 && /^[6-9]/.test(digits) && (shape === '3-3-3' || shape === '3-2-2-2')) return true; // Spain
  if (d >= 9 && d <= 10 && digits[0] === '3' && /^3-3-[34]$|^3-[67]$/.test(shape)) return true; // Italy mobile
  if (d === 9 && /^[4-8]/.test(digits) && /^3-3-3$|^3-2-2-2$/.test(shape)) return true; // Poland, Portugal
  if ((d === 10 || d === 11) && /^2-[45]-4$/.test(shape) && /^[1-9][1-9]/.test(digits)) return true; // Brazil (DDD) 9xxxx-xxxx
  if (/^\(\d{2}\)\s?9?\d{4}-?\d{4}$/.test(raw)) return true; // Brazil
  // Mobiles written in one block: Saudi/Emirati 05x, Turkish 05xx, Portuguese 9[1236], Brazilian DDD + 9
  if (groups.length === 1 && /^(?:05\d{8}|05\d{9}|9[1236]\d{7}|[1-9][1-9]9\d{8})$/.test(digits)) return true;
  return false;
}

export function findPhones(base: MappedText, original = ''): Hit[] {
  const text = base.text;
  const hits: Hit[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    // A number broken over lines ("+44 7700\n900 123") is judged as one number first; when that is no phone,
    // each line is judged by itself (an order id on one line, a phone on the next).
    if (!m[0].includes('\n')) { judge(m[0], m.index); continue; }
    if (judge(m[0], m.index)) continue;
    const lines = m[0].split('\n');
    let at = m.index;
    for (const l of lines) {
      const lead = l.length - l.trimStart().length;
      const piece = l.trim();
      if (/\d/.test(piece)) judge(piece.replace(/[^\d)]+$/, ''), at + lead);
      at += l.length + 1;
    }
  }
  return hits;

  function judge(raw: string, start: number): boolean {
    // A closing parenthesis is part of the number only when the number opened one.
    if (raw.endsWith(')') && !raw.slice(0, -1).includes('(')) raw = raw.slice(0, -1);
    const end = start + raw.length;
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) return false;
    if (GLUED_AFTER.test(text.slice(end, end + 1))) return false;
    // The tail of a spaced-out code ("1Z 999 AA1 01 2345 6784"): the word before mixes letters and digits.
    if (CODE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
    if (DATE_LIKE.test(raw) || DATE_RANGE.test(raw)) return false;
    if (CEP_SHAPE.test(raw) && CEP.test(text.slice(Math.max(0, start - 8), start))) return false;
    if (SERIAL_LABEL.test(text.slice(Math.max(0, start - 6), start))) return false;
    // A draft that speaks of a CEP writes its other postcodes the same way ("o CEP é 01310-100, mas esse número fica
    // no 01310-200"): 5-3 digits is no phone's shape in any marketplace.
    if (CEP_WRITTEN.test(raw) && CEP_NAMED.test(text)) return false;
    const groups = raw.split(/\D+/).filter(Boolean).map((g) => g.length);
    const context = nearestContext(text.slice(Math.max(0, start - 40), start));
    const intl = international(raw, digits);
    let phone: boolean;
    const spanStart = base.from[start]!;
    const spanEnd = base.to[end - 1]!;
    // Nobody writes an order or tracking number in emoji keycaps ("4️⃣1️⃣5️⃣..."): that is a number meant to be dialled.
    const keycaps = original.length > 0 && original.slice(spanStart, spanEnd + 2).includes('\u20E3');
    if (keycaps) {
      phone = true;
    } else if (intl && !(context === 'other' && !raw.startsWith('+'))) {
      phone = possibleInternational(intl) || (digits.length >= 8 && context === 'phone');
    } else if (context === 'other') {
      phone = false;
    } else if (context === 'phone' || PHONE_AFTER.test(text.slice(end, end + 20))) {
      phone = !(groups.length >= 3 && groups.slice(0, 3).every((g) => g === 4) && context !== 'phone');
    } else {
      phone = shapedLikePhone(raw, digits, groups);
    }
    if (!phone) return false;
    let stop = spanEnd;
    while (stop < original.length && (original[stop] === '\uFE0F' || original[stop] === '\u20E3')) stop++;
    hits.push({ start: spanStart, end: stop, kind: 'phone', rule: 'MSG-PROHIBITED', severity: 'block', hint: 'phone' });
    return true;
  }
}
