// What the seller can do with a finding: take the span out, or, where the intent is allowed and only the wording
// is not (asking for a review), put a compliant sentence in its place. The neutral review request asks every
// buyer alike, for an honest review, with nothing in return.
import type { Finding } from '../model.ts';
import type { HintKey } from './hints.ts';
import { buyerLang, type BuyerLang } from '../words/langs.ts';

export const NEUTRAL_REVIEW_REQUEST: Readonly<Record<BuyerLang, string>> = {
  en: 'If you have a moment, an honest review of the product would help other buyers.',
  es: 'Si tiene un momento, una opinión sincera sobre el producto ayudaría a otros compradores.',
  fr: 'Si vous avez un moment, un avis sincère sur le produit aiderait les autres acheteurs.',
  de: 'Wenn Sie einen Moment Zeit haben, hilft eine ehrliche Bewertung des Produkts anderen Käufern.',
  it: 'Se ha un momento, una recensione sincera del prodotto aiuterebbe gli altri acquirenti.',
  ja: 'お時間がございましたら、商品の率直なレビューをいただけますと他のお客様の参考になります。',
  zh: '如果您有时间，欢迎对商品留下真实的评价，这会帮助其他买家。',
  pt: 'Se tiver um momento, uma avaliação sincera do produto ajudaria outros compradores.',
  nl: 'Als u even tijd heeft, helpt een eerlijke recensie van het product andere kopers.',
  pl: 'Jeśli znajdzie Pan/Pani chwilę, szczera opinia o produkcie pomoże innym kupującym.',
  sv: 'Om du har en stund hjälper ett ärligt omdöme om produkten andra köpare.',
  tr: 'Vaktiniz olursa, ürün hakkında dürüst bir değerlendirme diğer alıcılara yardımcı olur.',
  ar: 'إذا كان لديك وقت، فإن تقييمك الصادق للمنتج يساعد المشترين الآخرين.',
};

const REWRITTEN: ReadonlySet<HintKey> = new Set(['review-happy-only', 'review-positive', 'review-stars', 'review-incentive', 'review-steer']);

export function fixFor(hint: HintKey, draftLang: string): NonNullable<Finding['fix']> {
  if (REWRITTEN.has(hint)) return { action: 'rewrite', text: NEUTRAL_REVIEW_REQUEST[buyerLang(draftLang) ?? 'en'] };
  return { action: 'remove' };
}
