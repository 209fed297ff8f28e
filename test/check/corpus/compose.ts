// Writes the training split of the pre-send check corpus (train/<lang>.jsonl, docs/labels.md) from the
// per-language building blocks in kits/, the hand-written drafts of the first seven languages (legacy/), and the
// hand-written drafts by meaning in every language (meaning/), and the drafts for the causes of the retired sets'
// misses and false alarms (causes.ts, causes-5.ts, causes-6.ts, causes-8.ts), and review manipulation in wording the
// checker had not seen (causes-9.ts).
//   node --import tsx test/check/corpus/compose.ts
// Each template is written in six frames (with or without a greeting and a closing) and with six values of its
// slot (a phone number written six ways, an email address disguised six ways, ...), so one template yields six
// drafts that differ where the checker looks.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type DraftRecord, type Lang } from './record.ts';
import { kinds, type Kit } from './kits/kit.ts';
import { KITS } from './kits/index.ts';
import { LEGACY } from './legacy/index.ts';
import { PROBES } from './probes.ts';
import { WEAK_KINDS } from './weak-kinds.ts';
import { CAUSES } from './causes.ts';
import { CAUSES_5 } from './causes-5.ts';
import { CAUSES_6 } from './causes-6.ts';
import { CAUSES_8 } from './causes-8.ts';
import { CAUSES_9 } from './causes-9.ts';
import { MEANING } from './meaning/index.ts';
import type { CorpusEntry } from './legacy/types.ts';

const VARIANTS = 6;

function frame(kit: Kit, text: string, v: number): string {
  const g = kit.greet[v % kit.greet.length]!;
  const c = kit.close[v % kit.close.length]!;
  switch (v % VARIANTS) {
    case 0: return text;
    case 1: return `${g} ${text}`;
    case 2: return `${text}\n${c}`;
    case 3: return `${g}\n${text}\n${c}`;
    case 4: return `${kit.greet[(v + 1) % kit.greet.length]!} ${text}`;
    default: return `${text} ${kit.close[(v + 1) % kit.close.length]!}`;
  }
}

function fill(kit: Kit, text: string, v: number): string {
  return text.replace(/\{([PEUOTMD])\}/g, (_, slot: keyof Kit['slots']) => {
    const values = kit.slots[slot];
    if (!values?.length) throw new Error(`slot ${slot} has no values`);
    return values[v % values.length]!;
  });
}

/** In the hand-written files, one draft per line; everything from "harder cases" on was written to be hard. */
function firstHardIndex(lang: Lang): number {
  const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'legacy', `${lang}.ts`), 'utf8').split('\n');
  let entries = 0;
  for (const line of source) {
    if (line.includes('// ---- harder cases ----')) return entries;
    if (line.startsWith('  { ')) entries++;
  }
  return entries;
}

const RELABEL: Record<string, DraftRecord['kinds'][number]> = { '新商品のカタログを添付いたしました。': 'marketing' };

const SLOT_TAGS = ['plain', 'intl', 'words', 'spaced', 'emoji-digits', 'separators'];

export function compose(lang: Lang): DraftRecord[] {
  const kit = KITS[lang];
  const out: DraftRecord[] = [];
  let n = 0;
  const id = () => `${lang}-t${String(++n).padStart(3, '0')}`;
  for (const [spec, hard, tag, text] of kit.block) {
    for (let v = 0; v < VARIANTS; v++) {
      const tags = [tag];
      if (text.includes('{P}')) tags.push(`phone-${SLOT_TAGS[v]}`);
      out.push({ id: id(), lang, text: frame(kit, fill(kit, text, v), v), mustBlock: true, kinds: kinds(spec),
        hard: hard === 'h' || (text.includes('{P}') && v >= 2), tags });
    }
  }
  for (const [hard, tag, text] of kit.clean) {
    for (let v = 0; v < VARIANTS; v++) {
      out.push({ id: id(), lang, text: frame(kit, fill(kit, text, v), v), mustBlock: false, kinds: [], hard: hard === 'h', tags: [tag] });
    }
  }
  const legacy: CorpusEntry[] = LEGACY[lang as keyof typeof LEGACY] ?? [];
  const firstHard = legacy.length ? firstHardIndex(lang) : 0;
  legacy.forEach((e, i) => {
    // Attachments and emojis are warnings: the draft may be sent, so it is labelled clean.
    // A catalogue of new products is promotion however it is sent; "chat with me privately" moves the buyer off
    // Amazon like a chat app does (docs/labels.md has no kind "other").
    const relabel = RELABEL[e.text];
    const blocks = relabel !== undefined || (e.expect !== undefined && (e.severity ?? 'block') === 'block' && e.expect !== 'attachment');
    const kind = relabel ?? (e.expect === 'other' ? 'messaging-app' : e.expect);
    out.push({ id: `${lang}-h${String(i + 1).padStart(3, '0')}`, lang, text: e.text, mustBlock: blocks,
      kinds: blocks ? [kind as DraftRecord['kinds'][number]] : [], hard: i >= firstHard,
      tags: ['hand-written', ...(e.expect && !blocks ? ['warn-only'] : [])] });
  });
  PROBES.filter(([l]) => l === lang).forEach(([, spec, text], i) => {
    out.push({ id: `${lang}-p${String(i + 1).padStart(3, '0')}`, lang, text, mustBlock: spec !== '', kinds: spec ? kinds(spec) : [],
      hard: true, tags: ['hand-written', 'probe'] });
  });
  WEAK_KINDS.filter(([l]) => l === lang).forEach(([, spec, text], i) => {
    out.push({ id: `${lang}-w${String(i + 1).padStart(3, '0')}`, lang, text, mustBlock: spec !== '', kinds: spec ? kinds(spec) : [],
      hard: true, tags: ['hand-written', 'weak-kind'] });
  });
  CAUSES.filter(([l]) => l === lang).forEach(([, spec, text], i) => {
    out.push({ id: `${lang}-c${String(i + 1).padStart(3, '0')}`, lang, text, mustBlock: spec !== '', kinds: spec ? kinds(spec) : [],
      hard: true, tags: ['hand-written', 'cause'] });
  });
  CAUSES_5.filter(([l]) => l === lang).forEach(([, spec, text], i) => {
    out.push({ id: `${lang}-r${String(i + 1).padStart(3, '0')}`, lang, text, mustBlock: spec !== '', kinds: spec ? kinds(spec) : [],
      hard: true, tags: ['hand-written', 'cause'] });
  });
  CAUSES_6.filter(([l]) => l === lang).forEach(([, spec, text], i) => {
    out.push({ id: `${lang}-s${String(i + 1).padStart(3, '0')}`, lang, text, mustBlock: spec !== '', kinds: spec ? kinds(spec) : [],
      hard: true, tags: ['hand-written', 'cause'] });
  });
  CAUSES_8.filter(([l]) => l === lang).forEach(([, spec, text], i) => {
    out.push({ id: `${lang}-e${String(i + 1).padStart(3, '0')}`, lang, text, mustBlock: spec !== '', kinds: spec ? kinds(spec) : [],
      hard: true, tags: ['hand-written', 'cause'] });
  });
  CAUSES_9.filter(([l]) => l === lang).forEach(([, spec, text], i) => {
    out.push({ id: `${lang}-v${String(i + 1).padStart(3, '0')}`, lang, text, mustBlock: spec !== '', kinds: spec ? kinds(spec) : [],
      hard: true, tags: ['hand-written', 'cause'] });
  });
  MEANING[lang].forEach(([spec, hard, text], i) => {
    out.push({ id: `${lang}-m${String(i + 1).padStart(3, '0')}`, lang, text, mustBlock: spec !== '', kinds: spec ? kinds(spec) : [],
      hard: hard === 'h', tags: ['hand-written', 'meaning'] });
  });
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'train');
  mkdirSync(dir, { recursive: true });
  for (const lang of LANGS) {
    const records = compose(lang);
    writeFileSync(join(dir, `${lang}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    process.stdout.write(`${lang}: ${records.length} drafts, ${records.filter((r) => r.hard).length} hard, ${records.filter((r) => r.mustBlock).length} must-block\n`);
  }
}
