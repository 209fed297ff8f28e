// Draws the findings inside the guard's shadow root. Nodes are built one by one and filled with textContent:
// the seller's draft (and anything pasted into it) never becomes markup.
import { kindLabel } from '../../check/live.ts';
import type { Finding } from '../../model.ts';
import { GUARD_WORDING, type GuardLang } from './wording.ts';

const STYLE = `
:host { all: initial; display: block; }
:host([hidden]) { display: none; }
.guard { box-sizing: border-box; margin: 6px 0; padding: 8px 10px; border-radius: 6px; border: 1px solid #e3b341;
  background: #fff8e1; color: #0f1111; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Hiragino Sans",
  "Microsoft YaHei", sans-serif; }
.guard.block { border-color: #cc0c39; background: #fff5f6; }
.title { font-weight: 700; margin: 0 0 4px; }
ul { margin: 0; padding: 0; list-style: none; }
li { margin: 4px 0 0; padding: 4px 0 0; border-top: 1px solid rgba(0, 0, 0, 0.08); }
li:first-child { border-top: 0; padding-top: 0; }
.label { font-weight: 600; }
li[data-severity="block"] .label { color: #b12704; }
li[data-severity="warn"] .label { color: #8a6100; }
.found { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: rgba(0, 0, 0, 0.05);
  padding: 0 3px; border-radius: 3px; word-break: break-all; }
.hint { color: #333; }
.instead { color: #0f5132; margin-top: 2px; }
`;

export interface GuardView {
  container: HTMLElement;
  shadow: ShadowRoot;
  show(findings: readonly Finding[]): void;
}

export function createGuardView(doc: Document, lang: GuardLang, marker: string): GuardView {
  const container = doc.createElement('div');
  container.setAttribute(marker, 'reply-guard');
  container.hidden = true;
  const shadow = container.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'guard';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  // Screen readers and hyphenation follow the warning's language, not the page's.
  box.setAttribute('lang', lang);
  shadow.append(style, box);

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  return {
    container,
    shadow,
    show(findings) {
      box.replaceChildren();
      container.hidden = findings.length === 0;
      if (findings.length === 0) return;
      const blocking = findings.some((f) => f.severity === 'block');
      box.classList.toggle('block', blocking);
      const words = GUARD_WORDING[lang];
      box.append(el('p', 'title', blocking ? words.mustChange : words.checkFirst));
      const list = el('ul', '');
      for (const f of findings) {
        const item = el('li', '');
        item.dataset.testid = 'finding';
        item.dataset.kind = f.kind;
        item.dataset.severity = f.severity;
        item.dataset.rule = f.rule;
        const found = el('span', 'found', f.text);
        item.append(el('span', 'label', kindLabel(f.kind, lang)), ' ', found);
        if (f.hint) item.append(el('div', 'hint', f.hint));
        // A review request worded wrongly has an allowed wording: show it, the seller copies what they want.
        if (f.fix?.action === 'rewrite') item.append(el('div', 'instead', `${words.instead} ${f.fix.text}`));
        list.append(item);
      }
      box.append(list);
    },
  };
}
