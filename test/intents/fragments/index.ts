import type { Core, Fragments } from './types.ts';
import { EXTRA_A } from './extra-a.ts';
import { EXTRA_B } from './extra-b.ts';
import { EXTRA_C } from './extra-c.ts';
import { EXTRA_D } from './extra-d.ts';
import { EXTRA_E } from './extra-e.ts';
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

function withExtra(lang: string, f: Fragments): Fragments {
  const more = EXTRA_A[lang] ?? EXTRA_B[lang] ?? {};
  const c = EXTRA_C[lang];
  const core = Object.fromEntries(Object.entries(f.core).map(([intent, list]) =>
    [intent, [...list, ...(more[intent as keyof Core] ?? []), ...(EXTRA_D[lang]?.[intent as keyof Core] ?? []),
      ...(EXTRA_E[lang]?.[intent as keyof Core] ?? [])]])) as unknown as Core;
  return { ...f, core, indirect: c?.core ?? {}, neg: [...f.neg, ...(c?.neg ?? [])] };
}

const BASE = { en, es, fr, de, it, ja, zh, pt, nl, pl, sv, tr, ar };

export const FRAGMENTS = Object.fromEntries(Object.entries(BASE).map(([lang, f]) => [lang, withExtra(lang, f)])) as
  Readonly<Record<string, Fragments>> & { en: Fragments; ja: Fragments; zh: Fragments };
