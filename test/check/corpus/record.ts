// One labelled seller draft, as docs/labels.md describes it (one JSON object per line).
export const CHECK_KINDS = ['link', 'email', 'phone', 'messaging-app', 'social', 'off-amazon-payment',
  'review-manipulation', 'marketing'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const LANGS = ['en', 'es', 'fr', 'de', 'it', 'ja', 'zh', 'pt', 'nl', 'pl', 'sv', 'tr', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

export interface DraftRecord {
  id: string;
  lang: Lang;
  text: string;
  mustBlock: boolean;
  kinds: CheckKind[];
  hard: boolean;
  tags: string[];
}

/** Parses JSONL, failing loudly on a line that is not a well-formed record. */
export function parseRecords(jsonl: string, source: string): DraftRecord[] {
  const out: DraftRecord[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const r = JSON.parse(line) as DraftRecord;
    if (typeof r.id !== 'string' || typeof r.text !== 'string' || typeof r.mustBlock !== 'boolean' || !Array.isArray(r.kinds)) {
      throw new Error(`${source}:${i + 1}: not a labelled draft`);
    }
    if (r.mustBlock !== r.kinds.length > 0) throw new Error(`${source}:${i + 1}: mustBlock and kinds disagree`);
    out.push({ ...r, hard: r.hard === true, tags: Array.isArray(r.tags) ? r.tags : [] });
  });
  return out;
}
