// Content-shell pieces on real fixture pages in jsdom: settle detection, reply insertion, guard drawing.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { isLoading, signature, whenSettled, watchChanges } from '../../src/content/settle.ts';
import { insertReply, replyBoxes } from '../../src/content/insert-reply.ts';
import { renderGuards } from '../../src/content/guards/render.ts';

const ref = (file: string, url: string) => loadPage(readFileSync(new URL(`../fixtures/reference/${file}`, import.meta.url), 'utf8'), url);
const MSG_URL = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=113-4829137-5520614';

describe('settle', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('sees the app loader as loading, and a rendered page as not', () => {
    const doc = loadPage('<div id="apploading"><div class="spinner"></div></div>', 'https://sellercentral.amazon.com/orders-v3');
    expect(isLoading(doc)).toBe(true);
    doc.getElementById('apploading')!.replaceChildren();
    expect(isLoading(doc)).toBe(false);
  });

  it('waits for a stable page before resolving, and not before the minimum delay', async () => {
    const doc = loadPage('<div id="MYO-app"></div>', 'https://sellercentral.amazon.com/orders-v3');
    let settled = false;
    void whenSettled(doc, new AbortController().signal, { pollMs: 100, stablePolls: 3, minDelayMs: 600 }).then(() => { settled = true; });
    // Content keeps arriving for a while.
    for (let i = 0; i < 5; i++) {
      doc.getElementById('MYO-app')!.append(doc.createElement('p'));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    expect(settled).toBe(true);
  });

  it('a superseded wait rejects instead of reporting', async () => {
    const doc = loadPage('<p>x</p>', 'https://sellercentral.amazon.com/orders-v3');
    const ac = new AbortController();
    const p = whenSettled(doc, ac.signal);
    ac.abort();
    await expect(p).rejects.toThrow('superseded');
  });

  it('reports a change once, debounced, and ignores our own guard elements', async () => {
    const doc = loadPage('<div id="x"></div>', 'https://sellercentral.amazon.com/orders-v3');
    const onChange = vi.fn();
    const ac = new AbortController();
    watchChanges(doc, onChange, ac.signal, { debounceMs: 200, pollMs: 10_000 });
    const before = signature(doc);
    doc.body.append(doc.createElement('claimwise-guard'));
    expect(signature(doc)).toBe(before);
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) { doc.getElementById('x')!.append(doc.createTextNode('more ')); await vi.advanceTimersByTimeAsync(50); }
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).toHaveBeenCalledTimes(1);
    ac.abort();
  });
});

describe('insertReply', () => {
  it('fills the textarea inside the Katal reply box and fires input events, never sending', () => {
    const doc = ref('messages-thread-us.html', MSG_URL);
    const boxes = replyBoxes(doc);
    expect(boxes).toHaveLength(1);
    const inputs: string[] = [];
    boxes[0]!.addEventListener('input', () => inputs.push(boxes[0]!.value));
    const sent = vi.fn();
    doc.querySelector('[data-test-id="send-message-button"]')!.addEventListener('click', sent);
    expect(insertReply(doc, 'Hello, order 113-4829137-5520614.')).toEqual({ ok: true });
    expect(boxes[0]!.value).toBe('Hello, order 113-4829137-5520614.');
    expect(inputs).toEqual(['Hello, order 113-4829137-5520614.']);
    expect(sent).not.toHaveBeenCalled();
  });

  it('says so when the page has no reply box', () => {
    const doc = ref('order-details-us-pending.html', 'https://sellercentral.amazon.com/orders-v3/order/114-2291847-6603925');
    expect(insertReply(doc, 'x')).toEqual({ ok: false, reason: 'no-reply-box' });
  });
});

describe('renderGuards', () => {
  it('draws the guard after its control, in a shadow root, in the UI language, and dismisses it', () => {
    const doc = ref('order-details-us-buyshipping-delivered.html', 'https://sellercentral.amazon.com/orders-v3/order/113-4829137-5520614');
    const dismissed: string[] = [];
    const n = renderGuards(doc, [{ kind: 'protected-no-refund', orderId: '113-4829137-5520614', rules: ['BS-CLAIMS-PROTECTED'] }], 'zh',
      { dismiss: (g) => dismissed.push(g.kind) });
    expect(n).toBe(1);
    const host = doc.querySelector('claimwise-guard')!;
    expect(host.previousElementSibling?.getAttribute('data-test-id')).toBe('refund-order-button');
    const box = host.shadowRoot!.querySelector('[data-testid="claimwise-guard"]')!;
    expect(box.textContent).toContain('索赔保护');
    expect(host.textContent).toBe(''); // nothing in the page's own DOM text
    (host.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect(doc.querySelector('claimwise-guard')).toBeNull();
    expect(dismissed).toEqual(['protected-no-refund']);
  });

  it('draws nothing when the control is not on the page', () => {
    const doc = ref('order-details-us-pending.html', 'https://sellercentral.amazon.com/orders-v3/order/114-2291847-6603925');
    expect(renderGuards(doc, [{ kind: 'pending-no-ship', orderId: '114-2291847-6603925', rules: ['ORD-PENDING'] }], 'en',
      { dismiss: () => undefined })).toBe(0);
  });

  it('warns next to the reply box of a buyer who asked to move off Amazon, pointing to the popup\'s reply', () => {
    const doc = ref('messages-thread-us.html', MSG_URL);
    renderGuards(doc, [{ kind: 'keep-on-amazon', orderId: '113-4829137-5520614', rules: ['OFF-AMAZON'] }], 'en',
      { dismiss: () => undefined });
    const host = doc.querySelector('claimwise-guard')!;
    expect(host.previousElementSibling?.tagName).toBe('KAT-TEXTAREA');
    expect(host.shadowRoot!.textContent).toMatch(/Keep the conversation and the payment on Amazon: the Claimwise popup has a compliant reply/);
    // The guard never writes into the box itself: its only control is the dismissal.
    expect([...host.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Dismiss for this order']);
    expect(replyBoxes(doc)[0]!.value).not.toContain('only help through Amazon');
  });
});
