// Recall on drafts that must be blocked and false alarms on drafts that may be sent, per language and per kind.
// "Blocked" means the checker reports at least one finding of severity "block"; warnings (emojis, attachments)
// never stop a draft, so they are neither a catch nor a false alarm.
import { check } from '../../../src/check/index.ts';
import type { Finding } from '../../../src/model.ts';
import { CHECK_KINDS, type DraftRecord } from './record.ts';

export interface Rate { hits: number; total: number; rate: number | null }
export interface SplitScore {
  drafts: number;
  recall: Rate;
  falsePositiveRate: Rate;
  byLang: Record<string, { recall: Rate; falsePositiveRate: Rate; hardRecall: Rate; hardFalsePositiveRate: Rate }>;
  byKind: Record<string, Rate>;
  misses: { id: string; kinds: string[]; text: string }[];
  falseAlarms: { id: string; text: string; findings: [string, string][] }[];
}

const rate = (hits: number, total: number): Rate => ({ hits, total, rate: total ? Math.round((hits / total) * 1000) / 1000 : null });

export function blocks(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}

export function score(records: readonly DraftRecord[]): SplitScore {
  const count = () => ({ caught: 0, block: 0, fp: 0, clean: 0, hardCaught: 0, hardBlock: 0, hardFp: 0, hardClean: 0 });
  const langs = new Map<string, ReturnType<typeof count>>();
  const kinds = new Map<string, { hit: number; all: number }>(CHECK_KINDS.map((k) => [k, { hit: 0, all: 0 }]));
  const all = count();
  const misses: SplitScore['misses'] = [];
  const falseAlarms: SplitScore['falseAlarms'] = [];
  for (const r of records) {
    const findings = check(r.text);
    const blocked = blocks(findings);
    const l = langs.get(r.lang) ?? count();
    langs.set(r.lang, l);
    for (const c of [l, all]) {
      if (r.mustBlock) {
        c.block++; if (blocked) c.caught++;
        if (r.hard) { c.hardBlock++; if (blocked) c.hardCaught++; }
      } else {
        c.clean++; if (blocked) c.fp++;
        if (r.hard) { c.hardClean++; if (blocked) c.hardFp++; }
      }
    }
    for (const k of r.kinds) {
      const s = kinds.get(k) ?? { hit: 0, all: 0 };
      kinds.set(k, s);
      s.all++; if (blocked) s.hit++;
    }
    if (r.mustBlock && !blocked) misses.push({ id: r.id, kinds: r.kinds, text: r.text });
    if (!r.mustBlock && blocked) {
      falseAlarms.push({ id: r.id, text: r.text, findings: findings.filter((f) => f.severity === 'block').map((f) => [f.kind, f.text]) });
    }
  }
  return {
    drafts: records.length,
    recall: rate(all.caught, all.block),
    falsePositiveRate: rate(all.fp, all.clean),
    byLang: Object.fromEntries([...langs].map(([lang, c]) => [lang, {
      recall: rate(c.caught, c.block), falsePositiveRate: rate(c.fp, c.clean),
      hardRecall: rate(c.hardCaught, c.hardBlock), hardFalsePositiveRate: rate(c.hardFp, c.hardClean),
    }])),
    byKind: Object.fromEntries([...kinds].map(([k, s]) => [k, rate(s.hit, s.all)])),
    misses,
    falseAlarms,
  };
}

const pct = (r: Rate) => (r.rate === null ? '   -  ' : `${(r.rate * 100).toFixed(1).padStart(5)}%`);

/** A plain-text table of one split's score. */
export function table(name: string, s: SplitScore): string {
  const lines = [`${name}: ${s.drafts} drafts — recall ${pct(s.recall)} (${s.recall.hits}/${s.recall.total}), ` +
    `false positives ${pct(s.falsePositiveRate)} (${s.falsePositiveRate.hits}/${s.falsePositiveRate.total})`,
  '  lang   recall        false pos.    hard recall   hard false pos.'];
  for (const [lang, l] of Object.entries(s.byLang)) {
    lines.push(`  ${lang.padEnd(5)}  ${pct(l.recall)} ${`${l.recall.hits}/${l.recall.total}`.padEnd(7)} ` +
      `${pct(l.falsePositiveRate)} ${`${l.falsePositiveRate.hits}/${l.falsePositiveRate.total}`.padEnd(7)} ` +
      `${pct(l.hardRecall)} ${`${l.hardRecall.hits}/${l.hardRecall.total}`.padEnd(7)} ` +
      `${pct(l.hardFalsePositiveRate)} ${l.hardFalsePositiveRate.hits}/${l.hardFalsePositiveRate.total}`);
  }
  lines.push('  kind                  recall');
  for (const [k, r] of Object.entries(s.byKind)) lines.push(`  ${k.padEnd(20)}  ${pct(r)} ${r.hits}/${r.total}`);
  return lines.join('\n') + '\n';
}
