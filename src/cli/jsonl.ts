// Batch input for the command line (CONTRACT.md §1): one {"id", "text"} per line. Every line is read and validated
// before any is processed, so a malformed line fails the batch with its line number and nothing half-written.

export class JsonlInputError extends Error {}

export interface JsonlRow { id: unknown; text: string }

export function parseJsonlRows(input: string): JsonlRow[] {
  return input.split('\n').flatMap((line, n) => {
    if (!line.trim()) return [];
    let row: unknown;
    try { row = JSON.parse(line); } catch { throw new JsonlInputError(`line ${n + 1} is not JSON`); }
    const r = row as { id?: unknown; text?: unknown };
    if (typeof row !== 'object' || row === null || Array.isArray(row) || typeof r.text !== 'string' || !('id' in r)) {
      throw new JsonlInputError(`line ${n + 1} needs "id" and a string "text"`);
    }
    return [{ id: r.id, text: r.text }];
  });
}
