// @vitest-environment jsdom
// The checker loads after first paint: until it has run, the reply must not be insertable nor shown as clean.
import { afterEach, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/model.ts';

const gate = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => { open = resolve; });
  return { opened, open: () => open() };
});

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).browser }));
vi.mock('../../src/check/index.ts', async () => {
  await gate.opened;
  return { check: (text: string): Finding[] => (text.includes('http') ? [{ kind: 'link', text: 'http', start: 0, end: 4, severity: 'block', rule: 'MSG-PROHIBITED' }] : []) };
});

import { answer } from './fake-browser.ts';
import { all, mount, settle, type Rendered } from './render.ts';
import { t } from '../../src/rules/text.ts';
import { joinReadings } from '../../src/rules/join.ts';
import type { OrderId, PageReading } from '../../src/model.ts';
import { App } from '../../src/popup/App.tsx';
import { I18nContext, i18nFor } from '../../src/ui/i18n.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';

let view: Rendered | null = null;
afterEach(() => { view?.unmount(); view = null; });

it('keeps Insert off and says it is checking until the checker has loaded', async () => {
  // Built without fixtures.ts: that module imports the checker, which this file holds back.
  const reading: PageReading = { kind: 'order-details', marketplace: 'US', uiLanguage: 'en', claims: [], messages: [], returns: [], missing: [],
    orders: [{ orderId: '113-4829137-5520614' as OrderId, status: 'shipped', purchaseDate: null, shipBy: null, deliverBy: null,
      shippedAt: null, deliveredAt: null, carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null,
      claimsProtected: null, fulfillment: null }] };
  const cases = joinReadings([reading]);
  const c = cases[0]!;
  answer(() => ({ tabId: 1, url: null, reading, cases, warnings: [], advice: [{
    orderId: c.orderId, action: 'share-tracking', severity: 'info', deadline: null, rules: [], title: t('share.title'),
    why: t('reply.topic.other'), doNot: [], replyLang: 'en',
  }] }));
  const i18n = await i18nFor('en', null);
  view = await mount(<I18nContext.Provider value={i18n}><App tabId={1} settings={SETTINGS_DEFAULTS} clock={() => new Date('2026-11-24T18:00:00Z')} /></I18nContext.Provider>);
  const root = view.container;
  const insert = () => all(root, '.reply__actions button').find((b) => b.textContent === 'Insert into reply box') as HTMLButtonElement;
  expect(root.querySelector('.reply__check')?.textContent).toBe('Checking the wording…');
  expect(insert().disabled).toBe(true);

  gate.open();
  await settle();
  expect(root.querySelector('.reply__check')?.textContent).toBe('Checked: nothing Amazon prohibits.');
  expect(insert().disabled).toBe(false);
});
