// A later buyer message that takes back an earlier ask stops that ask from driving the advice; an ask asked again
// after it stands again. Orders of other marketplaces and languages than the scored scenarios.
import { describe, expect, it } from 'vitest';
import '../../src/rules/intent/load-model.ts';
import { advise } from '../../src/rules/index.ts';
import { withdrawalOf } from '../../src/rules/intent/withdrawn.ts';
import { classifyIntents } from '../../src/rules/intent/detect.ts';
import type { BuyerIntent, OrderCase } from '../../src/model.ts';
import { caseOf, FORUM_CASE, NOW, type CaseSpec } from './builders.ts';

type Said = ['buyer' | 'seller', string, string];

// The asks are given as the seller confirmed them (unsure: false), so the test holds whatever the intent model reads;
// what takes them back is read from the words of the later message.
const ASKS: Record<string, BuyerIntent[]> = {
  'Buongiorno, vorrei annullare il mio ordine, grazie.': ['cancel'],
  'Hola, ¿pueden cambiar la dirección de envío a Calle Mayor 5, Madrid?': ['address-change'],
  'Wilt u mijn bestelling annuleren?': ['cancel'],
  'Sorry, graag toch annuleren.': ['cancel'],
  'Please cancel my order.': ['cancel'],
  'Tracking says delivered but nothing arrived. Please refund me.': ['not-received'],
};

function withAsks(c: OrderCase): OrderCase {
  return { ...c, messages: c.messages.map((m) => (ASKS[m.text] ? { ...m, intents: ASKS[m.text], unsure: false } : m)) };
}

const actionsOf = (spec: CaseSpec) => advise([withAsks(caseOf(spec))], NOW).map((a) => a.action);

/** Unshipped, ship-by two days away (NOW is 24 Nov 18:00 UTC). */
function unshipped(marketplace: CaseSpec['marketplace'], messages: Said[]): string[] {
  return actionsOf({
    marketplace,
    order: { status: 'unshipped', purchaseDate: '2026-11-23T10:00:00Z', shipBy: '2026-11-26T23:59:59Z', deliverBy: '2026-11-30T23:59:59Z' },
    messages,
  });
}

describe('an ask taken back in a later message', () => {
  it('Italian: a cancel request withdrawn the next day leaves a plain order to ship', () => {
    const asked: Said = ['buyer', '2026-11-23T09:00:00Z', 'Buongiorno, vorrei annullare il mio ordine, grazie.'];
    expect(unshipped('IT', [asked])).toContain('cancel-on-request');
    const actions = unshipped('IT', [asked, ['buyer', '2026-11-24T08:00:00Z', 'Scusate, NON annullate più, spedite pure normalmente.']]);
    expect(actions).not.toContain('cancel-on-request');
    expect(actions).toContain('ship-by-deadline');
  });

  it('Spanish: an address change withdrawn ("olvide mi petición, deje la dirección") leaves no cancel-and-reorder', () => {
    const asked: Said = ['buyer', '2026-11-23T09:00:00Z', 'Hola, ¿pueden cambiar la dirección de envío a Calle Mayor 5, Madrid?'];
    expect(unshipped('ES', [asked])).toContain('cancel-and-reorder');
    const actions = unshipped('ES', [asked, ['buyer', '2026-11-24T08:00:00Z', 'Olvide mi petición, por favor: mantengan la dirección del pedido. Gracias.']]);
    expect(actions).not.toContain('cancel-and-reorder');
    expect(actions).not.toContain('cancel-on-request');
    expect(actions).toContain('ship-by-deadline');
  });

  it('Dutch: a cancel withdrawn and then asked again is a cancel request again', () => {
    const asked: Said = ['buyer', '2026-11-23T09:00:00Z', 'Wilt u mijn bestelling annuleren?'];
    const back: Said = ['buyer', '2026-11-23T15:00:00Z', 'Toch niet annuleren, stuur maar op.'];
    expect(unshipped('NL', [asked, back])).not.toContain('cancel-on-request');
    expect(unshipped('NL', [asked, back, ['buyer', '2026-11-24T08:00:00Z', 'Sorry, graag toch annuleren.']])).toContain('cancel-on-request');
  });

  it('a whole take-back followed by the same ask said plainly ("never mind — cancel it") keeps the cancel', () => {
    const asked: Said = ['buyer', '2026-11-23T09:00:00Z', 'Please cancel my order.'];
    const again = (text: string) => withAsks(caseOf({ marketplace: 'UK', order: { status: 'unshipped', purchaseDate: '2026-11-23T10:00:00Z',
      shipBy: '2026-11-26T23:59:59Z', deliverBy: '2026-11-30T23:59:59Z' }, messages: [asked, ['buyer', '2026-11-24T08:00:00Z', text]] }));
    // The second message's own reading is given as confirmed, so only the take-back logic is under test.
    const confirmed = (c: OrderCase, intents: BuyerIntent[]) => ({ ...c, messages: c.messages.map((m, i) => (i === 1 ? { ...m, intents, unsure: false } : m)) });
    expect(withdrawalOf('Never mind — cancel it.').reasked).toEqual(['cancel']);
    expect(advise([confirmed(again('Never mind — cancel it.'), ['cancel'])], NOW).map((a) => a.action)).toContain('cancel-on-request');
    expect(advise([confirmed(again('Laissez tomber ma question : annulez la commande.'), ['cancel'])], NOW).map((a) => a.action)).toContain('cancel-on-request');
    // The ask before the take-back is what it takes back.
    expect(withdrawalOf('Cancel it — never mind.').reasked).toEqual([]);
    expect(advise([confirmed(again('Cancel it — never mind.'), ['cancel'])], NOW).map((a) => a.action)).not.toContain('cancel-on-request');
  });

  it('a seller reply between ask and withdrawal changes nothing', () => {
    const actions = unshipped('UK', [
      ['buyer', '2026-11-23T09:00:00Z', 'Please cancel my order.'],
      ['seller', '2026-11-23T10:00:00Z', 'Of course, we will look into it.'],
      ['buyer', '2026-11-24T08:00:00Z', 'Actually please do not cancel, I still want it.'],
    ]);
    expect(actions).not.toContain('cancel-on-request');
  });

  it('English: "never mind the refund, it came" ends an earlier not-received complaint', () => {
    const spec: CaseSpec = { ...FORUM_CASE, marketplace: 'UK', messages: [
      ['buyer', '2026-11-23T08:00:00Z', 'Tracking says delivered but nothing arrived. Please refund me.'],
      ['buyer', '2026-11-24T08:00:00Z', 'Never mind the refund, it came today, it was with a neighbour.'],
    ] };
    expect(actionsOf({ ...spec, messages: spec.messages!.slice(0, 1) })).toContain('direct-to-a-to-z');
    const actions = actionsOf(spec);
    expect(actions).not.toContain('direct-to-a-to-z');
    expect(actions).not.toContain('refund-or-reship');
  });

  it('a later message that still reports nothing arrived keeps the complaint (Claims Protected: A-to-z)', () => {
    const spec: CaseSpec = { ...FORUM_CASE, marketplace: 'UK', messages: [
      ['buyer', '2026-11-23T08:00:00Z', 'Tracking says delivered but nothing arrived.'],
      ['buyer', '2026-11-24T08:00:00Z', 'Forget the tracking, it still has not arrived. Send another one.'],
    ] };
    expect(actionsOf(spec)).toContain('direct-to-a-to-z');
  });
});

describe('withdrawalOf', () => {
  it('names the ask a negation or a take-back word stands on, in the languages that negate before or after', () => {
    expect(withdrawalOf('Lütfen siparişi iptal etmeyin').named).toEqual(['cancel']);
    expect(withdrawalOf('Die Stornierung hat sich erledigt').named).toEqual(['cancel']);
    expect(withdrawalOf('bitte NICHT stornieren').named).toEqual(['cancel']);
    expect(withdrawalOf('キャンセルしないでください').named).toEqual(['cancel']);
    expect(withdrawalOf('不要取消订单').named).toEqual(['cancel']);
  });

  it('a take-back that names nothing takes back the earlier ask; a plain ask takes back nothing', () => {
    expect(withdrawalOf('oubliez ma demande, merci').all).toBe(true);
    expect(withdrawalOf('Please cancel my order').all).toBe(false);
    expect(withdrawalOf('Please cancel my order').named).toEqual([]);
  });

  it('"it came" takes back "where is it" only as news, not as what should have happened', () => {
    expect(withdrawalOf('Ya llegó, gracias.').named).toContain('not-received');
    expect(withdrawalOf('Eigentlich hätte es spätestens am 1.12. da sein sollen.')).toEqual({ named: [], all: false, refund: false, reasked: [], takenBackHere: [], forFix: false });
  });

  it('an ask said plainly beside its negation stands', () => {
    expect(withdrawalOf("Don't ship it. Cancel the order please").named).toEqual([]);
  });
});

describe('keeping the order takes back a cancel; having forgotten something, or a scratch, takes back nothing', () => {
  it.each([
    "I'll keep the order after all, sorry for the trouble.",
    'Je garde finalement la commande, merci.',
    'Me quedo con el pedido, disculpe las molestias.',
    'Ich behalte die Bestellung doch.',
    'Siparişi tutuyorum, kusura bakmayın.',
  ])('%s', (text) => {
    expect(withdrawalOf(text).named).toContain('cancel');
  });

  it.each([
    'I do not want to keep the order.',
    'Ik wil de bestelling niet houden.',
    'Czy da się jeszcze zatrzymać zamówienie?',
    'Put in the order for the garden hose on the 3rd, still nothing.',
    'Kunt u mij op de hoogte houden van de bestelling?',
    'Quedo pendiente del pedido.',
    'Bitte behalten Sie die Bestellung zurück, nicht versenden.',
    'Gardez la commande bloquée, ne l’expédiez pas.',
    'Kan ni behålla beställningen tills den är avbruten?',
  ])('not: %s', (text) => {
    expect(withdrawalOf(text).named).not.toContain('cancel');
  });

  it.each([
    "J'ai oublié le digicode : 4471B, 2e étage.",
    'Ich habe die Türnummer vergessen: Tür 14.',
    'Ho dimenticato l\'interno: scala B, interno 5.',
    'Esqueci o complemento: apto 84.',
    'Glömde portkoden: 4471.',
    'Zapomniałem numeru mieszkania: m. 18.',
    'There is also a long scratch across the lid.',
    'Please scrap my order.',
  ])('adds to an ask, takes none back: %s', (text) => {
    const w = withdrawalOf(text);
    expect(w.all).toBe(false);
    expect(w.named).toEqual([]);
  });

  it.each([
    'Vergessen Sie das, ich will es doch.',
    'Die neue Adresse können Sie wieder vergessen.',
    'Scratch that, I will take it after all.',
    'Lasciate perdere il messaggio di ieri, scusate.',
    'Dimenticate la mia richiesta, grazie.',
  ])('takes back: %s', (text) => {
    const w = withdrawalOf(text);
    expect(w.all || w.named.length > 0).toBe(true);
  });

  it('Spanish thread: a new address, then a forgotten floor number, still asks for the new address', () => {
    const actions = unshipped('ES', [
      ['buyer', '2026-11-23T09:00:00Z', 'Hola, ¿pueden cambiar la dirección de envío a Calle Mayor 5, Madrid?'],
      ['buyer', '2026-11-23T09:05:00Z', 'Se me olvidó el piso: 3º izquierda.'],
    ]);
    expect(actions).toContain('cancel-and-reorder');
  });
});

describe('an ask the same message takes back outright', () => {
  it('is not read as asked, in several languages', () => {
    for (const text of [
      'I wanted to cancel this because I found it cheaper elsewhere, but never mind, I\'ll keep it. Ship it as planned.',
      'Quería cancelar el pedido, pero olvídenlo, me lo quedo.',
      'Volevo annullare l\'ordine ma lasciate perdere, lo tengo.',
    ]) {
      expect(withdrawalOf(text).takenBackHere, text).toEqual(['cancel']);
      expect(classifyIntents(text).intents, text).not.toContain('cancel');
    }
  });

  it('a take-back said only for a case ("if it has already shipped, never mind") keeps the ask', () => {
    for (const text of ['Please cancel my order. If it has already shipped, never mind.', 'Bitte stornieren. Falls schon verschickt, vergessen Sie es.']) {
      expect(withdrawalOf(text).takenBackHere, text).toEqual([]);
    }
    expect(classifyIntents('Please cancel my order. If it has already shipped, never mind.').intents).toContain('cancel');
  });

  it('a take-back about something else, or said for a case, leaves the ask standing', () => {
    for (const text of ['Please cancel my order. Please ignore my previous message.', 'Please cancel my order. Sorry, forget the question about colour.',
      'Please cancel it. Otherwise never mind.', 'Annulez la commande svp. Sinon, laissez tomber.',
      'Bitte stornieren Sie meine Bestellung. Ignorieren Sie meine vorherige Nachricht.']) {
      expect(withdrawalOf(text).takenBackHere, text).toEqual([]);
      expect(classifyIntents(text).intents, text).toContain('cancel');
    }
  });

  it('what the buyer had wanted, told after a take-back, is not asked anew', () => {
    for (const text of ['Lasciate perdere, volevo annullare per il prezzo ma va bene così.',
      'Never mind! I was going to cancel it, but my wife loves the colour, so we will keep it.',
      'Laissez tomber, je voulais annuler mais ça ira.']) expect(withdrawalOf(text).reasked, text).toEqual([]);
  });

  it('an ask made after the take-back is asked', () => {
    expect(withdrawalOf('Forget my question about the colour: please cancel the order.').takenBackHere).toEqual([]);
  });
});
