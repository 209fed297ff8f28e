// The live draft warning in Chromium, on every reply-box variant of the fixture pages: the Katal kat-textarea (real
// <textarea> in an open shadow root) of inbox-v3 threads and of the contact-buyer page, and the plain <textarea>
// of inbox-v2. The warning sits right after the box, shows what check() finds (MSG-PROHIBITED, OFF-AMAZON), follows
// the seller's typing and disappears when the box is empty. What it must show is check() on the same text.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { check } from '../../src/check/index.ts';
import { GUARD_WORDING, type GuardLang } from '../../src/content/reply-guard/wording.ts';
import { startHarness, type Harness } from './harness.ts';
import { fixturePage, interceptPages, referencePage, splitRoutes } from './pages-helpers.ts';
import { CHECKER_PATH } from '../../src/content/reply-guard/load.ts';
import { root } from '../../scripts/lib/sites.mjs';

const THREAD_US = referencePage('messages-thread-us');
const THREAD_DE = referencePage('messages-thread-de');
const INBOX_V2 = fixturePage('messages-inbox-v2-eu-it');
const CONTACT = fixturePage('contact-buyer-us');
const THREAD_ZH = fixturePage('messages-thread-zh');
const { server, intercepted } = splitRoutes([THREAD_US, THREAD_DE, INBOX_V2, CONTACT, THREAD_ZH]);

const WARNING = 'div[data-claimwise="reply-guard"]';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(server);
  await interceptPages(h, intercepted);
});
afterAll(async () => { await h?.close(); });

interface Shown { hosts: number; hidden: boolean; after: string; title: string; kinds: string[]; found: string[] }

/** The warning as the seller sees it: where it sits, its title, one line per finding. */
async function warning(page: Page): Promise<Shown> {
  return page.evaluate((selector) => {
    const hosts = [...document.querySelectorAll(selector)];
    const host = hosts[0];
    const prev = host?.previousElementSibling;
    const items = [...(host?.shadowRoot?.querySelectorAll('[data-testid="finding"]') ?? [])];
    return {
      hosts: hosts.length,
      hidden: !host || Boolean((host as HTMLElement).hidden) || !(host as HTMLElement).checkVisibility(),
      after: prev ? `${prev.localName}#${prev.id}` : '',
      title: host?.shadowRoot?.querySelector('.title')?.textContent ?? '',
      kinds: items.map((i) => i.getAttribute('data-kind') ?? ''),
      found: items.map((i) => i.querySelector('.found')?.textContent ?? ''),
    };
  }, WARNING);
}

/** What the warning must say for `text`: check() in the guard's language. */
function expectedFor(text: string, lang: GuardLang) {
  const findings = check(text, { lang });
  return {
    kinds: findings.map((f) => f.kind),
    found: findings.map((f) => f.text),
    title: findings.some((f) => f.severity === 'block') ? GUARD_WORDING[lang].mustChange : GUARD_WORDING[lang].checkFirst,
  };
}

/** Replace the box's text the way a seller would: select all, delete, type. */
async function retype(page: Page, box: string, text: string): Promise<void> {
  await page.locator(box).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

async function expectWarning(page: Page, text: string, lang: GuardLang, after: string): Promise<void> {
  const want = expectedFor(text, lang);
  expect(want.kinds.length, 'the text must have something to find').toBeGreaterThan(0);
  await expect.poll(async () => (await warning(page)).kinds, { timeout: 5_000 }).toEqual(want.kinds);
  const shown = await warning(page);
  expect(shown).toMatchObject({ hosts: 1, hidden: false, after, title: want.title, found: want.found });
}

async function expectNoWarning(page: Page): Promise<void> {
  await expect.poll(async () => (await warning(page)).hidden, { timeout: 5_000 }).toBe(true);
  const shown = await warning(page);
  expect(shown.hosts).toBeLessThanOrEqual(1);
  expect(shown.kinds).toEqual([]);
}

const email = 'Sorry for the trouble! Email me at sam.porter@northwind-mail.com or WhatsApp me on +1 415 555 0142 and I will sort it out.';

describe('kat-textarea in an inbox-v3 thread (messages-thread-us)', () => {
  let page: Page;
  const box = 'kat-textarea#reply-box textarea';

  it('the draft already in the box (an outside link) is flagged right after the box', async () => {
    page = await h.openPage(THREAD_US.url);
    const draft = await page.locator(box).inputValue();
    expect(draft).toContain('https://www.northwindgoods-help.com/lost-package');
    await expectWarning(page, draft, 'en', 'kat-textarea#reply-box');
    expect((await warning(page)).kinds).toContain('link');
    await h.screenshot(page, 'reply-warning.thread-us.draft');
  });

  it('typing a new text with an email and a WhatsApp number updates it; the text stays as typed', async () => {
    await retype(page, box, email);
    await expectWarning(page, email, 'en', 'kat-textarea#reply-box');
    const kinds = (await warning(page)).kinds;
    expect(kinds).toEqual(expect.arrayContaining(['email', 'messaging-app', 'phone']));
    expect(kinds).not.toContain('link');
    expect(await page.locator(box).inputValue()).toBe(email);
    await h.screenshot(page, 'reply-warning.thread-us.typed');
  });

  it('clearing the box hides it', async () => {
    await retype(page, box, '');
    await expectNoWarning(page);
    await page.close();
  });
});

describe('plain <textarea> in an inbox-v2 thread (messages-inbox-v2-eu-it)', () => {
  it('no warning for the clean draft; one after the textarea once an email is typed; none once cleared', async () => {
    const page = await h.openPage(INBOX_V2.url);
    const box = 'textarea#reply-text-area';
    const draft = await page.locator(box).inputValue();
    expect(draft.length).toBeGreaterThan(0);
    expect(check(draft)).toEqual([]);
    await expectNoWarning(page);
    const text = 'Grazie Chiara! Scrivimi a chiara.help@example.it per il rimborso.';
    await retype(page, box, text);
    await expectWarning(page, text, 'en', 'textarea#reply-text-area');
    await h.screenshot(page, 'reply-warning.inbox-v2.typed');
    await retype(page, box, '');
    await expectNoWarning(page);
    await page.close();
  });
});

describe('kat-textarea on the contact-buyer page (contact-buyer-us)', () => {
  it('the phone number in the draft is flagged; a clean rewrite hides the warning', async () => {
    const page = await h.openPage(CONTACT.url);
    const box = 'kat-textarea#ayb-message textarea';
    const draft = await page.locator(box).inputValue();
    await expectWarning(page, draft, 'en', 'kat-textarea#ayb-message');
    expect((await warning(page)).kinds).toContain('phone');
    await h.screenshot(page, 'reply-warning.contact-buyer.draft');
    const whatsapp = 'Hello Lorraine, your order will ship tomorrow. Message me on WhatsApp +1 614 555 0172.';
    await retype(page, box, whatsapp);
    await expectWarning(page, whatsapp, 'en', 'kat-textarea#ayb-message');
    await retype(page, box, 'Hello Lorraine, your order 112-9920374-5518263 will ship tomorrow.');
    await expectNoWarning(page);
    await page.close();
  });
});

describe('the warning speaks the Seller Central UI language', () => {
  it('Chinese UI (messages-thread-zh): empty box, then a WeChat id and an email', async () => {
    const page = await h.openPage(THREAD_ZH.url);
    const box = 'kat-textarea#reply-box textarea';
    expect(await page.locator(box).inputValue()).toBe('');
    await expectNoWarning(page);
    const text = '您好，请加我微信 wxid_northwind88 或发邮件到 help@northwind.cn，我们马上处理。';
    await retype(page, box, text);
    await expectWarning(page, text, 'zh', 'kat-textarea#reply-box');
    await h.screenshot(page, 'reply-warning.thread-zh.typed');
    await page.close();
  });

  it('English UI on amazon.de (messages-thread-de): a German text with an email is flagged in English', async () => {
    const page = await h.openPage(THREAD_DE.url);
    const box = 'kat-textarea#reply-box textarea';
    await expectNoWarning(page);
    const text = 'Guten Tag Herr Hartmann, schreiben Sie mir bitte an service@gusseisen-shop.de, dann ändern wir die Adresse.';
    await retype(page, box, text);
    await expectWarning(page, text, 'en', 'kat-textarea#reply-box');
    await page.close();
  });
});


describe('the checker is a module of its own, loaded by the content script where a reply box shows', () => {
  const built = `${root}dist/chrome/`;
  const manifest = JSON.parse(readFileSync(`${built}manifest.json`, 'utf8')) as {
    content_scripts: { matches: string[]; js: string[] }[];
    web_accessible_resources: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  };

  it('is web-accessible to the Seller Central hosts only, under a per-session URL', () => {
    const shared = manifest.web_accessible_resources.filter((w) => w.resources.includes(CHECKER_PATH));
    expect(shared).toHaveLength(1);
    expect([...shared[0]!.matches].sort()).toEqual([...manifest.content_scripts[0]!.matches].sort());
    expect(shared[0]!.use_dynamic_url).toBe(true);
  });

  it('is not inside the content script, which only imports it', () => {
    const content = readFileSync(`${built}${manifest.content_scripts[0]!.js[0]!}`, 'utf8');
    const checker = readFileSync(`${built}${CHECKER_PATH}`, 'utf8');
    // A label only the checker's findings use: present in the module, absent from the entry.
    expect(checker).toContain('Outside link');
    expect(content).not.toContain('Outside link');
    expect(content).toMatch(/import\(chrome\.runtime\.getURL\(/);
  });
});
