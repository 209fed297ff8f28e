// A Chinese popup shows the background's advice in Chinese: the same decisions, the words recomputed.
import { describe, expect, it } from 'vitest';
import { completeTabState } from '../../src/popup/complete-state.ts';
import { adviseCases, NO_WORDING } from '../../src/rules/engine.ts';
import { ZH } from '../../src/rules/lang/zh.ts';
import { joinReadings } from '../../src/rules/join.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import type { Advice, OrderId, PageReading } from '../../src/model.ts';

const id = '114-3941689-8772232' as OrderId;
const reading: PageReading = {
  kind: 'order-details', marketplace: 'US', uiLanguage: 'zh', claims: [], returns: [], missing: [],
  orders: [{ orderId: id, status: 'unshipped', purchaseDate: '2026-11-20T08:00:00-08:00', shipBy: '2026-11-23T00:00:00-08:00', deliverBy: '2026-12-01T00:00:00-08:00',
    shippedAt: null, deliveredAt: null, carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null, claimsProtected: null, fulfillment: 'MFN' }],
  messages: [{ orderId: id, from: 'buyer', sentAt: '2026-11-24T08:00:00-08:00', text: 'Where is my order? It has not shipped yet.' }],
};
const now = new Date('2026-11-24T18:00:00Z');
const decisions = (list: Advice[]) => list.map((a) => [a.orderId, a.action, a.deadline, a.severity, a.rules]);
const CJK = /[\u4e00-\u9fff]/u;

describe('completeTabState in Chinese', () => {
  const cases = joinReadings([reading]);
  const bare = adviseCases(cases, now, SETTINGS_DEFAULTS, NO_WORDING);
  const tab = { tabId: 1, url: null, reading, cases, advice: bare, warnings: [] };

  it('keeps the background\'s decisions and writes every text in Chinese, the reply still in the buyer\'s language', async () => {
    const done = await completeTabState(tab, SETTINGS_DEFAULTS, 'zh', now);
    expect(bare.length).toBeGreaterThan(1);
    expect(decisions(done.advice)).toEqual(decisions(bare));
    expect(done.advice.map((a) => a.title)).toEqual(adviseCases(cases, now, SETTINGS_DEFAULTS, NO_WORDING, ZH).map((a) => a.title));
    for (const a of done.advice) {
      for (const text of [a.title, a.why, ...a.doNot, ...(a.notes ?? [])]) expect(text).toMatch(CJK);
      expect(a.replyLang).toBe('en');
    }
    expect(done.advice.some((a) => a.reply?.lang === 'en' && a.reply.text.includes(id))).toBe(true);
  });

  it('keeps the English advice when the rerun decides differently (another moment)', async () => {
    const later = new Date('2026-12-20T18:00:00Z');
    expect(decisions(adviseCases(cases, later, SETTINGS_DEFAULTS, NO_WORDING))).not.toEqual(decisions(bare));
    const done = await completeTabState(tab, SETTINGS_DEFAULTS, 'zh', later);
    expect(done.advice.map((a) => [a.title, a.why, a.doNot, a.notes])).toEqual(bare.map((a) => [a.title, a.why, a.doNot, a.notes]));
  });

  it('leaves English and Japanese popups with the background\'s English text', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const done = await completeTabState(tab, SETTINGS_DEFAULTS, lang, now);
      expect(done.advice.map((a) => a.why)).toEqual(bare.map((a) => a.why));
    }
  });
});
