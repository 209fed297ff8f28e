// The causes of the development drafts dev-10's misses and false alarms, in other words than theirs: a review asked as
// a question and paid for in the answer, or asked with the verb first ("Lämnar du …"); an address after a glued label
// ("mail:…"); phones split by bullets or named as a direct line; bank details asked for; a new product launched; and,
// clean, Amazon's rule quoted with the names inside the quotation, tracking codes and barcodes under their page or
// label, "art.nr" before a part number, an Amazon link glued to Japanese, a refund told as done "regardless of the
// review" and the review left to the buyer.
import { describe, expect, it } from 'vitest';
import { check, mustChange } from '../../src/check/index.ts';

function expectBlocked(kind: string, texts: string[]) {
  for (const text of texts) expect(check(text).filter((f) => f.severity === 'block').map((f) => f.kind), text).toContain(kind);
}
function expectClean(texts: string[]) {
  for (const text of texts) expect(mustChange(check(text)), JSON.stringify(check(text).map((f) => [f.kind, f.text]))).toBe(false);
}

describe('dev-10 misses, said otherwise', () => {
  it('blocks a review asked as a question and paid for in the answer, or asked with the verb first', () => {
    expectBlocked('review-manipulation', ['Schrijft u een recensie met een foto? Dan krijgt u van ons een gratis theedoek.',
      'Skriver du ett omdöme med foto skickar vi en gratis kökshandduk.', 'Will you post a review with a photo? Then we send you a free tea towel.']);
  });
  it('blocks an address after a glued label, phones split by bullets or named as a direct line, bank details asked for, a product launch', () => {
    expectBlocked('email', ['E-Mail:service@holzwerk-sauer.example']);
    expectBlocked('phone', ['Rückfragen: Tel. 0555•77•12•09', 'Notre atelier : 555-0177-21 (ligne directe).']);
    expectBlocked('off-amazon-payment', ['Bitte schicken Sie uns Ihre Kontoverbindung, dann überweise ich die 9 € sofort.']);
    expectBlocked('marketing', ['Our new rattan pendant comes out on Friday, it would suit your hallway too.']);
  });
});

describe('dev-10 false alarms, said otherwise', () => {
  it('leaves Amazon\'s rule quoted, with the ways to pay named inside the quotation, alone', () => {
    expectClean(['Die Amazon-Richtlinien sagen: „Verkäufer dürfen nicht um Zahlungen per PayPal oder Überweisung bitten“. Wir erstatten daher über Amazon.',
      'As Amazon\'s policy puts it, "sellers must not ask for payment outside Amazon, such as PayPal or bank transfer". The refund goes through Amazon.']);
  });
  it('leaves tracking codes, barcodes and part numbers under their labels alone', () => {
    expectClean(['U kunt de zending volgen op de trackingpagina van PostNL met code 3SABCD5550123.',
      'Przesyłkę można śledzić na stronie śledzenia InPost, numer 555012345678901.', 'Il codice a barre della parte è 8001234567890.',
      'Ersatzteil (Art.Nr. KX-20-S) geht morgen raus.']);
  });
  it('leaves an Amazon link glued to Japanese, a refund done regardless of the review and the review left to the buyer alone', () => {
    expectClean(['交換はamazon.co.jp/returnsからお手続きください。', 'We refunded the broken lid regardless of your review, which is entirely yours to keep or change.',
      '返金はレビューとは関係なく手続きいたしました。']);
  });
});
