import type { Fragments } from './types.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { sv } from './sv.ts';
import { tr } from './tr.ts';
import { zh } from './zh.ts';

export const FRAGMENTS: Readonly<Record<string, Fragments>> & { en: Fragments; ja: Fragments; zh: Fragments } =
  { en, es, fr, de, it, ja, zh, pt, nl, pl, sv, tr, ar };
