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
const stems = all.filter((w) => !UNSPACED.test(w) && !w.includes(' '));
const phrases = all.filter((w) => !UNSPACED.test(w) && w.includes(' ')).map((w) => ` ${w}`);
const unspaced = all.filter((w) => UNSPACED.test(w));
const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/** The message names an invoice (asks for one, or about one): it wants an answer about it. A Latin word counts by its
 * start ("Rechnungsadresse" is about the invoice too, "prefacture" is not). */
export function asksInvoice(text: string): boolean {
  const folded = foldText(text).text;
  if (unspaced.some((w) => folded.includes(w))) return true;
  const words = folded.split(WORD_BREAK);
  if (words.some((w) => stems.some((s) => w.startsWith(s)))) return true;
  const spaced = ` ${words.join(' ')}`;
  return phrases.some((p) => spaced.includes(p));
}
