import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check, mustChange } from '../../src/check/index.ts';
import type { Finding, FindingKind } from '../../src/model.ts';

function kinds(text: string): FindingKind[] {
  return check(text).map((f) => f.kind);
}

/** The single finding of `kind`; fails when there is none. */
function only(text: string, kind: FindingKind): Finding {
  const found = check(text).filter((f) => f.kind === kind);
  expect(found.map((f) => f.text), `${kind} in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
}

describe('offsets point at the characters the seller typed', () => {
  it('plain text', () => {
    const text = 'Hi! Mail me at sam@northwind.com today.';
    const f = only(text, 'email');
    expect(f.start).toBe(15);
    expect(f.end).toBe(32);
    expect(f.text).toBe('sam@northwind.com');
  });

  it('full-width letters and punctuation', () => {
    const text = '詳細は ｎｏｒｔｈｗｉｎｄ．ｃｏｍ まで';
    const f = only(text, 'link');
    expect(f.text).toBe('ｎｏｒｔｈｗｉｎｄ．ｃｏｍ');
    expect(f.start).toBe(4);
    expect(f.end).toBe(4 + 'ｎｏｒｔｈｗｉｎｄ．ｃｏｍ'.length);
  });

  it('zero-width characters inside the match stay inside the reported span', () => {
    const text = 'Pay by pay\u200Bpal\u200D please';
    const f = only(text, 'off-amazon-payment');
    expect(f.text).toBe('pay\u200Bpal');
    expect(f.start).toBe(7);
    expect(f.end).toBe(14);
  });

  it('full-width digits of a phone number', () => {
    const text = '電話：０９０－１２３４－５６７８です';
    const f = only(text, 'phone');
    expect(f.text).toBe('０９０－１２３４－５６７８');
    expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('characters outside the basic plane before the match', () => {
    const text = '𝒜𝒜 great 📦 — call 212-555-0147';
    const f = only(text, 'phone');
    expect(f.text).toBe('212-555-0147');
    expect(f.start).toBe(text.indexOf('212'));
  });

  it('an obfuscated address maps back over the whole disguise', () => {
    const text = 'write to help (at) northwind (dot) com please';
    const f = only(text, 'email');
    expect(f.text).toBe('help (at) northwind (dot) com');
  });

  it('a spelled-out domain maps back over the spaced letters', () => {
    const text = 'see n o r t h w i n d . c o m now';
    expect(only(text, 'link').text).toBe('n o r t h w i n d . c o m');
  });

  it('half-width katakana with voiced marks is normalised together', () => {
    const text = 'ｷｬｯｼｭﾊﾞｯｸ付きでﾚﾋﾞｭｰを書いていただければ返金します';
    const f = only(text, 'review-manipulation');
    expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('evasions', () => {
  const cases: [string, string, FindingKind][] = [
    ['"dot" and "at"', 'mail sam at northwind dot com', 'email'],
    ['(at) and (dot)', 'sam(at)northwind(dot)com', 'email'],
    ['[at] and [.]', 'sam [at] northwind [.] com', 'email'],
    ['[.] in a domain', 'go to northwind[.]com/help', 'link'],
    ['full-width @', 'sam＠northwind．com', 'email'],
    ['small form @', 'sam﹫northwind.com', 'email'],
    ['spaced-out domain', 'n o r t h w i n d . c o m', 'link'],
    ['spaced-out www', 'w w w . n o r t h w i n d . d e', 'link'],
    ['spelled dot in German', 'nordwind punkt de', 'link'],
    ['spelled dot in Chinese', 'beifeng 点 com', 'link'],
    ['ideographic full stop', 'kitakaze。jp', 'link'],
    ['zero-width inside a domain', 'north\u200Bwind\u200C.com', 'link'],
    ['Cyrillic look-alike letters', 'pay with рауpal', 'off-amazon-payment'],
    ['mathematical letters', 'add me on 𝐰𝐡𝐚𝐭𝐬𝐚𝐩𝐩', 'messaging-app'],
    ['bit.ly shortener', 'bit.ly/3xFix', 'link'],
    ['tinyurl shortener', 'https://tinyurl.com/nw-tips', 'link'],
    ['t.co shortener', 't.co/abc123', 'link'],
    ['IDN domain', 'visit münchen-shop.de for parts', 'link'],
    ['punycode domain', 'xn--mnchen-shop-bgb.de/parts', 'link'],
    ['look-alike Amazon domain', 'https://аmazon.com/returns', 'link'],
    ['Amazon name inside another domain', 'https://amazon.com.secure-returns.io/start', 'link'],
    ['credentials trick', 'https://amazon.com@evil.example.com/x', 'link'],
    ['phone with dots', '212.555.0147 is my cell', 'phone'],
    ['phone with slashes', 'Handy: 0170/1234567', 'phone'],
    ['phone with spaces between every digit', '2 1 2 5 5 5 0 1 4 7', 'phone'],
    ['phone with parentheses', '(212) 555 0147', 'phone'],
    ['phone with +country code', '+49 170 1234567', 'phone'],
    ['phone with 00 country code', '0044 20 7946 0018', 'phone'],
    ['phone with (0)', '+49 (0)30 1234 5678', 'phone'],
    ['phone with full-width digits', '１３８ １２３４ ５６７８', 'phone'],
    ['phone with katakana long-vowel dashes', '090ー1234ー5678', 'phone'],
    ['phone with zero-width separators', '212\u200B555\u200B0147 call me', 'phone'],
    ['phone glued to Chinese text', '我的手机是13912345678谢谢', 'phone'],
    ['WeChat with a zero-width space', '加微\u200B信', 'messaging-app'],
    ['link glued to Japanese text', '詳細はwww.kitakaze.jpからどうぞ', 'link'],
    ['email glued to Japanese text', 'ご連絡はinfo@kitakaze.jpまで', 'email'],
  ];
  for (const [name, text, kind] of cases) {
    it(name, () => expect(kinds(text)).toContain(kind));
  }
});

describe('not findings', () => {
  const amazon = ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.co.jp',
    'amazon.com.au', 'amazon.ca', 'amazon.com.mx', 'amazon.com.br', 'amazon.nl', 'amazon.se', 'amazon.pl',
    'amazon.com.be', 'amazon.com.tr', 'amazon.sg', 'amazon.ae', 'amazon.sa', 'amazon.eg', 'amazon.in'];
  for (const domain of amazon) {
    it(`links to ${domain}`, () => {
      expect(check(`See https://www.${domain}/gp/your-account/order-history?ref=nav and ${domain}/returns`)).toEqual([]);
    });
  }
  const clean: [string, string][] = [
    ['Amazon short link', 'https://amzn.to/3Kf9XpQ'],
    ['Amazon a.co link', 'https://a.co/d/8Hx2mQ1'],
    ['Seller Central', 'https://sellercentral.amazon.com/orders-v3/order/113-4829137-5520614'],
    ['order id', 'Order 113-4829137-5520614'],
    ['order id without hyphens', 'Order 11348291375520614'],
    ['UPS', 'UPS 1Z4A87V20398215649'],
    ['USPS 9400', 'USPS 9400 1118 9922 3418 8251 36'],
    ['USPS 92', 'USPS 9205 5000 0000 0000 0000 00'],
    ['FedEx 12 digits', 'FedEx 7489 2301 5562'],
    ['FedEx 12 digits plain', 'FedEx 748923015562'],
    ['FedEx 15 digits', 'FedEx 961234567890123'],
    ['FedEx 20 digits', 'FedEx 12345678901234567890'],
    ['DHL 10 digits', 'DHL 4829103756'],
    ['DHL JJD', 'DHL JJD0001234567891234'],
    ['Royal Mail', 'Royal Mail AB123456789GB'],
    ['Japan Post', '追跡番号 1234-5678-9012'],
    ['Yamato', 'ヤマト 4825-1937-6620'],
    ['Yamato 12 digits plain', '伝票番号 482519376620'],
    ['Amazon Logistics', 'TBA123456789012'],
    ['ASIN', 'ASIN B0C7K2M4QX'],
    ['SKU', 'SKU NW-K1700-BLK-2026'],
    ['dollar price', '$42.99'],
    ['euro price', '42,99 €'],
    ['yen price', '¥4,980'],
    ['large price', '$1,249.99 and 1.299,00 €'],
    ['US date', '11/24/2026'],
    ['ISO date', '2026-11-24'],
    ['German date', '24.11.2026'],
    ['Japanese date', '2026年11月24日'],
    ['time', '10:30 AM'],
    ['dimensions', '12 x 8 x 4 in'],
    ['metric dimensions', '30 x 20 x 10 cm, 5.4 kg'],
    ['model number', 'Model NW-K1700'],
    ['part number', 'part no. 5521-3380'],
    ['postal code', '〒150-0001'],
    ['voltage', '100-240 V, 50/60 Hz'],
    ['trademark', 'Northwind® Kettle™'],
    ['polite reply', 'Thank you for your message. We are sorry for the delay and will send a replacement today.'],
    ['neutral review request', 'If you have a moment, we would appreciate it if you shared your experience in a review on Amazon.'],
    ['invoice attached', 'I have attached the invoice for your order.'],
  ];
  for (const [name, text] of clean) {
    it(name, () => expect(check(text)).toEqual([]));
  }
});

describe('languages', () => {
  const cases: [string, string, FindingKind][] = [
    ['zh: add me on WeChat', '加我微信', 'messaging-app'],
    ['ja: contact on LINE', 'LINEで連絡してください', 'messaging-app'],
    ['de: pay by bank transfer', 'Bitte per Überweisung zahlen.', 'off-amazon-payment'],
    ['fr: payment by transfer', 'Paiement par virement possible.', 'off-amazon-payment'],
    ['es: pay by transfer', 'Puede pagar por transferencia.', 'off-amazon-payment'],
    ['it: bank transfer', 'Può pagare con bonifico.', 'off-amazon-payment'],
    ['zh: cash back for a good review', '好评返现', 'review-manipulation'],
    ['ja: refund for 5 stars', '5つ星で返金します', 'review-manipulation'],
    ['zh: Alipay', '可以用支付宝付款', 'off-amazon-payment'],
    ['ja: bank transfer', '銀行振込でお願いします', 'off-amazon-payment'],
    ['de: change your review', 'Bitte ändern Sie Ihre Rezension.', 'review-manipulation'],
    ['fr: remove your review', 'Pourriez-vous supprimer votre avis ?', 'review-manipulation'],
    ['es: remove your review', '¿Puede eliminar su reseña?', 'review-manipulation'],
    ['it: remove your review', 'Può rimuovere la sua recensione?', 'review-manipulation'],
    ['ja: delete the review', 'レビューを削除してください', 'review-manipulation'],
    ['zh: delete the bad review', '请删除差评', 'review-manipulation'],
    ['de: only happy buyers', 'Wenn Sie zufrieden sind, schreiben Sie bitte eine Bewertung.', 'review-manipulation'],
    ['fr: only happy buyers', 'Si vous êtes satisfait, laissez un avis.', 'review-manipulation'],
    ['es: only happy buyers', 'Si está satisfecho, deje una reseña.', 'review-manipulation'],
    ['it: only happy buyers', 'Se è soddisfatto, lasci una recensione.', 'review-manipulation'],
    ['ja: only happy buyers', 'ご満足いただけましたらレビューをお願いします', 'review-manipulation'],
    ['zh: only happy buyers', '如果满意请给好评', 'review-manipulation'],
    ['de: coupon code', 'Ihr Gutscheincode: DANKE10', 'marketing'],
    ['fr: promo code', 'Votre code promo : MERCI', 'marketing'],
    ['es: discount code', 'Su código de descuento: GRACIAS', 'marketing'],
    ['it: discount code', 'Il suo codice sconto: GRAZIE', 'marketing'],
    ['ja: coupon', 'クーポンをお送りします', 'marketing'],
    ['zh: coupon', '送您优惠券', 'marketing'],
    ['de: visit our shop', 'Besuchen Sie unseren Shop!', 'marketing'],
    ['ja: Instagram', 'インスタグラムをフォローしてください', 'social'],
    ['zh: Douyin', '关注我们的抖音', 'social'],
    ['ko: KakaoTalk', '카카오톡으로 연락주세요', 'messaging-app'],
    ['de: attachment', 'Im Anhang unser Katalog.', 'attachment'],
    ['ja: attachment', 'カタログを添付しました', 'attachment'],
    ['zh: attachment', '附件是产品目录', 'attachment'],
  ];
  for (const [name, text, kind] of cases) {
    it(name, () => expect(kinds(text)).toContain(kind));
  }
});

describe('finding fields', () => {
  it('cite the rule the finding breaks', () => {
    const rule = (text: string, kind: FindingKind) => only(text, kind).rule;
    expect(rule('write to sam@northwind.com', 'email')).toBe('MSG-PROHIBITED');
    expect(rule('call 212-555-0147', 'phone')).toBe('MSG-PROHIBITED');
    expect(rule('northwind.com', 'link')).toBe('MSG-PROHIBITED');
    expect(rule('add me on WhatsApp', 'messaging-app')).toBe('OFF-AMAZON');
    expect(rule('refund via PayPal', 'off-amazon-payment')).toBe('OFF-AMAZON');
    expect(rule('follow us on Instagram', 'social')).toBe('OFF-AMAZON');
    expect(rule('please remove your review', 'review-manipulation')).toBe('REVIEW-POLICY');
    expect(rule('coupon code SAVE10', 'marketing')).toBe('MSG-PROHIBITED');
  });

  it('warn, not block, for attachments and emojis', () => {
    const f = check('Thanks 😊 I attached our catalogue.');
    expect(f.map((x) => [x.kind, x.severity])).toEqual([['other', 'warn'], ['attachment', 'warn']]);
    expect(mustChange(f)).toBe(false);
    expect(mustChange(check('call 212-555-0147'))).toBe(true);
  });

  it('say what to write instead, in the seller UI language', () => {
    const text = 'Schicken Sie mir die Fotos per WhatsApp.';
    const en = only(text, 'messaging-app').hint!;
    const de = check(text, { lang: 'de' }).find((f) => f.kind === 'messaging-app')!.hint!;
    const zh = check(text, { lang: 'zh' }).find((f) => f.kind === 'messaging-app')!.hint!;
    const ja = check(text, { lang: 'ja' }).find((f) => f.kind === 'messaging-app')!.hint!;
    expect(en).toMatch(/chat app/);
    expect(de).toMatch(/Chat-App/);
    expect(zh).toMatch(/聊天软件/);
    expect(ja).toMatch(/チャットアプリ/);
  });

  it('report a phone number inside a chat link once, as the chat link', () => {
    const f = check('https://wa.me/4917012345678');
    expect(f.map((x) => x.kind)).toEqual(['messaging-app']);
  });

  it('report a pay link as payment', () => {
    expect(kinds('paypal.me/northwind/15')).toEqual(['off-amazon-payment']);
  });

  it('are sorted by position', () => {
    const f = check('Call 212-555-0147, email sam@northwind.com, or WhatsApp.');
    expect(f.map((x) => x.kind)).toEqual(['phone', 'email', 'messaging-app']);
    const starts = f.map((x) => x.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('empty input gives no findings', () => {
    expect(check('')).toEqual([]);
  });
});

describe('property: never throws, offsets inside the input', () => {
  // Fragments that reach the interesting paths, mixed with arbitrary code points (lone surrogates included).
  const fragments = ['@', '.', ' dot ', '(at)', '[.]', 'com', 'www.', 'http://', '+49 ', '0', '1', '-', '\u200B', '。',
    'ー', '５', 'amazon.com', 'wa.me/', 'PayPal', '微信', 'LINE', 'レビュー', 'review', '5 stars', '😊', '\uFE0F', '\u200D',
    'ｶﾞ', 'n o r t h', 'attached', 'IBAN DE89', '$', '€', 'x'];
  const draft = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('holds for random drafts', () => {
    fc.assert(fc.property(draft, (text) => {
      const findings = check(text);
      for (const f of findings) {
        if (!(f.start >= 0 && f.end <= text.length && f.start < f.end)) return false;
        if (text.slice(f.start, f.end) !== f.text) return false;
      }
      return true;
    }), { numRuns: 1500 });
  });

  it('holds for arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      return check(text).every((f) => f.start >= 0 && f.end <= text.length && f.start < f.end);
    }), { numRuns: 1000 });
  });
});

describe('hint language fallback', () => {
  it('uses English hints for a language the UI does not speak', () => {
    const f = check('add me on WhatsApp', { lang: 'pt' as unknown as 'en' });
    expect(f[0]!.hint).toMatch(/chat app/);
  });
});
