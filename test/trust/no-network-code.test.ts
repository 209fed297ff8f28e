// No network code in the extension's sources: no request APIs, and no addresses other than Seller Central pages
// and Amazon help pages (links the seller opens; nothing is fetched). The built bundles are scanned the same way
// in the browser stage (test/browser/no-network.test.ts), after the build.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allowedUrl, scanDir, scanText } from './network-scan.ts';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

describe('sources under src/', () => {
  it('use no network API and name no outside address', () => {
    expect(scanDir(src, /\.(ts|tsx|js|mjs|html|css|json)$/)).toEqual([]);
  });
});

describe('the scanner itself', () => {
  it.each([
    "const r = await fetch('https://example.com/x');",
    'const r = await window.fetch(url);',
    'const x = new XMLHttpRequest();',
    "const s = new WebSocket('wss://x');",
    "navigator.sendBeacon('/collect', data);",
    "new EventSource('/events');",
    "importScripts('x.js');",
    "const link = 'https://evil.example/steal';",
    "const link = 'http://sellercentral.amazon.com/';",
    "const link = 'https://sellercentral.amazon.com.evil.example/';",
    "const link = 'https://www.amazon.com/dp/B000000';",
    "const link = 'https://%65vil.example/';",
  ])('flags %s', (line) => {
    expect(scanText('probe.ts', line)).not.toEqual([]);
  });

  it.each([
    "const help = 'https://sellercentral.amazon.co.jp/gp/help/external/G40571';",
    "const help = 'https://www.amazon.com/gp/help/customer/display.html?nodeId=200783670';",
    'const url = `https://${sellerCentralHost(marketplace)}/orders-v3/order/${id}`;',
    "const ns = 'http://www.w3.org/2000/svg';",
    '// prefetching is not done here; refetch() reads the page again',
    '// Chinese glues a link to the sentence ("请看官网https://…")',
  ])('accepts %s', (line) => {
    expect(scanText('probe.ts', line)).toEqual([]);
  });

  it('knows which hosts are Seller Central', () => {
    expect(allowedUrl('https://sellercentral-europe.amazon.com/home')).toBe('seller central');
    expect(allowedUrl('https://sellercentral.amazon.xyz/')).toBeNull();
  });
});
