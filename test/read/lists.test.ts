// Manage Orders, claims, messaging and returns variants beyond the reference pages.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const SC = 'https://sellercentral.amazon.com';

describe('Manage Orders', () => {
  const row = (id: string, status: string, items = 1) => `
    <tr><td data-test-id="oth-order-date"><div class="cell-body-title">Today</div><div>Nov 24, 2026</div><div>7:18 AM PST</div></td>
      <td data-test-id="oth-order-details"><a href="/orders-v3/order/${id}">${id}</a><div><span>Fulfillment method:</span> Seller</div></td>
      <td data-test-id="oth-customer-option"><div><span>Ship by date:</span> Nov 27, 2026</div><div><span>Deliver by date:</span> Currently unavailable</div></td>
      <td data-test-id="oth-order-status"><span class="main-status ${status}-status">x</span></td></tr>` +
    '<tr><td data-test-id="oth-order-date"></td><td data-test-id="oth-order-details"></td><td></td><td data-test-id="oth-order-status"></td></tr>'.repeat(items - 1);
  const table = (rows: string) => page(`<div id="MYO-app"><div class="myo-table-container"><table id="orders-table"><tbody>${rows}</tbody></table></div>
    <div class="myo-empty-state aok-hidden">No orders were found that match the given search criteria.</div></div>
    <div id="sc-side-nav"><a href="/orders-v3/order/111-0000000-0000000">111-0000000-0000000</a></div>`);

  it('one order per first row; item rows add nothing; the side menu is not an order', () => {
    const r = readHtml(table(row('114-2291847-6603925', 'pending', 3) + row('112-7730914-2068351', 'unshipped')), `${SC}/orders-v3/mfn/unshipped`);
    expect(r.kind).toBe('order-list');
    expect(r.orders.map((o) => [o.orderId, o.status])).toEqual([['114-2291847-6603925', 'pending'], ['112-7730914-2068351', 'unshipped']]);
    expect(r.orders[0]!.purchaseDate).toBe('2026-11-24T07:18:00-08:00');
    expect(r.orders[0]!.shipBy).toBe('2026-11-27T23:59:59-08:00');
    expect(r.orders[0]!.deliverBy).toBeNull();
    expect(r.missing).toContain('orders[0].deliverBy');
  });

  it('an empty table is an empty list, not a missing one', () => {
    const r = readHtml(table(''), `${SC}/orders-v3/search?q=nothing&qt=orderid`);
    expect(r.orders).toEqual([]);
    expect(r.missing).not.toContain('orders');
  });

  it('no table at all is reported', () => {
    const r = readHtml(page('<div id="MYO-app"><div class="a-spinner"></div></div>'), `${SC}/orders-v3`);
    expect(r.orders).toEqual([]);
    expect(r.missing).toContain('orders');
  });
});

describe('claims', () => {
  const claimsTable = (head: string[], rows: string[][], tab = '') => `<kat-tab ${tab}><kat-table class="claims-table">
    <kat-table-head><kat-table-row>${head.map((h) => `<kat-table-cell>${h}</kat-table-cell>`).join('')}</kat-table-row></kat-table-head>
    <kat-table-body>${rows.map((r) => `<kat-table-row>${r.map((c) => `<kat-table-cell>${c}</kat-table-cell>`).join('')}</kat-table-row>`).join('')}</kat-table-body>
    </kat-table></kat-tab>`;

  it('SAFE-T claims are claim-list pages of claimType "safe-t"', () => {
    const html = page(`<div id="sc-content-container">${claimsTable(['Order ID', 'Claim ID', 'Reason', 'Amount', 'Claim status'],
      [['<a href="/orders-v3/order/112-0083351-6129470">112-0083351-6129470</a>', '88120011', 'Package lost in transit', '$39.99', 'Under review']])}</div>`);
    const r = readHtml(html, `${SC}/safet-claims`);
    expect(r.kind).toBe('claim-list');
    expect(r.claims).toEqual([expect.objectContaining({ orderId: '112-0083351-6129470', claimId: '88120011', claimType: 'safe-t',
      reason: 'Package lost in transit', status: 'Under review', amount: { value: 39.99, currency: 'USD' } })]);
  });

  it('chargebacks are claimType "chargeback"', () => {
    const html = page(`<div id="sc-content-container">${claimsTable(['Order ID', 'Amount', 'Respond by'],
      [['113-1175846-2290634', '$19.98', 'Fri, Nov 27, 2026']])}</div>`);
    const r = readHtml(html, `${SC}/gp/chargebacks/home.html`);
    expect(r.claims[0]).toEqual(expect.objectContaining({ orderId: '113-1175846-2290634', claimType: 'chargeback',
      respondBy: '2026-11-27T00:00:00-08:00', status: null }));
    expect(r.missing).toContain('claims[0].status');
  });

  it('a claim in a status tab and in "All claims" is read once; hidden tabs are read', () => {
    const row = ['<a href="/orders-v3/order/112-0941736-5582019">112-0941736-5582019</a>', '<a href="/gp/guarantee-claims/claim-details.html?claimId=6284017733">6284017733</a>', 'Item not received'];
    const html = page(`<div id="sc-content-container"><kat-tabs>
      ${claimsTable(['Order ID', 'Claim ID', 'Claim reason'], [row], 'label="Action required (1)" selected')}
      ${claimsTable(['Order ID', 'Claim ID', 'Claim reason'], [row], 'label="All claims"')}
      ${claimsTable(['Order ID', 'Claim ID', 'Claim reason', 'Claim status'], [['114-6172093-4458106', '6279405518', 'Item not received', 'Granted/Amazon Funded']], 'label="Option to Appeal (1)"')}
      </kat-tabs></div>`);
    const r = readHtml(html, `${SC}/gp/guarantee-claims/home.html`);
    expect(r.claims.map((c) => [c.claimId, c.status, c.fundedBy])).toEqual([
      ['6284017733', 'Action required', null], ['6279405518', 'Granted/Amazon Funded', 'amazon']]);
  });

  it('a personal injury claim is a safety claim; an ordinary detail is a-to-z', () => {
    const detail = (type: string) => page(`<div id="sc-content-container"><table class="a-keyvalue claim-summary-table"><tbody>
      <tr><th>Order ID</th><td><a href="/orders-v3/order/113-2207749-8815063">113-2207749-8815063</a></td></tr>
      <tr><th>Claim type</th><td>${type}</td></tr><tr><th>Claim status</th><td>Under review</td></tr></tbody></table></div>`);
    const url = `${SC}/gp/guarantee-claims/claim-details.html?claimId=42`;
    expect(readHtml(detail('Personal injury'), url).claims[0]!.claimType).toBe('safety');
    const plain = readHtml(detail('A-to-z Guarantee'), url).claims[0]!;
    expect(plain.claimType).toBe('a-to-z');
    expect(plain.claimId).toBe('42');
  });
});

describe('messaging', () => {
  it('seller, buyer and Amazon messages; a time-only stamp takes the divider date; the thread list is not read', () => {
    const html = page(`<div id="inbox-v3-app">
      <kat-table class="threads-list"><kat-table-row><span class="order-id">111-8820463-1178305</span><a class="thread-order-id" href="/orders-v3/order/111-8820463-1178305">111-8820463-1178305</a></kat-table-row></kat-table>
      <div id="thread-view">
        <a class="thread-order-id" href="/orders-v3/order/113-4829137-5520614">113-4829137-5520614</a>
        <div class="thread-messages">
          <div class="thread-message-date-divider">Sat, Nov 21, 2026</div>
          <div class="thread-message"><div class="thread-message-max-width-container-left"><div class="thread-message-body">Where   is
            my order?</div><div class="thread-message-timestamp">9:12 AM</div></div></div>
          <div class="thread-message"><div class="thread-message-max-width-container-right"><div class="thread-message-body">It ships today.</div><div class="thread-message-timestamp">Sat, Nov 21, 2026 10:00 AM</div></div></div>
          <div class="thread-message"><kat-alert header="Message from Amazon" description="The buyer has requested a cancellation."></kat-alert></div>
          <div class="thread-message"><div class="thread-message-header">Someone <span>(Buyer)</span></div><div class="thread-message-body">Thanks</div></div>
        </div>
        <div class="reply-box-container"><textarea>Plain draft</textarea></div>
      </div></div>`);
    const r = readHtml(html, `${SC}/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=113-4829137-5520614`);
    expect(r.messages).toEqual([
      { orderId: '113-4829137-5520614', from: 'buyer', sentAt: '2026-11-21T09:12:00-08:00', text: 'Where is my order?' },
      { orderId: '113-4829137-5520614', from: 'seller', sentAt: '2026-11-21T10:00:00-08:00', text: 'It ships today.' },
      { orderId: '113-4829137-5520614', from: 'amazon', sentAt: '2026-11-21T00:00:00-08:00', text: 'The buyer has requested a cancellation.' },
      { orderId: '113-4829137-5520614', from: 'buyer', sentAt: '2026-11-21T00:00:00-08:00', text: 'Thanks' },
    ]);
    expect(r.draft).toBe('Plain draft');
    // The thread names its order; with no order panel, nothing but its id is known, and the rest is missing.
    expect(r.orders).toEqual([expect.objectContaining({ orderId: '113-4829137-5520614', status: null, shipBy: null })]);
    expect(r.missing).toEqual(expect.arrayContaining(['orders[0].status', 'orders[0].shipBy']));
  });

  it('an order id only the address names (ss=) is not given to the thread\'s messages', () => {
    const html = page(`<div id="thread-view"><div class="thread-message"><div class="thread-message-max-width-container-left"><div class="thread-message-body">Hello</div></div></div></div>`);
    const r = readHtml(html, `${SC}/messaging/inbox-v3?ss=113-4829137-5520614`);
    expect(r.messages.map((m) => m.orderId)).not.toContain('113-4829137-5520614');
  });

  it('without a header link the order id comes from ss= when the page shows it, never from the thread list', () => {
    const html = page(`<kat-table class="threads-list"><kat-table-row><div class="order-id">111-8820463-1178305</div></kat-table-row></kat-table>
      <div id="thread-view"><p class="case-title">Case for 113-4829137-5520614</p><div class="thread-message"><div class="thread-message-max-width-container-left"><div class="thread-message-body">Hello</div></div></div></div>`);
    const r = readHtml(html, `${SC}/messaging/inbox-v3?ss=113-4829137-5520614`);
    expect(r.messages[0]!.orderId).toBe('113-4829137-5520614');
    expect(r.messages[0]!.sentAt).toBeNull();
    expect(r.missing).toContain('messages[0].sentAt');
  });

  it('the contact-buyer page: order id from orderID=, draft from the kat-textarea shadow root', () => {
    const html = page(`<div id="ayb-contact-buyer"><h1>Contact buyer</h1>
      <kat-textarea label="Message"><template shadowrootmode="open"><textarea>Hello, your order ships today.</textarea></template></kat-textarea></div>`);
    const r = readHtml(html, `${SC}/messaging/contact?orderID=112-7730914-2068351&marketplaceID=ATVPDKIKX0DER`);
    expect(r.kind).toBe('messages');
    expect(r.messages).toEqual([]);
    expect(r.draft).toBe('Hello, your order ships today.');
  });

  it('a message whose sender cannot be told is left out and reported', () => {
    const html = page('<div id="thread-view"><div class="thread-message"><div class="thread-message-body">Who am I?</div></div></div>');
    const r = readHtml(html, `${SC}/messaging/inbox-v3?ss=113-4829137-5520614`);
    expect(r.messages).toEqual([]);
    expect(r.missing).toContain('messages.from');
  });
});

describe('returns', () => {
  it('/manage/returns/mfn with unknown card markup: one return per order, read by labels', () => {
    const card = (id: string, status: string, extra = '') => `<section><div>Order ID: <a href="/orders-v3/order/${id}">${id}</a></div>
      <div><span>Return request date:</span> Mon, Nov 23, 2026</div><div><span>Return reason:</span> Wrong size</div>
      <div><span>Status:</span> ${status}</div>${extra}</section>`;
    const html = page(`<div id="sc-content-container"><main>${card('112-5580321-7746210', 'Authorized – awaiting return')}${card('111-9027463-1185520', 'Completed – refunded', '<div><span>Refund issued:</span> Tue, Nov 24, 2026</div>')}</main></div>`);
    const r = readHtml(html, `${SC}/manage/returns/mfn?ref=xx`);
    expect(r.kind).toBe('returns');
    expect(r.returns.map((x) => [x.orderId, x.status, x.reason, x.requestedAt, x.refundedAt])).toEqual([
      ['112-5580321-7746210', 'authorized', 'Wrong size', '2026-11-23T00:00:00-08:00', null],
      ['111-9027463-1185520', 'completed', 'Wrong size', '2026-11-23T00:00:00-08:00', '2026-11-24T00:00:00-08:00'],
    ]);
  });

  it('a status wording we do not know is null, not a guess', () => {
    const html = page(`<div id="sc-content-container"><div class="return-request-card"><div class="orderDetailsDiv"><a href="/orders-v3/order/112-5580321-7746210">112-5580321-7746210</a></div>
      <span class="return-request-status">Something new</span></div></div>`);
    const r = readHtml(html, `${SC}/gp/returns/list/v2`);
    expect(r.returns[0]!.status).toBeNull();
    expect(r.missing).toContain('returns[0].status');
  });
});

describe('empty cells', () => {
  it('a dash in a claims table is "none", not a reason or a status', () => {
    const html = page(`<div id="sc-content-container"><table><thead><tr><th>Order ID</th><th>Reason</th><th>Status</th><th>Respond by</th></tr></thead>
      <tbody><tr><td>112-0083351-6129470</td><td>—</td><td>-</td><td>—</td></tr></tbody></table></div>`);
    const c = readHtml(html, 'https://sellercentral.amazon.com/safet-claims').claims[0]!;
    expect([c.orderId, c.reason, c.status, c.respondBy]).toEqual(['112-0083351-6129470', null, null, null]);
  });
});
