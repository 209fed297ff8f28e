// The fuzz harness itself must be able to fail: the invariants catch invented or malformed values, the page text
// sees shadow roots and attributes but not scripts or templates, and the mutations really change pages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import type { OrderFacts, PageReading } from '../../src/model.ts';
import { isIsoWithOffset } from '../read-fixtures/dates.ts';
import { composedSignature } from './fuzz-page.ts';
import { violations } from './invariants.ts';
import { applyPlan, cloneComposed, planArb, type Mutation } from './mutate.ts';

const URL_ = 'https://sellercentral.amazon.com/orders-v3/order/113-4829137-5520614';
const PAGE = `<!DOCTYPE html><html lang="en-US"><body><div id="sc-content-container">
<span data-test-id="order-id-value">113-4829137-5520614</span><div class="carrier">UPS</div>
<kat-badge label="Claims Protected"></kat-badge>
<kat-label><template shadowrootmode="open"><span>Royal Mail</span></template></kat-label>
<p class="body">Where is my <b>pack</b>age?</p>
<script type="a-state">{"carrier":"OnTrac"}</script><template id="t"><span>FedEx</span></template>
</div></body></html>`;

function order(patch: Partial<OrderFacts>): OrderFacts {
  return {
    orderId: '113-4829137-5520614' as OrderFacts['orderId'], status: 'shipped', purchaseDate: null, shipBy: null, deliverBy: null,
    shippedAt: null, deliveredAt: null, carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null,
    claimsProtected: null, fulfillment: 'MFN', ...patch,
  };
}

function reading(patch: Partial<PageReading>): PageReading {
  return { kind: 'order-details', marketplace: 'US', uiLanguage: 'en', orders: [], claims: [], messages: [], returns: [], missing: [], ...patch };
}

describe('invariants', () => {
  const doc = loadPage(PAGE, URL_);

  it('accept values taken from text, shadow roots and attributes', () => {
    expect(violations(reading({ orders: [order({ carrier: 'UPS' })] }), doc, URL_)).toEqual([]);
    expect(violations(reading({ orders: [order({ carrier: 'Royal Mail' })] }), doc, URL_)).toEqual([]);
    expect(violations(reading({ orders: [order({ shippingService: 'Claims Protected' })] }), doc, URL_)).toEqual([]);
    expect(violations(reading({ messages: [{ orderId: null, from: 'buyer', sentAt: null, text: 'Where is my package?' }] }), doc, URL_)).toEqual([]);
  });

  it('reject values that are not on the page, or only in scripts and templates', () => {
    for (const carrier of ['DHL', 'OnTrac', 'FedEx']) {
      expect(violations(reading({ orders: [order({ carrier })] }), doc, URL_), carrier).toHaveLength(1);
    }
    expect(violations(reading({ orders: [order({ orderId: '111-0000000-0000000' as OrderFacts['orderId'] })] }), doc, URL_)).toHaveLength(1);
    expect(violations(reading({ messages: [{ orderId: null, from: 'buyer', sentAt: null, text: 'Where is my refund?' }] }), doc, URL_)).toHaveLength(1);
    expect(violations(reading({ draft: 'call me' }), doc, URL_)).toHaveLength(1);
  });

  it('reject malformed dates, enums and amounts', () => {
    expect(violations(reading({ orders: [order({ shipBy: '2026-11-31T00:00:00-08:00' })] }), doc, URL_)).toHaveLength(1);
    expect(violations(reading({ orders: [order({ shipBy: '2026-11-17' })] }), doc, URL_)).toHaveLength(1);
    expect(violations(reading({ orders: [order({ status: 'lost' as OrderFacts['status'] })] }), doc, URL_)).toHaveLength(1);
    expect(violations(reading({ kind: 'inventory' as PageReading['kind'] }), doc, URL_)).toHaveLength(1);
    const claim = { orderId: null, claimType: 'a-to-z' as const, reason: null, status: null, filedAt: null, respondBy: null, decidedAt: null, fundedBy: null };
    expect(violations(reading({ claims: [{ ...claim, amount: { value: Number.NaN, currency: 'USD' } }] }), doc, URL_)).toHaveLength(1);
    expect(violations(reading({ claims: [{ ...claim, amount: { value: 1, currency: '$' } }] }), doc, URL_)).toHaveLength(1);
  });
});

describe('ISO check', () => {
  it.each([
    ['2026-11-17T00:00:00-08:00', true], ['2026-11-17T08:00:00Z', true], ['2026-11-17T08:00Z', true], ['2026-11-17T08:00:00.123+05:30', true],
    ['2026-11-17', false], ['2026-11-17T08:00:00', false], ['2026-02-29T00:00:00Z', false], ['2026-13-01T00:00:00Z', false],
    ['2026-11-17T24:00:00Z', false], ['Tue, Nov 17, 2026', false], ['2026-11-17T00:00:00+15:00', false],
  ])('%s -> %s', (value, ok) => expect(isIsoWithOffset(value)).toBe(ok));
});

describe('mutations', () => {
  it('change the page for most plans, shadow roots included, and never throw', () => {
    const base = loadPage(PAGE, URL_);
    const before = composedSignature(base);
    const plans = fc.sample(planArb, { numRuns: 200, seed: 7 });
    let changed = 0;
    for (const plan of plans) {
      const doc = cloneComposed(base);
      applyPlan(doc, plan);
      if (composedSignature(doc) !== before) changed++;
    }
    expect(changed).toBeGreaterThan(plans.length * 0.6);
  });

  it('reach into shadow roots', () => {
    const doc = loadPage(PAGE, URL_);
    const shadowText = (d: Document) => d.querySelector('kat-label')!.shadowRoot!.textContent;
    const plan: Mutation[] = [];
    // Walk every target index until one of them edits the shadow root's text.
    for (let at = 0; at < 60 && shadowText(doc) === 'Royal Mail'; at++) {
      plan.push({ op: 'text', focus: false, at, edit: { kind: 'replace', value: 'X' } });
      applyPlan(doc, plan.slice(-1));
    }
    expect(shadowText(doc)).not.toBe('Royal Mail');
  });

  it('cloneComposed keeps open shadow roots', () => {
    const copy = cloneComposed(loadPage(PAGE, URL_));
    expect(copy.querySelector('kat-label')!.shadowRoot!.textContent).toBe('Royal Mail');
  });
});
