import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { loadWording } from '../../src/check/live.ts';
import { findReplyBoxes } from '../../src/content/reply-guard/find-reply-boxes.ts';
// The guard the page runs: the reply box's own check, its language loaded first (here, every UI language up front).
import { attachReplyGuard } from '../../src/content/reply-guard/live.ts';
import type { Finding } from '../../src/model.ts';
import { UI_LANGS } from '../../src/words/langs.ts';

beforeAll(() => Promise.all(UI_LANGS.map((lang) => loadWording(lang))));

const PAGES = new URL('../../../shared/reference-pages/', import.meta.url);
const MESSAGES_US = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=113-4829137-5520614';
const MESSAGES_DE = 'https://sellercentral.amazon.de/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=305-8841206-3370156';

function reference(file: string, url: string): Document {
  return loadPage(readFileSync(new URL(file, PAGES), 'utf8'), url);
}

/** The guard's shadow root; `scope` is where the guard was placed (the page, or the shadow root of its host). */
function guardRoot(scope: Document | ShadowRoot): ShadowRoot {
  const container = scope.querySelector('[data-claimwise="reply-guard"]');
  expect(container, 'guard container').not.toBeNull();
  expect(container!.shadowRoot, 'guard shadow root').not.toBeNull();
  return container!.shadowRoot!;
}

function shownKinds(doc: Document): string[] {
  return [...guardRoot(doc).querySelectorAll('[data-testid="finding"]')].map((el) => el.getAttribute('data-kind') ?? '');
}

function type(box: HTMLTextAreaElement, text: string): boolean {
  box.value = text;
  const win = box.ownerDocument.defaultView!;
  return box.dispatchEvent(new win.Event('input', { bubbles: true, composed: true, cancelable: true }));
}

describe('findReplyBoxes', () => {
  it('finds the textarea inside the kat-textarea shadow root on the US messages page', () => {
    const doc = reference('messages-thread-us.html', MESSAGES_US);
    const boxes = findReplyBoxes(doc);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.id).toBe('katal-id-57');
    expect(boxes[0]!.value).toContain('northwindgoods-help.com');
    expect((boxes[0]!.getRootNode() as ShadowRoot).host.localName).toBe('kat-textarea');
  });

  it('finds the empty reply box on the German messages page, not the search field', () => {
    const boxes = findReplyBoxes(reference('messages-thread-de.html', MESSAGES_DE));
    expect(boxes.map((b) => b.id)).toEqual(['katal-id-33']);
  });

  it('finds no reply box on an order page', () => {
    const doc = reference('order-details-us-unshipped.html', 'https://sellercentral.amazon.com/orders-v3/order/112-7730914-2068351');
    expect(findReplyBoxes(doc)).toEqual([]);
  });

  it('finds the contact-buyer box, a plain messaging textarea and a claim response box', () => {
    const contact = loadPage(`<html><body><div id="ayb-contact-buyer"><kat-textarea label="Message"><template shadowrootmode="open">
      <textarea part="textarea"></textarea></template></kat-textarea></div></body></html>`,
    'https://sellercentral.amazon.com/gp/help/contact/contact.html?orderID=113-4829137-5520614');
    expect(findReplyBoxes(contact)).toHaveLength(1);

    const plain = loadPage('<html><body><textarea id="search-notes" placeholder="Search"></textarea><textarea name="body"></textarea></body></html>',
      'https://sellercentral.amazon.co.uk/messaging/inbox?ss=203-5518402-7719346');
    expect(findReplyBoxes(plain).map((b) => b.name)).toEqual(['body']);

    const claim = loadPage('<html><body><form><textarea id="claim-response" name="sellerResponse"></textarea></form></body></html>',
      'https://sellercentral.amazon.com/gp/guarantee-claims/claim-details.html?claimId=7731550926');
    expect(findReplyBoxes(claim).map((b) => b.id)).toEqual(['claim-response']);

    const orderNotes = loadPage('<html><body><textarea id="order-notes" placeholder="Notes"></textarea></body></html>',
      'https://sellercentral.amazon.com/orders-v3/order/112-7730914-2068351');
    expect(findReplyBoxes(orderNotes)).toEqual([]);

    const disabled = loadPage('<html><body><textarea name="reply" disabled></textarea></body></html>', MESSAGES_US);
    expect(findReplyBoxes(disabled)).toEqual([]);
  });
});

describe('attachReplyGuard', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('shows the draft already in the box, then follows typing after a 250 ms pause', () => {
    const doc = reference('messages-thread-us.html', MESSAGES_US);
    const box = findReplyBoxes(doc)[0]!;
    const host = (box.getRootNode() as ShadowRoot).host;
    const seen: Finding[][] = [];
    const detach = attachReplyGuard(box, host, { lang: 'en', onFindings: (f) => seen.push(f) });

    // The guard sits right after the kat-textarea, in the page, with its own shadow root.
    expect(host.nextElementSibling?.getAttribute('data-claimwise')).toBe('reply-guard');
    expect(shownKinds(doc)).toEqual(['link']);
    const link = guardRoot(doc).querySelector('[data-testid="finding"]')!;
    expect(link.textContent).toContain('https://www.northwindgoods-help.com/lost-package');
    expect(link.textContent).toContain('Remove the link');
    expect(doc.querySelectorAll('[data-testid="finding"]')).toHaveLength(0); // nothing leaks into the page's DOM

    expect(type(box, 'Sure, text me on WhatsApp: +1 212 555 0147')).toBe(true); // typing is never cancelled
    vi.advanceTimersByTime(249);
    expect(shownKinds(doc)).toEqual(['link']);
    vi.advanceTimersByTime(1);
    expect(shownKinds(doc)).toEqual(['phone', 'messaging-app', 'phone']);
    expect(seen.at(-1)!.map((f) => f.kind)).toEqual(['phone', 'messaging-app', 'phone']);

    // Each keystroke restarts the pause.
    type(box, 'Thanks for your patience. UPS shows it was delivered on Nov 19.');
    vi.advanceTimersByTime(200);
    type(box, 'Thanks for your patience. UPS shows it was delivered on Nov 19, please check with your neighbours.');
    vi.advanceTimersByTime(200);
    expect(shownKinds(doc)).toHaveLength(3);
    vi.advanceTimersByTime(50);
    expect(guardRoot(doc).querySelectorAll('[data-testid="finding"]')).toHaveLength(0);
    expect(doc.querySelector<HTMLElement>('[data-claimwise="reply-guard"]')!.hidden).toBe(true);
    expect(seen.at(-1)).toEqual([]);
    expect(box.value).toBe('Thanks for your patience. UPS shows it was delivered on Nov 19, please check with your neighbours.');

    detach();
    expect(doc.querySelector('[data-claimwise="reply-guard"]')).toBeNull();
    const calls = seen.length;
    type(box, 'email me at sam@northwind.com');
    vi.advanceTimersByTime(1000);
    expect(seen).toHaveLength(calls);
  });

  it('speaks the seller UI language', () => {
    const doc = reference('messages-thread-de.html', MESSAGES_DE);
    const box = findReplyBoxes(doc)[0]!;
    const host = (box.getRootNode() as ShadowRoot).host;
    attachReplyGuard(box, host, { lang: 'zh' });
    type(box, '加我微信，我发视频给您。');
    vi.advanceTimersByTime(250);
    const item = guardRoot(doc).querySelector('[data-testid="finding"][data-kind="messaging-app"]')!;
    expect(item.textContent).toContain('聊天软件');
    expect(item.textContent).toContain('不要引导买家使用聊天软件');
    expect(guardRoot(doc).textContent).toContain('发送前请修改');
  });

  it('shows pasted markup as text', () => {
    const box = findReplyBoxes(reference('messages-thread-de.html', MESSAGES_DE))[0]!;
    attachReplyGuard(box, box, { lang: 'de' });
    type(box, 'Ein Geschenk <img src=x onerror=alert(1)> für Ihre Bewertung, siehe https://evil.example.com/<b>x</b>');
    vi.advanceTimersByTime(250);
    // Placed after the textarea itself, the guard lives in the kat-textarea's shadow root.
    const root = guardRoot(box.getRootNode() as ShadowRoot);
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain('Ein Geschenk <img src=x onerror=alert(1)> für Ihre Bewertung');
    expect(root.textContent).toContain('https://evil.example.com/');
    expect(root.textContent).toContain('Link entfernen');
  });

  it('warns without blocking for emojis and attachments', () => {
    const box = findReplyBoxes(reference('messages-thread-de.html', MESSAGES_DE))[0]!;
    attachReplyGuard(box, box, { lang: 'ja' });
    type(box, 'ありがとうございます😊 カタログを添付しました');
    vi.advanceTimersByTime(250);
    const root = guardRoot(box.getRootNode() as ShadowRoot);
    const items = [...root.querySelectorAll('[data-testid="finding"]')];
    expect(items.map((i) => [i.getAttribute('data-kind'), i.getAttribute('data-severity')])).toEqual([['other', 'warn'], ['attachment', 'warn']]);
    expect(root.textContent).toContain('送信前にご確認ください');
  });

  it('offers the allowed wording in place of a review asked of happy buyers only, and nothing to write for a phone number', () => {
    const box = findReplyBoxes(reference('messages-thread-de.html', MESSAGES_DE))[0]!;
    attachReplyGuard(box, box, { lang: 'en' });
    type(box, 'If you are happy with the lamp, please leave a review. Call 0170 1234567.');
    vi.advanceTimersByTime(250);
    const root = guardRoot(box.getRootNode() as ShadowRoot);
    const items = [...root.querySelectorAll('[data-testid="finding"]')];
    const review = items.find((i) => i.getAttribute('data-kind') === 'review-manipulation');
    const phone = items.find((i) => i.getAttribute('data-kind') === 'phone');
    expect(review?.querySelector('.instead')?.textContent).toBe('Write instead: If you have a moment, an honest review of the product would help other buyers.');
    expect(phone).toBeDefined();
    expect(phone!.querySelector('.instead')).toBeNull();
  });
});
