// cli intents <text-file | ->          one message: {"intents": [...], "unclear": bool, "runnerUp": ..., "scores": {...}}
// cli intents --jsonl <file | ->       one {"id","text"} a line in, one {"id","intents"} a line out
// The model is loaded here, on first use, so the other commands keep the engine exactly as the extension runs it.
// Exit 0, or 2 for a usage error or unreadable input (the reason on stderr).
import { readFile } from 'node:fs/promises';
import { JsonlInputError, parseJsonlRows } from './jsonl.ts';

export const INTENTS_USAGE = 'cli intents <text-file | ->\n  cli intents --jsonl <file | ->';

/** Usage and unreadable input: exit 2 with the reason (malformed batch lines included). */
class UsageError extends JsonlInputError {}

async function readInput(path: string, stdin: () => Promise<string>): Promise<string> {
  if (path === '-') return stdin();
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export async function runIntents(args: string[], stdin: () => Promise<string>): Promise<number> {
  try {
    const jsonl = args[0] === '--jsonl';
    const files = jsonl ? args.slice(1) : args;
    if (files.length !== 1 || files[0]!.startsWith('--')) throw new UsageError(`usage: ${INTENTS_USAGE}`);
    const input = await readInput(files[0]!, stdin);
    await import('../rules/intent/load-model.ts');
    const { classifyIntents } = await import('../rules/intent/detect.ts');
    if (jsonl) {
      const out = parseJsonlRows(input).map(({ id, text }) => JSON.stringify({ id, intents: classifyIntents(text).intents }));
      process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
    } else {
      const r = classifyIntents(input);
      process.stdout.write(`${JSON.stringify({ intents: r.intents, unclear: r.unclear, runnerUp: r.runnerUp, scores: r.scores })}\n`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof JsonlInputError)) throw e;
    process.stderr.write(`cli intents: ${e.message}\n`);
    return 2;
  }
}
