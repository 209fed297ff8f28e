// Reads labelled drafts from every .jsonl file under a folder.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecords, type DraftRecord } from './record.ts';

export function loadDir(dir: string): DraftRecord[] {
  if (!existsSync(dir)) return [];
  const out: DraftRecord[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...loadDir(path));
    else if (name.endsWith('.jsonl')) out.push(...parseRecords(readFileSync(path, 'utf8'), path));
  }
  return out;
}
