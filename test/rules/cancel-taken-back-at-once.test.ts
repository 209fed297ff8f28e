// A cancel the same message takes back at once with a short retraction ("actually no", "doch nicht", "mejor no",
// "anzi no", "やっぱりやめます", "算了") and then keeps the order or asks it shipped as normal (src/rules/intent/withdrawn.ts
// takenBackHere, decide.ts decideTakingBack): the seller must not cancel an order the buyer wants. In the 13 languages,
// beside look-alikes whose cancel stands: the retraction followed by a cancel, said for a case, or about something else.
import { describe, expect, it } from 'vitest';
import '../../src/rules/intent/load-model.ts';
import { withdrawalOf } from '../../src/rules/intent/withdrawn.ts';
import { classifyIntents } from '../../src/rules/intent/detect.ts';

const TAKEN_BACK: [string, string][] = [
  ['en', 'Please cancel my order... actually no, sorry, we\'ll keep it after all, ship it as normal.'],
  ['de', 'Bitte stornieren Sie meine Bestellung … ach nein, doch nicht, wir behalten sie, schicken Sie sie ganz normal.'],
  ['es', 'Cancelen mi pedido por favor… bueno, mejor no, nos lo quedamos, envíenlo normal.'],
  ['fr', 'Annulez ma commande s\'il vous plaît… enfin non, en fait on la garde, envoyez-la normalement.'],
  ['it', 'Annullate il mio ordine… anzi no, lo teniamo, speditelo pure normalmente.'],
  ['pt', 'Cancelem meu pedido, por favor… aliás, não, vamos ficar com ele, podem enviar normalmente.'],
  ['nl', 'Annuleer mijn bestelling alstublieft… ach nee, toch niet, we houden hem, stuur hem gewoon op.'],
  ['pl', 'Proszę anulować moje zamówienie… a jednak nie, zostawiamy je, proszę wysłać normalnie.'],
  ['sv', 'Avbryt min beställning, tack… nej förresten, vi behåller den, skicka den som vanligt.'],
  ['tr', 'Siparişimi iptal edin lütfen… yok vazgeçtim, kalsın, normal şekilde gönderin.'],
  ['ja', '注文をキャンセルしてください…いや、やっぱりやめます。このまま発送してください。'],
  ['zh', '请取消我的订单……算了，还是不取消了，照常发货吧。'],
  ['ar', 'من فضلك ألغِ طلبي… لا، خلاص، سنحتفظ به، أرسله كالمعتاد.'],
  // Fresh wordings, one a language.
  ['en', 'Can you cancel order 402-1234567-1234567? Hmm, on second thought no, I\'ll keep it, send it as planned.'],
  ['de', 'Können Sie die Bestellung stornieren? Nein, lieber doch nicht, ich behalte sie, bitte ganz normal versenden.'],
  ['es', 'Quiero cancelar el pedido. Bueno, al final no, me lo quedo, mándenlo como estaba previsto.'],
  ['fr', 'Pouvez-vous annuler ma commande ? Non, en fait non, je la garde, expédiez-la comme prévu.'],
  ['it', 'Vorrei annullare l\'ordine. Anzi, no, lo tengo, spedite pure come previsto.'],
  ['pt', 'Quero cancelar a encomenda. Afinal não, vou ficar com ela, enviem normalmente.'],
  ['nl', 'Kunt u mijn bestelling annuleren? Nee, toch niet, ik houd hem, verstuur hem zoals gepland.'],
  ['pl', 'Chcę anulować zamówienie. Albo nie, jednak nie, zostawiam je, proszę wysłać jak zwykle.'],
  ['sv', 'Kan ni avbryta beställningen? Förresten nej, jag behåller den, skicka som planerat.'],
  ['ja', 'ご注文のキャンセルをお願いします。やっぱりいいです。このまま発送してください。'],
  ['zh', '麻烦帮我取消订单。算了，不取消了，照常发货就好。'],
  ['ar', 'أرجو إلغاء الطلب. لا، خلاص، غيرت رأيي، سأحتفظ به، أرسلوه كالعادة.'],
  // The cancel told as meant, then the retraction set off by "but", or "forget it" and the keeping in other words.
  ['es', 'Quería cancelar la compra de la sartén, pero mejor no, nos la quedamos; mándenla como siempre.'],
  ['es', 'Anulen el pedido, por favor… bueno, olvídelo, lo hablé con mi marido y nos lo quedamos.'],
  ['en', "I was going to cancel the blender, but actually no, we'll keep it. Ship it as planned."],
  ['de', 'Ich wollte die Bestellung stornieren, aber doch nicht, wir behalten sie. Bitte normal versenden.'],
  ['fr', 'Je voulais annuler le tapis, mais en fait non, on le garde, envoyez-le comme prévu.'],
  ['it', 'Volevo annullare l\'ordine della lampada, ma anzi no, la teniamo, spedite pure.'],
  ['nl', 'Ik wilde de bestelling annuleren, maar toch niet, we houden hem, stuur hem gewoon op.'],
];

// The cancel stands: asked again after the retraction, the retraction about something else or not said outright, said
// only for a case, a word of the retraction used otherwise ("rather not wait", "mejor no esperar", "toch niet meer"), or
// "ship as normal" before the cancel.
const STANDS: string[] = [
  'Please cancel it, actually no — cancel the whole order, not just the lamp.',
  'Please cancel; no, not just the one item, all of it.',
  'If it\'s not shipped, cancel; if it is, never mind, I\'ll keep it.',
  'Is this normal? Please cancel my order.',
  'I\'d rather not wait, cancel it.',
  'Mejor no esperar: cancélenlo.',
  'Cancelen el pedido, mejor no lo envíen, ya no lo quiero.',
  'Bitte stornieren Sie die Bestellung, doch nicht nur den Toaster, sondern alles.',
  'Annulez ma commande, en fait non, annulez toute la commande, pas seulement la lampe.',
  'Annullate l\'ordine, anzi no: annullatelo tutto, non solo la lampada.',
  'Cancelem o pedido; aliás, não esperem a confirmação, cancelem já.',
  'Annuleer de bestelling alstublieft, ik wil hem toch niet meer.',
  'Proszę anulować zamówienie, jednak nie chcę go.',
  'Avbryt beställningen, tack. Nej förresten, avbryt hela beställningen, inte bara tröjan.',
  'Siparişimi iptal edin. Kalsın demiştim ama vazgeçtim, iptal edin lütfen.',
  'このまま発送されるなら、キャンセルしてください。',
  '算了，还是取消订单吧，不用发货了。',
  'ألغوا الطلب من فضلك، لا أريد الاحتفاظ به.',
  'Please cancel the order, and if you can\'t, ship it as normal and I\'ll return it.',
  'Please cancel my order. No wait, keep me posted on the refund.',
  'Please cancel. Actually no — just cancel the battery, send the rest as normal.',
  'Please cancel; if it has shipped, actually no, keep it.',
  'Annulez la commande. Non, en fait non, annulez-la vraiment, je ne la garde pas.',
  'キャンセルをお願いします。やっぱりやめます。キャンセルでお願いします。',
  'Proszę anulować zamówienie. A jednak nie, zatrzymajcie zamówienie, proszę anulować.',
  'Cancel the order please, but no, not only the mug: the whole order, we\'ll keep nothing.',
  'Cancelen el pedido: nos quedamos sin presupuesto este mes.',
  'Nos quedamos sin sitio en casa, cancelen el pedido por favor.',
];

describe('a cancel taken back at once with a short retraction', () => {
  it('is taken back in the message itself, in the 13 languages', () => {
    for (const [lang, text] of TAKEN_BACK) expect(withdrawalOf(text).takenBackHere, `${lang}: ${text}`).toContain('cancel');
  });

  it('is not read as a sure cancel', () => {
    for (const [lang, text] of TAKEN_BACK) {
      const r = classifyIntents(text);
      expect(!r.intents.includes('cancel') || r.unclear, `${lang}: ${text}`).toBe(true);
    }
  });

  it('an accented "yes" (sí, sì) before the keeping is no "if": the keeping still takes the cancel back', () => {
    for (const text of ['Les pido que cancelen mi pedido… bueno, perdón, mejor no. Sí nos la quedamos, así que envíenla normal.',
      'Annullate l\'ordine… anzi no, sì, lo teniamo, spedite pure.']) expect(withdrawalOf(text).takenBackHere, text).toContain('cancel');
    // Without the accent it is "if": the keeping is for a case, and the cancel stands.
    expect(withdrawalOf('Cancelen mi pedido… bueno, mejor no. Si ya salió, nos lo quedamos.').takenBackHere).not.toContain('cancel');
  });

  // "I changed my mind" is the commonest reason a buyer gives for cancelling; read as a take-back it dropped real
  // cancels ("please cancel, changed my mind, keep the postage"). So it takes nothing back, even where the order is
  // kept after it: the seller reads that message as a cancel (the safer reading).
  it('"changed my mind" gives the reason for a cancel, it does not take it back', () => {
    for (const text of ['Please cancel my order, changed my mind. You can keep the shipping cost.',
      'Please cancel my order. Changed my mind. Keep it in stock for someone else.',
      'Please cancel my order, changed my mind. Keep up the good work!',
      'Please cancel my order — changed my mind. Please send the refund as usual to my card.',
      'Siparişi iptal edin, vazgeçtim. Kargo ücreti sizde kalsın.',
      'Lütfen siparişimi iptal edin. Vazgeçtim. Diğer siparişim kalsın.',
      'Siparişi iptal etmek istiyorum. Vazgeçtim, siparişim kalsın, her zamanki gibi gönderin.',
      'ألغوا الطلب من فضلك، غيرت رأيي، واحتفظوا برسوم الشحن.',
      'Bitte stornieren Sie die Bestellung. Anders überlegt. Behalten Sie die Versandkosten.',
      'Annulez la commande. Changé d\'avis. Gardez les frais de port.',
      'Avbryt beställningen. Ångrar mig. Behåll frakten.',
      'Annuleer de bestelling. Laat maar, houd het verzendgeld maar.',
      '请取消我的订单，算了，你们一直没有正常发货。',
      '请取消订单。算了，运费你们留着吧。']) expect(withdrawalOf(text).takenBackHere, text).not.toContain('cancel');
  });

  it('after a real retraction, keeping something other than the order does not take the cancel back', () => {
    for (const text of ['Please cancel my order. Actually no — keep the postage, I insist, and cancel it.',
      'Bitte stornieren Sie die Bestellung. Ach nein, doch nicht. Behalten Sie die Versandkosten.',
      'Cancele el pedido. Bueno, mejor no… quédense con los gastos de envío.'])
      expect(withdrawalOf(text).takenBackHere, text).not.toContain('cancel');
  });

  it('look-alikes keep their cancel', () => {
    for (const text of STANDS) {
      expect(withdrawalOf(text).takenBackHere, text).not.toContain('cancel');
      expect(classifyIntents(text).intents, text).toContain('cancel');
    }
  });
});
