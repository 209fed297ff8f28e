// The background sends advice without wording and the draft unchecked; the popup fills both in.
import { describe, expect, it } from 'vitest';
import { completeTabState } from '../../src/popup/complete-state.ts';
import { decideCases } from '../../src/rules/engine.ts';
import { advise } from '../../src/rules/index.ts';
import { joinReadings } from '../../src/rules/join.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import type { OrderId, PageReading } from '../../src/model.ts';

const id = '305-8841206-3370156' as OrderId;
const reading: PageReading = {
  kind: 'messages', marketplace: 'DE', uiLanguage: 'en', claims: [], returns: [], missing: [],
  orders: [{ orderId: id, status: 'unshipped', purchaseDate: null, shipBy: '2026-11-25T00:00:00+01:00', deliverBy: '2026-12-01T00:00:00+01:00',
    shippedAt: null, deliveredAt: null, carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null, claimsProtected: null, fulfillment: 'MFN' }],
  messages: [{ orderId: id, from: 'buyer', sentAt: '2026-11-23T10:00:00+01:00',
    text: 'Guten Tag, können Sie die Bestellung bitte an eine neue Lieferadresse schicken? Ich ziehe um.' }],
  draft: 'Schreiben Sie mir an info@example.de',
};
const now = new Date('2026-11-24T18:00:00Z');

describe('completeTabState', () => {
  it('fills the same wording the CLI gives, in the buyer language, and checks the page draft', async () => {
    const cases = joinReadings([reading]);
    const bare = decideCases(cases, now, SETTINGS_DEFAULTS);
    const done = await completeTabState({ tabId: 1, url: null, reading, cases, advice: bare, warnings: [] }, SETTINGS_DEFAULTS, 'en', now);
    const full = advise(cases, now, SETTINGS_DEFAULTS);
    expect(done.advice.map((a) => a.reply)).toEqual(full.map((a) => a.reply));
    expect(done.advice.some((a) => a.reply?.lang === 'de' && a.reply.text.includes(id))).toBe(true);
    expect(done.warnings.map((w) => w.kind)).toContain('email');
  });
});
