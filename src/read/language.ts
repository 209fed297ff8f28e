// The UI language the seller chose: <html lang>, else the language switcher's selected option ("en_GB", "zh_CN").
// Regional variants collapse to the language: en-GB -> en, zh-CN -> zh.
import type { Lang } from '../model.ts';
import { CHROME } from './selectors/chrome.ts';

function primary(tag: string | null | undefined): Lang | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

export function detectLanguage(doc: Document): Lang | null {
  const fromHtml = primary(doc.documentElement?.getAttribute('lang'));
  if (fromHtml) return fromHtml;
  const select = doc.querySelector(CHROME.languageSelect);
  const option = select?.querySelector('option[selected]') ?? (select as HTMLSelectElement | null)?.selectedOptions?.[0];
  return primary(option?.getAttribute('value'));
}
