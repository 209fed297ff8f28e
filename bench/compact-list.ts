// The popup on a Manage Orders page of 250 orders (issue 18): the background's decisions for those orders worded in
// the UI language and drawn as the compact list, timed in jsdom (median). The popup's own work; the browser's
// message round trip is not in it.
import { JSDOM } from 'jsdom';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS } from '../src/model.ts';
import { BENCH_NOW, rememberedReadings } from './remembered-orders.ts';
import { medianMs } from './stats.ts';

export interface CompactListTiming { ms: number; orders: number; rows: number }

const load = <T>(root: string, path: string) => import(pathToFileURL(join(root, path)).href) as Promise<T>;

export async function timeCompactList(root: string, quick: boolean): Promise<CompactListTiming> {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document, navigator: dom.window.navigator });
  const [{ joinReadings }, { decideCases }, { EN }, { wordAdvice }, preact, { CompactList }] = await Promise.all([
    load<typeof import('../src/rules/join.ts')>(root, 'src/rules/join.ts'),
    load<typeof import('../src/rules/engine.ts')>(root, 'src/rules/engine.ts'),
    load<typeof import('../src/words/advice/en.ts')>(root, 'src/words/advice/en.ts'),
    load<typeof import('../src/words/advice/word.ts')>(root, 'src/words/advice/word.ts'),
    import('preact'),
    // The component from this checkout: its JSX is compiled with this project's settings, which a frozen copy in
    // another folder does not get from tsx (the rules and words above are the measured revision's).
    import('../src/popup/components/CompactList.tsx'),
  ]);
  const cases = joinReadings(rememberedReadings(250));
  const decisions = decideCases(cases, BENCH_NOW, DEFAULT_SETTINGS);
  const container = dom.window.document.createElement('div');
  dom.window.document.body.append(container);
  const open = () => {
    const advice = decisions.map((d) => wordAdvice(d, EN));
    preact.render(preact.h(CompactList, { advice, now: BENCH_NOW, marketplaceOf: () => 'US' as const, onSelectOrder: () => {}, replyIndex: null, onShowReply: null }), container);
    preact.render(null, container);
  };
  const ms = medianMs(open, quick ? { warmup: 1, runs: 3 } : { warmup: 3, runs: 20 });
  return { ms, orders: cases.length, rows: decisions.length };
}
