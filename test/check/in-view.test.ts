import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { whenInView } from '../../src/content/reply-guard/in-view.ts';

/** A stand-in IntersectionObserver the test drives: jsdom has none and lays nothing out. */
function withObserver(dom: JSDOM) {
  const observers: { callback: (entries: { isIntersecting: boolean }[]) => void; observed: Element[]; disconnected: boolean }[] = [];
  class FakeObserver {
    rec: (typeof observers)[number];
    constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
      this.rec = { callback, observed: [], disconnected: false };
      observers.push(this.rec);
    }
    observe(el: Element) { this.rec.observed.push(el); }
    disconnect() { this.rec.disconnected = true; }
  }
  (dom.window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
  return observers;
}

function page() {
  const dom = new JSDOM('<html><body><textarea id="box"></textarea></body></html>');
  const box = dom.window.document.getElementById('box') as HTMLTextAreaElement;
  return { dom, box };
}

describe('whenInView (the checker loads only for a box the seller can see or types in)', () => {
  it('waits while the box is out of view, fires once when it comes into view, then stops watching', () => {
    const { dom, box } = page();
    const observers = withObserver(dom);
    let calls = 0;
    whenInView(box, box, () => { calls++; });
    expect(observers[0]!.observed).toEqual([box]);
    observers[0]!.callback([{ isIntersecting: false }]);
    expect(calls).toBe(0);
    observers[0]!.callback([{ isIntersecting: true }]);
    box.dispatchEvent(new dom.window.FocusEvent('focus'));
    expect(calls).toBe(1);
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('fires when the box takes focus without having been seen', () => {
    const { dom, box } = page();
    withObserver(dom);
    let calls = 0;
    whenInView(box, box, () => { calls++; });
    box.dispatchEvent(new dom.window.FocusEvent('focus'));
    expect(calls).toBe(1);
  });

  it('never fires once stopped', () => {
    const { dom, box } = page();
    const observers = withObserver(dom);
    let calls = 0;
    const stop = whenInView(box, box, () => { calls++; });
    stop();
    observers[0]!.callback([{ isIntersecting: true }]);
    box.dispatchEvent(new dom.window.FocusEvent('focus'));
    expect(calls).toBe(0);
  });

  it('fires at once where nothing can tell what is in view', () => {
    const { box } = page();
    let calls = 0;
    whenInView(box, box, () => { calls++; });
    expect(calls).toBe(1);
  });
});
