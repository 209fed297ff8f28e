// Shared by the source scan (unit) and the bundle scan (browser stage): what counts as network code, and which
// addresses may appear in the extension at all (links the seller clicks to Amazon's own pages, nothing fetched).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const NETWORK_APIS: [string, RegExp][] = [
  ['fetch()', /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['WebTransport', /\bWebTransport\b/],
];

const AMAZON_TLDS = ['com', 'ca', 'com.mx', 'com.br', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'se', 'pl', 'com.be',
  'com.tr', 'co.jp', 'com.au', 'sg', 'ae', 'sa', 'eg', 'in'];
const SELLER_CENTRAL = new Set([...AMAZON_TLDS.map((t) => `sellercentral.amazon.${t}`), 'sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com']);
const AMAZON_SHOP = new Set(AMAZON_TLDS.map((t) => `www.amazon.${t}`));
/** XML namespace names that renderers compare against; they are identifiers, never requested. */
const NAMESPACES = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xlink', 'http://www.w3.org/XML/1998/namespace']);

const URL_RE = /\bhttps?:\/\/[^\s"'`<>)\]\\]*/g;

/** Why `url` may appear, or null when it may not: https Seller Central pages, Amazon help pages, namespaces. */
export function allowedUrl(url: string): string | null {
  if (NAMESPACES.has(url)) return 'xml namespace';
  // A URL built in code for the marketplace's own Seller Central host.
  if (/^https:\/\/\$\{sellerCentralHost\(/.test(url)) return 'seller central (built)';
  // A scheme with no host after it ("https://…" in a comment about link finding) names no address.
  if (/^https?:\/\/(?:…|\.\.\.)?$/.test(url)) return 'no host';
  let u: URL;
  try { u = new URL(url); } catch { return null; }
  if (u.protocol !== 'https:') return null;
  if (SELLER_CENTRAL.has(u.hostname)) return 'seller central';
  if (AMAZON_SHOP.has(u.hostname) && /^\/(gp\/help|help)\//.test(u.pathname)) return 'amazon help';
  return null;
}

export interface Hit { file: string; line: number; what: string; text: string }

export interface ScanOptions {
  /** Minified bundles rename functions: there, a URL whose host is built in code (`https://${…}`) is not an
   *  address at all (the source scan has already checked which helper builds it). */
  interpolatedHosts?: boolean;
}

export function scanText(file: string, text: string, opts: ScanOptions = {}): Hit[] {
  const hits: Hit[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [what, re] of NETWORK_APIS) if (re.test(line)) hits.push({ file, line: i + 1, what, text: line.trim().slice(0, 160) });
    for (const m of line.matchAll(URL_RE)) {
      if (opts.interpolatedHosts && /^https?:\/\/\$\{/.test(m[0])) continue;
      if (!allowedUrl(m[0])) hits.push({ file, line: i + 1, what: 'url', text: m[0] });
    }
  });
  return hits;
}

export function filesUnder(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p); else if (exts.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function scanDir(dir: string, exts: RegExp, opts?: ScanOptions): Hit[] {
  return filesUnder(dir, exts).flatMap((f) => scanText(relative(dir, f), readFileSync(f, 'utf8'), opts));
}
