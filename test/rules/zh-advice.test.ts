// Chinese advice: the same decisions as the English, every text present and in Chinese, and the English untouched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Advice, OrderCase } from '../../src/model.ts';
import { adviseCases, NO_WORDING } from '../../src/words/advice/advise.ts';
import { ZH } from '../../src/words/advice/zh.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import { caseOf, NOW } from './builders.ts';
import { thousandOrders } from './memory-sample.ts';
import { SCENARIOS } from './scenarios.test.ts';
import { caseFor, combos } from './situation-space.ts';

const CJK = /[\u4e00-\u9fff]/u;
const decisions = (list: Advice[]) => list.map((a) => ({ orderId: a.orderId, action: a.action, deadline: a.deadline, severity: a.severity, rules: a.rules, confirm: a.confirm }));
const texts = (a: Advice) => [a.title, a.why, ...a.doNot, ...(a.notes ?? [])];

function both(cases: OrderCase[], now: Date) {
  return { en: adviseCases(cases, now, SETTINGS_DEFAULTS, NO_WORDING), zh: adviseCases(cases, now, SETTINGS_DEFAULTS, NO_WORDING, ZH) };
}

describe('Chinese advice', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const { en, zh } = both([caseOf(s.spec)], s.now ? new Date(s.now) : NOW);
    expect(decisions(zh)).toEqual(decisions(en));
    zh.forEach((a, i) => {
      expect(a.title.length).toBeGreaterThan(0);
      expect(a.why.length).toBeGreaterThan(0);
      expect(a.doNot.length).toBe(en[i]!.doNot.length);
      expect(a.notes?.length ?? 0).toBe(en[i]!.notes?.length ?? 0);
      for (const text of texts(a)) {
        expect(text.length, a.action).toBeGreaterThan(0);
        expect(text, a.action).toMatch(CJK);
        expect(text).not.toMatch(/undefined|NaN|\{|\}|\$\{/u);
        // A Chinese text never carries English sentences along (a missing phrase would fall back to English).
        expect(text, text).not.toMatch(/\b(the|you|your|buyer|order|Do not)\b/u);
      }
    });
  });

  it('a seller\'s whole memory: same decisions, every text in Chinese, dates in Chinese', () => {
    const { en, zh } = both(thousandOrders(), NOW);
    expect(decisions(zh)).toEqual(decisions(en));
    for (const a of zh) for (const text of texts(a)) expect(text).toMatch(CJK);
    const pending = zh.find((a) => a.action === 'ship-by-deadline');
    expect(pending?.title).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/u);
  });

  it('across the situation space (every 25th combination): same decisions, every text in Chinese', () => {
    const sample = [...combos()].filter((_c, i) => i % 25 === 0);
    const bad: string[] = [];
    for (const c of sample) {
      const { en, zh } = both([caseFor(c)], NOW);
      if (JSON.stringify(decisions(zh)) !== JSON.stringify(decisions(en))) bad.push(`${c.name}: decisions differ`);
      for (const a of zh) for (const text of texts(a)) if (!CJK.test(text) || /\b(the|you|your|buyer|order|Do not)\b/u.test(text)) bad.push(`${c.name}: ${text}`);
    }
    expect(sample.length).toBeGreaterThan(5000);
    expect(bad.slice(0, 10)).toEqual([]);
  }, 120_000);

  it('numbers come from the policy table in Chinese units', () => {
    const { zh } = both([caseOf({ order: { status: 'pending' }, messages: [['buyer', '2026-11-24T08:00:00-08:00', 'Where is my order?']] })], NOW);
    const advice = zh.find((a) => a.action === 'dont-ship-pending')!;
    expect(advice.why).toContain('30 分钟');
    expect(advice.why).toContain('24 小时');
    const late = both([caseOf({ order: { status: 'unshipped', purchaseDate: '2026-11-20T08:00:00-08:00', shipBy: '2026-11-23T00:00:00-08:00' } })], NOW).zh[0]!;
    expect(late.notes?.join(' ')).toContain('7 个工作日');
    expect(late.notes?.join(' ')).toContain('感恩节（2026-11-26）在此期间内');
  });

  it('is reached from no static import, and the background and the rules import no wording at all', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/u.test(e.name) ? [join(dir, e.name)] : []));
    const importers = files('src').filter((f) => /^import[^;(]*from '[^']*advice\/zh\.ts'/mu.test(readFileSync(f, 'utf8')));
    expect(importers).toEqual([]);
    expect(readFileSync('src/words/advice/load.ts', 'utf8')).toContain("import('./zh.ts')");
    // rules/index.ts is the command line's door (decide, then word in English); the rules themselves import types only.
    const deciders = [...files('src/background'), ...files('src/rules').filter((f) => !f.endsWith('rules/index.ts'))];
    const wording = deciders.filter((f) => /^import (?!type)[^;(]*from '[^']*words\/advice\//mu.test(readFileSync(f, 'utf8')));
    expect(wording).toEqual([]);
  });

  it('leaves the English advice as it was', () => {
    const cases = thousandOrders();
    const before = JSON.stringify(adviseCases(cases, NOW, SETTINGS_DEFAULTS, NO_WORDING));
    adviseCases(cases, NOW, SETTINGS_DEFAULTS, NO_WORDING, ZH);
    expect(JSON.stringify(adviseCases(cases, NOW, SETTINGS_DEFAULTS, NO_WORDING))).toBe(before);
  });
});
