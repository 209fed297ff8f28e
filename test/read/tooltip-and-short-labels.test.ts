// Field names shown only as an icon's tooltip (a span holding just an svg, named by aria-label or title), and the short
// label wordings of returns lists and deadlines ("Estado", "Fecha de la solicitud", "Devolución recibida").
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('claim cards whose field names are icon tooltips (Spanish UI, Mexico)', () => {
  const tip = (name: string) => `<i class="tip" title="${name}" tabindex="0"><svg width="10" height="10"><rect width="10" height="10"></rect></svg></i>`;
  const card = (id: string, status: string, amount: string, filed: string) => `<article class="reclamo">
    <p>${tip('Número de pedido')}<a href="/orders-v3/order/${id}">${id}</a></p>
    <p>${tip('Estado')}<b>${status}</b></p><p>${tip('Importe de la reclamación')}<b>${amount}</b></p>
    <p>${tip('Fecha de presentación')}<b>${filed}</b></p></article>`;
  const r = readHtml(page(`<div id="sc-content-container"><h1>Reclamaciones de la Garantía de la A a la Z</h1>
    ${card('701-2209183-4471092', 'Acción requerida', '$1,249.00', '3 de diciembre de 2026')}
    ${card('701-8830192-1109283', 'Cerrada', '$89.50', '20 de noviembre de 2026')}</div>`, { lang: 'es-MX' }),
  'https://sellercentral.amazon.com.mx/gp/guarantee-claims/home.html');

  it('reads each value by the tooltip before it', () => {
    expect(r.claims.map((c) => [c.orderId, c.filedAt, c.amount?.value])).toEqual([
      ['701-2209183-4471092', '2026-12-03T00:00:00-06:00', 1249],
      ['701-8830192-1109283', '2026-11-20T00:00:00-06:00', 89.5],
    ]);
  });
});

describe('a returns table with short labels in each cell (Spanish UI, Spain)', () => {
  const row = (id: string, status: string, requested: string, received: string) => `<tr>
    <td><a href="/orders-v3/order/${id}">${id}</a></td><td>Estado: ${status}</td>
    <td><div>Fecha de la solicitud: ${requested}</div><div>Devolución recibida: ${received}</div></td></tr>`;
  const r = readHtml(page(`<div id="sc-content-container"><h1>Gestionar devoluciones</h1><table><tbody>
    ${row('403-1102938-5561920', 'Pendiente de autorización', '05/12/2026', '—')}
    ${row('403-7719203-2290183', 'Recibida, no reembolsada', '28/11/2026', '03/12/2026')}</tbody></table></div>`, { lang: 'es-ES' }),
  'https://sellercentral.amazon.es/gp/returns/list/v2');

  it('reads the status, the request date and the date the return arrived', () => {
    expect(r.returns.map((x) => [x.orderId, x.status, x.requestedAt, x.receivedAt])).toEqual([
      ['403-1102938-5561920', 'pending-authorization', '2026-12-05T00:00:00+01:00', null],
      ['403-7719203-2290183', 'received', '2026-11-28T00:00:00+01:00', '2026-12-03T00:00:00+01:00'],
    ]);
  });
});

describe('"Fecha de entrega prevista" as the deliver-by label (Spanish UI, Mexico order page)', () => {
  it('reads the end of the range', () => {
    const r = readHtml(page(`<div id="MYO-app"><ul><li>Número de pedido: 701-5520193-8830291</li>
      <li>Fecha de entrega prevista: 9 de diciembre de 2026 - 14 de diciembre de 2026</li></ul></div>`, { lang: 'es-MX' }),
    'https://sellercentral.amazon.com.mx/orders-v3/order/701-5520193-8830291');
    expect(r.orders[0]!.deliverBy).toBe('2026-12-14T23:59:59-06:00');
  });
});
