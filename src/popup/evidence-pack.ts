// The evidence pack and the language it is written in, loaded only when a tab has a claim to answer: the wording
// of seven languages would otherwise weigh on every popup opening (see evidence-loader.ts).
import type { Lang, OrderCase } from '../model.ts';
import { evidenceFor, type EvidenceAction, type EvidencePack } from '../replies/evidence.ts';
import { MARKETPLACE_LANGUAGE, uiLang, type UiLang } from '../words/langs.ts';

export type { EvidenceAction, EvidencePack };

/**
 * The response goes to Amazon's team for the marketplace, so it is written in the marketplace's language (not the
 * buyer's); where the pack has no wording in it (e.g. Brazil, Poland), the reply language, then English.
 */
export function evidenceLanguage(c: OrderCase, replyLang: Lang | null | undefined): UiLang {
  return uiLang(c.marketplace ? MARKETPLACE_LANGUAGE[c.marketplace] : null) ?? uiLang(replyLang) ?? 'en';
}

export function packFor(action: EvidenceAction, c: OrderCase, lang: Lang, now: Date): EvidencePack {
  return evidenceFor(action, c, lang, now);
}
