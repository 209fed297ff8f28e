// Render a Preact tree into a fresh container of the jsdom document, and let effects and promises settle.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Rendered {
  container: HTMLElement;
  unmount: () => void;
}

export async function mount(tree: ComponentChild): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => { render(tree, container); });
  await settle();
  // Screens word their content with a table loaded on demand (src/words/advice/load.ts): wait for it.
  await settleUntil(() => !container.querySelector('.loading'));
  return { container, unmount: () => { render(null, container); container.remove(); } };
}

/** Run pending promise callbacks and the renders they cause. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

/** Settle until `ready()` holds (for work that waits on a dynamic import), at most `ms`; then the caller asserts. */
export async function settleUntil(ready: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ready() && Date.now() < end) await settle();
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to click');
  await act(() => { el.click(); });
  await settle();
}

/** Type into an input/textarea/select the way the browser reports it: value set, then input + change events. */
export async function typeInto(el: Element | null | undefined, value: string): Promise<void> {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) {
    throw new Error('not a form control');
  }
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export async function submit(form: Element | null | undefined): Promise<void> {
  if (!(form instanceof HTMLFormElement)) throw new Error('not a form');
  await act(() => { form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });
  await settle();
}

export const all = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)];
