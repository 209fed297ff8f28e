// Praise handed over as what a review should say, with "write/say/comment that": "could you comment that the delivery
// was fast?" is review steering; the same verb about something other than a review is not.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';

const steers = (text: string) => check(text).some((f) => f.kind === 'review-manipulation');

describe('what the review should say, handed over', () => {
  it('is review manipulation in several languages', () => {
    for (const text of ['If you leave a review, could you write that the packing was careful?',
      'Si deja una opinión, ¿podría comentar que el envío fue rápido?',
      'Se lasciate una recensione, potreste dire che la spedizione è stata veloce?',
      'Als u een review schrijft, wilt u dan zeggen dat de levering snel was?']) expect(steers(text), text).toBe(true);
  });

  it('is not when no review is in sight', () => {
    expect(steers('Comente que a entrega foi rápida no formulário da transportadora.')).toBe(false);
    expect(steers('Could you write that down for the courier: the door code is 4411.')).toBe(false);
  });
});
