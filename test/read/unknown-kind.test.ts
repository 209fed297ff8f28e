// A recognised Seller Central page of a kind no reader reads (performance notifications, feedback, settings) is
// never "nothing here": nothing is taken from its prose, and `missing` names the page kind as not read. The command
// line still reads it (exit 0): it is Seller Central's page, not unreadable input.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, type Reading } from '../cli/run-cli.ts';
import { page, readHtml } from './helpers.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/pages/performance-notifications-it.html', import.meta.url));
const URL_IT = 'https://sellercentral.amazon.it/performance/notifications';

describe('performance notifications in Italian (amazon.it)', () => {
  const r = readHtml(readFileSync(FIXTURE, 'utf8'), URL_IT);

  it('takes no order, claim or message from the notices, and lists the page kind as not read', () => {
    expect(r.kind).toBe('unknown');
    expect([r.orders, r.claims, r.messages, r.returns]).toEqual([[], [], [], []]);
    expect(r.missing).toContain('kind');
  });

  it('the command line reads it with exit 0 and the same missing', async () => {
    const run = await cli('read', FIXTURE, '--url', URL_IT);
    expect(run.status).toBe(0);
    const reading = JSON.parse(run.stdout) as Reading;
    expect(reading.kind).toBe('unknown');
    expect(reading.missing).toContain('kind');
  }, 120_000);
});

describe('pages whose kind is known never name the kind as missing', () => {
  it('an order page read in full', () => {
    const r = readHtml(page(`<div id="MYO-app"><span data-test-id="order-id-value">028-4471920-3318265</span>
      <span class="main-status shipped-status">Versandt</span></div>`, { lang: 'de-DE' }),
    'https://sellercentral.amazon.de/orders-v3/order/028-4471920-3318265');
    expect(r.kind).toBe('order-details');
    expect(r.missing).not.toContain('kind');
  });
});
