// Where "Insert" puts text, on real fixture pages in jsdom: the claim page's "Respond to Amazon" box for an evidence
// pack, the buyer reply box on messaging pages, and nothing at all when the page does not say which box it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { insertReply, replyBoxes, targetOf } from '../../src/content/insert-reply.ts';
import { parseMessage, UiToContentSchema } from '../../src/messaging.ts';
import { readPage } from '../../src/read/index.ts';

const CLAIM_URL = 'https://sellercentral.amazon.com/gp/guarantee-claims/claim-details.html?claimId=7742069315';
const SAFETY_URL = 'https://sellercentral.amazon.com/gp/guarantee-claims/claim-details.html?claimId=7731550926';
const THREAD_URL = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=113-4829137-5520614';
const page = (path: string, url: string) => loadPage(readFileSync(`test/fixtures/${path}`, 'utf8'), url);
const claimPage = () => page('claims/claim-detail-us-inr.html', CLAIM_URL);

/** A claim page of our own making, for the cases no fixture page has. */
const modeledClaim = (body: string) => loadPage(`<!doctype html><html lang="en"><body>${body}</body></html>`, CLAIM_URL);

describe('the modeled item-not-received claim page', () => {
  it('reads as the claim on order 113-4829137-5520614, so it joins the reference order page and thread', () => {
    const reading = readPage(claimPage(), CLAIM_URL);
    expect(reading.kind).toBe('claim');
    expect(reading.marketplace).toBe('US');
    expect(reading.claims).toEqual([{
      orderId: '113-4829137-5520614', claimId: '7742069315', claimType: 'a-to-z', reason: 'Item not received',
      status: 'Action required', amount: { value: 42.99, currency: 'USD' }, filedAt: '2026-11-23T16:18:00-08:00',
      respondBy: '2026-11-25T16:18:00-08:00', decidedAt: null, fundedBy: null,
    }]);
    expect(reading.draft ?? null).toBeNull();
  });
});

describe('insertion into the claim response box', () => {
  it('fills the textarea inside the "Respond to Amazon" kat-textarea, fires input events and never submits', () => {
    const doc = claimPage();
    expect(targetOf(doc)).toBe('claim-response');
    const boxes = replyBoxes(doc);
    expect(boxes).toHaveLength(1);
    const box = boxes[0]!;
    expect((box.getRootNode() as ShadowRoot).host.id).toBe('claim-response');
    const inputs: string[] = [];
    box.addEventListener('input', () => inputs.push(box.value));
    const submitted = vi.fn();
    doc.querySelector('[data-test-id="submit-claim-response-button"]')!.addEventListener('click', submitted);
    doc.getElementById('claim-response-form')!.addEventListener('submit', submitted);

    const text = 'Order 113-4829137-5520614: our response to A-to-z Guarantee claim 7742069315';
    expect(insertReply(doc, text, 'claim-response')).toEqual({ ok: true });
    expect(box.value).toBe(text);
    expect(inputs).toEqual([text]);
    expect(submitted).not.toHaveBeenCalled();
    // The help widget's feedback box is on the page too, hidden: never the target.
    expect(doc.querySelector<HTMLTextAreaElement>('#hmd2-feedback-text')!.value).toBe('');
  });

  it('goes by the page when no target is named (an older popup, or the content script on its own)', () => {
    const doc = claimPage();
    expect(insertReply(doc, 'Evidence.')).toEqual({ ok: true });
    expect(replyBoxes(doc)[0]!.value).toBe('Evidence.');
  });

  it('refuses a buyer reply on a claim page, and an evidence pack on a messaging page', () => {
    const claim = claimPage();
    expect(insertReply(claim, 'Hello buyer', 'buyer-reply')).toEqual({ ok: false, reason: 'wrong-page' });
    expect(replyBoxes(claim)[0]!.value).toBe('');
    expect(replyBoxes(claim, 'buyer-reply')).toEqual([]);

    const thread = page('reference/messages-thread-us.html', THREAD_URL);
    expect(targetOf(thread)).toBe('buyer-reply');
    const before = replyBoxes(thread)[0]!.value;
    expect(insertReply(thread, 'Evidence for Amazon', 'claim-response')).toEqual({ ok: false, reason: 'wrong-page' });
    expect(replyBoxes(thread)[0]!.value).toBe(before);
    expect(insertReply(thread, 'Hello', 'buyer-reply')).toEqual({ ok: true });
    expect(replyBoxes(thread)[0]!.value).toBe('Hello');
  });

  it('says there is no response box on the property damage claim page (its form has only inputs)', () => {
    const doc = page('reference/claim-detail-us-safety.html', SAFETY_URL);
    expect(targetOf(doc)).toBe('claim-response');
    expect(insertReply(doc, 'Insurer: ...', 'claim-response')).toEqual({ ok: false, reason: 'no-response-box' });
  });

  it('takes a plain textarea named as the response over a notes box, and skips a hidden one', () => {
    const doc = modeledClaim(
      '<form id="notes"><label for="n">Internal notes</label><textarea id="n" name="sellerNotes"></textarea></form>' +
      '<div hidden><textarea id="old" name="responseText"></textarea></div>' +
      '<form id="respond-form"><h3>Respond to Amazon</h3><textarea id="r" name="text"></textarea></form>');
    expect(replyBoxes(doc).map((b) => b.id)).toEqual(['r']);
    expect(insertReply(doc, 'Facts.', 'claim-response')).toEqual({ ok: true });
    expect(doc.querySelector<HTMLTextAreaElement>('#r')!.value).toBe('Facts.');
    expect(doc.querySelector<HTMLTextAreaElement>('#n')!.value).toBe('');
  });

  it('takes a single unnamed box, but does not guess between two', () => {
    expect(insertReply(modeledClaim('<textarea id="a"></textarea>'), 'x')).toEqual({ ok: true });
    const two = modeledClaim('<textarea id="a"></textarea><textarea id="b"></textarea>');
    expect(insertReply(two, 'x', 'claim-response')).toEqual({ ok: false, reason: 'several-response-boxes' });
    expect([...two.querySelectorAll('textarea')].map((t) => t.value)).toEqual(['', '']);
  });

  it('says so when the response box is not open yet', () => {
    const doc = modeledClaim('<kat-button label="Respond to Amazon"></kat-button><div style="display:none"><textarea name="response"></textarea></div>');
    expect(insertReply(doc, 'x', 'claim-response')).toEqual({ ok: false, reason: 'no-response-box' });
  });
});

describe('the insert-reply message', () => {
  it('accepts an optional target of the two kinds and nothing else', () => {
    expect(parseMessage(UiToContentSchema, { type: 'insert-reply', text: 'x' })).toEqual({ ok: true, value: { type: 'insert-reply', text: 'x' } });
    expect(parseMessage(UiToContentSchema, { type: 'insert-reply', text: 'x', target: 'claim-response' }))
      .toEqual({ ok: true, value: { type: 'insert-reply', text: 'x', target: 'claim-response' } });
    expect(parseMessage(UiToContentSchema, { type: 'insert-reply', text: 'x', target: 'buyer-reply' }).ok).toBe(true);
    expect(parseMessage(UiToContentSchema, { type: 'insert-reply', text: 'x', target: 'send' }).ok).toBe(false);
  });
});
