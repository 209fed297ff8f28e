// Right-to-left replies carry Latin names and ids (order id, tracking number, carrier). Without isolation the
// Unicode bidirectional algorithm lets such a run join its neutral neighbours (hyphens, brackets, a following Latin
// name), so an id can be shown split or two names in the wrong order. First-strong isolates keep each one a unit.
export const FSI = '\u2068';
export const PDI = '\u2069';

/** The value as one isolated run, laid out on its own direction inside the surrounding sentence. */
export function isolate(value: string): string {
  return `${FSI}${value}${PDI}`;
}
