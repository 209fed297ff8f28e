// The review model wired into the check (src/check/review-model/hit.ts): a sentence it is sure steers the buyer's
// review, in words no frame names, is blocked with the 'review-steer' hint and the neutral request as its rewrite;
// a draft the frames already flag gets no second finding from it; a review merely named gets none.
import { describe, expect, it } from 'vitest';
import { check, mustChange } from '../../src/check/index.ts';

const steer = (text: string) => check(text).filter((f) => f.kind === 'review-manipulation');

describe('review steering the frames do not name', () => {
  it.each([
    ['pt', 'Ficaríamos felizes se a sua avaliação contasse como resolvemos rápido.'],
    ['en', "We'd love it if your review reflected our quick fix — and maybe tell your friends too."],
  ])('%s: blocked by the model, with the neutral request as the rewrite', (lang, text) => {
    const found = steer(text);
    expect(found.map((f) => f.reason)).toEqual(['review-steer']);
    expect(found[0]!.severity).toBe('block');
    expect(found[0]!.fix?.action).toBe('rewrite');
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
    expect(mustChange(check(text, { draftLang: lang }))).toBe(true);
  });

  it('a draft the frames already flag gets no second finding from the model', () => {
    const found = steer('If you leave us a 5-star review, we will refund 20% of your order.');
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((f) => f.reason === 'review-steer')).toBe(false);
  });

  it.each([
    'Thank you for your review. We are sorry the strap broke and have sent a replacement today.',
    'You are welcome to leave an honest review on Amazon whenever you like.',
    'Vielen Dank für Ihre Bewertung. Der Ersatz ist bereits unterwegs.',
    '感谢您的评价，我们已经为您补发了新的商品。',
    'Obrigado pela sua avaliação. O reembolso foi processado hoje.',
    // A review only told of: read and passed on, or what a reviewer said, with nothing asked of the buyer.
    'Hemos leído su opinión y la hemos trasladado a nuestro equipo para mejorar el embalaje.',
    'いただいたレビューを拝読し、梱包改善のためチームに共有いたしました。',
    'Le client qui a laissé un avis a indiqué que la taille est petite, voici donc le guide des tailles.',
    'Yorum yapan müşteri bedenin küçük geldiğini belirtmiş, beden tablosunu gönderiyorum.',
    'Ihre Rezension hat uns geholfen, eine fehlerhafte Charge zu finden, danke.',
  ])('a review merely named is not steered: %s', (text) => {
    expect(steer(text)).toEqual([]);
  });
});
