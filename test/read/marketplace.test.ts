// Marketplace for every host, from the page on combined hosts; UI language.
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { detectKind } from '../../src/read/kind.ts';
import { detectLanguage } from '../../src/read/language.ts';
import { detectMarketplace, marketplaceFromHost, marketplaceFromId, marketplaceFromStore } from '../../src/read/marketplace.ts';
import { page, readHtml } from './helpers.ts';

const HOSTS = [
  ['sellercentral.amazon.com', 'US'], ['sellercentral.amazon.ca', 'CA'], ['sellercentral.amazon.com.mx', 'MX'],
  ['sellercentral.amazon.com.br', 'BR'], ['sellercentral.amazon.co.uk', 'UK'], ['sellercentral.amazon.de', 'DE'],
  ['sellercentral.amazon.fr', 'FR'], ['sellercentral.amazon.it', 'IT'], ['sellercentral.amazon.es', 'ES'],
  ['sellercentral.amazon.nl', 'NL'], ['sellercentral.amazon.se', 'SE'], ['sellercentral.amazon.pl', 'PL'],
  ['sellercentral.amazon.com.be', 'BE'], ['sellercentral.amazon.com.tr', 'TR'], ['sellercentral.amazon.co.jp', 'JP'],
  ['sellercentral.amazon.com.au', 'AU'], ['sellercentral.amazon.sg', 'SG'], ['sellercentral.amazon.ae', 'AE'],
  ['sellercentral.amazon.sa', 'SA'], ['sellercentral.amazon.eg', 'EG'], ['sellercentral.amazon.in', 'IN'],
] as const;

describe('marketplace from the host', () => {
  it.each(HOSTS)('%s -> %s', (host, mp) => {
    expect(marketplaceFromHost(host)).toBe(mp);
    const url = `https://${host}/orders-v3`;
    expect(detectMarketplace(loadPage(page('<div id="MYO-app"></div>'), url), new URL(url), 'order-list')).toBe(mp);
  });

  it('combined hosts have no marketplace of their own', () => {
    expect(marketplaceFromHost('sellercentral-europe.amazon.com')).toBeNull();
    expect(marketplaceFromHost('sellercentral-japan.amazon.com')).toBeNull();
  });
});

describe('marketplace from the page', () => {
  const EU = 'https://sellercentral-europe.amazon.com';
  const detect = (body: string, url: string) => {
    const u = new URL(url);
    return detectMarketplace(loadPage(page(body), url), u, detectKind(u));
  };

  it('order details: the sales channel', () => {
    const body = '<span data-test-id="order-summary-sales-channel-value">Amazon.de</span>';
    expect(detect(body, `${EU}/orders-v3/order/304-1234567-1234567`)).toBe('DE');
    expect(detect(body.replace('Amazon.de', 'Amazon.co.uk'), `${EU}/orders-v3/order/203-1234567-1234567`)).toBe('UK');
  });

  it('messages: the thread header, which also wins over a single-marketplace host (consolidated EU inbox)', () => {
    const body = '<div id="thread-view"><span class="a-color-secondary">Marketplace: </span><span class="thread-marketplace">Amazon.fr</span></div>';
    expect(detect(body, `${EU}/messaging/inbox-v3?ss=171-5529083-4470126`)).toBe('FR');
    expect(detect(body, 'https://sellercentral.amazon.de/messaging/inbox-v3?ss=171-5529083-4470126')).toBe('FR');
  });

  it('a non-Amazon sales channel says nothing', () => {
    const body = '<span data-test-id="order-summary-sales-channel-value">Non-Amazon</span>';
    expect(detect(body, 'https://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567')).toBe('US');
    expect(detect(body, `${EU}/orders-v3/order/304-1234567-1234567`)).toBeNull();
  });

  it('the navbar switcher: marketplace id, else the country name in any UI language', () => {
    const byId = '<div id="partner-switcher"><ul><li class="dropdown-account-switcher-list-item selected" data-marketplace-id="APJ6JRA9NG5V4">Italy</li></ul></div>';
    expect(detect(byId, `${EU}/orders-v3`)).toBe('IT');
    for (const [name, mp] of [['Germany', 'DE'], ['Deutschland', 'DE'], ['德国', 'DE'], ['スペイン', 'ES'], ['日本', 'JP'], ['United Kingdom', 'UK']]) {
      const body = `<span class="dropdown-account-switcher-header-label-regional">${name}</span>`;
      expect(detect(body, `${EU}/orders-v3`), name).toBe(mp);
    }
  });

  it('the legacy marketplace picker', () => {
    const body = '<select id="sc-mkt-picker-switcher-select"><option value="A1F83G8C2ARO7P">Shop - United Kingdom</option><option value="A1PA6795UKMFR9" selected>Shop - Germany</option></select>';
    expect(detect(body, `${EU}/orders-v3`)).toBe('DE');
    const byName = '<select id="sc-mkt-picker-switcher-select"><option value="" selected>Shop - France</option></select>';
    expect(detect(byName, `${EU}/orders-v3`)).toBe('FR');
  });

  it('nothing on a combined host: null, listed in missing', () => {
    const reading = readHtml(page('<div id="MYO-app"><div class="myo-table-container"><table id="orders-table"><tbody></tbody></table></div></div>'), `${EU}/orders-v3`);
    expect(reading.marketplace).toBeNull();
    expect(reading.missing).toContain('marketplace');
  });

  it('store domains and marketplace ids', () => {
    expect(marketplaceFromStore('Amazon.com.mx')).toBe('MX');
    expect(marketplaceFromStore('Amazon.co.jp')).toBe('JP');
    expect(marketplaceFromStore('Amazon.com.be')).toBe('BE');
    expect(marketplaceFromStore('Amazon.com')).toBe('US');
    expect(marketplaceFromId('A1VC38T7YXB528')).toBe('JP');
    expect(marketplaceFromId('nope')).toBeNull();
  });
});

describe('UI language', () => {
  const lang = (html: string) => detectLanguage(loadPage(html, 'https://sellercentral.amazon.com/home'));
  it.each([['en-US', 'en'], ['en-GB', 'en'], ['zh-CN', 'zh'], ['ja-JP', 'ja'], ['de-DE', 'de'], ['fr', 'fr'], ['zh_TW', 'zh']])(
    '<html lang="%s"> -> %s', (tag, want) => {
      expect(lang(`<html lang="${tag}"><body></body></html>`)).toBe(want);
    });

  it('falls back to the language switcher', () => {
    const select = '<select id="sc-lang-switcher-header-select"><option value="en_US">English</option><option value="zh_CN" selected>中文</option></select>';
    expect(lang(`<html><body>${select}</body></html>`)).toBe('zh');
  });

  it('null when neither says', () => {
    expect(lang('<html><body></body></html>')).toBeNull();
  });
});

describe('marketplace from page labels when the markup is unknown', () => {
  const EU = 'https://sellercentral-europe.amazon.com';
  it('"Sales channel: Amazon.it" on an order page, "Marketplace: Amazon.es" in a thread', () => {
    const order = readHtml(page('<div id="MYO-app"><span data-test-id="order-id-value">403-1108826-5573019</span><div><span>Sales channel:</span> Amazon.it</div></div>'),
      `${EU}/orders-v3/order/403-1108826-5573019`);
    expect(order.marketplace).toBe('IT');
    const thread = readHtml(page('<div id="thread-view"><div><span>Marketplace:</span> <b>Amazon.es</b></div></div>'),
      `${EU}/messaging/inbox-v3?ss=405-1108826-5573019`);
    expect(thread.marketplace).toBe('ES');
  });

  it('a legacy picker whose options name store domains', () => {
    const body = '<select id="sc-mkt-picker-switcher-select"><option value="www.amazon.fr" selected>Shop - www.amazon.fr</option></select>';
    expect(readHtml(page(`<div id="MYO-app">${body}</div>`), `${EU}/orders-v3`).marketplace).toBe('FR');
  });
});
