// The building blocks one language's training drafts are composed from (compose.ts). Names, numbers, addresses,
// sites and shops are fictional.
import type { CheckKind } from '../record.ts';

/** [kinds ('+'-joined), 'h' for hard or '' for plain, tag, text with {P} {E} {U} {O} {T} {M} {D} slots] */
export type BlockTemplate = [string, 'h' | '', string, string];
/** ['h' or '', tag, text] */
export type CleanTemplate = ['h' | '', string, string];

export interface Kit {
  greet: string[];
  close: string[];
  /** Values each slot cycles through: phones, emails, links, order ids, tracking ids, money, dates. */
  slots: Partial<Record<'P' | 'E' | 'U' | 'O' | 'T' | 'M' | 'D', string[]>>;
  block: BlockTemplate[];
  clean: CleanTemplate[];
}

export function kinds(spec: string): CheckKind[] {
  return spec.split('+') as CheckKind[];
}
