// CONTRACT.md §1: a document that is not a Seller Central page is unreadable input — exit 2, one line on stderr
// saying what it is and what to do, nothing on stdout. `read` and `advise` alike.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, type Reading } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimwise-nonpages-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);

const NON_PAGES: [string, string, RegExp][] = [
  ['an empty file', file('empty.html', ''), /empty/],
  ['whitespace only', file('blank.html', ' \n\t \r\n  '), /whitespace/],
  ['binary data', file('data.html', binary), /binary/],
  ['a PNG image', file('shot.html', PNG), /PNG image/],
  ['a foreign page', file('blog.html', '<!doctype html><html lang="en"><head><title>My cooking blog</title></head><body><h1>Recipes</h1><p>Order 113-1234567-1234567 of the day: soup.</p><p>Ship by: tomorrow</p></body></html>'), /not a Seller Central page/],
  ['a Seller Central "page not found" at an order\'s address', file('not-found.html', '<!doctype html><html lang="en"><head><title>Page not found - Seller Central</title></head><body><div id="sc-navbar-container"><nav class="sc-navbar"><a class="sc-logo-link" href="/home">amazon seller central</a><a href="/messaging/inbox-v3">Messages</a></nav></div><div id="sc-content-container"><h1>Looking for something?</h1><p>We are sorry. The Web address you entered is not a functioning page on our site.</p><a href="/home">Go to Seller Central home</a></div></body></html>'), /shows no order/],
  ['the sign-in page', file('signin.html', '<!doctype html><html><head><title>Amazon Sign-In</title></head><body><form name="signIn" method="post" action="https://sellercentral.amazon.com/ap/signin"><input type="email" name="email" id="ap_email"><input type="password" name="password" id="ap_password"><input type="submit" value="Sign in"></form></body></html>'), /sign-in page/],
];

const ORDER_URL = 'https://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567';

describe.each(['read', 'advise'])('cli %s on input that is not a Seller Central page', (command) => {
  it.concurrent.for(NON_PAGES)('%s: exit 2 with the reason on one line of stderr', async ([, path, reason], { expect }) => {
    const run = await cli(command, path, '--url', ORDER_URL, ...(command === 'advise' ? ['--now', '2026-11-24T12:00:00Z'] : []));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
  });
});

describe('only the document makes a Seller Central page', () => {
  const table = '<table><tr><th>Order ID</th><th>Claim status</th></tr><tr><td><a href="/orders-v3/order/113-1234567-1234567">113-1234567-1234567</a></td><td>Under review</td></tr></table>';
  const CLAIMS_URL = 'https://sellercentral.amazon.com/gp/guarantee-claims/home.html';

  it('a page saved without its chrome is read when its title is the app\'s', async () => {
    const path = file('bare.html', `<html lang="en"><head><title>A-to-z Guarantee Claims - Seller Central</title></head><body>${table}</body></html>`);
    const run = await cli('read', path, '--url', CLAIMS_URL);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Reading).kind).toBe('claim-list');
  });

  it('record ids beside known labels alone are not enough: a blog or forum quotes them too', async () => {
    const path = file('quoted.html', `<html lang="en"><head><title>Claims explained</title></head><body>${table}</body></html>`);
    const run = await cli('read', path, '--url', CLAIMS_URL);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a Seller Central page/);
  });

  it('a page that declares another site as its address is refused, whatever it shows', async () => {
    const path = file('canonical.html', `<html lang="en"><head><title>Claims - Seller Central</title><link rel="canonical" href="https://blog.example/claims"></head><body><div id="sc-navbar-container"></div>${table}</body></html>`);
    const run = await cli('read', path, '--url', CLAIMS_URL);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/from blog\.example/);
  });
});
