import type { FindingKind } from '../../../../src/model.ts';

/**
 * One labelled seller draft. `expect` is the kind the checker must report (the message must not be sent as is);
 * no `expect` means the draft is acceptable and the checker must report nothing at all.
 */
export interface CorpusEntry {
  text: string;
  expect?: FindingKind;
  /** Defaults to 'block'. Attachments and emojis are warnings. */
  severity?: 'block' | 'warn';
}

export type CorpusLang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja' | 'zh';
