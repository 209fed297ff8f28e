// Arabic replies are read right to left with Latin ids inside. The Unicode bidirectional algorithm (bidi-js, the
// algorithm browsers apply) lays each reply out here: every id must keep its own left-to-right shape, and ids must
// follow one another in right-to-left reading order, as the sentence names them.
import bidiFactory from 'bidi-js';
import { describe, expect, it } from 'vitest';
import type { OrderCase } from '../../src/model.ts';
import { BUYER_ACTIONS, replyFor } from '../../src/replies/index.ts';
import { FSI, PDI } from '../../src/words/buyer/bidi.ts';
import { fullCase, kase, ORDER_ID } from './cases.ts';

const bidi = bidiFactory();
const TRACKING = '1Z4A87V20398215649';
const CARRIER = 'UPS';
const IDS = [ORDER_ID, TRACKING, CARRIER];

/** Where each character of `line` lands, counted from the left edge, in a right-to-left paragraph. */
function visualColumns(line: string): number[] {
  const order = bidi.getReorderedIndices(line, bidi.getEmbeddingLevels(line, 'rtl'));
  const column: number[] = [];
  order.forEach((logical, visual) => { column[logical] = visual; });
  return column;
}

/** Problems with how the ids in `line` are laid out: split or reversed ids, or ids out of reading order. */
function layoutProblems(line: string, ids: readonly string[]): string[] {
  const column = visualColumns(line);
  const found = ids.flatMap((id) => {
    const at: { id: string; start: number }[] = [];
    for (let i = line.indexOf(id); i >= 0; i = line.indexOf(id, i + 1)) at.push({ id, start: i });
    return at;
  }).sort((a, b) => a.start - b.start);
  const problems: string[] = [];
  for (const { id, start } of found) {
    const cols = [...id].map((_, k) => column[start + k]!);
    if (cols.some((c, k) => k > 0 && c !== cols[k - 1]! + 1)) problems.push(`${id} is not shown left to right in one piece`);
  }
  for (let k = 1; k < found.length; k++) {
    const before = found[k - 1]!;
    const after = found[k]!;
    if (column[after.start]! > column[before.start]!) problems.push(`${after.id} shows to the right of ${before.id}, which comes first`);
  }
  return problems;
}

const shippedCase = (): OrderCase => kase({ marketplace: 'SA' }, {
  status: 'shipped', shippedAt: '2026-11-16T00:00:00+03:00', deliverBy: '2026-11-23T00:00:00+03:00',
  carrier: CARRIER, trackingId: TRACKING,
});
const withQuestion = (c: OrderCase): OrderCase =>
  ({ ...c, messages: [...c.messages, { orderId: ORDER_ID, from: 'buyer', sentAt: null, text: '' }] });

describe('the layout check', () => {
  it('catches ids that run together without isolation, and passes the same sentence isolated', () => {
    const bare = `رقم التتبع ${TRACKING} ${CARRIER}`;
    expect(layoutProblems(bare, IDS)).toEqual([`${CARRIER} shows to the right of ${TRACKING}, which comes first`]);
    const isolated = `رقم التتبع ${FSI}${TRACKING}${PDI} ${FSI}${CARRIER}${PDI}`;
    expect(layoutProblems(isolated, IDS)).toEqual([]);
  });

  it('catches an id split by the paragraph direction, and passes it isolated', () => {
    // After Arabic, digits stay a right-to-left number and the space beside them follows the paragraph: a tracking
    // id written "123 ABC" shows as "ABC 123" unless it is isolated.
    expect(layoutProblems('رقم الشحنة 123 ABC', ['123 ABC'])).toEqual(['123 ABC is not shown left to right in one piece']);
    expect(layoutProblems(`رقم الشحنة ${FSI}123 ABC${PDI}`, ['123 ABC'])).toEqual([]);
  });
});

describe('Arabic replies', () => {
  const cases: [string, () => OrderCase][] = [
    ['delivered', () => withQuestion(fullCase('SA'))],
    ['in transit', () => withQuestion(shippedCase())],
  ];

  for (const action of BUYER_ACTIONS) {
    for (const [name, make] of cases) {
      it(`${action} / ${name}: every id isolated, each shown whole and in reading order`, () => {
        const text = replyFor(action, make(), 'ar')?.text ?? '';
        expect(text).toContain(ORDER_ID);
        expect(text.split(FSI).length, 'isolates open and close in pairs').toBe(text.split(PDI).length);
        for (const id of IDS) {
          for (let i = text.indexOf(id); i >= 0; i = text.indexOf(id, i + 1)) {
            expect(text[i - 1], `${id} opens an isolate`).toBe(FSI);
            expect(text[i + id.length], `${id} closes its isolate`).toBe(PDI);
          }
        }
        for (const line of text.split('\n')) expect(layoutProblems(line, IDS), line).toEqual([]);
      });
    }
  }

  it('names the tracking id and the carrier where the order has them', () => {
    const text = replyFor('share-tracking', withQuestion(shippedCase()), 'ar')?.text ?? '';
    expect(text).toContain(`${FSI}${TRACKING}${PDI}`);
    expect(text).toContain(`${FSI}${CARRIER}${PDI}`);
  });
});
