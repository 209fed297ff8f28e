// Links and email addresses (MSG-PROHIBITED: links to outside sites, email addresses; OFF-AMAZON), found by
// linkify-it in the de-obfuscated view. Amazon's own domains are not findings unless spelled with look-alike letters.
import { LinkifyIt } from 'linkify-it';
import { classifyHost, hostOf, isAmazonHost, namedMarketplace, type HostClass } from './domains.ts';
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
  '中国', '中國', '公司', '网络', '网址', '在线', '商城', '网店', '购物', 'コム', 'みんな', 'ストア', 'ショップ',
  // RFC 2606's name for examples: a made-up address written into a draft is still an address to the buyer.
  'example'];

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, urlAuth: true }).tlds(EXTRA_TLDS, true);

// A spelled-out "dot" only makes an address when what follows is a top-level domain people write that way; this
// keeps "a small dot in the middle" and "el punto de venta" from becoming domains.
const SPELLED_TLDS = new Set(['com', 'net', 'org', 'info', 'biz', 'shop', 'store', 'online', 'site', 'xyz', 'top',
  'io', 'co', 'cn', 'jp', 'uk', 'eu', 'us', 'ca', 'au', 'hk', 'tw', 'app', 'club', 'vip']);
const SPELLED_TLDS_BY_WORD: Record<string, readonly string[]> = {
  punkt: ['de', 'at', 'ch', 'se'], point: ['fr', 'be', 'ch'], punto: ['es', 'it', 'mx'], ponto: ['br', 'pt'], dot: ['de', 'fr', 'es', 'it', 'nl', 'pl', 'se', 'tr'],
  punt: ['nl', 'be'], kropka: ['pl'], nokta: ['tr'], 'نقطة': ['sa', 'ae', 'eg'],
  // a real dot with spaces around it ("example . be"): any marketplace's country
  '.': ['de', 'fr', 'es', 'it', 'nl', 'pl', 'se', 'tr', 'be', 'at', 'ch', 'pt', 'br', 'mx', 'sa', 'ae', 'eg', 'ie'],
};

// Web mail providers: "name at gmail dot com" is an address even when "at" is spelled out.
const MAIL_PROVIDERS = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|gmx|web|t-online|freenet|orange|free|laposte|sfr|wanadoo|libero|virgilio|alice|tiscali|qq|163|126|139|sina|sohu|foxmail|yeah|aliyun|docomo|ezweb|softbank|i\.softbank|au|proton|protonmail|pm|mail|yandex|zoho|naver|daum)\./;

// "Contact us at shop dot com": before a spelled-out "at", a pronoun is not a mailbox name.
const PRONOUN = /^(?:us|me|we|you|him|her|them|it|uns|mich|mir|nous|moi|nos|noi|ci|mi|me)$/i;

function overlapping(edits: Edit[], start: number, end: number): Edit[] {
  return edits.filter((e) => e.start < end && e.end > start);
}

function spelledTldOk(edits: Edit[], host: string, address = false): boolean {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  for (const e of edits) {
    if (!e.tag.startsWith('word-dot:')) continue;
    const word = e.tag.slice('word-dot:'.length);
    // RFC 2606's example domain spelled out only in a whole address ("info at shop dot example"): "a dot example" is prose
    const ok = SPELLED_TLDS.has(tld) || (SPELLED_TLDS_BY_WORD[word] ?? []).includes(tld) || (address && tld === 'example');
    if (!ok) return false;
  }
  return true;
}

// "org.nr 559555-0123", "momsreg.nr SE5595…", "Art.Nr. 4471": "nr" is "number", the label of the number after it,
// not Nauru's domain.
const NUMBER_LABEL = /^\p{L}{1,12}\.nr\.?$/iu;
const NUMBER_NEXT = /^\.?\s*(?:[:#]\s*)?(?:(?:är|is|ist|lautet|jest|er|:)\s+)?[A-Z]{0,4}[\s-]?\d/iu;

/** "order.It will ship": a sentence typed without a space, not a domain. */
function looksLikeSentenceBreak(raw: string): boolean {
  // "see step 3.Example below": a numbered step, not a host named by RFC 2606's example domain
  if (/^\d+\.example$/i.test(raw)) return true;
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

/** A link found in a word, offsets relative to the word, with what its host is (worked out once per word). */
interface WordLink extends LinkMatch {
  /** Lower-cased host of a web link (null for an address or an unreadable link). */
  host: string | null;
  amazon: boolean;
  /** What a link to a non-Amazon host is. */
  cls: HostClass | null;
}

// The reply box checks the whole draft again after every pause in typing, and the same address comes back each
// time: what linkify found in a word, and what its host is, is kept (bounded).
const WORD_CACHE_SIZE = 512;
const wordCache = new Map<string, WordLink[]>();

function linksInWord(word: string): WordLink[] {
  let found = wordCache.get(word);
  if (!found) {
    const raw: LinkMatch[] = [];
    matchWordUncached(word, 0, raw);
    found = raw.map((m) => {
      const host = m.schema === 'mailto:' ? null : hostOf(m.url);
      const amazon = host !== null && isAmazonHost(host);
      return { ...m, host, amazon, cls: host !== null && !amazon ? classifyHost(host, m.raw) : null };
    });
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
    wordCache.set(word, found);
  }
  return found;
}

// A label glued to the address before it: "mail:info@…", "E-Mail:info@…", "Web:shop.example" (linkify reads the label as
// an unknown scheme and finds nothing).
const LABEL_PREFIX = /^[\p{L}-]{1,12}:+(?!\/\/)/u;
// A host that runs Japanese or Chinese into Latin letters ("返品はamazon.co.jp"): the sentence around a link, not an IDN.
const MIXED_HOST = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}][A-Za-z0-9]/u;

function matchWordUncached(word: string, at: number, out: LinkMatch[]): void {
  const found = linkify.match(word);
  if (found && !found.some((m) => MIXED_HOST.test(m.raw))) {
    for (const m of found) out.push({ schema: m.schema, index: at + m.index, lastIndex: at + m.lastIndex, raw: m.raw, url: m.url });
    return;
  }
  const label = found ? null : LABEL_PREFIX.exec(word);
  if (label && label[0].length < word.length) { matchWordUncached(word.slice(label[0].length), at + label[0].length, out); return; }
  if (!CJK_RUN.test(word)) {
    if (found) for (const m of found) out.push({ schema: m.schema, index: at + m.index, lastIndex: at + m.lastIndex, raw: m.raw, url: m.url });
    return;
  }
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

// Every word that passes LINKISH has a "." or "@" beside a letter or digit: those marks are found first and widened
// to the word around them, so a long draft is not cut into every one of its words. A mark with white space on both
// sides, or at a sentence's end, starts no link.
const MARK = /[.@]/g;

/** JavaScript's \s, by code unit. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Is the unit at `i` a letter or a digit (as \p{L}\p{N} reads it)? */
function isWordUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  // A letter outside the Basic Multilingual Plane: read the whole code point.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return LETTER_OR_DIGIT.test(text.slice(i - 1, i + 1));
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** Each link in `text`, with the word it was found in. */
function linkMatches(text: string, take: (link: WordLink, at: number) => void): void {
  let done = 0;
  MARK.lastIndex = 0;
  for (let mark = MARK.exec(text); mark; mark = MARK.exec(text)) {
    const i = mark.index;
    if (i < done || !(isWordUnit(text, i - 1) || isWordUnit(text, i + 1))) continue;
    let a = i;
    while (a > done && !isSpace(text.charCodeAt(a - 1))) a--;
    let b = i;
    while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
    done = b;
    MARK.lastIndex = b;
    const word = text.slice(a, b);
    if (HAS_MARK.test(word) && LINKISH.test(word)) for (const link of linksInWord(word)) take(link, a);
  }
  MARK.lastIndex = 0;
}

export function findLinks(view: MappedText, edits: Edit[], original: string): Hit[] {
  const hits: Hit[] = [];
  linkMatches(view.text, (link, at) => {
    const index = at + link.index;
    const lastIndex = at + link.lastIndex;
    const here = overlapping(edits, index, lastIndex);
    const start = view.from[index]!;
    const end = view.to[lastIndex - 1]!;
    if (link.schema === 'mailto:') {
      const offset = link.raw.toLowerCase().startsWith('mailto:') ? 7 : 0;
      const address = link.raw.slice(offset);
      const atSign = address.lastIndexOf('@');
      const domain = address.slice(atSign + 1).toLowerCase();
      const domainStart = index + offset + atSign + 1;
      const spelledAt = here.some((e) => e.tag === 'word-at');
      const local = address.slice(0, atSign);
      const strong = !spelledAt || (!PRONOUN.test(local) && (/[._\d]/.test(local) || MAIL_PROVIDERS.test(domain) ||
        overlapping(edits, domainStart, lastIndex).some((e) => e.tag === 'dot' || e.tag.startsWith('word-dot'))));
      if (strong && spelledTldOk(here, domain, true)) {
        hits.push({ start, end, kind: 'email', rule: 'MSG-PROHIBITED', severity: 'block', hint: 'email' });
        return;
      }
      // "we at northwind.com": not an address, but still a website.
      const linkEdits = overlapping(edits, domainStart, lastIndex);
      if (!isAmazonHost(domain) && spelledTldOk(linkEdits, domain)) {
        const c = classifyHost(domain);
        hits.push({ start: view.from[domainStart]!, end, kind: c.kind, rule: ruleFor(c.kind), severity: 'block', hint: c.hint });
      }
      return;
    }
    const host = link.host;
    if (!host) return;
    if (!spelledTldOk(here, host)) return;
    if (link.schema === '' && here.length === 0 && looksLikeSentenceBreak(link.raw)) return;
    if (link.schema === '' && NUMBER_LABEL.test(link.raw) && NUMBER_NEXT.test(view.text.slice(lastIndex, lastIndex + 24))) return;
    if (link.amazon) {
      if (hasConfusable(original.slice(start, end))) {
        hits.push({ start, end, kind: 'link', rule: 'MSG-PROHIBITED', severity: 'block', hint: 'link-lookalike' });
      }
      return;
    }
    if (link.schema === '' && namedMarketplace(link.raw, host)) return;
    const c = link.cls!;
    hits.push({ start, end, kind: c.kind, rule: ruleFor(c.kind), severity: 'block', hint: c.hint });
  });
  return hits;
}
