// @vitest-environment jsdom
// Advice that rests on an unsure reading of the buyer's message says so at the top of the item, in the screen's
// language, with the runner-up; the seller's choice of what the message asks takes it away.
import { afterEach, describe, expect, it } from 'vitest';
import { mount, settle, type Rendered } from './render.ts';
import { AdviceItem } from '../../src/popup/components/AdviceItem.tsx';
import { adviseCases, NO_WORDING } from '../../src/words/advice/advise.ts';
import { DE } from '../../src/words/advice/de.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import { messageKey, withIntentOverrides } from '../../src/rules/storable.ts';
import type { OrderCase } from '../../src/model.ts';
import type { WordedAdvice } from '../../src/words/advice/word.ts';
import { caseOf } from '../rules/builders.ts';

const NOW = new Date('2026-11-24T18:00:00Z');
let view: Rendered | null = null;
afterEach(() => { view?.unmount(); view = null; });

/** An unshipped order whose buyer message was read, unsure, as a cancellation (maybe: where is my order). */
function unsureCancel(): OrderCase {
  const c = caseOf({ order: { status: 'unshipped', shipBy: '2026-11-26T00:00:00-08:00' }, messages: [['buyer', '2026-11-24T08:15:00-08:00', 'x']] });
  c.messages[0] = { ...c.messages[0]!, intents: ['cancel'], unsure: true, runnerUp: 'where-is-my-order' };
  return c;
}

const show = async (a: WordedAdvice) => {
  view = await mount(<AdviceItem advice={a} now={NOW} marketplace="US" onSelectOrder={null} replySelected={false} onShowReply={null} />);
  await settle();
  return view.container;
};

describe('the doubt in the advice', () => {
  it('is shown first, with the runner-up, and not again among the notes', async () => {
    const advice = adviseCases([unsureCancel()], NOW, SETTINGS_DEFAULTS, NO_WORDING);
    const first = advice[0]!;
    expect(first.action).toBe('confirm-facts');
    expect(first.doubt?.runnerUp).toBe('where-is-my-order');
    const el = await show(first);
    expect(el.querySelector('[data-testid="next-action"]')!.getAttribute('data-unsure')).toBe('true');
    const doubt = el.querySelector('[data-testid="advice-doubt"]')!;
    expect(doubt.textContent).toMatch(/^Claimwise is not sure what the buyer asks \(maybe: where the order is\)/);
    expect(doubt.getAttribute('data-runner-up')).toBe('where-is-my-order');
    const notes = [...el.querySelectorAll('.advice__notes li')].map((li) => li.textContent);
    expect(notes).not.toContain(doubt.textContent);
  });

  it('speaks the screen\'s language', () => {
    const [first] = adviseCases([unsureCancel()], NOW, SETTINGS_DEFAULTS, NO_WORDING, DE);
    expect(first!.doubt?.note).toMatch(/^Claimwise ist nicht sicher, was der Käufer möchte \(vielleicht: wo die Sendung ist\)/);
  });

  it('is gone once the seller says what the message asks', async () => {
    const c = unsureCancel();
    const fixed = withIntentOverrides([c], { [messageKey(c.orderId, c.messages[0]!)]: ['cancel'] });
    const advice = adviseCases(fixed, NOW, SETTINGS_DEFAULTS, NO_WORDING);
    expect(advice[0]!.action).toBe('cancel-on-request');
    expect(advice.every((a) => a.doubt === undefined)).toBe(true);
    const el = await show(advice[0]!);
    expect(el.querySelector('[data-testid="advice-doubt"]')).toBeNull();
    expect(el.querySelector('[data-testid="next-action"]')!.hasAttribute('data-unsure')).toBe(false);
  });
});
