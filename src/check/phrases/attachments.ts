// Attachments other than instructions, invoices or warranty documents (MSG-PROHIBITED). The checker sees only the
// text, so it warns when the text says something is attached and the same sentence names no allowed document.
import type { MappedText } from '../mapped-text.ts';
import type { Hit } from '../hit.ts';
import { anyOf, cjk, words } from './build.ts';
import { has, matches } from '../matches.ts';

const ATTACHED = anyOf([
  words('attached', 'attachments?', 'attaching', 'enclosed', 'anbei', 'angehängt', 'anhang', 'beigefügt', 'ci[-\\s]joint\\w*',
    'pièces?\\s+jointes?', 'en\\s+pj', 'adjunt\\p{L}*', 'archivos?\\s+adjuntos?', 'allegat\\p{L}*', 'allego', 'alleghiamo'),
  // 附上 / 随附 also mean "include" in running text ("附上追踪号"): an attachment only when a file follows.
  cjk('添付', '附件', '(?:附上|随附|附带)(?=[^，。！？]{0,6}(?:图片|照片|图|文件|目录|视频|表格|PDF|pdf|资料|手册|说明书|发票|保修))'),
]);

const ALLOWED_DOCUMENT = anyOf([
  words('invoices?', 'receipts?', 'bills?', 'manuals?', 'instructions?', '(?:user|setup|installation|quick\\s*start)\\s+guides?',
    'guides?', 'warrant(?:y|ies)', 'guarantee', '(?:return|shipping|prepaid)\\s+labels?', 'labels?', 'datasheets?',
    'rechnung\\w*', 'quittung', 'beleg\\w*', '\\p{L}*anleitung\\w*', 'gebrauchsanweisung', 'handbuch', 'garantie\\w*',
    'rücksendeetikett\\w*', 'etikett\\w*', 'facture\\w*', 'reçu', 'manuel\\w*', 'notice', 'mode\\s+d[\'’]emploi', 'étiquette\\w*',
    'factura\\w*', 'recibo', 'manual\\w*', 'instrucciones', 'garantía', 'etiqueta\\w*', 'fattura\\w*', 'ricevuta', 'manuale',
    'istruzioni', 'garanzia', 'etichett\\w*'),
  cjk('請求書', '領収書', '納品書', '説明書', 'マニュアル', '保証書', 'ラベル', 'インボイス', '发票', '發票', '收据', '说明书',
    '手册', '保修', '质保', '标签', '使用说明'),
]);


const FILE_EXTENSION = /\.(?:jpe?g|png|gif|webp|heic|bmp|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp4|mov|avi)(?![\p{L}\p{N}])/giu;
const FILE_NAME_CHAR = /[\p{L}\p{N}_-]/u;

const SENTENCE_END = /[.!?;。！？；\n]/u;

// A sentence is looked at no further than this on either side: a long run without punctuation and with many
// "attached" in it would otherwise be read again for each of them.
const REACH = 300;

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const lo = Math.max(0, start - REACH);
  while (a > lo && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = end;
  const hi = Math.min(text.length, end + REACH);
  // A file name's own dots do not end the sentence; the search starts after the match.
  while (b < hi && !SENTENCE_END.test(text[b]!)) b++;
  return text.slice(a, b);
}

export function findAttachments(view: MappedText): Hit[] {
  const text = view.text;
  const hits: Hit[] = [];
  const push = (s: number, e: number) => hits.push({ start: view.from[s]!, end: view.to[e - 1]!, kind: 'attachment',
    rule: 'MSG-PROHIBITED', severity: 'warn', hint: 'attachment' });
  ATTACHED.lastIndex = 0;
  for (const m of matches(ATTACHED, text)) {
    const end = m.index + m[0].length;
    if (!has(ALLOWED_DOCUMENT, sentenceAround(text, m.index, end))) push(m.index, end);
  }
  // A file name ends in one of a few extensions: find those, then walk back to where the name starts (scanning
  // every word for a dot and an extension was the slowest part of this check).
  for (const m of matches(FILE_EXTENSION, text)) {
    let start = m.index;
    while (start > 0 && FILE_NAME_CHAR.test(text[start - 1]!)) start--;
    if (start === m.index || (start > 0 && text[start - 1] === '.')) continue;
    const end = m.index + m[0].length;
    if (!has(ALLOWED_DOCUMENT, text.slice(start, end).replace(/[_-]/g, ' '))) push(start, end);
  }
  return hits;
}
