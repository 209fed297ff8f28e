// A claims table turned on its side (one column per claim), with and without row headers.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('a sideways claims table', () => {
  it('with row headers: every labelled row is read into its column\'s claim', () => {
    const r = readHtml(page(`<div id="sc-content-container"><h1>A-to-z Guarantee claims</h1><table class="q1"><tbody>
      <tr><th>Order ID</th><td><a href="/orders-v3/order/203-4410293-8837120">203-4410293-8837120</a></td>
        <td><a href="/orders-v3/order/203-9918270-1102934">203-9918270-1102934</a></td></tr>
      <tr><th>Claim status</th><td>Under review</td><td>Granted/Seller Funded</td></tr>
      <tr><th>Claim amount</th><td>£18.40</td><td>£7.99</td></tr>
      </tbody></table></div>`, { lang: 'en-GB' }), 'https://sellercentral.amazon.co.uk/gp/guarantee-claims/home.html');
    expect(r.claims).toEqual([
      expect.objectContaining({ orderId: '203-4410293-8837120', status: 'Under review', amount: { value: 18.4, currency: 'GBP' } }),
      expect.objectContaining({ orderId: '203-9918270-1102934', status: 'Granted/Seller Funded', fundedBy: 'seller' }),
    ]);
    expect(r.missing).not.toContain('claims');
  });

  it('without row headers: ids and status words are read, an unlabelled date is not', () => {
    const r = readHtml(page(`<div id="sc-content-container"><table><tbody>
      <tr><td>Claim</td><td>51120-30018-6620193</td><td>51120-30771-6620455</td></tr>
      <tr><td></td><td><a href="/orders-v3/order/111-2203948-5561029">111-2203948-5561029</a></td>
        <td><a href="/orders-v3/order/112-7781920-3304856">112-7781920-3304856</a></td></tr>
      <tr><td></td><td>Denied</td><td>Pending</td></tr>
      <tr><td></td><td>Nov 12, 2026</td><td>Nov 20, 2026</td></tr>
      </tbody></table></div>`), 'https://sellercentral.amazon.com/safet-claims');
    expect(r.kind).toBe('claim-list');
    expect(r.claims).toEqual([
      expect.objectContaining({ orderId: '111-2203948-5561029', claimId: '51120-30018-6620193', claimType: 'safe-t', status: 'Denied', filedAt: null }),
      expect.objectContaining({ orderId: '112-7781920-3304856', claimId: '51120-30771-6620455', claimType: 'safe-t', status: 'Pending', filedAt: null }),
    ]);
    expect(r.missing).toEqual(expect.arrayContaining(['claims[0].filedAt', 'claims[1].filedAt']));
  });
});
