// Put text into the page's open reply box the way a person typing would, so Seller Central's own listeners see it.
// Never clicks Send.

/** Every reply box on the page: plain textareas and the real <textarea> inside Katal kat-textarea shadow roots. */
export function replyBoxes(doc: Document): HTMLTextAreaElement[] {
  const boxes: HTMLTextAreaElement[] = [];
  for (const t of doc.querySelectorAll('textarea')) boxes.push(t);
  for (const host of doc.querySelectorAll('kat-textarea')) {
    const inner = host.shadowRoot?.querySelector('textarea');
    if (inner) boxes.push(inner);
  }
  return boxes.filter((t) => !t.disabled && !t.readOnly);
}

export type InsertResult = { ok: true } | { ok: false; reason: string };

export function insertReply(doc: Document, text: string): InsertResult {
  const box = replyBoxes(doc)[0];
  if (!box) return { ok: false, reason: 'no-reply-box' };
  // React/Katal-style components track the value through the prototype setter; assigning .value directly can be
  // overwritten on the next render.
  const proto = Object.getPrototypeOf(box) as object;
  if (Reflect.has(proto, 'value')) Reflect.set(proto, 'value', text, box); else box.value = text;
  // Events from the page's own realm, as a person's typing would create.
  const PageEvent = doc.defaultView?.Event ?? Event;
  box.dispatchEvent(new PageEvent('input', { bubbles: true, composed: true }));
  box.dispatchEvent(new PageEvent('change', { bubbles: true, composed: true }));
  box.focus();
  return { ok: true };
}
