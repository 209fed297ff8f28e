// Reads a folder of labelled buyer messages (one JSON object a line, docs/labels.md) and checks every line's shape.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BUYER_INTENTS, type BuyerIntent } from '../../src/model.ts';

export interface Example { id: string; lang: string; text: string; intents: BuyerIntent[]; hard: boolean; tags: string[] }

/** One file's messages; the language defaults to the file's name up to its first dash or digit. */
export function loadFile(path: string): Example[] {
  const file = basename(path);
  const out: Example[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    const x = JSON.parse(line) as Partial<Example>;
    const where = `${file}:${n + 1}`;
    if (typeof x.text !== 'string' || !Array.isArray(x.intents) || x.intents.length === 0) throw new Error(`${where}: needs text and intents`);
    for (const i of x.intents) if (!(BUYER_INTENTS as readonly string[]).includes(i)) throw new Error(`${where}: unknown intent ${i}`);
    out.push({ id: x.id ?? where, lang: x.lang ?? file.replace(/[-0-9.].*$/, ''), text: x.text, intents: x.intents, hard: x.hard === true, tags: x.tags ?? [] });
  });
  return out;
}

export function corpusFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
}

export function loadCorpus(dir: string): Example[] {
  return corpusFiles(dir).flatMap((f) => loadFile(join(dir, f)));
}
