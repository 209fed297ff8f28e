// How long the page readers take on a 250-order Manage Orders page in Chromium, against the cheapest thing any
// script can do to the same page: walk it once with querySelectorAll('*'), visiting each element. Both are timed the same way, in the
// page, one call between two performance.now() readings, interleaved so that noise hits both alike.
import { chromium } from 'playwright-core';
import { findChrome } from '../scripts/lib/chromium.mjs';
import { READER_GLOBAL } from './reader-bundle.ts';
import { median } from './stats.ts';

export interface ReadTiming {
  medianMs: number;
  baselineMs: number;
  ratio: number;
  /** The very first read in the page, before the JIT has warmed up (not part of the median). */
  firstMs: number;
  /** Orders the reader found on the page: a figure for a reader that read nothing would mean little. */
  ordersFound: number;
  /** Elements on the page (what the baseline walks). */
  elements: number;
  /** performance.now() is precise to 5 µs only in a cross-origin isolated page (100 µs otherwise). */
  crossOriginIsolated: boolean;
}

export async function timeReader(o: { readerScript: string; html: string; url: string; warmup: number; runs: number }): Promise<ReadTiming> {
  const browser = await chromium.launch({
    executablePath: findChrome(), headless: true,
    args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-gpu',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Served from memory at its real address; the isolation headers buy the fine-grained timer.
    await page.route('**/*', (route) => route.request().url() === o.url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: o.html,
        headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } })
      : route.fulfill({ status: 404, body: '' }));
    await page.goto(o.url, { waitUntil: 'load' });
    await page.addScriptTag({ content: o.readerScript });
    // No named functions inside: tsx would wrap them in a helper (__name) that does not exist in the page.
    const r = await page.evaluate(({ global, url, warmup, runs }) => {
      type Reader = { readPage(doc: Document, href: string): { orders: unknown[] } };
      const reader = (globalThis as unknown as Record<string, Reader | undefined>)[global];
      if (!reader) throw new Error(`${global} is not defined: the reader script did not load`);
      const reads: number[] = [];
      const walks: number[] = [];
      let ordersFound = 0;
      let elements = 0;
      let firstMs = -1;
      for (let i = 0; i < warmup + runs; i++) {
        // Alternate which goes first, so neither always runs right after the other warmed a cache.
        for (const which of i % 2 ? ['read', 'walk'] : ['walk', 'read']) {
          const t0 = performance.now();
          if (which === 'read') ordersFound = reader.readPage(document, url).orders.length;
          else {
            // A walk visits every element once (reading its tag name), as any script that looks at the page must;
            // .length alone lets Chromium count the list without touching a node.
            let seen = 0;
            for (const el of document.querySelectorAll('*')) seen += el.tagName.length > 0 ? 1 : 0;
            elements = seen;
          }
          const ms = performance.now() - t0;
          if (which === 'read' && firstMs < 0) firstMs = ms;
          if (i >= warmup) (which === 'read' ? reads : walks).push(ms);
        }
      }
      return { reads, walks, firstMs, ordersFound, elements, isolated: globalThis.crossOriginIsolated };
    }, { global: READER_GLOBAL, url: o.url, warmup: o.warmup, runs: o.runs });
    const medianMs = median(r.reads);
    const baselineMs = median(r.walks);
    return { medianMs, baselineMs, ratio: medianMs / Math.max(baselineMs, 0.001), firstMs: r.firstMs, ordersFound: r.ordersFound,
      elements: r.elements, crossOriginIsolated: r.isolated };
  } finally {
    await browser.close();
  }
}
