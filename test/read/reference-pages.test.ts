// Every reference page reads exactly as expected-readings.json (and the reference README) says.
import { describe, expect, it } from 'vitest';
import { localDate, zoneForMarketplace } from '../../src/read/time-zones.ts';
import type { Marketplace, PageReading } from '../../src/model.ts';
import { DATE_FIELDS, expectedReadings, readHtml, referenceHtml } from './helpers.ts';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const LISTS = ['orders', 'claims', 'messages', 'returns'] as const;

const expected = expectedReadings();

describe.each(Object.entries(expected))('%s', (file, exp) => {
  const reading = readHtml(referenceHtml(file), exp.url);
  const zone = zoneForMarketplace(exp.read.marketplace as Marketplace);

  it('has the expected kind, marketplace and UI language', () => {
    expect(reading.kind).toBe(exp.read.kind);
    expect(reading.marketplace).toBe(exp.read.marketplace);
    expect(reading.uiLanguage).toBe(exp.read.uiLanguage);
  });

  it.each(LISTS)('reads the %s the page shows, in page order, and nothing else', (list) => {
    const want = exp.read[list] ?? [];
    const got = reading[list] as unknown as Record<string, unknown>[];
    expect(got.length).toBe(want.length);
    want.forEach((item, i) => {
      for (const [field, value] of Object.entries(item)) {
        const actual = got[i]![field];
        const where = `${list}[${i}].${field}`;
        if (value === null) {
          expect(actual, where).toBeNull();
          expect(reading.missing, where).toContain(where);
        } else if (DATE_FIELDS.has(field)) {
          expect(actual, where).toMatch(ISO_WITH_OFFSET);
          expect(localDate(actual as string, zone), where).toBe(value);
        } else {
          expect(actual, where).toEqual(value);
        }
      }
    });
  });

  it('lists every null field in missing, and nothing that was read', () => {
    const nulls: string[] = [];
    for (const list of LISTS) {
      (reading[list] as unknown as Record<string, unknown>[]).forEach((item, i) => {
        for (const [k, v] of Object.entries(item)) if (v === null) nulls.push(`${list}[${i}].${k}`);
      });
    }
    const itemPaths = reading.missing.filter((m) => /^\w+\[\d+\]\./.test(m));
    expect(itemPaths).toEqual(nulls);
  });
});

function read(file: string): PageReading {
  return readHtml(referenceHtml(file), expected[file]!.url);
}

describe('reference pages: facts beyond expected-readings.json', () => {
  it('a date-only deadline is the end of that day in the marketplace zone, with the offset of that date', () => {
    const us = read('order-details-us-buyshipping-delivered.html').orders[0]!;
    expect(us.shipBy).toBe('2026-11-17T23:59:59-08:00');
    expect(us.deliverBy).toBe('2026-11-23T23:59:59-08:00');
    expect(us.purchaseDate).toBe('2026-11-14T10:42:00-08:00');
    const uk = read('order-details-uk-shipped-own-label.html').orders[0]!;
    expect(uk.shipBy).toBe('2026-11-12T23:59:59+00:00');
    expect(uk.purchaseDate).toBe('2026-11-11T10:14:00+00:00');
    const jp = read('order-details-jp.html').orders[0]!;
    expect(jp.purchaseDate).toBe('2026-11-19T14:32:00+09:00');
    expect(jp.deliverBy).toBe('2026-11-23T23:59:59+09:00');
    const de = read('messages-thread-de.html');
    expect(de.orders[0]!.deliverBy).toBe('2026-12-01T23:59:59+01:00');
    expect(de.messages[0]!.sentAt).toBe('2026-11-23T10:15:00+01:00');
  });

  it('first scan is the earliest carrier event of the tracking popover, not the label creation', () => {
    expect(read('order-details-us-buyshipping-delivered.html').orders[0]!.firstScanAt).toBe('2026-11-16T18:14:00-08:00');
    expect(read('order-details-zh.html').orders[0]!.firstScanAt).toBe('2026-11-22T17:05:00-08:00');
    expect(read('order-details-uk-shipped-own-label.html').orders[0]!.firstScanAt).toBeNull();
  });

  it('ship-to country is the only address fact, and no buyer name, street or phone appears anywhere', () => {
    expect(read('order-details-us-buyshipping-delivered.html').orders[0]!.shipToCountry).toBe('US');
    expect(read('order-details-uk-shipped-own-label.html').orders[0]!.shipToCountry).toBe('GB');
    expect(read('order-details-jp.html').orders[0]!.shipToCountry).toBe('JP');
    expect(read('order-details-us-pending.html').orders[0]!.shipToCountry).toBeNull();
    for (const file of ['order-details-us-buyshipping-delivered.html', 'order-details-uk-shipped-own-label.html',
      'order-details-jp.html', 'order-details-zh.html']) {
      const json = JSON.stringify(read(file));
      for (const pii of ['Whitfield', 'Linden', '614-555', 'Pryce', 'Marlowe', 'BS6', '山田', '渋谷', 'Lindqvist', 'Meadowlark']) {
        expect(json, `${file} leaks ${pii}`).not.toContain(pii);
      }
    }
  });

  it('the draft is the reply box text, not a message', () => {
    const us = read('messages-thread-us.html');
    expect(us.draft).toContain('https://www.northwindgoods-help.com/lost-package');
    expect(us.messages.map((m) => m.text).join(' ')).not.toContain('northwindgoods-help');
    expect(read('messages-thread-de.html').draft).toBe('');
    expect(read('order-details-us-unshipped.html').draft).toBeNull();
  });

  it('claims keep their ids, amounts and who funded a granted claim', () => {
    const claims = read('claims-list-us.html').claims;
    expect(claims.map((c) => c.claimId)).toEqual(['6284017733', '6283992150', '6284120496', '6279405518']);
    expect(claims[1]!.respondBy).toBe('2026-11-24T11:30:00-08:00');
    const safety = read('claim-detail-us-safety.html').claims[0]!;
    expect(safety.claimId).toBe('7731550926');
    expect(safety.respondBy).toBe('2026-11-27T15:05:00-08:00');
  });

  it('returns keep the return tracking id where the card shows one', () => {
    expect(read('returns-us.html').returns.map((r) => r.returnTrackingId))
      .toEqual([null, '1Z2E91X80395527714', '9202190314567012345678']);
  });

  it('shipping service is the summary service level on details and list alike', () => {
    expect(read('order-details-us-buyshipping-delivered.html').orders[0]!.shippingService).toBe('Standard');
    expect(read('order-details-jp.html').orders[0]!.shippingService).toBe('通常配送');
    const list = read('orders-list-us.html').orders;
    expect(list.find((o) => o.orderId === '113-9902417-3358160')!.shippingService).toBe('Expedited');
  });
});
