import type { Lang } from '../record.ts';
import type { MeaningDraft } from './types.ts';
import { AR } from './ar.ts';
import { DE } from './de.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';
import { IT } from './it.ts';
import { JA } from './ja.ts';
import { NL } from './nl.ts';
import { PL } from './pl.ts';
import { PT } from './pt.ts';
import { SV } from './sv.ts';
import { TR } from './tr.ts';
import { ZH } from './zh.ts';

export type { MeaningDraft } from './types.ts';

export const MEANING: Record<Lang, MeaningDraft[]> = {
  en: EN, es: ES, fr: FR, de: DE, it: IT, ja: JA, zh: ZH, pt: PT, nl: NL, pl: PL, sv: SV, tr: TR, ar: AR,
};
