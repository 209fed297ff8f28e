// Reply wording per situation and language, filled from facts. Every template must pass check().
import type { ActionCode, Lang, OrderCase, Reply, SellerSettings } from '../model.ts';
import { DEFAULT_SETTINGS } from '../model.ts';

/** Reply to the buyer for `action`, in `lang` (falls back to English), or null when the action needs none. */
export function replyFor(action: ActionCode, c: OrderCase, lang: Lang, settings: SellerSettings = DEFAULT_SETTINGS): Reply | null {
  void action; void c; void lang; void settings;
  return null;
}
