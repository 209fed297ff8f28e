import type { Lang } from '../record.ts';
import type { Kit } from './kit.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { de } from './de.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { zh } from './zh.ts';
import { pt } from './pt.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { sv } from './sv.ts';
import { tr } from './tr.ts';
import { ar } from './ar.ts';

export const KITS: Record<Lang, Kit> = { en, es, fr, de, it, ja, zh, pt, nl, pl, sv, tr, ar };
