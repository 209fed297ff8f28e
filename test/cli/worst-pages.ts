// The worst pages the command line must survive: 100,000 nested elements, and a 50 MB Manage Orders page.
// Shared by the bounded-work test and the benchmark.

export const DEEP_NESTING = 100_000;

/** An order page whose content sits under 100,000 nested divs. */
export function deepPage(depth = DEEP_NESTING): string {
  return '<!doctype html><html lang="en"><body><div id="MYO-app">' + '<div class="a-row">'.repeat(depth) +
    '<span data-test-id="order-id-value">113-1234567-1234567</span>' + '</div>'.repeat(depth) + '</div></body></html>';
}

/** A Manage Orders table of distinct orders, repeated until the page is `bytes` long. */
export function hugeOrdersPage(bytes = 50 * 1024 * 1024): string {
  const head = '<!doctype html><html lang="en"><body><div id="MYO-app"><div class="myo-table-container"><table id="orders-table"><tbody>';
  const tail = '</tbody></table></div></div></body></html>';
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const id = `113-${String(1000000 + (i % 9000000)).slice(-7)}-${String(i % 10000000).padStart(7, '0')}`;
    const row = `<tr><td data-test-id="oth-order-details"><a href="/orders-v3/order/${id}">${id}</a></td>` +
      `<td><span class="a-color-secondary">Ship by date:</span> Nov 27, 2026</td>` +
      `<td data-test-id="oth-order-status"><span class="main-status unshipped-status">Unshipped</span></td></tr>`;
    parts.push(row);
    size += row.length;
  }
  parts.push(tail);
  return parts.join('');
}
