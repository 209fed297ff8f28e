// In a real browser, the extension reads every fixture page (full of buyer names, addresses, phone numbers and
// messages) and remembers what it needs. Then everything it keeps is read back: none of the buyer personal data
// shown on those pages may be in it. The data to look for is collected from the pages themselves.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/sites.mjs';
import { fixtureFiles, leaks, piiOf, storedText, type Pii } from '../trust/fixture-pii.ts';
import { startHarness, REFERENCE, type Harness, type Route } from './harness.ts';

/** A buyer message with an email address and a phone number in it (the fixture pages have no email). */
function hostileThread(): Route {
  const base = readFileSync(`${root}test/fixtures/reference/messages-thread-us.html`, 'utf8');
  const html = base
    .replaceAll('Dana Whitfield', 'Rosalind Quarterman')
    .replace(/<div class="thread-message-body"><p>[^<]*<\/p>/, '<div class="thread-message-body"><p>My package never came. Email me at rosalind.quarterman@example.net or call +1 415-555-0198, or write to 77 Cobblestone Way, Sausalito, CA 94965.</p>');
  if (html === base) throw new Error('messages-thread-us.html changed: the hostile thread could not be made');
  return { url: 'https://sellercentral.amazon.ca/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=113-4829137-5520614', html };
}

/** Every fixture page with the URL it is served at; one page per host and path (the server ignores queries). */
function routes(): Route[] {
  const out = new Map<string, Route>();
  const add = (r: Route) => { const u = new URL(r.url); const key = `${u.host}${u.pathname}`; if (!out.has(key)) out.set(key, r); };
  REFERENCE.forEach(add);
  for (const file of fixtureFiles()) {
    const own = file.replace(/\.html$/, '.expected.json');
    const url = existsSync(own) ? (JSON.parse(readFileSync(own, 'utf8')) as { url?: string }).url : undefined;
    if (url && /^https:\/\/sellercentral/.test(url)) add({ url, file });
  }
  add(hostileThread());
  return [...out.values()];
}

let h: Harness;
let pii: Pii[] = [];
let local: Record<string, unknown> = {};
let other: { sync: Record<string, unknown>; session: Record<string, unknown>; idb: string[]; caches: string[] };
const served = routes();

beforeAll(async () => {
  h = await startHarness(served);
  pii = served.flatMap((r) => piiOf(r.url, r.html ?? readFileSync(r.file!, 'utf8')));
  for (const r of served) {
    const tab = await h.openPage(r.url);
    await tab.close();
  }
  // The popup of a message thread: opening it must not make the background keep more.
  const thread = REFERENCE.find((p) => p.name === 'messages-thread-us')!.url;
  await h.openPage(thread);
  const popup = await h.openPopup(thread);
  await popup.waitForTimeout(1000);
  local = JSON.parse(await h.storageDump()) as Record<string, unknown>;
  other = await h.worker.evaluate(async () => ({
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
    idb: (await indexedDB.databases()).map((d) => d.name ?? ''),
    caches: await caches.keys(),
  }));
}, 400_000);

afterAll(async () => { await h?.close(); });

describe('after reading every fixture page', () => {
  it('the pages showed buyer personal data of every kind (else this test proves nothing)', () => {
    const kinds = new Set(pii.map((p) => p.kind));
    for (const kind of ['name', 'address-line', 'postal-code', 'phone', 'email', 'message']) expect(kinds, kind).toContain(kind);
    expect(served.length).toBeGreaterThanOrEqual(13);
  });

  it('the extension remembered the orders it saw', () => {
    const text = storedText(local);
    for (const id of ['113-4829137-5520614', '112-7730914-2068351', '114-2291847-6603925']) expect(text).toContain(id);
  });

  it('storage.local holds none of the buyer names, addresses, postal codes, phones, emails or message sentences', () => {
    expect(leaks(local, pii)).toEqual([]);
  });

  it('storage.local holds only the keys the extension owns', () => {
    // clockOverride is the test's own (the harness fixes the clock); intentOverrides holds keys, never words.
    const owned = ['schemaVersion', 'orders', 'settings', 'dismissedGuards', 'memoryNotice', 'intentOverrides', 'clockOverride'];
    expect(Object.keys(local).filter((k) => !owned.includes(k))).toEqual([]);
  });

  it('nothing is kept anywhere else: sync and session storage, IndexedDB, Cache storage', () => {
    expect(other.sync).toEqual({});
    expect(leaks(other.session, pii)).toEqual([]);
    expect(other.idb).toEqual([]);
    expect(other.caches).toEqual([]);
  });

  it('control: a buyer detail written into storage is found by the same check', async () => {
    const probe = pii.find((p) => p.kind === 'email')!;
    await h.worker.evaluate(async (value) => { await chrome.storage.local.set({ probe: { note: value } }); }, probe.value);
    const dumped = JSON.parse(await h.storageDump()) as unknown;
    await h.worker.evaluate(async () => { await chrome.storage.local.remove('probe'); });
    expect(leaks(dumped, pii)).toContainEqual(probe);
  });
});
