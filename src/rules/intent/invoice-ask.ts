// A buyer who asks for an invoice (often a VAT invoice, beside another ask: "change the address, and I need an
// invoice with VAT") waits for that answer too, whatever step the other ask leads to. Sending an invoice is a
// permitted message (MSG-PERMITTED). The word for an invoice in each marketplace language, folded as text-map.ts
// folds: Latin words by their start, Arabic (which joins its article and prepositions), Japanese and Chinese anywhere.
// Adding a language starts here.
import type { BuyerLang } from '../../words/langs.ts';
import { foldText } from './text-map.ts';

const INVOICE: Readonly<Record<BuyerLang, readonly string[]>> = {
  en: ['invoice', 'vat receipt', 'tax receipt'],
  de: ['rechnung'],
  fr: ['facture'],
  es: ['factura'],
  it: ['fattura'],
  pt: ['nota fiscal', 'fatura'],
  nl: ['factuur'],
  pl: ['faktur'],
  sv: ['faktura', 'momskvitto'],
  tr: ['fatura'],
  ar: ['فاتوره'],
  ja: ['領収書', '請求書', 'インボイス', '適格請求書'],
  zh: ['发票', '發票'],
};

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}]/u;
const all = Object.values(INVOICE).flat();
const spaced = all.filter((w) => !UNSPACED.test(w));
const unspaced = all.filter((w) => UNSPACED.test(w));
// Preceded by the start or a non-letter: "Rechnungsadresse" is an invoice word too (a billing address is still about
// the invoice), "prefacture" would not be.
const SPACED = new RegExp(`(?:^|[^\\p{L}])(?:${spaced.join('|')})`, 'u');

/** The message names an invoice (asks for one, or about one): it wants an answer about it. */
export function asksInvoice(text: string): boolean {
  const folded = foldText(text).text;
  return SPACED.test(folded) || unspaced.some((w) => folded.includes(w));
}
