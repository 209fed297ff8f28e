// The twelve reference pages under random damage (see mutate.ts): readPage never throws and never invents a value.
import { describe, it } from 'vitest';
import { referencePages } from '../read-fixtures/pages.ts';
import { assertCleanRead, assertReadsUnderDamage, runsFor } from './fuzz-page.ts';

describe.each(referencePages().map((p) => [p.name, p] as const))('reference page %s', (_name, page) => {
  it('reads cleanly and leaves the page untouched', () => assertCleanRead(page));
  it('survives random damage without inventing values', () => assertReadsUnderDamage(page, runsFor(page)));
});
