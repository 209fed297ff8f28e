// The same path a page takes in the extension, in Node: read every fixture page with the content script's
// readers, validate the message as the background does, fold it into memory, save it to a storage area — then
// look for every piece of buyer personal data the pages show. None may be stored.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { ContentToBackgroundSchema, parseMessage } from '../../src/messaging.ts';
import { SCHEMA_VERSION, prune, remember, saveMemory, type MemoryData } from '../../src/background/memory.ts';
import type { PageReading } from '../../src/model.ts';
import { fakeArea } from '../background/fake-storage.ts';
import { collectFixturePii, fixtureFiles, leaks, piiOf } from './fixture-pii.ts';

/** The URL each fixture page is served at: from expected-readings.json (reference pages) or <page>.expected.json. */
function urlOf(file: string): string | null {
  const name = file.split('/').pop()!;
  const reference = JSON.parse(readFileSync(new URL('../fixtures/reference/expected-readings.json', import.meta.url), 'utf8')) as Record<string, { url: string }>;
  if (reference[name]) return reference[name].url;
  const own = file.replace(/\.html$/, '.expected.json');
  return existsSync(own) ? (JSON.parse(readFileSync(own, 'utf8')) as { url?: string }).url ?? null : null;
}
const NOW = Date.parse('2026-11-24T12:00:00Z');

describe('buyer personal data on the fixture pages', () => {
  const pii = collectFixturePii();

  it('is collected from the pages themselves, every kind of it', () => {
    const count = (kind: string) => pii.filter((p) => p.kind === kind).length;
    expect(count('name')).toBeGreaterThanOrEqual(15);
    expect(count('address-line')).toBeGreaterThanOrEqual(10);
    expect(count('postal-code')).toBeGreaterThanOrEqual(6);
    expect(count('phone')).toBeGreaterThanOrEqual(5);
    expect(count('message')).toBeGreaterThanOrEqual(15);
    const values = pii.map((p) => p.value);
    for (const v of ['Dana Whitfield', '山田 花子', 'BS6 7QW', '+1 614-555-0139', 'Can you please send a replacement or refund me?']) expect(values).toContain(v);
  });

  it('finds an email address and a phone number written into a message (collector self-check)', () => {
    const html = '<div class="thread-message-max-width-container-left"><span class="thread-message-sender">Ann Lee</span><div class="thread-message-body">Please mail ann.lee@example.com or call +1 212-555-0100 today.</div></div>';
    const got = piiOf('x.html', html);
    expect(got).toEqual(expect.arrayContaining([
      { file: 'x.html', kind: 'email', value: 'ann.lee@example.com' },
      { file: 'x.html', kind: 'phone', value: '+1 212-555-0100' },
      { file: 'x.html', kind: 'name', value: 'Ann Lee' },
    ]));
    expect(leaks('{"a":"call +1 212-555-0100"}', got).map((p) => p.kind)).toContain('phone');
    expect(leaks('{"orderId":"113-4321500-1234567"}', [{ file: 'x', kind: 'postal-code', value: '43215' }])).toEqual([]);
  });

  it('never reaches storage through the read -> message -> memory -> storage path', async () => {
    const files = fixtureFiles().filter((f) => urlOf(f));
    expect(files.length).toBeGreaterThanOrEqual(12);
    let memory: MemoryData = { schemaVersion: SCHEMA_VERSION, orders: {} };
    const readings: PageReading[] = [];
    for (const file of files) {
      const url = urlOf(file)!;
      const reading = readPage(loadPage(readFileSync(file, 'utf8'), url), url);
      const parsed = parseMessage(ContentToBackgroundSchema, { type: 'page-reading', reading });
      expect(parsed.ok, `${file}: ${parsed.ok ? '' : parsed.error}`).toBe(true);
      if (!parsed.ok || parsed.value.type !== 'page-reading') continue;
      const valid = parsed.value.reading;
      readings.push(valid);
      memory = prune(remember(memory, valid, NOW), NOW, 90);
    }
    const area = fakeArea();
    await saveMemory(area, memory);
    expect(leaks(area.dump(), pii)).toEqual([]);
    // The memory is not trivially empty whenever the readers found orders (otherwise this test proves nothing).
    const ordersRead = new Set(readings.flatMap((r) => r.orders.map((o) => o.orderId)));
    for (const id of ordersRead) expect(area.dump()).toContain(id);
  });
});
