// Firefox smoke: the Firefox build installs in Firefox ESR and works end to end. Firefox refuses to open
// moz-extension:// pages over WebDriver BiDi, so the round trip content script -> background -> content script is
// observed in the page: the in-page guard the background decides and the content script draws beside a costly
// control. Pages are served as Seller Central on this machine (network.dns.localDomains; the port is in the URL
// and match patterns ignore ports).
import { existsSync, readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { root } from '../../scripts/lib/sites.mjs';

const EXTENSION_ID = 'claimwise@claimwise.app';
const GUARD = 'claimwise-guard >>> [data-testid="claimwise-guard"]';
const PENDING_ID = '114-2291847-6603925';
const PROTECTED_ID = '113-4829137-5520614';

function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Firefox found: `sudo apt-get install firefox-esr` (Debian/Ubuntu) or set FIREFOX_PATH.');
  return found;
}

const reference = (file: string) => readFileSync(`${root}test/fixtures/reference/${file}`, 'utf8');

/** The Pending order page with a "Buy shipping" button in its header, where a seller could ship too early. */
function pendingWithBuyShipping(): string {
  const base = reference('order-details-us-pending.html');
  const button = `<span class="a-button a-button-primary " data-test-id="buy-shipping-button"><span class="a-button-inner"><a class="a-button-text" href="/orders-v3/order/${PENDING_ID}/buy-shipping">Buy shipping</a></span></span> `;
  const html = base.replace('data-test-id="order-details-header-action-buttons">', `data-test-id="order-details-header-action-buttons">${button}`);
  if (html === base) throw new Error('order-details-us-pending.html changed: could not add the Buy shipping button');
  return html;
}

const URLS = {
  pending: `https://sellercentral.amazon.com/orders-v3/order/${PENDING_ID}`,
  // The same page on a host outside the match patterns: the content script must not run there.
  outside: `https://sellercentral.example.test/orders-v3/order/${PENDING_ID}`,
  thread: `https://sellercentral.amazon.com/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=${PROTECTED_ID}`,
  protectedOrder: `https://sellercentral.amazon.com/orders-v3/order/${PROTECTED_ID}`,
};

let browser: Browser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let installed: string;
const withPort = (url: string) => url.replace(/^(https:\/\/[^/]+)/, `$1:${server.port}`);

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(withPort(url), { waitUntil: 'load' });
  return page;
}

beforeAll(async () => {
  const extensionDir = `${root}dist/firefox`;
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error('dist/firefox is missing: run `node scripts/build.mjs firefox` first');
  const pending = pendingWithBuyShipping();
  server = await startFixtureServer([
    { url: URLS.pending, html: pending },
    { url: URLS.outside, html: pending },
    { url: URLS.thread, file: `${root}test/fixtures/reference/messages-thread-us.html` },
    { url: URLS.protectedOrder, file: `${root}test/fixtures/reference/order-details-us-buyshipping-delivered.html` },
  ]);
  const hosts = [...new Set(Object.values(URLS).map((u) => new URL(u).hostname))];
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: findFirefox(), headless: true, acceptInsecureCerts: true,
    extraPrefsFirefox: { 'network.dns.localDomains': hosts.join(',') },
  });
  installed = await browser.installExtension(extensionDir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Claimwise in Firefox ESR', () => {
  it('installs from dist/firefox under its add-on id', async () => {
    expect(installed).toBe(EXTENSION_ID);
    expect(await browser.version()).toMatch(/^firefox\/\d+/i);
    const manifest = JSON.parse(readFileSync(`${root}dist/firefox/manifest.json`, 'utf8')) as { background: { scripts?: string[]; service_worker?: string } };
    expect(manifest.background.scripts?.length).toBeGreaterThan(0);
    expect(manifest.background).not.toHaveProperty('service_worker');
  });

  it('reads a Pending order page and draws the background\'s guard beside "Buy shipping"', async () => {
    const page = await open(URLS.pending);
    const guard = await page.waitForSelector(GUARD, { timeout: 20_000 });
    const seen = await guard!.evaluate((box) => {
      const host = (box.getRootNode() as ShadowRoot).host;
      return {
        kind: box.getAttribute('data-guard'),
        text: box.textContent ?? '',
        hostTag: host.tagName.toLowerCase(),
        after: host.previousElementSibling?.getAttribute('data-test-id') ?? null,
      };
    });
    expect(seen.kind).toBe('pending-no-ship');
    expect(seen.text).toContain(PENDING_ID);
    expect(seen.text).toContain('ORD-PENDING');
    expect(seen.hostTag).toBe('claimwise-guard');
    expect(seen.after).toBe('buy-shipping-button');
    await page.close();
  });

  it('joins pages through its memory: a "not received" thread makes the protected order page warn at "Refund"', async () => {
    const thread = await open(URLS.thread);
    // Give the content script time to settle, read and send the thread before the order page is read.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await thread.close();
    const page = await open(URLS.protectedOrder);
    const guard = await page.waitForSelector(`claimwise-guard >>> [data-testid="claimwise-guard"][data-guard="protected-no-refund"]`, { timeout: 20_000 });
    const seen = await guard!.evaluate((box) => ({
      text: box.textContent ?? '',
      after: (box.getRootNode() as ShadowRoot).host.previousElementSibling?.getAttribute('data-test-id') ?? null,
    }));
    expect(seen.text).toContain(PROTECTED_ID);
    expect(seen.text).toContain('BS-CLAIMS-PROTECTED');
    expect(seen.after).toBe('refund-order-button');
    await page.close();
  });

  it('does not run on the same page served from a host outside Seller Central', async () => {
    const page = await open(URLS.outside);
    expect(await page.title()).toContain('Seller Central');
    // Longer than the guard took to appear on the Seller Central host.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(await page.$$('claimwise-guard')).toHaveLength(0);
    await page.close();
  });
});
