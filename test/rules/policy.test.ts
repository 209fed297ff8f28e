// The policy table against ../shared/policy/RULES.md: every id, its sources, last-verified date, the notes where
// sources disagree, the safer default, and a help link wherever RULES.md cites a help page. Plus the convention
// that situations take their figures from the table, never from literals of their own.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY, POLICY_RULE_IDS, type PolicyRule, type Window } from '../../src/rules/policy.ts';
import { POLICY_SOURCES, helpUrlFor, policyNote, type PolicySource } from '../../src/rules/policy-sources.ts';
import { ALL_SITUATIONS } from '../../src/rules/situations/index.ts';

// The project's copy of the shared rules digest (test/fixtures/policy/RULES.md), kept in step with it.
const RULES_MD = readFileSync(new URL('../fixtures/policy/RULES.md', import.meta.url), 'utf8');
// And of the 2025-2026 changes digest (test/fixtures/policy/CHANGES-2026.md): the dated rules come from it.
const CHANGES_MD = readFileSync(new URL('../fixtures/policy/CHANGES-2026.md', import.meta.url), 'utf8');

/** The bullet of RULES.md that defines `id` (its text up to the next bullet or heading). */
function bulletOf(id: string): string {
  const start = RULES_MD.search(new RegExp(`(^- |\\. |; |: )${id}[ :(]`, 'm'));
  if (start < 0) return '';
  const rest = RULES_MD.slice(start + 2);
  const end = rest.search(/\n- |\n## /);
  return end < 0 ? rest : rest.slice(0, end);
}

const hoursOf = (w: Window) => (w.unit === 'hours' ? w.amount : w.amount * 24);

describe('policy table', () => {
  it('holds every rule id RULES.md defines, and no other', () => {
    const defined = [...RULES_MD.matchAll(/^- ([A-Z]+(?:-[A-Z0-9]+)+)(?: \([^)]*\))?:/gm)].map((m) => m[1]!);
    expect(defined.length).toBeGreaterThan(25);
    expect(defined.filter((id) => !POLICY_RULE_IDS.includes(id as never))).toEqual([]);
    // A version the digest only mentions as the old figure ("was 60") gets its own id and an end date.
    const priorVersion = (id: string) => (POLICY[id as keyof typeof POLICY] as PolicyRule).until !== undefined;
    for (const id of POLICY_RULE_IDS.filter((r) => !priorVersion(r))) expect(RULES_MD + CHANGES_MD, id).toContain(id);
    for (const id of POLICY_RULE_IDS.filter((r) => !RULES_MD.includes(r))) expect(POLICY[id] as PolicyRule, id).toHaveProperty('marketplaces');
  });

  it('gives every rule its id, summary, sources and the last-verified date', () => {
    for (const id of POLICY_RULE_IDS) {
      const rule: PolicyRule = POLICY[id];
      expect(rule.id).toBe(id);
      const said: PolicySource = POLICY_SOURCES[id];
      expect(Boolean(said.note), id).toBe(rule.disputed === true);
      expect(said.summary.length).toBeGreaterThan(20);
      expect(said.sources.length).toBeGreaterThan(0);
      // RULES.md rules were last checked on 2026-11-24, the dated 2026 changes on 2026-12-06.
      expect(said.lastVerified).toBe(said.dated ? '2026-12-06' : '2026-11-24');
      if (said.helpUrl !== null) expect(said.helpUrl).toMatch(/^https:\/\/(sellercentral|www)\.amazon\.[a-z.]+\//);
    }
  });

  it('links a rule to its help page wherever RULES.md cites one, and the link is that page', () => {
    for (const id of POLICY_RULE_IDS) {
      const bullet = bulletOf(id);
      const cited = /gp\/help|help\/hub/.test(bullet);
      if (!cited) continue;
      const url = helpUrlFor(id);
      expect(url, id).not.toBeNull();
      const page = /(?:nodeId=|itemID=|external\/)([A-Z]?\d+)/.exec(url!)?.[1];
      expect(bullet, `${id} -> ${url}`).toContain(page!);
    }
    expect(helpUrlFor('NOT-A-RULE')).toBeNull();
  });

  it('says where sources disagree, and uses the earlier deadline', () => {
    expect(policyNote('AZ-INFO-REQUEST')).toMatch(/72 hours/);
    const info = POLICY['AZ-INFO-REQUEST'].values;
    for (const other of info.otherVersions) expect(hoursOf(info.respondWithin)).toBeLessThanOrEqual(hoursOf(other));

    expect(policyNote('AZ-ELIG-INR')).toMatch(/30 days after the order date/);
    expect(policyNote('ORD-AUTO-CANCEL')).toMatch(/30 days after the order date/);
    expect(POLICY['ORD-AUTO-CANCEL'].values.afterShipBy).toEqual({ amount: 7, unit: 'business-days' });

    expect(policyNote('AZ-CONTACT-48H')).toMatch(/two business days/);
    const contact = POLICY['AZ-CONTACT-48H'].values;
    // Two business days are never shorter than 48 hours, so 48 hours is the safer figure everywhere.
    expect(hoursOf(contact.resolveWithin)).toBe(48);
    expect(contact.byMarketplace.UK).toEqual({ amount: 2, unit: 'business-days' });

    expect(policyNote('AZ-APPEAL-30D')).toMatch(/72 hours/);
    expect(hoursOf(POLICY['AZ-APPEAL-30D'].values.infoRequestDuringAppeal)).toBeLessThan(hoursOf(POLICY['AZ-APPEAL-30D'].values.currentTextInfoRequestDuringAppeal));
  });

  it('every id a situation cites is in the table', () => {
    for (const s of ALL_SITUATIONS) for (const id of s.cites) expect(POLICY_RULE_IDS, `${s.action}: ${id}`).toContain(id);
  });
});

describe('conventions', () => {
  const dir = 'src/rules/situations';
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'shared.ts'].includes(f));
  const code = (f: string) => readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');

  it('one situation per file', () => {
    expect(files).toHaveLength(ALL_SITUATIONS.length);
    for (const f of files) expect(code(f).match(/^export const \w+: Situation = \{/gm), f).toHaveLength(1);
  });

  it('situations take figures from the policy table: no durations or rates written in their text', () => {
    for (const f of [...files, 'shared.ts']) {
      expect(code(f), f).not.toMatch(/\b\d+ ?(?:hours?|days?|business days?|minutes?)\b|\d%/);
    }
  });

  it('no regular expression is built per call in the rules', () => {
    for (const f of readdirSync('src/rules', { recursive: true }) as string[]) {
      if (!f.endsWith('.ts')) continue;
      const text = readFileSync(`src/rules/${f}`, 'utf8');
      // new RegExp only in module-level builders (intent matchers, claim-status word lists).
      if (text.includes('new RegExp(')) expect(['intent/detect.ts', 'claim-status.ts']).toContain(f);
    }
  });
});
