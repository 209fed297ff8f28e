// Where each guard goes: beside the costly controls read/ knows (selectors/controls.ts). A guard is only drawn
// where its control is on the page; no control, no guard.
import type { Guard } from '../../messaging.ts';
import { GUARD_CONTROLS } from '../../read/selectors/controls.ts';

const SELECTORS: Record<Guard['kind'], readonly string[]> = GUARD_CONTROLS;

/** The elements to place a guard after, outermost only, in page order. */
export function guardTargets(doc: Document, guard: Guard): Element[] {
  const found = SELECTORS[guard.kind].flatMap((s) => [...doc.querySelectorAll(s)]);
  const unique = [...new Set(found)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}
