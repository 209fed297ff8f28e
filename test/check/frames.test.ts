// The sentence frames: a forbidden meaning is caught in new wording, and the same words in a refusal, a quoted
// rule, news about the order or a request to every buyer alike are left alone.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';

const kinds = (text: string) => [...new Set(check(text).filter((f) => f.severity === 'block').map((f) => f.kind))];
const hints = (text: string) => check(text).filter((f) => f.severity === 'block').map((f) => f.reason);

describe('review frames', () => {
  it.each([
    ['Every buyer who rates us this week gets a small thank-you present.', 'review-incentive'],
    ['Kto wystawi nam ocenę, dostanie kartę podarunkową na 30 zł.', 'review-incentive'],
    ['Could you have another look at the stars and revise them now that the lamp works?', 'review-change'],
    ['Kunne du skriva om din recension nu när delen har kommit?', 'review-change'],
    ['Rate us only if you are fully satisfied with the kettle.', 'review-happy-only'],
    ['Voordat u uw ervaring op Amazon deelt, neem eerst contact met ons op.', 'review-happy-only'],
    ['Not happy? Talk to us first. Happy? Tell everyone in a review!', 'review-happy-only'],
    ['Skicka en skärmdump av din recension så betalar vi tillbaka hela beloppet.', 'review-incentive'],
  ])('%s', (text, hint) => {
    expect(hints(text)).toContain(hint);
  });

  it.each([
    'Amazon does not allow us to offer refunds, gifts or discounts in exchange for a review.',
    'Wir werden Sie nicht bitten, Ihre Bewertung zu ändern.',
    'Yorum karşılığında indirim veremiyoruz ama kırık kapağı memnuniyetle değiştiririz.',
    'We have issued your refund and, if you have a moment, a review would help other buyers.',
    'Whether you are satisfied or not, an honest review helps other buyers.',
    'First of all, thank you for your review; let us know if anything else comes up.',
    'We do not use WhatsApp, Telegram or email for orders, so please keep writing here.',
    'Papara, IBAN ya da havale ile ödeme almıyoruz.',
  ])('leaves alone: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('promotion frames', () => {
  it.each([
    'Pour votre prochain achat, profitez de 10 % avec le code MERCI10.',
    'Onze nieuwe herfstcollectie is net uit, kijk gerust eens rond.',
    'If you like this mug, you will love the matching plates in our store.',
    'Gillar du muggen? Titta då också på våra matchande tallrikar.',
    '在亚马逊上关注我们的品牌，第一时间了解新品。',
    'Mamy też nowe kubki w kropki – polecamy!',
    'Wer bis Freitag bestellt, bekommt unsere Leinenkissen zum halben Preis.',
    'Kom gerust eens langs in onze winkel in Utrecht.',
    'Reply YES and we will add you to our mailing list.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('marketing');
  });

  it.each([
    'The coupon you used at checkout was applied correctly.',
    'Der Gutschein, den Sie an der Amazon-Kasse eingelöst haben, wurde korrekt verrechnet.',
    'We cannot send you a code for your next order, but the replacement ships today.',
    'The spare lid is back in stock, so we shipped yours this morning with tracking.',
    'Die Ware kommt aus unserem Lager in Kassel; Sie müssen nichts abholen.',
  ])('leaves alone: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('review frames for the fourth retired set\'s causes', () => {
  it.each([
    ['We only ask the customers who loved the kettle to leave a review.', 'review-happy-only'],
    ['Wenn Sie zufrieden sind, erzählen Sie es gern in zwei Zeilen auf Amazon.', 'review-happy-only'],
    ['Se non la convince, non scriva recensioni: ci mandi un messaggio.', 'review-happy-only'],
    ['Kun je de review van één ster offline halen?', 'review-change'],
    ['Za opinię dorzucimy coś do następnej paczki.', 'review-incentive'],
    ['Una recensione entusiasta ci aiuterebbe tanto.', 'review-positive'],
    ['能不能把那条差评撤掉？', 'review-change'],
  ])('%s', (text, hint) => {
    expect(hints(text)).toContain(hint);
  });

  it.each([
    'Amazon staat niet toe dat we alleen tevreden klanten om een review vragen, dus dat doen we niet.',
    'Una recensione, positiva o negativa, aiuta gli altri clienti.',
    'The surprise was the wrong colour, so the right mug ships today at no cost.',
    'We aren\'t able to refund through PayPal; the refund went through Amazon.',
    '我们不能请您删除评价，新的配件已经寄出。',
  ])('leaves alone: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('sentence findings beside the narrower ones', () => {
  it('a sentence about a review keeps the phone number inside it as its own finding', () => {
    const text = 'Once the new part arrives, could you revise your review or call +44 7700 900123 first?';
    const found = check(text);
    expect(found.map((f) => f.kind)).toEqual(expect.arrayContaining(['review-manipulation', 'phone']));
    expect(found.find((f) => f.kind === 'phone')!.text).toBe('+44 7700 900123');
  });

  it('a phrase already reported is not reported again for its whole sentence', () => {
    const found = check('Use code NORTH15 for 15% off your next order.').filter((f) => f.kind === 'marketing');
    expect(found.map((f) => f.text)).toEqual(['Use code', '15% off']);
  });
});

describe('contact details written to be missed', () => {
  it('a phone number broken over lines is one number', () => {
    const text = 'Beni\n0532 123\n45 67\nnumarasından arayın.';
    const found = check(text).filter((f) => f.kind === 'phone');
    expect(found.map((f) => f.text)).toEqual(['0532 123\n45 67']);
  });

  it('an order id on one line and a phone number on the next are judged apart', () => {
    const text = 'Order 114-5582013-6674120\n+44 7700 900123';
    expect(check(text).filter((f) => f.kind === 'phone').map((f) => f.text)).toEqual(['+44 7700 900123']);
  });

  it('an Arabic "dot com" spelled out is an address', () => {
    expect(kinds('راسلنا على support آت hadiaalamp دوت كوم.')).toEqual(['email']);
  });
});

describe('the fifth retired set\'s causes', () => {
  it.each([
    // a present in the sentence before the review asked for, the ask worded as a wish
    ['A small gift is waiting in the box for you. We\'d be delighted to read your review on Amazon.', 'review-incentive'],
    ['W kartonie jest bon podarunkowy na 15 zł. Byłoby nam miło, gdyby zostawił Pan opinię.', 'review-incentive'],
    // a review looked at again
    ['Now that the strap is fixed, could you give your rating another look?', 'review-change'],
    ['Zou u uw beoordeling willen heroverwegen nu de lamp het doet?', 'review-change'],
  ])('%s', (text, hint) => {
    expect(hints(text)).toContain(hint);
  });

  it.each([
    // a negation of purpose refuses nothing
    ['To avoid a second trip to the post office, I can pay you the difference by Venmo.', 'off-amazon-payment'],
    ['Żeby nie czekała Pani na zwrot, wyślę pieniądze przez Revolut.', 'off-amazon-payment'],
    // paid to the seller past Amazon, a sign-up list
    ['Dá para pagar a taxa direto com a gente por PagSeguro.', 'off-amazon-payment'],
    ['Reply YES and we\'ll sign you up for the spring-preview list.', 'marketing'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'Amazon forbids gifts for reviews, so there is no voucher in the box; the new strap ships today.',
    'As regras da Amazon proíbem vales-presente por avaliações.',
    'Über Telegram können wir keine Bestellungen bearbeiten, aber hier antworten wir sofort.',
    'Thanks for mentioning Signal, but we\'ll keep the conversation in this thread.',
    'LINEでのご連絡は承っておりません。',
    'We reconsidered the restocking fee and refunded it in full.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
