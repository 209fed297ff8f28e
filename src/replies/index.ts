// Reply wording per situation and language, filled from facts. Every template must pass check().
// Buyer replies include the order id (MSG-PERMITTED) and name nothing outside Amazon (MSG-PROHIBITED, OFF-AMAZON).
import type { ActionCode, Lang, OrderCase, Reply, SellerSettings } from '../model.ts';
import { ACTION_CODES, DEFAULT_SETTINGS } from '../model.ts';
import { buyerFacts } from './buyer-facts.ts';
import { ar } from '../words/buyer/ar.ts';
import { de } from '../words/buyer/de.ts';
import { enGB, enUS } from '../words/buyer/en.ts';
import { es } from '../words/buyer/es.ts';
import { fr } from '../words/buyer/fr.ts';
import { it } from '../words/buyer/it.ts';
import { ja } from '../words/buyer/ja.ts';
import { nl } from '../words/buyer/nl.ts';
import { pl } from '../words/buyer/pl.ts';
import { pt } from '../words/buyer/pt.ts';
import { sv } from '../words/buyer/sv.ts';
import { tr } from '../words/buyer/tr.ts';
import type { BuyerAction, BuyerWording } from '../words/buyer/types.ts';
import { NO_BUYER_REPLY } from '../words/buyer/types.ts';
import { zh } from '../words/buyer/zh.ts';
import { buyerAwaitsReply } from './case-facts.ts';
import type { ReplyLang } from './langs.ts';
import { REPLY_LANGS, resolveLang } from './langs.ts';

export { REPLY_LANGS, SUPPORTED_LANGS, evidenceLang, resolveLang } from './langs.ts';
export type { ReplyLang, SupportedLang } from './langs.ts';
export type { BuyerAction } from '../words/buyer/types.ts';
export { evidenceFor } from './evidence.ts';
export type { EvidenceAction, EvidencePack } from './evidence.ts';

/** Actions that have buyer wording: every action code except those answered to Amazon or needing no reply. */
export const BUYER_ACTIONS: readonly BuyerAction[] = ACTION_CODES.filter(
  (a): a is BuyerAction => !(NO_BUYER_REPLY as readonly string[]).includes(a));

function isBuyerAction(action: ActionCode): action is BuyerAction {
  return (BUYER_ACTIONS as readonly string[]).includes(action);
}

const AMERICAS: ReadonlySet<string> = new Set(['US', 'CA', 'MX', 'BR']);

/** Every reply language has its case, so a language added to BUYER_LANGS without wording does not compile. */
export function wordingFor(lang: ReplyLang, c: OrderCase): BuyerWording {
  switch (lang) {
    // American spelling in the Americas (and when the marketplace is unknown), British everywhere else.
    case 'en': return c.marketplace === null || AMERICAS.has(c.marketplace) ? enUS : enGB;
    case 'de': return de;
    case 'fr': return fr;
    case 'es': return es;
    case 'it': return it;
    case 'ja': return ja;
    case 'zh': return zh;
    case 'pt': return pt;
    case 'nl': return nl;
    case 'pl': return pl;
    case 'sv': return sv;
    case 'tr': return tr;
    case 'ar': return ar;
  }
}

/** Every (action, language) pair that has wording, so each can be checked. */
export function replyTemplates(): { action: BuyerAction; lang: ReplyLang }[] {
  return BUYER_ACTIONS.flatMap((action) => REPLY_LANGS.map((lang) => ({ action, lang })));
}

/**
 * Reply to the buyer for `action`, in `lang` (falls back to English), or null when the action needs none. `now` is
 * the moment the advice is for: it tells a late order from one Amazon has already canceled.
 */
export function replyFor(action: ActionCode, c: OrderCase, lang: Lang, settings: SellerSettings = DEFAULT_SETTINGS, now?: Date): Reply | null {
  if (!isBuyerAction(action)) return null;
  // A reminder to ship is for the seller; the buyer hears about it only when they asked (MSG-PROHIBITED: no
  // unsolicited shipping notices).
  if (action === 'ship-by-deadline' && !buyerAwaitsReply(c)) return null;
  const resolved = resolveLang(lang);
  const wording = wordingFor(resolved, c);
  const body = wording.templates[action](buyerFacts(c, resolved, now))
    .filter((p): p is string => typeof p === 'string' && p.trim().length > 0);
  if (body.length && wording.afterGreeting) body[0] = wording.afterGreeting(body[0] ?? '');
  const signature = settings.signature?.trim() ?? '';
  const text = [wording.greeting, ...body, wording.signOff(signature)].join('\n\n');
  return { lang: resolved, text };
}
