// Draw guards next to their controls, each in its own shadow root so Seller Central's CSS cannot reach it and
// ours cannot reach the page. Text only (no HTML from anywhere). Never blocks or clicks the control.
import type { Guard } from '../../messaging.ts';
import { guardTargets } from './targets.ts';
import { guardLang, GUARD_TEXT } from './messages.ts';

export const GUARD_TAG = 'claimwise-guard';

const STYLE = `
:host { all: initial; display: block; margin: 6px 0; }
.box { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; color: #3b1f00;
  background: #fff4e5; border: 1px solid #b35c00; border-left: 4px solid #b35c00; border-radius: 6px; padding: 8px 10px; max-width: 640px; }
.box.critical { background: #fdecea; border-color: #b3261e; color: #410e0b; }
b { font-weight: 700; }
.rules { color: #5f4a33; font-size: 12px; }
.actions { margin-top: 6px; display: flex; gap: 8px; flex-wrap: wrap; }
button { font: inherit; font-size: 12px; cursor: pointer; border-radius: 4px; padding: 2px 8px; border: 1px solid #8a6d4b; background: #fff; color: #3b1f00; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
`;

export interface GuardHandlers {
  dismiss(guard: Guard): void;
}

export function clearGuards(doc: Document): void {
  for (const host of doc.querySelectorAll(GUARD_TAG)) host.remove();
}

export function renderGuards(doc: Document, guards: Guard[], uiLanguage: string | null, handlers: GuardHandlers): number {
  clearGuards(doc);
  const lang = guardLang(uiLanguage);
  const t = GUARD_TEXT[lang];
  let drawn = 0;
  for (const guard of guards) {
    for (const target of guardTargets(doc, guard)) {
      const host = doc.createElement(GUARD_TAG);
      host.setAttribute('data-guard', guard.kind);
      const root = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = STYLE;
      const box = doc.createElement('div');
      box.className = guard.kind === 'protected-no-refund' ? 'box critical' : 'box';
      box.setAttribute('role', 'note');
      // Screen readers and hyphenation follow the guard's language, which may differ from the page's lang.
      box.setAttribute('lang', lang);
      box.setAttribute('data-testid', 'claimwise-guard');
      box.setAttribute('data-guard', guard.kind);
      const brand = doc.createElement('b');
      brand.textContent = `${t.brand}: `;
      const body = doc.createElement('span');
      body.textContent = t.body[guard.kind];
      const rules = doc.createElement('div');
      rules.className = 'rules';
      rules.textContent = `${guard.orderId} · ${guard.rules.join(', ')}`;
      const actions = doc.createElement('div');
      actions.className = 'actions';
      const dismiss = doc.createElement('button');
      dismiss.type = 'button';
      dismiss.textContent = t.dismiss;
      dismiss.addEventListener('click', () => {
        for (const h of doc.querySelectorAll(`${GUARD_TAG}[data-guard="${guard.kind}"]`)) h.remove();
        handlers.dismiss(guard);
      });
      actions.append(dismiss);
      box.append(brand, body, rules, actions);
      root.append(style, box);
      target.after(host);
      drawn++;
    }
  }
  return drawn;
}
