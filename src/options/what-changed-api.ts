// The options page's request for "What changed": the background answers from memory at its (possibly fixed) clock.
// The answer is checked for shape before use, as the popup does with its own requests.
import browser from 'webextension-polyfill';
import type { UiToBackground, WhatChangedItem } from '../messaging.ts';
import { isPolicyRuleId } from '../rules/policy.ts';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const CONFIDENCES = ['amazon-page', 'reported', 'single-source'];

function isChange(x: unknown): x is WhatChangedItem {
  return isRecord(x) && typeof x.id === 'string' && isPolicyRuleId(x.id) && typeof x.effective === 'string' &&
    typeof x.openOrders === 'number' && CONFIDENCES.includes(String(x.confidence)) &&
    (x.marketplaces === null || Array.isArray(x.marketplaces)) &&
    (x.soonest === null || (typeof x.soonest === 'string' && !Number.isNaN(Date.parse(x.soonest))));
}

/** The changes, or null when the background gave no usable answer (the page says so rather than "nothing changed"). */
export async function getWhatChanged(): Promise<WhatChangedItem[] | null> {
  const msg: UiToBackground = { type: 'get-what-changed' };
  const answer: unknown = await browser.runtime.sendMessage(msg);
  if (!Array.isArray(answer)) return null;
  return (answer as unknown[]).filter(isChange);
}
