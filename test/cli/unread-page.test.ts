// A recognised page whose records were not understood is read as "could not read" (its region in `missing`) and
// advised as confirm-facts, never no-action; a list saved under an order's address is read as the list it is, and
// no record takes the address's order id.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, type Reading } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimwise-unread-'));

// A claims list in the English UI of a marketplace whose row markup the readers do not know: rows are divs with
// icons, no header labels.
const UNKNOWN_CLAIMS = `<!doctype html><html lang="en-CA"><head><title>A-to-z Guarantee claims</title></head><body>
<div id="sc-navbar-container"></div><div id="sc-content-container"><h1>A-to-z Guarantee claims</h1>
<div class="claims-grid">
  <div class="grid-row"><i class="icon-open"></i><a href="/orders-v3/order/702-1234567-7654321">702-1234567-7654321</a><i class="icon-inr"></i><b>Nov 20, 2026</b></div>
  <div class="grid-row"><i class="icon-granted"></i><a href="/orders-v3/order/702-7654321-1234567">702-7654321-1234567</a><i class="icon-mdi"></i><b>Nov 12, 2026</b></div>
</div></div></body></html>`;

const LIST_AT_ORDER_URL = `<!doctype html><html lang="en"><body><div id="MYO-app"><div class="myo-table-container"><table id="orders-table"><tbody>
<tr><td data-test-id="oth-order-details"><a href="/orders-v3/order/114-1111111-2222222">114-1111111-2222222</a></td>
<td><span class="a-color-secondary">Ship by date:</span> Nov 27, 2026</td>
<td data-test-id="oth-order-status"><span class="main-status unshipped-status">Unshipped</span></td></tr>
</tbody></table></div></div></body></html>`;

describe('a recognised page whose rows were not understood', () => {
  const path = join(dir, 'claims.html');
  writeFileSync(path, UNKNOWN_CLAIMS);
  const url = 'https://sellercentral.amazon.ca/gp/guarantee-claims/home.html';

  it('read names the unread region in missing', async () => {
    const run = await cli('read', path, '--url', url);
    expect(run.status).toBe(0);
    const reading = JSON.parse(run.stdout) as Reading;
    expect(reading.kind).toBe('claim-list');
    expect(reading.claims).toEqual([]);
    expect(reading.missing).toContain('claims list rows');
  }, 60_000);

  it('advise says it could not read the page: confirm-facts, never no-action', async () => {
    const run = await cli('advise', path, '--url', url, '--now', '2026-11-24T12:00:00Z');
    expect(run.status).toBe(0);
    const { advice } = JSON.parse(run.stdout) as { advice: { action: string; title: string }[] };
    expect(advice.map((a) => a.action)).not.toContain('no-action');
    expect(advice).toContainEqual(expect.objectContaining({
      action: 'confirm-facts', title: 'Claimwise could not read this page — save a redacted capture and check it yourself',
    }));
  }, 60_000);
});

describe('a list page saved under an order-details address', () => {
  it('is read as the list it shows, says so, and gives no row the address\'s order id', async () => {
    const path = join(dir, 'list.html');
    writeFileSync(path, LIST_AT_ORDER_URL);
    const run = await cli('read', path, '--url', 'https://sellercentral.amazon.com/orders-v3/order/113-9999999-8888888');
    expect(run.status).toBe(0);
    const reading = JSON.parse(run.stdout) as Reading;
    expect(reading.kind).toBe('order-list');
    expect(reading.orders.map((o) => o.orderId)).toEqual(['114-1111111-2222222']);
    expect(run.stdout).not.toContain('113-9999999-8888888');
    expect((reading.notes ?? []).join(' ')).toMatch(/address is that of an order-details page but the page shows an order-list page/);
  }, 60_000);
});
