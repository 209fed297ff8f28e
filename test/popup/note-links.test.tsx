// @vitest-environment jsdom
// "Sources differ" notes: each Amazon page is a link the seller can open; other sites stay plain text.
import { afterEach, describe, expect, it } from 'vitest';
import { mount, settle, type Rendered } from './render.ts';
import { AdviceItem } from '../../src/popup/components/AdviceItem.tsx';
import { adviseCases, NO_WORDING } from '../../src/words/advice/advise.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import { caseOf } from '../rules/builders.ts';

let view: Rendered | null = null;
afterEach(() => { view?.unmount(); view = null; });

describe('advice notes with sources', () => {
  it('links the Amazon pages of a US refund note and leaves the reports as text', async () => {
    const now = new Date('2026-11-24T18:00:00Z');
    const c = caseOf({ returns: [{ status: 'received', receivedAt: '2026-11-23T10:00:00-08:00', reason: 'Bought by mistake' }] });
    const advice = adviseCases([c], now, SETTINGS_DEFAULTS, NO_WORDING).find((a) => a.action === 'refund-return')!;
    view = await mount(<AdviceItem advice={advice} now={now} marketplace="US" onSelectOrder={null} replySelected={false} onShowReply={null} />);
    await settle();
    const notes = view.container.querySelector('.advice__notes')!;
    const differ = [...notes.querySelectorAll('li')].find((li) => li.textContent.startsWith('Sources differ (US-REFUND-4D)'))!;
    const links = [...differ.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200708210',
      'https://sellercentral.amazon.com/gp/help/external/help-page.html?itemID=202072200',
    ]);
    expect(differ.textContent).toContain('www.ecomcrew.com/amazon-fbm-refund-policy-update-2026/');
    expect(differ.textContent).toBe(advice.notes!.find((n) => n.startsWith('Sources differ'))!);
  });
});
