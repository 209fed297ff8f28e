// When is a Seller Central page "done"? It is a single-page app: #apploading has children and spinners show while
// it renders, stale content can linger during a reload, and in-app navigation changes the URL without a load.
// A MutationObserver alone proved unreliable on these pages, so we combine it with polling and only report a page
// whose signature has been stable for several polls.
import { MAX_ELEMENTS } from '../read/limits.ts';
import { LOADING } from '../read/selectors/chrome.ts';

/** Past this many elements the signature skips the page's text (a tenth of what the readers read at all). */
const HUGE_PAGE_ELEMENTS = MAX_ELEMENTS / 10;

export interface SettleOptions {
  /** Poll interval while waiting for stability. */
  pollMs?: number;
  /** Consecutive identical signatures needed. */
  stablePolls?: number;
  /** Never report earlier than this after (re)navigation. */
  minDelayMs?: number;
  /** Give up waiting for a spinner after this; read what is there (the reader reports what is missing). */
  maxWaitMs?: number;
}

const DEFAULTS: Required<SettleOptions> = { pollMs: 200, stablePolls: 3, minDelayMs: 600, maxWaitMs: 15_000 };

export function isLoading(doc: Document): boolean {
  const apploading = doc.getElementById(LOADING.appLoadingId);
  if (apploading && apploading.childElementCount > 0) return true;
  for (const el of doc.querySelectorAll<HTMLElement>(LOADING.spinner)) {
    if (el.closest(LOADING.hiddenAncestor)) continue;
    const style = doc.defaultView?.getComputedStyle(el);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) continue;
    if (el.getClientRects().length > 0) return true;
  }
  return false;
}

/** Cheap fingerprint of the rendered page: changes when content is added, removed or the route changes. */
export function signature(doc: Document): string {
  const body = doc.body;
  // Our own in-page elements (guards, reply warnings) keep their text in shadow roots; only their hosts count.
  const ours = doc.querySelectorAll(OWN_ELEMENTS).length;
  const count = doc.getElementsByTagName('*').length - ours;
  // On a huge page, copying all its text every poll would slow the seller's tab: the element count alone must do.
  const textLength = count > HUGE_PAGE_ELEMENTS ? -1 : body?.textContent?.length ?? 0;
  return `${doc.location?.href ?? ''}|${count}|${textLength}`;
}

/** Elements the extension itself adds to the page. */
export const OWN_ELEMENTS = 'claimwise-guard, [data-claimwise]';

/** Resolves once the page is settled (or maxWaitMs passed). Rejects if the signal aborts. */
export function whenSettled(doc: Document, signal: AbortSignal, options: SettleOptions = {}): Promise<void> {
  const o = { ...DEFAULTS, ...options };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let last = '';
    let same = 0;
    const timer = setInterval(() => {
      const sig = signature(doc);
      same = sig === last ? same + 1 : 0;
      last = sig;
      const elapsed = Date.now() - started;
      const stable = same >= o.stablePolls - 1 && elapsed >= o.minDelayMs && !isLoading(doc);
      if (stable || elapsed >= o.maxWaitMs) { clearInterval(timer); resolve(); }
    }, o.pollMs);
    signal.addEventListener('abort', () => { clearInterval(timer); reject(new Error('superseded')); }, { once: true });
  });
}

/**
 * Calls `onChange` (debounced) after the page changes: DOM mutations, in-app navigation, or — as a fallback for
 * changes the observer misses inside shadow roots — a changed signature seen by a slow poll.
 */
export function watchChanges(doc: Document, onChange: () => void, signal: AbortSignal,
  { debounceMs = 700, pollMs = 2_000 } = {}): void {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  let lastSig = signature(doc);
  const fire = () => {
    clearTimeout(timeout);
    timeout = setTimeout(() => {
      const sig = signature(doc);
      if (sig === lastSig) return;
      lastSig = sig;
      onChange();
    }, debounceMs);
  };
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer(fire);
  observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true });
  const poll = setInterval(fire, pollMs);
  signal.addEventListener('abort', () => { observer.disconnect(); clearInterval(poll); clearTimeout(timeout); }, { once: true });
}
