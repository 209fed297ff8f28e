// Readers added for "never confidently wrong": end-of-day deadlines, a label and its value in one element, SAFE-T
// claim pages, the Portuguese (Brazil) UI, the seller's own messages; and the guards in front of them.
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { boundHtml } from '../../src/read/bound-html.ts';
import { parseDate, parseDeadline } from '../../src/read/dates.ts';
import { readPage } from '../../src/read/index.ts';
import { MAX_NESTING } from '../../src/read/limits.ts';
import { notSellerCentral, rawInputProblem } from '../../src/read/page-guard.ts';
import { withUnreadPages } from '../../src/rules/situations/confirm-facts.ts';
import type { Decision } from '../../src/rules/decision.ts';
import { t } from '../../src/rules/text.ts';
import { EN } from '../../src/words/advice/en.ts';
import { wordAdvice } from '../../src/words/advice/word.ts';
import type { PageReading } from '../../src/model.ts';

const read = (html: string, url: string) => readPage(loadPage(html, url), url);
const US = { marketplace: 'US' as const, zone: 'America/Los_Angeles' };

describe('deadlines printed without a time', () => {
  it('are the end of that day in the marketplace zone; with a time, that time', () => {
    expect(parseDeadline('Thu, Dec 5, 2019', US)).toBe('2019-12-05T23:59:59-08:00');
    expect(parseDeadline('Dec 9, 2019 to Dec 12, 2019', US)).toBe('2019-12-12T23:59:59-08:00');
    expect(parseDeadline('Wed, Dec 4, 2019, 8:27 AM PST', US)).toBe('2019-12-04T08:27:00-08:00');
    expect(parseDate('Thu, Dec 5, 2019', US)).toBe('2019-12-05T00:00:00-08:00');
  });

  it('on an order page: ship-by and deliver-by', () => {
    const r = read(`<html lang="en"><body><div id="MYO-app"><span data-test-id="order-id-value">113-1234567-1234567</span>
      <span data-test-id="order-summary-shipby-value">Fri, Nov 27, 2026</span>
      <span data-test-id="order-summary-deliverby-value">Dec 1, 2026 to Dec 4, 2026</span></div></body></html>`,
    'https://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567');
    expect(r.orders[0]!.shipBy).toBe('2026-11-27T23:59:59-08:00');
    expect(r.orders[0]!.deliverBy).toBe('2026-12-04T23:59:59-08:00');
  });
});

describe('a label and its value inside one element', () => {
  it('Manage Orders rows', () => {
    const r = read(`<html lang="en"><body><div id="MYO-app"><div class="myo-table-container"><table id="orders-table"><tbody>
      <tr><td data-test-id="oth-order-details"><a href="/orders-v3/order/114-1111111-2222222">114-1111111-2222222</a>
      <div class="a-color-secondary">Ship by date: Nov 27, 2026</div><div class="a-color-secondary">Fulfillment method: Seller</div></td>
      <td data-test-id="oth-order-status"><span class="main-status unshipped-status">Unshipped</span></td></tr></tbody></table></div></div></body></html>`,
    'https://sellercentral.amazon.com/orders-v3');
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]!.shipBy).toBe('2026-11-27T23:59:59-08:00');
    expect(r.orders[0]!.fulfillment).toBe('MFN');
  });

  it('an order page read by labels', () => {
    const r = read(`<html lang="en"><body><div id="sc-content-container"><h1>Order Details</h1>
      <div><span>Order ID: 112-1234567-7654321</span></div><div><span>Ship by: Thu, Dec 5, 2019</span></div></div></body></html>`,
    'https://sellercentral.amazon.com/gp/orders-v2/details?orderID=112-1234567-7654321');
    expect(r.orders[0]!.shipBy).toBe('2019-12-05T23:59:59-08:00');
  });
});

describe('SAFE-T claim detail in Portuguese (Brazil)', () => {
  const html = `<html lang="pt-BR"><body><div id="sc-content-container">
    <div id="claim-content-wrapper-48213-77120-3390514">
      <div><span>Status da reivindicação</span><span>informações solicitadas</span></div>
      <div><span>ID do pedido</span><a href="/orders-v3/order/701-2290318-5531407">701-2290318-5531407</a></div>
      <div><span>Data da reivindicação</span><span>seg., jan 5, 2026, 3:04 PM</span></div>
      <div><span>Recorrer por</span><span>5 de fevereiro de 2026</span></div>
      <div><span>Comentário da Amazon</span><span>Envie o comprovante de entrega.</span></div>
    </div></div></body></html>`;
  const r = read(html, 'https://sellercentral.amazon.com.br/safet-claims/claim/48213-77120-3390514');

  it('reads the claim with its SAFE-T fields', () => {
    expect(r.kind).toBe('claim');
    expect(r.marketplace).toBe('BR');
    expect(r.claims).toEqual([expect.objectContaining({
      orderId: '701-2290318-5531407', claimId: '48213-77120-3390514', claimType: 'safe-t', status: 'informações solicitadas',
      filedAt: '2026-01-05T15:04:00-03:00', appealBy: '2026-02-05T23:59:59-03:00',
      amazonComment: 'Envie o comprovante de entrega.', denialReason: null,
    })]);
    expect(r.missing).toContain('claims[0].denialReason');
  });
});

describe('Portuguese (Brazil) order page by labels', () => {
  it('reads status, dates and fulfillment', () => {
    const r = read(`<html lang="pt-BR"><body><div id="sc-content-container">
      <div><span>ID do pedido:</span> <span>701-5550123-7788990</span></div>
      <div><span>Status do pedido:</span> <span>Não enviado</span></div>
      <div><span>Enviar até:</span> <span>sex., nov 27, 2026</span></div>
      <div><span>Data da compra:</span> <span>ter., nov 24, 2026, 9:10 AM</span></div>
      <div><span>Enviado por:</span> <span>Vendedor</span></div></div></body></html>`,
    'https://sellercentral.amazon.com.br/orders-v3/order/701-5550123-7788990');
    expect(r.orders[0]).toMatchObject({
      orderId: '701-5550123-7788990', status: 'unshipped', shipBy: '2026-11-27T23:59:59-03:00',
      purchaseDate: '2026-11-24T09:10:00-03:00', fulfillment: 'MFN',
    });
  });
});

describe('the seller\'s own messages in a thread', () => {
  it('are read as from "seller", in page order with the buyer\'s', () => {
    const r = read(`<html lang="pt-BR"><body><div id="thread-view"><a class="thread-order-id" href="/orders-v3/order/701-5550123-7788990">701-5550123-7788990</a>
      <div class="thread-message"><div class="thread-message-header">Ana (Comprador)</div><div class="thread-message-body">Onde está meu pedido?</div></div>
      <div class="thread-message"><div class="thread-message-header">Loja Aurora (Vendedor)</div><div class="thread-message-body">Já foi enviado.</div></div>
      </div></body></html>`, 'https://sellercentral.amazon.com.br/messaging/inbox-v3?ss=701-5550123-7788990');
    expect(r.messages.map((m) => [m.from, m.text])).toEqual([['buyer', 'Onde está meu pedido?'], ['seller', 'Já foi enviado.']]);
  });
});

describe('recognised pages whose records were not read', () => {
  it('a messages inbox without a readable thread names the message thread', () => {
    const r = read('<html lang="en"><body><div id="sc-content-container"><div class="thread-messages"><div class="inbox-row">Buyer asked about 113-1234567-1234567</div></div></div></body></html>',
      'https://sellercentral.amazon.com/messaging/inbox-v3');
    expect(r.kind).toBe('messages');
    expect(r.missing).toContain('message thread');
  });

  it('a returns list whose cards are not understood names its rows', () => {
    const r = read('<html lang="en"><body><div id="sc-content-container"><ul><li>Return for 113-1234567-1234567 <em>requested</em></li></ul></div></body></html>',
      'https://sellercentral.amazon.com/gp/returns/list/v2');
    expect(r.missing).toContain('returns list rows');
  });

  it('a claims list whose rows carry no id we know still names its rows', () => {
    const r = read(`<html lang="en"><body><div id="sc-content-container"><table><thead><tr><th>Nr</th><th>Stan</th></tr></thead>
      <tbody><tr><td>Roszczenie 12</td><td>Otwarte</td></tr></tbody></table></div></body></html>`,
    'https://sellercentral.amazon.pl/gp/guarantee-claims/home.html');
    expect(r.kind).toBe('claim-list');
    expect(r.missing).toContain('claims list rows');
  });

  it('an empty claims list ("no results" in one wide cell) names none', () => {
    const r = read(`<html lang="en"><body><div id="sc-content-container"><table><thead><tr><th>Order ID</th><th>Claim status</th></tr></thead>
      <tbody><tr><td colspan="2">No claims found</td></tr></tbody></table></div></body></html>`,
    'https://sellercentral.amazon.com/gp/guarantee-claims/home.html');
    expect(r.missing).not.toContain('claims list rows');
  });

  it('a page read in full names no region', () => {
    const r = read('<html lang="en"><body><div id="MYO-app"><div class="myo-table-container"><table id="orders-table"><tbody></tbody></table></div><p>No orders were found that match the given search criteria.</p></div></body></html>',
      'https://sellercentral.amazon.com/orders-v3');
    expect(r.missing.filter((m) => !m.includes('['))).not.toContain('orders list rows');
  });
});

describe('advice on an unread page', () => {
  const reading = (missing: string[]): PageReading => ({ kind: 'claim-list', marketplace: 'US', uiLanguage: 'en', orders: [], claims: [], messages: [], returns: [], missing });
  const nothing: Decision = { orderId: null, action: 'no-action', severity: 'info', deadline: null, rules: [], title: t('none.title'), why: [], doNot: [], replyLang: null };

  it('is confirm-facts, and no-action is dropped', () => {
    const advice = withUnreadPages([reading(['claims list rows'])], [nothing]);
    expect(advice.map((a) => a.action)).toEqual(['confirm-facts']);
    const worded = wordAdvice(advice[0]!, EN);
    expect(worded.title).toContain('could not read this page');
    expect(worded.why).toContain('claims list rows');
  });

  it('a fully read page keeps its advice', () => {
    expect(withUnreadPages([reading(['claims[0].amount'])], [nothing])).toEqual([nothing]);
  });
});

describe('guards in front of the readers', () => {
  it('raw input that cannot be a page', () => {
    expect(rawInputProblem(new Uint8Array())).toMatch(/empty/);
    expect(rawInputProblem(new TextEncoder().encode('  \n '))).toMatch(/whitespace/);
    expect(rawInputProblem(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toMatch(/JPEG/);
    expect(rawInputProblem(new TextEncoder().encode('just some notes, no markup'))).toMatch(/no HTML/);
    expect(rawInputProblem(new TextEncoder().encode('<html><body>x</body></html>'))).toBeNull();
  });

  it('documents that are not Seller Central pages', () => {
    const doc = (html: string) => loadPage(html, 'https://sellercentral.amazon.com/');
    expect(notSellerCentral(doc('<html><body><form name="signIn"><input type="password"></form></body></html>'), false)).toMatch(/sign-in/);
    expect(notSellerCentral(doc('<html><body><h1>Weather</h1></body></html>'), false)).toMatch(/not a Seller Central page/);
    expect(notSellerCentral(doc('<html><body><div id="sc-navbar-container"></div></body></html>'), false)).toBeNull();
  });

  it('HTML within the bounds is left byte for byte; deeper nesting is flattened and said', () => {
    const page = '<html><body><div><p>One<p>Two<ul><li>a<li>b</ul></div><script>if (a<b) {}</script></body></html>';
    expect(boundHtml(page)).toEqual({ html: page, cut: [] });
    const deep = '<div>'.repeat(MAX_NESTING + 50) + 'x' + '</div>'.repeat(MAX_NESTING + 50);
    const bounded = boundHtml(deep);
    expect(bounded.cut).toHaveLength(1);
    expect((bounded.html.match(/<div>/g) ?? []).length).toBe(MAX_NESTING);
    expect((bounded.html.match(/<\/div>/g) ?? []).length).toBe(MAX_NESTING);
    expect(bounded.html).toContain('x');
  });
});
