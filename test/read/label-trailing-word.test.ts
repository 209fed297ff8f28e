// A date label written with or without the little word it ends in ("Enviar antes de" / "Enviar antes del", "Expédier
// avant" / "Expédier avant le", "Retour demandé" / "Retour demandé le", "Reso richiesto" / "Reso richiesto il") names
// the same field; a one-word label keeps its word ("Erstattet am" is a label, "Erstattet" a status).
import { describe, expect, it } from 'vitest';
import { labelLookup } from '../../src/read/labels.ts';
import { page, readHtml } from './helpers.ts';

describe('labels without their trailing article or preposition', () => {
  it('name the field the full label names', () => {
    const order = labelLookup(['shipBy', 'deliverBy', 'purchaseDate']);
    expect(order('Expédier avant')).toBe('shipBy');
    expect(order('Livrer avant')).toBe('deliverBy');
    expect(order('Entregar antes de')).toBe('deliverBy');
    const returns = labelLookup(['returnRequestDate', 'returnDelivered', 'refundIssued', 'returnStatus']);
    expect(returns('Retour demandé')).toBe('returnRequestDate');
    expect(returns('Reso richiesto')).toBe('returnRequestDate');
    expect(returns('Devolución solicitada')).toBe('returnRequestDate');
  });

  it('a one-word label keeps its word', () => {
    expect(labelLookup(['refundIssued'])('Erstattet')).toBeUndefined();
    expect(labelLookup(['refundIssued'])('Erstattet am')).toBe('refundIssued');
  });
});

describe('a French order list whose dates are labelled "Expédier avant" and "Livrer avant" (amazon.fr)', () => {
  const row = (id: string, ship: string, deliver: string) => `<div role="row" class="card"><div role="cell"><a href="/orders-v3/order/${id}">${id}</a></div>
    <div role="cell"><div><span class="k">Expédier avant</span> <span class="v">${ship}</span></div><div><span class="k">Livrer avant</span> <span class="v">${deliver}</span></div></div></div>`;
  const html = page(`<main id="sc-content-container"><div id="MYO-app"><div role="table">${row('171-4402918-3372615', '8 déc. 2026', '12 déc. 2026')}${row('402-1193820-5567124', '9 déc. 2026', '14 déc. 2026')}</div></div></main>`, { lang: 'fr-FR' });

  it('reads each order\'s ship-by and deliver-by', () => {
    const r = readHtml(html, 'https://sellercentral.amazon.fr/orders-v3');
    expect(r.orders).toEqual([
      expect.objectContaining({ orderId: '171-4402918-3372615', shipBy: '2026-12-08T23:59:59+01:00', deliverBy: '2026-12-12T23:59:59+01:00' }),
      expect.objectContaining({ orderId: '402-1193820-5567124', shipBy: '2026-12-09T23:59:59+01:00', deliverBy: '2026-12-14T23:59:59+01:00' }),
    ]);
  });
});

describe('an Italian return card whose request date is labelled "Reso richiesto" (amazon.it)', () => {
  const html = page(`<main id="sc-content-container"><h1>Gestisci resi</h1><div class="return-request-card">
    <div>Numero ordine: <a href="/orders-v3/order/405-2219374-8810362">405-2219374-8810362</a></div>
    <div><span class="k">Reso richiesto</span> <span class="v">2 dic 2026</span></div>
    <div>Motivo del reso: <span class="return-reason-value">Non più necessario</span></div></div></main>`, { lang: 'it-IT' });

  it('reads the request date', () => {
    const r = readHtml(html, 'https://sellercentral.amazon.it/gp/returns/list/v2');
    expect(r.returns).toEqual([expect.objectContaining({ orderId: '405-2219374-8810362', requestedAt: '2026-12-02T00:00:00+01:00' })]);
  });
});
