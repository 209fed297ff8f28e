// Writes test/fixtures/pages/orders-list-250.html (+ .expected.json): a Manage Orders page with 250 orders, some with
// two line items, mixed statuses and the usual page chrome. It is the page the benchmark reads (readOrderList250) and
// a fixture whose expectation lists every order id and status. Deterministic: same output on every run.
//   node scripts/make-orders-fixture.mjs [--out <dir>]     (default: test/fixtures/pages)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outFlag = process.argv.indexOf('--out');
const OUT_DIR = outFlag > 0 && process.argv[outFlag + 1]
  ? process.argv[outFlag + 1]
  : fileURLToPath(new URL('../test/fixtures/pages/', import.meta.url));
const NAME = 'orders-list-250';
const URL_OF_PAGE = 'https://sellercentral.amazon.com/orders-v3/mfn/all?page=1&results-per-page=250';
const ORDER_COUNT = 250;
const TODAY = Date.UTC(2026, 10, 24); // 2026-11-24, the fixtures' "today"
const DAY = 86_400_000;

// mulberry32: a tiny seeded PRNG, so the page never changes between runs.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20261124);
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const rowDate = (t) => { const d = new Date(t); return `${MO[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`; };
const BLANK = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

const FIRST = ['Avery', 'Blake', 'Camila', 'Dmitri', 'Elena', 'Farah', 'Gideon', 'Hana', 'Ivo', 'Jolene', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Oren', 'Paloma', 'Quinn', 'Rosa', 'Silas', 'Tamsin', 'Uma', 'Viktor', 'Willa', 'Xavier', 'Yara', 'Zeke'];
const LAST = ['Abernathy', 'Bellweather', 'Castellano', 'Dunmore', 'Eriksen', 'Fairbanks', 'Galloway', 'Hargreave', 'Ishikawa', 'Jankowski', 'Kettering', 'Lindahl', 'Montague', 'Nakagawa', 'Okonkwo', 'Pemberton', 'Quillfeather', 'Rasmussen', 'Sandoval', 'Thistlewood'];
const PRODUCTS = [
  ['Waxed Canvas Tool Roll, 12 Pockets, Olive', 'B0D1K7R4QZ', 'CO-TR12-OLV', 38.0],
  ['Folding Camp Stool, Aluminum Frame, 2-Pack', 'B0CR5T8N1M', 'CO-STOOL-2PK', 45.99],
  ['Enamel Camp Mug Set of 4, Speckled Blue', 'B0BZ3N6X8V', 'CO-MUG4-BLU', 27.98],
  ['Insulated Water Bottle, 32 oz, Slate', 'B0CW6R1T3N', 'CO-WB32-SLT', 29.95],
  ['Trail Headlamp, 400 Lumen, Rechargeable', 'B0C5W1N8QT', 'CO-HL400', 24.99],
  ['Merino Wool Hiking Socks, 3 Pairs, Charcoal, Large', 'B0BQ7X2M9K', 'CO-SOCK3-CH-L', 26.5],
  ['Camp Cookware Set, 10 Pieces, Hard-Anodized', 'B0CS8R3N6W', 'CO-COOK10', 64.0],
  ['Leather Key Fob, Brown', 'B0CR2P1W7M', 'CO-FOB-BRN', 12.0],
  ['Waxed Canvas Tote, 18 in, Field Tan', 'B0CR2N8T4K', 'CO-TOTE-TAN', 48.0],
  ['Stainless Camp Kettle, 1 L', 'B0C1R8T3VX', 'CO-KETTLE-1', 24.95],
];
const STATUS_TEXT = { pending: 'Pending', unshipped: 'Unshipped', shipped: 'Shipped', delivered: 'Delivered', canceled: 'Canceled' };

function makeOrders() {
  const seen = new Set();
  const orders = [];
  for (let i = 0; i < ORDER_COUNT; i++) {
    // Newest first, as Manage Orders sorts by default: roughly 8 orders a day over the last month.
    const age = Math.floor(i / 8);
    const purchase = TODAY - age * DAY;
    let id;
    do id = `${int(111, 114)}-${digits(7)}-${digits(7)}`; while (seen.has(id));
    seen.add(id);
    const shipBy = purchase + int(1, 3) * DAY;
    const deliverFrom = shipBy + int(1, 3) * DAY;
    const deliverTo = deliverFrom + int(1, 4) * DAY;
    let status;
    if (age === 0) status = pick(['pending', 'pending', 'unshipped', 'unshipped', 'unshipped', 'canceled']);
    else if (age <= 2) status = pick(['unshipped', 'unshipped', 'shipped', 'shipped', 'shipped', 'canceled']);
    else if (age <= 6) status = pick(['shipped', 'shipped', 'shipped', 'delivered', 'delivered', 'unshipped', 'canceled']);
    else status = pick(['delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'shipped', 'canceled']);
    const items = [pick(PRODUCTS)];
    if (rand() < 0.2) items.push(pick(PRODUCTS.filter((p) => p !== items[0])));
    const hour = int(6, 20);
    const time = `${((hour + 11) % 12) + 1}:${String(int(0, 59)).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'} PST`;
    orders.push({ id, age, purchase, time, shipBy, deliverFrom, deliverTo, status, items, buyer: `${pick(FIRST)} ${pick(LAST)}`, service: pick(['Standard', 'Standard', 'Expedited']), late: status === 'unshipped' && shipBy < TODAY });
  }
  return orders;
}

function productCell([title, asin, sku, price], qty) {
  return `<td data-test-id="oth-product-info"><div class="cell-body"><div class="myo-list-orders-product-name-cell"><a class="a-link-normal" href="https://www.amazon.com/dp/${asin}"><div>${esc(title)}</div></a></div><div><span>ASIN</span>: <b>${asin}</b></div><div><span>SKU</span>: ${sku}</div><div><span class="a-color-secondary">Quantity:</span> ${qty}</div><div><span class="a-color-secondary">Item subtotal:</span> $${(price * qty).toFixed(2)}</div></div></td>`;
}

function actionCell(o) {
  if (o.status === 'unshipped') {
    return '<kat-dropdown-button class="myo-action-dropdown" label="Buy shipping"><template shadowrootmode="open"><style>:host{display:inline-block}</style><div class="kat-dropdown-button"><button type="button" data-action="buyShipping" part="button">Buy shipping</button><button type="button" class="indicator" aria-label="more"></button><div class="options" hidden><button data-action="confirmShipment">Confirm shipment</button><button data-action="printPackingSlip">Print packing slip</button></div></div></template></kat-dropdown-button>';
  }
  if (o.status === 'shipped' || o.status === 'delivered') {
    return `<span class="a-button a-button-normal"><span class="a-button-inner"><a class="a-button-text" href="/orders-v3/order/${o.id}/packing-slip">Print packing slip</a></span></span>`;
  }
  return '';
}

function rowsOf(o) {
  const rel = o.age === 0 ? 'Today' : `${o.age} day${o.age > 1 ? 's' : ''} ago`;
  const secondary = o.late ? 'Late' : o.status === 'pending' ? 'Payment verification' : o.status === 'canceled' ? 'Buyer canceled' : '';
  const [first, ...rest] = o.items;
  let html = `<tr class="myo-order-first-row" data-order-id="${o.id}"><td class="myo-checkbox-column"><input type="checkbox" class="myo-order-checkbox" aria-label="select ${o.id}"></td>`
    + `<td data-test-id="oth-order-date"><div class="cell-body"><div class="cell-body-title">${rel}</div><div>${rowDate(o.purchase)}</div><div class="a-color-secondary">${o.time}</div></div></td>`
    + `<td data-test-id="oth-order-details"><div class="cell-body"><div class="cell-body-title"><a class="a-link-normal" href="/orders-v3/order/${o.id}">${o.id}</a></div><div><span class="a-color-secondary">Buyer name:</span> <span data-test-id="buyer-name-with-link"><a href="/messaging/contact?orderID=${o.id}">${esc(o.buyer)}</a></span></div><div><span class="a-color-secondary">Fulfillment method:</span> Seller</div><div><span class="a-color-secondary">Sales channel:</span> Amazon.com</div></div></td>`
    + `<td data-test-id="oth-image"><img alt="" width="60" height="60" src="${BLANK}"></td>${productCell(first, int(1, 3))}`
    + `<td data-test-id="oth-customer-option"><div class="cell-body"><div class="cell-body-title">${o.service}</div><div><span class="a-color-secondary">Ship by date:</span> ${rowDate(o.shipBy)}</div><div><span class="a-color-secondary">Deliver by date:</span> ${rowDate(o.deliverFrom)} to ${rowDate(o.deliverTo)}</div></div></td>`
    + `<td data-test-id="oth-order-status"><div class="cell-body"><div><span class="main-status ${o.status}-status">${STATUS_TEXT[o.status]}</span></div>${secondary ? `<div><span class="secondary-status a-color-secondary">${secondary}</span></div>` : ''}</div></td>`
    + `<td class="myo-table-action-column">${actionCell(o)}</td></tr>`;
  for (const item of rest) {
    html += `\n<tr class="myo-order-item-row" data-order-id="${o.id}"><td class="myo-checkbox-column"></td><td data-test-id="oth-order-date"></td><td data-test-id="oth-order-details"></td><td data-test-id="oth-image"><img alt="" width="60" height="60" src="${BLANK}"></td>${productCell(item, 1)}<td data-test-id="oth-customer-option"></td><td data-test-id="oth-order-status"></td><td class="myo-table-action-column"></td></tr>`;
  }
  return html;
}

function chrome(recent) {
  const menu = ['Catalog', 'Inventory', 'Pricing', 'Orders', 'Advertising', 'Reports', 'Performance'];
  return {
    top: `<div id="sc-navbar-container" class="sc-navbar-container"><nav class="sc-navbar" role="navigation"><div class="nav-left"><a class="sc-logo-link" href="/home"><span class="sc-logo">amazon seller central</span></a><div id="partner-switcher" class="partner-level-switcher"><button class="dropdown-button" aria-haspopup="listbox"><span class="dropdown-account-switcher-header-label"><span class="dropdown-account-switcher-header-label-global">Copperleaf Outfitters</span><span class="dropdown-account-switcher-header-label-separator"> | </span><span class="dropdown-account-switcher-header-label-regional">United States</span></span></button><ul class="dropdown-account-switcher-list a-hidden" role="listbox"><li class="dropdown-account-switcher-list-item selected" aria-selected="true">United States</li><li class="dropdown-account-switcher-list-item" aria-selected="false">Canada</li><li class="dropdown-account-switcher-list-item" aria-selected="false">Mexico</li></ul></div></div><div class="nav-center"><form id="sc-search-form" action="/search"><input id="sc-search-field" type="search" name="q" placeholder="Search"></form></div><div class="nav-right"><a id="sc-navtab-messages" href="/messaging/inbox-v3">Messages<span class="sc-badge-count">7</span></a> <a href="/help/hub/home">Help</a> <div id="sc-lang-switcher-header"><select id="sc-lang-switcher-header-select" name="language"><option value="en_US" selected>English</option><option value="de_DE">Deutsch</option><option value="ja_JP">日本語</option><option value="zh_CN">中文 (简体)</option></select></div></div></nav><div id="sc-bookmarks-bar" class="sc-bookmarks"><span class="a-color-secondary">Bookmarks:</span> <a href="/orders-v3/mfn/unshipped">Unshipped</a> · <a href="/gp/returns/list/v2">Manage Returns</a></div></div>`,
    side: `<div id="sc-side-nav" class="sc-side-nav" aria-hidden="true" style="display:none"><ul class="sc-menu a-unordered-list a-nostyle">${menu.map((m) => `<li class="sc-menu-group"><button class="sc-menu-group-toggle">${m}</button></li>`).join('')}</ul><div class="sc-recently-viewed"><h4 class="a-size-small a-color-secondary">Recently viewed</h4><ul class="a-unordered-list a-nostyle">${recent.map((id) => `<li><a class="sc-recent-item" href="/orders-v3/order/${id}">${id}</a></li>`).join('')}</ul></div></div>`,
    help: '<div id="hmd2-help-widget" class="hmd2-panel" aria-hidden="true" style="display:none"><ul class="a-unordered-list a-nostyle"><li class="hmd2-suggestion"><a href="/help/hub/reference/external/G200041">About Claims Protected shipping labels</a></li><li class="hmd2-suggestion"><a href="/help/hub/reference/external/G200048">Confirm shipment and provide tracking</a></li></ul></div>',
    footer: '<div id="sc-footer-container" class="sc-footer"><a href="/help/hub/home">Help</a> <a href="/help/hub/reference/external/G521">Program Policies</a><div class="a-color-tertiary">© 1999-2026, Amazon.com, Inc. or its affiliates</div></div>',
  };
}

function pageHtml(orders) {
  const c = chrome(['113-9276104-5518820', '112-0047712-3396015']);
  const tabs = ['Pending', 'Unshipped', 'Shipped', 'Canceled', 'Seller fulfilled'].map((t) => `<li class="a-tab-heading"><a href="/orders-v3/mfn/${t.toLowerCase().split(' ')[0]}">${t}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="en-US" class="a-js a-ember">
<head>
<meta charset="utf-8">
<title>Manage Orders - Seller Central</title>
<style>
body{font-family:Arial,sans-serif;font-size:14px;margin:0}.a-hidden,.aok-hidden{display:none!important}.a-color-secondary{color:#565959}
#orders-table{border-collapse:collapse;width:100%}#orders-table td,#orders-table th{border-bottom:1px solid #e7e7e7;padding:6px;vertical-align:top;text-align:left}
.main-status{font-weight:700}.sc-navbar{background:#232f3e;color:#fff;display:flex;gap:16px;padding:8px 16px}.sc-navbar a{color:#fff}
</style>
</head>
<body class="a-m-us">
<div id="a-page">
${c.top}
${c.side}
<div id="sc-content-container" class="sc-content">
<div id="MYO-app" class="myo-app"><div id="apploading"></div><div class="a-container myo-manage-orders">
<div class="a-row a-spacing-base"><h1 class="a-size-large a-spacing-none">Manage Orders</h1><form class="myo-search" action="/orders-v3/search"><select name="qt"><option value="orderid" selected>Order ID</option></select><input type="search" name="q" class="a-input-text" placeholder="Search order ID, buyer name, ASIN, SKU, product name"></form></div>
<div class="a-tab-container"><ul class="a-tabs a-declarative">${tabs}</ul></div>
<div class="a-row a-spacing-small myo-table-controls"><h3 class="total-orders-heading"><span>${orders.length} orders</span></h3><span class="showingXOfYOrdersLabel a-color-secondary">Showing 1-${orders.length} of ${orders.length} orders</span> <select id="myo-table-sort-order"><option selected>Order date (most recent first)</option></select> <select id="myo-table-results-per-page"><option>100</option><option selected>250</option></select></div>
<div class="myo-table-container"><table id="orders-table" class="a-bordered a-horizontal-stripes myo-orders-table"><thead><tr><th><input type="checkbox" aria-label="select all"></th><th class="myo-table-header">Order date</th><th class="myo-table-header">Order details</th><th class="myo-table-header">Image</th><th class="myo-table-header">Product name</th><th class="myo-table-header">Customer option</th><th class="myo-table-header">Order status</th><th class="myo-table-header">Action</th></tr></thead><tbody>
${orders.map(rowsOf).join('\n')}
</tbody></table></div>
<div class="myo-empty-state aok-hidden"><span>No orders were found that match the given search criteria.</span></div>
<ul class="a-pagination"><li class="a-disabled a-first">‹ Previous</li><li class="a-selected"><a href="?page=1">1</a></li><li class="a-disabled a-last">Next ›</li></ul>
</div>
<template id="myo-order-row-template"><tr class="myo-order-first-row" data-order-id="{{orderId}}"><td data-test-id="oth-order-details"><a href="/orders-v3/order/{{orderId}}">{{orderId}}</a></td><td data-test-id="oth-order-status"><span class="main-status {{statusClass}}">{{statusText}}</span></td></tr></template>
</div>
</div>
${c.help}
${c.footer}
</div>
</body>
</html>
`;
}

const orders = makeOrders();
const expected = {
  url: URL_OF_PAGE,
  notes: `Generated by scripts/make-orders-fixture.mjs: ${orders.length} orders on one Manage Orders page, ${orders.filter((o) => o.items.length > 1).length} of them with two line items (status only on the first row). The benchmark reads this page.`,
  read: {
    kind: 'order-list', marketplace: 'US', uiLanguage: 'en',
    orders: orders.map((o) => ({ orderId: o.id, status: o.status, purchaseDate: iso(o.purchase), shipBy: iso(o.shipBy), deliverBy: iso(o.deliverTo) })),
  },
};
writeFileSync(join(OUT_DIR, `${NAME}.html`), pageHtml(orders));
writeFileSync(join(OUT_DIR, `${NAME}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
process.stdout.write(`wrote ${NAME}.html: ${orders.length} orders, ${orders.reduce((n, o) => n + o.items.length, 0)} rows\n`);
