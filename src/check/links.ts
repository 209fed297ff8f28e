// Links and email addresses (MSG-PROHIBITED: links to outside sites, email addresses; OFF-AMAZON), found by
// linkify-it in the de-obfuscated view. Amazon's own domains are not findings unless spelled with look-alike letters.
import { LinkifyIt } from 'linkify-it';
import { classifyHost, hostOf, isAmazonHost } from './domains.ts';
import { hasConfusable } from './normalize.ts';
import type { Edit, MappedText } from './mapped-text.ts';
import { ruleFor, type Hit } from './hit.ts';
import { matches } from './matches.ts';

// Top-level domains seen on shop, landing and scam sites, on top of linkify's defaults (com, net, org, info,
// shop, ... and every two-letter country code).
const EXTRA_TLDS = ['app', 'dev', 'xyz', 'top', 'online', 'site', 'store', 'club', 'vip', 'link', 'click', 'live',
  'life', 'world', 'today', 'space', 'website', 'tech', 'fun', 'icu', 'buzz', 'cloud', 'blog', 'page', 'email',
  'help', 'support', 'company', 'services', 'deals', 'sale', 'mobi', 'one', 'art', 'design', 'studio', 'group',
  'team', 'news', 'media', 'digital', 'network', 'center', 'zone', 'best', 'cool', 'win', 'work', 'ink', 'global',
  'home', 'family', 'market', 'tips', 'guide', 'repair', 'care', 'kitchen', 'tools', 'direct', 'express', 'plus',
  '中国', '中國', '公司', '网络', '网址', '在线', '商城', '网店', '购物', 'コム', 'みんな', 'ストア', 'ショップ'];

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, urlAuth: true }).tlds(EXTRA_TLDS, true);

// A spelled-out "dot" only makes an address when what follows is a top-level domain people write that way; this
// keeps "a small dot in the middle" and "el punto de venta" from becoming domains.
const SPELLED_TLDS = new Set(['com', 'net', 'org', 'info', 'biz', 'shop', 'store', 'online', 'site', 'xyz', 'top',
  'io', 'co', 'cn', 'jp', 'uk', 'eu', 'us', 'ca', 'au', 'hk', 'tw', 'app', 'club', 'vip']);
const SPELLED_TLDS_BY_WORD: Record<string, readonly string[]> = {
  punkt: ['de', 'at', 'ch', 'se'], point: ['fr', 'be', 'ch'], punto: ['es', 'it', 'mx'], ponto: ['br', 'pt'], dot: ['de', 'fr', 'es', 'it', 'nl', 'pl', 'se', 'tr'],
  punt: ['nl', 'be'], kropka: ['pl'], nokta: ['tr'], 'نقطة': ['sa', 'ae', 'eg'],
};

// Web mail providers: "name at gmail dot com" is an address even when "at" is spelled out.
const MAIL_PROVIDERS = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|gmx|web|t-online|freenet|orange|free|laposte|sfr|wanadoo|libero|virgilio|alice|tiscali|qq|163|126|139|sina|sohu|foxmail|yeah|aliyun|docomo|ezweb|softbank|i\.softbank|au|proton|protonmail|pm|mail|yandex|zoho|naver|daum)\./;

// "Contact us at shop dot com": before a spelled-out "at", a pronoun is not a mailbox name.
const PRONOUN = /^(?:us|me|we|you|him|her|them|it|uns|mich|mir|nous|moi|nos|noi|ci|mi|me)$/i;

function overlapping(edits: Edit[], start: number, end: number): Edit[] {
  return edits.filter((e) => e.start < end && e.end > start);
}

function spelledTldOk(edits: Edit[], host: string): boolean {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  for (const e of edits) {
    if (!e.tag.startsWith('word-dot:')) continue;
    const word = e.tag.slice('word-dot:'.length);
    const ok = SPELLED_TLDS.has(tld) || (SPELLED_TLDS_BY_WORD[word === '.' ? 'dot' : word] ?? []).includes(tld);
    if (!ok) return false;
  }
  return true;
}

/** "order.It will ship": a sentence typed without a space, not a domain. */
function looksLikeSentenceBreak(raw: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:|^www\.|[/?#@]/i.test(raw)) return false;
  const dot = raw.lastIndexOf('.');
  if (dot <= 0 || raw.indexOf('.') !== dot) return false;
  return /\p{Ll}/u.test(raw[dot - 1]!) && /\p{Lu}/u.test(raw[dot + 1] ?? '') && !/\p{Lu}/u.test(raw.slice(dot + 2));
}

// A link or an address never contains white space and always contains a dot or an "@": only such words go
// through linkify, which is the slowest step of the checker on a whole draft. Words are taken whole (\S+), never
// searched for a dot from every start, which was quadratic on a long run without one.
const HAS_MARK = /[\p{L}\p{N}][.@][\p{L}\p{N}]|^(?:https?|ftp|mailto):|^www\./iu;
const LINKISH = /[\p{L}\p{N}][.@]|[.@][\p{L}\p{N}]/u;
// Chinese and Japanese put no space between a link and the sentence around it ("请看官网https://…", "info@x.jpまで").
const CJK_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}、。，！？：；（）「」]+:?/u;
const NOT_CJK = /[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}、。，！？：；（）「」]+/gu;

type LinkMatch = { schema: string; index: number; lastIndex: number; raw: string; url: string };

// The reply box checks the whole draft again after every pause in typing, and the same address comes back each
// time: what linkify found in a word is kept (bounded), offsets relative to the word.
const WORD_CACHE_SIZE = 512;
const wordCache = new Map<string, LinkMatch[]>();

function matchWord(word: string, at: number, out: LinkMatch[]): void {
  let found = wordCache.get(word);
  if (!found) {
    found = [];
    matchWordUncached(word, 0, found);
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
    wordCache.set(word, found);
  }
  for (const m of found) out.push({ ...m, index: at + m.index, lastIndex: at + m.lastIndex });
}

function matchWordUncached(word: string, at: number, out: LinkMatch[]): void {
  const found = linkify.match(word);
  if (found) {
    for (const m of found) out.push({ schema: m.schema, index: at + m.index, lastIndex: at + m.lastIndex, raw: m.raw, url: m.url });
    return;
  }
  if (!CJK_RUN.test(word)) return;
  // No link in the word as a whole: try its Latin parts alone (an IDN domain in Chinese is caught above).
  for (const part of matches(NOT_CJK, word)) {
    const text = part[0].replace(/^:/, '');
    const offset = part[0].length - text.length;
    if (!LINKISH.test(text)) continue;
    for (const m of linkify.match(text) ?? []) {
      out.push({ schema: m.schema, index: at + part.index + offset + m.index, lastIndex: at + part.index + offset + m.lastIndex, raw: m.raw, url: m.url });
    }
  }
}

// Every word that passes HAS_MARK has one of these: they are found first and widened to the word around them, so
// a long draft is not cut into every one of its words.
const MARK = /[.@:]/g;

/** JavaScript's \s, by code unit. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function linkMatches(text: string): LinkMatch[] {
  const out: LinkMatch[] = [];
  let done = 0;
  for (const mark of matches(MARK, text)) {
    if (mark.index < done) continue;
    let a = mark.index;
    while (a > done && !isSpace(text.charCodeAt(a - 1))) a--;
    let b = mark.index;
    while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
    done = b;
    MARK.lastIndex = b;
    const word = text.slice(a, b);
    if (HAS_MARK.test(word) && LINKISH.test(word)) matchWord(word, a, out);
  }
  return out;
}

export function findLinks(view: MappedText, edits: Edit[], original: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of linkMatches(view.text)) {
    const here = overlapping(edits, m.index, m.lastIndex);
    const span = (a: number, b: number) => ({ start: view.from[a]!, end: view.to[b - 1]! });
    if (m.schema === 'mailto:') {
      const offset = m.raw.toLowerCase().startsWith('mailto:') ? 7 : 0;
      const address = m.raw.slice(offset);
      const at = address.lastIndexOf('@');
      const domain = address.slice(at + 1).toLowerCase();
      const domainStart = m.index + offset + at + 1;
      const spelledAt = here.some((e) => e.tag === 'word-at');
      const local = address.slice(0, at);
      const strong = !spelledAt || (!PRONOUN.test(local) && (/[._\d]/.test(local) || MAIL_PROVIDERS.test(domain) ||
        overlapping(edits, domainStart, m.lastIndex).some((e) => e.tag === 'dot' || e.tag.startsWith('word-dot'))));
      if (strong && spelledTldOk(here, domain)) {
        hits.push({ ...span(m.index, m.lastIndex), kind: 'email', rule: 'MSG-PROHIBITED', severity: 'block', hint: 'email' });
        continue;
      }
      // "we at northwind.com": not an address, but still a website.
      const linkEdits = overlapping(edits, domainStart, m.lastIndex);
      if (!isAmazonHost(domain) && spelledTldOk(linkEdits, domain)) {
        const c = classifyHost(domain);
        hits.push({ ...span(domainStart, m.lastIndex), kind: c.kind, rule: ruleFor(c.kind), severity: 'block', hint: c.hint });
      }
      continue;
    }
    const host = hostOf(m.url);
    if (!host) continue;
    if (!spelledTldOk(here, host)) continue;
    if (m.schema === '' && here.length === 0 && looksLikeSentenceBreak(m.raw)) continue;
    const where = span(m.index, m.lastIndex);
    if (isAmazonHost(host)) {
      if (hasConfusable(original.slice(where.start, where.end))) {
        hits.push({ ...where, kind: 'link', rule: 'MSG-PROHIBITED', severity: 'block', hint: 'link-lookalike' });
      }
      continue;
    }
    const c = classifyHost(host, m.raw);
    hits.push({ ...where, kind: c.kind, rule: ruleFor(c.kind), severity: 'block', hint: c.hint });
  }
  return hits;
}
