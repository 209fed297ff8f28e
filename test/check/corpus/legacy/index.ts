import type { CorpusEntry, CorpusLang } from './types.ts';
import { en } from './en.ts';
import { de } from './de.ts';
import { fr } from './fr.ts';
import { es } from './es.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { zh } from './zh.ts';

export type { CorpusEntry, CorpusLang } from './types.ts';

export const LEGACY: Record<CorpusLang, CorpusEntry[]> = { en, de, fr, es, it, ja, zh };
