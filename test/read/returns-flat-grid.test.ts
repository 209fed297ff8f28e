// Returns drawn as a flat grid of bare cells, no cards and no labels: each record is the run of cells from its order
// link to the next one; only a cell that is a status wording by itself is read from it.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const cell = (t: string) => `<div>${t}</div>`;
const link = (id: string) => cell(`<a href="/orders-v3/order/${id}">${id}</a>`);
const grid = (cells: string) => page(`<div id="sc-content-container"><h1>Gestisci resi</h1>
  <section class="x1" style="display:grid;grid-template-columns:repeat(4,auto)">${cells}</section></div>`, { lang: 'it-IT' });
const URL = 'https://sellercentral.amazon.it/gp/returns/list/v2';

describe('returns in a flat grid (Italian UI)', () => {
  it('reads each record\'s status cell; its unlabelled date and reason stay missing', () => {
    const r = readHtml(grid(link('404-1182930-5561029') + cell('20/11/2026') + cell('Autorizzazione richiesta') + cell('Taglia sbagliata') +
      link('404-7720193-3318204') + cell('12/11/2026') + cell('Rimborsato') + cell('Non più necessario')), URL);
    expect(r.returns.map((x) => [x.orderId, x.status, x.requestedAt, x.reason])).toEqual([
      ['404-1182930-5561029', 'pending-authorization', null, null], ['404-7720193-3318204', 'completed', null, null],
    ]);
    expect(r.missing).toEqual(expect.arrayContaining(['returns[0].requestedAt', 'returns[0].reason']));
  });

  it('runs of different lengths are not cut into records: no status is read', () => {
    const r = readHtml(grid(link('404-1182930-5561029') + cell('Rimborsato') +
      link('404-7720193-3318204') + cell('12/11/2026') + cell('Rimborsato')), URL);
    expect(r.returns.map((x) => x.status)).toEqual([null, null]);
  });
});
