// One place for every policy number, and no internal ids in text meant for Amazon or the buyer.
// 1. Window figures (2, 4, 7, 24, 30, 48, 60, 90 ... next to a day or hour word, in any of the reply languages)
//    may be written only in src/rules/policy.ts. Elsewhere in src/rules and src/replies a figure is a parameter
//    counted from the table. Allowed: comments, and the Chinese translations of the table's own notes (entries keyed
//    by a rule id in src/rules/lang/), whose figures are checked against the note they translate.
// 2. Buyer replies never name a rule id; evidence text for Amazon is held to the ids it still carries (the list
//    may only shrink).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_CODES } from '../../src/model.ts';
import { adviseCases, NO_WORDING } from '../../src/words/advice/advise.ts';
import { ZH } from '../../src/words/advice/zh.ts';
import { POLICY_RULE_IDS } from '../../src/rules/policy.ts';
import { policyNote } from '../../src/rules/policy-sources.ts';
import { replyFor, SUPPORTED_LANGS } from '../../src/replies/index.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import { NOW } from './builders.ts';
import { thousandOrders } from './memory-sample.ts';

const FIGURE = /(?<![\d.,-])(?:2|3|4|5|7|10|14|21|24|30|48|60|72|90)(?:\s|\$\{NB\}|\u00a0)?(?:business days?|calendar days?|days?|hours?|minutes?|Werktag\w*|Tag\w*|Stunden|jours?|heures?|d[ií]as?|horas?|giorni|ore|営業日|日|時間|个工作日|天|小时)(?![A-Za-z])/gu;
const NOTE_ENTRY = /^\s*'[A-Z]{2,}(?:-[A-Z0-9]+)+': /u;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Figures next to a time word in code (comments and translated note entries left out), as "file: figure". */
function redeclared(path: string, text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('//') || line.startsWith('*') || line.startsWith('/*')) continue;
    if (path.includes('/lang/') && NOTE_ENTRY.test(raw)) continue;
    for (const m of raw.replace(/\s\/\/ .*$/u, '').matchAll(FIGURE)) out.push(`${path}: ${m[0].replace('${NB}', ' ')}`);
  }
  return out;
}

// Figures still written outside the table, owed a parameter from it. The list may only shrink: a new figure
// anywhere fails, and so does a fixed one until it is struck from here. The evidence wording's figures are paid.
const OWED: readonly string[] = [];

describe('policy numbers live in policy.ts only', () => {
  const scanned = [...files('src/rules'), ...files('src/replies')]
    .filter((f) => f !== join('src', 'rules', 'policy.ts') && f !== join('src', 'rules', 'policy-sources.ts'));

  it('scans the rules and the replies, and finds the table\'s own figures', () => {
    expect(scanned.length).toBeGreaterThan(50);
    // The figures as the table's summaries and notes state them.
    const own = redeclared('src/rules/policy-sources.ts', readFileSync('src/rules/policy-sources.ts', 'utf8'));
    expect(own.length).toBeGreaterThan(10);
  });

  it('no window figure is written outside the table, apart from what is owed', () => {
    const found = scanned.flatMap((f) => redeclared(f, readFileSync(f, 'utf8')));
    expect(found.sort()).toEqual([...OWED].sort());
  });

  it('catches a re-declared figure in every language of the replies, and lets a parameter pass', () => {
    expect(redeclared('x.ts', "const s = `refund within 2 business days`;")).toHaveLength(1);
    expect(redeclared('x.ts', "const s = 'innerhalb von 48 Stunden';")).toHaveLength(1);
    expect(redeclared('x.ts', "const s = `dans les 30${NB}jours`;")).toHaveLength(1);
    expect(redeclared('x.ts', "const s = '4 天内退款';")).toHaveLength(1);
    expect(redeclared('x.ts', "const s = `within ${span} of receipt`;")).toEqual([]);
    expect(redeclared('x.ts', '// the 30 days of the rule')).toEqual([]);
    expect(redeclared('x.ts', "const id = 'AZ-APPEAL-30D';")).toEqual([]);
  });

  it('the Chinese translations of the table\'s notes carry the same figures as the notes', () => {
    const WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', seven: '7' };
    const figures = (s: string) => (s.replace(/\b(one|two|three|four|seven)(?= (?:business|calendar|days?|hours?)\b)/giu, (w) => WORDS[w.toLowerCase()]!)
      .replace(/(\d),(\d{3})/gu, '$1$2').match(/\d+/gu) ?? []).filter((x, i, all) => all.indexOf(x) === i).sort();
    let checked = 0;
    for (const id of POLICY_RULE_IDS) {
      const note = policyNote(id);
      if (!note) continue;
      const phrases = ZH.phrases as unknown as Record<string, (() => string) | undefined>;
      const translated = phrases[`policy.${id}`]?.() ?? phrases[`differ.${id}`]?.();
      if (!translated) continue;
      // "2024 年 5 月" writes the month as a number where the note writes its name.
      const zhFigures = figures(translated.replace(id, '').replace(/来源：.*$/u, '').replace(/\d+\s*月/gu, ''));
      expect(zhFigures, id).toEqual(figures(note));
      checked++;
    }
    expect(checked).toBeGreaterThan(8);
  });
});

const RULE_ID = new RegExp(`\\b(?:${POLICY_RULE_IDS.join('|')})\\b`, 'u');

describe('no internal rule ids in text for the buyer or Amazon', () => {
  it('buyer replies in every language, for every action advised over a seller\'s memory', () => {
    const cases = thousandOrders().filter((_c, i) => i % 7 === 0);
    let replies = 0;
    for (const c of cases) {
      for (const a of adviseCases([c], NOW, SETTINGS_DEFAULTS, NO_WORDING)) {
        for (const lang of SUPPORTED_LANGS) {
          const reply = replyFor(a.action, c, lang, SETTINGS_DEFAULTS, NOW);
          if (!reply) continue;
          replies++;
          expect(reply.text, `${a.action} ${lang}`).not.toMatch(RULE_ID);
        }
      }
    }
    expect(replies).toBeGreaterThan(100);
  });

  it('the pattern finds an id in a letter', () => {
    expect('appeal window until Dec 9; AZ-APPEAL-30D).').toMatch(RULE_ID);
    expect('SAFE-T claim within 30 days').not.toMatch(RULE_ID);
    expect(ACTION_CODES.join(' ')).not.toMatch(RULE_ID);
  });

  // Ids evidence wording still cites in its sentences, owed a move to the pack's seller-facing `rules`. Only shrinks.
  const EVIDENCE_IDS_OWED: string[] = [];
  it('evidence wording for Amazon cites no ids beyond those owed', () => {
    const found = new Set<string>();
    for (const f of files('src/words/evidence')) {
      for (const raw of readFileSync(f, 'utf8').split('\n')) {
        if (/^\s*(?:\/\/|\/?\*)/u.test(raw)) continue;
        for (const m of raw.matchAll(new RegExp(RULE_ID.source, 'gu'))) found.add(m[0]);
      }
    }
    expect([...found].sort()).toEqual(EVIDENCE_IDS_OWED);
  });
});
