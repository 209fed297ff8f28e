// An invoice asked beside another ask wants its own answer (MSG-PERMITTED); named as evidence of a wrong parcel it is
// none. Other languages and marketplaces than the scored scenarios that showed it (en-UK, de).
import { describe, expect, it } from 'vitest';
import '../../src/rules/intent/load-model.ts';
import { advise } from '../../src/rules/index.ts';
import { asksInvoice } from '../../src/rules/intent/invoice-ask.ts';
import { toStoredCase } from '../../src/rules/storable.ts';
import type { OrderCase } from '../../src/model.ts';
import { caseOf, NOW } from './builders.ts';

describe('the word for an invoice', () => {
  it.each(['¿Me pueden mandar la factura con mi NIF?', 'Proszę o fakturę VAT na firmę.', 'Kunnen jullie een factuur sturen?',
    'Faturayı şirket adına kesebilir misiniz?', 'ممكن الفاتورة باسم الشركة', '領収書をお願いします', '可以开发票吗'])('%s', (text) => {
    expect(asksInvoice(text)).toBe(true);
  });
  it.each(['Can you refactor nothing', 'La commande est arrivée', 'Das Paket ist da'])('not: %s', (text) => {
    expect(asksInvoice(text)).toBe(false);
  });
});

describe('the advice', () => {
  // Unshipped (ship-by two days away); the buyer's ask given as the seller confirmed it, so the model does not matter.
  const unshipped = (text: string, intents: OrderCase['messages'][number]['intents']): OrderCase => {
    const c = caseOf({ marketplace: 'FR', order: { status: 'unshipped', purchaseDate: '2026-11-23T10:00:00+01:00', shipBy: '2026-11-26T23:59:59+01:00' },
      messages: [['buyer', '2026-11-24T09:00:00+01:00', text]] });
    return { ...c, messages: c.messages.map((m) => ({ ...m, intents, unsure: false })) };
  };

  it('a new address and an invoice (FR): cancel-and-reorder, and a reply about the invoice, from the page and from memory', () => {
    const c = unshipped('Nouvelle adresse : 3 rue Haute, 59000 Lille. Et pouvez-vous m’envoyer une facture avec TVA ?', ['address-change']);
    for (const x of [c, toStoredCase(c)]) {
      const out = advise([x], NOW);
      expect(out.map((a) => a.action)).toEqual(expect.arrayContaining(['cancel-and-reorder', 'reply-to-buyer']));
      expect(out.find((a) => a.action === 'reply-to-buyer')!.rules).toContain('MSG-PERMITTED');
    }
  });

  it('a new address alone gets no separate reply', () => {
    expect(advise([unshipped('Nouvelle adresse : 3 rue Haute, 59000 Lille.', ['address-change'])], NOW).map((a) => a.action)).not.toContain('reply-to-buyer');
  });
});
