// Amounts as printed ("$64.99", "US$12.99", "1.850,00 €", "￥2,480", "£24.98") -> {value, currency}.
import type { Marketplace, Money } from '../model.ts';

const MARKETPLACE_CURRENCY: Record<Marketplace, string> = {
  US: 'USD', CA: 'CAD', MX: 'MXN', BR: 'BRL', UK: 'GBP', DE: 'EUR', FR: 'EUR', IT: 'EUR', ES: 'EUR', NL: 'EUR',
  SE: 'SEK', PL: 'PLN', BE: 'EUR', TR: 'TRY', JP: 'JPY', AU: 'AUD', SG: 'SGD', AE: 'AED', SA: 'SAR', EG: 'EGP',
  IN: 'INR',
};

export function currencyOf(marketplace: Marketplace): string {
  return MARKETPLACE_CURRENCY[marketplace];
}

// Longest first, so "US$" wins over "$". A bare "$" / "¥" / "kr" takes the marketplace's currency.
const SYMBOLS: [string, string | null][] = [
  ['US$', 'USD'], ['USD', 'USD'], ['CA$', 'CAD'], ['CDN$', 'CAD'], ['C$', 'CAD'], ['CAD', 'CAD'], ['MX$', 'MXN'],
  ['MXN', 'MXN'], ['R$', 'BRL'], ['BRL', 'BRL'], ['AU$', 'AUD'], ['A$', 'AUD'], ['AUD', 'AUD'], ['S$', 'SGD'],
  ['SGD', 'SGD'], ['GBP', 'GBP'], ['£', 'GBP'], ['EUR', 'EUR'], ['€', 'EUR'], ['JPY', 'JPY'], ['￥', null],
  ['¥', null], ['円', 'JPY'], ['INR', 'INR'], ['₹', 'INR'], ['Rs.', 'INR'], ['SEK', 'SEK'], ['kr', 'SEK'],
  ['PLN', 'PLN'], ['zł', 'PLN'], ['TRY', 'TRY'], ['TL', 'TRY'], ['₺', 'TRY'], ['AED', 'AED'], ['SAR', 'SAR'],
  ['EGP', 'EGP'], ['E£', 'EGP'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['$', null],
];

const NUMBER_RE = /-?\d[\d.,\s\u00a0\u202f']*/;

/** The amount in `text`, or null when it holds no number or no currency can be told. */
export function parseMoney(text: string | null | undefined, marketplace: Marketplace | null): Money | null {
  if (!text) return null;
  const num = NUMBER_RE.exec(text);
  if (!num) return null;
  const value = parseAmount(num[0].trim());
  if (value === null) return null;
  let currency: string | null = null;
  const rest = text.slice(0, num.index) + ' ' + text.slice(num.index + num[0].length);
  for (const [symbol, code] of SYMBOLS) {
    if (rest.includes(symbol)) {
      // A bare "$" or "¥" names no country: the marketplace's currency, or unknown without one.
      currency = code ?? (marketplace ? MARKETPLACE_CURRENCY[marketplace] : null);
      break;
    }
  }
  return currency ? { value, currency } : null;
}

function parseAmount(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0\u202f']/g, '');
  const lastDot = s.lastIndexOf('.'), lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal separator.
    normal = lastDot > lastComma ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    // One separator followed by exactly three digits groups thousands ("2,480", "1.850"); otherwise it is decimal.
    const grouping = parts.length > 2 || parts[parts.length - 1]!.length === 3;
    normal = grouping ? parts.join('') : parts.join('.');
  } else {
    normal = s;
  }
  const v = Number(normal.replace(/[.,]$/, ''));
  return Number.isFinite(v) ? v : null;
}
