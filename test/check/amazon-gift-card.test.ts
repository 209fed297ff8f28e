// Amazon's own gift card is how Amazon pays money back ("zurück auf Ihr Gutscheinkonto"), not a seller's voucher; one
// handed over as thanks for a review is the seller's gift all the same, whoever issued the card.
import { describe, expect, it } from 'vitest';
import { check, mustChange } from '../../src/check/index.ts';

describe('an Amazon gift card', () => {
  it('named as the way a refund goes back passes', () => {
    for (const text of ['Da Sie mit einem Amazon-Gutschein bezahlt haben, geht die Erstattung zurück auf Ihr Gutscheinkonto.',
      'The refund will go back to your Amazon gift card balance.', 'Le remboursement sera crédité sur votre solde de carte cadeau Amazon.'])
      expect(mustChange(check(text)), text).toBe(false);
  });

  it('handed over as thanks for a review is flagged', () => {
    for (const text of ['Als Dank für Ihre Bewertung erhalten Sie einen Amazon-Gutschein.',
      'As a thank-you for your review we will send you an Amazon gift card.'])
      expect(mustChange(check(text)), text).toBe(true);
  });
});
