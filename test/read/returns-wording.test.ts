// Return statuses that name a later step only to deny it ("received, not refunded"), and the German refund label.
import { describe, expect, it } from 'vitest';
import { returnStatusFrom } from '../../src/read/returns.ts';
import { page, readHtml } from './helpers.ts';

describe('a return status that denies a later step', () => {
  it('is the step it affirms, in any language', () => {
    expect(returnStatusFrom('Received, not refunded')).toBe('received');
    expect(returnStatusFrom('Reçu – non remboursé')).toBe('received');
    expect(returnStatusFrom('Recibido, no reembolsado')).toBe('received');
    expect(returnStatusFrom('Erhalten, noch nicht erstattet')).toBe('received');
    expect(returnStatusFrom('Refunded')).toBe('completed');
  });

  it('a request rejected, declined or cancelled is done: nothing is due on it, and the status is not left unknown', () => {
    for (const shown of ['Rejected – authorization denied', 'Declined', 'Request cancelled', 'Abgelehnt', 'Clôturée',
      'Rechazada', 'Chiuso', 'キャンセル', '已拒绝', 'Recusada']) expect(returnStatusFrom(shown)).toBe('completed');
    expect(returnStatusFrom('Authorization required')).toBe('pending-authorization');
  });

  it('on a French returns page', () => {
    const r = readHtml(page(`<div id="sc-content-container"><h1>Gérer les retours</h1>
      <div class="return-request-card"><div class="orderDetailsDiv"><a href="/orders-v3/order/171-4410928-3320194">171-4410928-3320194</a></div>
      <div><span class="a-color-secondary">Statut de la demande de retour : </span><span class="return-request-status">Reçu, non remboursé</span></div></div></div>`,
    { lang: 'fr-FR' }), 'https://sellercentral.amazon.fr/gp/returns/list/v2');
    expect(r.returns).toEqual([expect.objectContaining({ orderId: '171-4410928-3320194', status: 'received' })]);
  });
});

describe('a German returns table', () => {
  it('reads "Erstattung veranlasst am" as the refund date', () => {
    const r = readHtml(page(`<div id="sc-content-container"><table><thead><tr><th>Bestellnummer</th><th>Rücksendegrund</th>
      <th>Erstattung veranlasst am</th></tr></thead><tbody><tr><td><a href="/orders-v3/order/302-5591028-1182930">302-5591028-1182930</a></td>
      <td>Beschädigt</td><td>12.11.2026</td></tr></tbody></table></div>`, { lang: 'de-DE' }),
    'https://sellercentral.amazon.de/gp/returns/list/v2');
    expect(r.returns).toEqual([expect.objectContaining({
      orderId: '302-5591028-1182930', reason: 'Beschädigt', refundedAt: '2026-11-12T00:00:00+01:00',
    })]);
  });
});
