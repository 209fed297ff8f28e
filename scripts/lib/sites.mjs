// Seller Central hosts and which fixture page is served at which URL, for the demo and the browser tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export const SELLER_CENTRAL_HOSTS = [
  'sellercentral.amazon.com', 'sellercentral.amazon.ca', 'sellercentral.amazon.com.mx', 'sellercentral.amazon.com.br',
  'sellercentral.amazon.co.uk', 'sellercentral.amazon.de', 'sellercentral.amazon.fr', 'sellercentral.amazon.it',
  'sellercentral.amazon.es', 'sellercentral.amazon.nl', 'sellercentral.amazon.se', 'sellercentral.amazon.pl',
  'sellercentral.amazon.com.be', 'sellercentral.amazon.com.tr', 'sellercentral.amazon.co.jp', 'sellercentral.amazon.com.au',
  'sellercentral.amazon.sg', 'sellercentral.amazon.ae', 'sellercentral.amazon.sa', 'sellercentral.amazon.eg',
  'sellercentral.amazon.in', 'sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com',
];

/** The reference pages with the URL each is served at (from expected-readings.json). */
export function referencePages() {
  const dir = `${root}test/fixtures/reference/`;
  const expected = JSON.parse(readFileSync(`${dir}expected-readings.json`, 'utf8'));
  return Object.entries(expected).map(([file, e]) => ({ name: file.replace(/\.html$/, ''), file: `${dir}${file}`, url: e.url }));
}
