// A Japanese order page without data-test-ids: labels as the JP UI words them, dates in 年月日 with a ～ range.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('a Japanese order page read by its labels', () => {
  const r = readHtml(page(`<div id="sc-content-container"><h1>注文の詳細</h1><table class="j1">
    <tr><th>注文番号</th><td>250-4410293-8837120</td></tr>
    <tr><th>発送期限</th><td>2026年11月27日(金)</td></tr>
    <tr><th>配達予定日</th><td>2026年11月30日(月)～2026年12月2日(水)</td></tr>
    <tr><th>フルフィルメント</th><td>出品者</td></tr>
    <tr><th>注文ステータス</th><td><span class="pill">未出荷</span></td></tr></table></div>`, { lang: 'ja-JP' }),
  'https://sellercentral.amazon.co.jp/orders-v3/order/250-4410293-8837120');

  it('reads ship-by, deliver-by (end of the range, end of day), fulfillment and status', () => {
    expect(r.uiLanguage).toBe('ja');
    expect(r.orders[0]).toMatchObject({
      orderId: '250-4410293-8837120', shipBy: '2026-11-27T23:59:59+09:00', deliverBy: '2026-12-02T23:59:59+09:00',
      fulfillment: 'MFN', status: 'unshipped',
    });
  });
});
