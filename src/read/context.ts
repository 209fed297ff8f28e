// What every reader gets: the document, where it came from, and what the page as a whole has already told us.
import type { Lang, Marketplace } from '../model.ts';
import type { DateContext } from './dates.ts';
import { CONTENT_ROOTS } from './selectors/chrome.ts';

export interface ReadContext {
  doc: Document;
  url: URL;
  marketplace: Marketplace | null;
  uiLanguage: Lang | null;
  /** Marketplace and zone for reading dates (a date-only value is that day in the marketplace's zone). */
  dates: DateContext;
}

/** The element holding the page's own content (the app root), so chrome never feeds a fact. */
export function contentRoot(doc: Document): Element {
  for (const sel of CONTENT_ROOTS) {
    const el = doc.querySelector(sel);
    if (el) return el;
  }
  return doc.documentElement;
}
