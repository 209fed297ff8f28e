// Loading pages for reader tests the way the CLI does (jsdom + declarative shadow roots attached).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import type { PageReading } from '../../src/model.ts';

export const REFERENCE_DIR = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));

export function referenceHtml(file: string): string {
  return readFileSync(REFERENCE_DIR + file, 'utf8');
}

export interface Expected {
  url: string;
  read: Partial<Omit<PageReading, 'orders' | 'claims' | 'messages' | 'returns'>> & {
    orders?: Record<string, unknown>[];
    claims?: Record<string, unknown>[];
    messages?: Record<string, unknown>[];
    returns?: Record<string, unknown>[];
  };
}

export function expectedReadings(): Record<string, Expected> {
  return JSON.parse(readFileSync(REFERENCE_DIR + 'expected-readings.json', 'utf8')) as Record<string, Expected>;
}

export function readHtml(html: string, url: string): PageReading {
  return readPage(loadPage(html, url), url);
}

/** A minimal Seller Central page around `body` (content root #MYO-app unless the body brings its own). */
export function page(body: string, opts: { lang?: string; head?: string } = {}): string {
  return `<!DOCTYPE html><html lang="${opts.lang ?? 'en-US'}"><head>${opts.head ?? ''}</head><body>${body}</body></html>`;
}

/** The fields of PageReading items that hold dates (ISO-8601 with an offset). */
export const DATE_FIELDS = new Set(['purchaseDate', 'shipBy', 'deliverBy', 'shippedAt', 'deliveredAt', 'filedAt', 'respondBy',
  'decidedAt', 'sentAt', 'requestedAt', 'receivedAt', 'refundedAt', 'firstScanAt']);
