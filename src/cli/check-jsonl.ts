// cli check --jsonl -     one {"id","text"} a line in, one {"id","findings"} a line out (CONTRACT.md §1, §4)
// Batch use reads the findings line by line, so a draft that must be changed is an answer, not a failure: the exit
// code is 0 whenever every line was checked, and 2 (nothing written on stdout, the reason on stderr) when a line is
// not {"id": ..., "text": "..."}. Lines are all read and validated before any is checked.
import { check } from '../check/index.ts';
import { JsonlInputError, parseJsonlRows, type JsonlRow } from './jsonl.ts';

export async function runCheckJsonl(stdin: () => Promise<string>): Promise<number> {
  let rows: JsonlRow[];
  try {
    rows = parseJsonlRows(await stdin());
  } catch (e) {
    if (!(e instanceof JsonlInputError)) throw e;
    process.stderr.write(`cli check: ${e.message}\n`);
    return 2;
  }
  // One write per line: a batch of thousands of drafts is not held twice in memory.
  for (const { id, text } of rows) process.stdout.write(`${JSON.stringify({ id, findings: check(text) })}\n`);
  return 0;
}
