// Page kind from the URL families of PAGES.md, then from the page signature.
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { claimArea, detectKind } from '../../src/read/kind.ts';
import { page } from './helpers.ts';

const SC = 'https://sellercentral.amazon.com';

describe('kind from the URL', () => {
  it.each([
    ['/orders-v3/order/113-4829137-5520614', 'order-details'],
    ['/orders-v3/order/113-4829137-5520614/', 'order-details'],
    ['/gp/orders-v2/details?orderID=113-4829137-5520614', 'order-details'],
    ['/orders-v3', 'order-list'],
    ['/orders-v3/', 'order-list'],
    ['/orders-v3?page=1&date-range=last-30', 'order-list'],
    ['/orders-v3/mfn/unshipped', 'order-list'],
    ['/orders-v3/mfn/pending', 'order-list'],
    ['/orders-v3/mfn/shipped', 'order-list'],
    ['/orders-v3/mfn/canceled', 'order-list'],
    ['/orders-v3/mfn/all', 'order-list'],
    ['/orders-v3/fba/all', 'order-list'],
    ['/orders-v3/search?q=113-4829137-5520614&qt=orderid', 'order-list'],
    ['/gp/guarantee-claims/home.html', 'claim-list'],
    ['/gp/guarantee-claims/homepage.html', 'claim-list'],
    ['/gp/guarantee-claims/claim-details.html?claimId=7731550926', 'claim'],
    ['/safet-claims', 'claim-list'],
    ['/safet-claims/claim/12345', 'claim'],
    ['/gp/chargebacks/home.html', 'claim-list'],
    ['/gp/chargebacks/home.html#/detail/5566', 'claim'],
    ['/messaging/inbox', 'messages'],
    ['/messaging/inbox-v2', 'messages'],
    ['/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=113-4829137-5520614', 'messages'],
    ['/messaging/contact?orderID=113-4829137-5520614&marketplaceID=ATVPDKIKX0DER', 'messages'],
    ['/gp/returns/list', 'returns'],
    ['/gp/returns/list/v2', 'returns'],
    ['/gp/returns/list/v2/actions?returnRequestId=Dq7hXk2PRR', 'returns'],
    ['/manage/returns/mfn?returnRequestId=Dq7hXk2PRR', 'returns'],
    ['/home', 'unknown'],
    ['/orders-v3/order/113-4829137-5520614/cancel-order', 'unknown'],
    ['/performance/dashboard', 'unknown'],
  ] as const)('%s -> %s', (path, kind) => {
    expect(detectKind(new URL(SC + path))).toBe(kind);
  });

  it('works on every Seller Central host', () => {
    for (const host of ['sellercentral.amazon.co.uk', 'sellercentral-europe.amazon.com', 'sellercentral.amazon.co.jp']) {
      expect(detectKind(new URL(`https://${host}/orders-v3/order/203-5518402-7719346`))).toBe('order-details');
    }
  });

  it('names the claim programme of a claim page', () => {
    expect(claimArea(new URL(SC + '/gp/guarantee-claims/home.html'))).toBe('a-to-z');
    expect(claimArea(new URL(SC + '/safet-claims'))).toBe('safe-t');
    expect(claimArea(new URL(SC + '/gp/chargebacks/home.html'))).toBe('chargeback');
  });
});

describe('kind from the page when the URL is not one we know', () => {
  const at = (body: string) => detectKind(new URL(SC + '/some/new/path'), loadPage(page(body), SC + '/some/new/path'));
  it.each([
    ['<div class="myo-table-container"><table id="orders-table"></table></div>', 'order-list'],
    ['<span data-test-id="order-id-value">113-4829137-5520614</span>', 'order-details'],
    ['<div id="thread-view"><div class="thread-messages"></div></div>', 'messages'],
    ['<div id="ayb-contact-buyer"></div>', 'messages'],
    ['<div class="return-request-card"></div>', 'returns'],
    ['<table class="claim-summary-table"></table>', 'claim'],
    ['<kat-table class="claims-table"></kat-table>', 'claim-list'],
    ['<p>Welcome</p>', 'unknown'],
  ] as const)('%s -> %s', (body, kind) => {
    expect(at(body)).toBe(kind);
  });
});
