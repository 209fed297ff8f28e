// Gzipped size of what each part of the built extension loads: the content script (paid on every Seller Central
// page), the background service worker, the popup (paid each time the seller opens it), and the checker module the
// content script imports only once a reply box is in view (paid on messaging pages only), reported on its own.
import { LIMIT } from './budgets.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { bundleFiles } from './bundle-graph.ts';

export type BundleName = 'content' | 'background' | 'popup';
/** Modules the content script imports at run time (web-accessible scripts), measured apart from its entry. */
export type LazyBundleName = 'checker';

/** The checker module's own budget: it is loaded on top of the content script where a reply box shows. */
export const CHECKER_BUDGET_KB = LIMIT.checkerKb;

/** The intent model's weights: a chunk the background imports, measured apart from the background's code. */
export const INTENT_WEIGHTS_BUDGET_KB = LIMIT.intentWeightsKb;
const INTENT_WEIGHTS_FILE = /(?:^|\/)intent-weights\.js$/;

export interface BundleSizes {
  /** `background` is the worker's code; `intentWeights` the weights chunk it imports, when there is one. */
  kbGzip: Record<BundleName, number> & Partial<Record<LazyBundleName | 'intentWeights', number>>;
  /** Gzipped bytes of each file a bundle loads, largest first: where to look when a budget breaks. */
  files: Record<BundleName, { file: string; gzipBytes: number }[]> & Partial<Record<LazyBundleName | 'intentWeights', { file: string; gzipBytes: number }[]>>;
}

interface BuiltManifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
}

/** `node scripts/build.mjs chrome` inside `root`; returns the built extension's folder. */
export function buildChrome(root: string): string {
  const run = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    const reason = `${run.stderr}\n${run.stdout}`.split('\n').filter((l) => /error|fail|cannot|could not/i.test(l))
      .map((l) => stripVTControlCharacters(l).trim()).filter(Boolean).slice(0, 6).join('\n  ');
    throw new Error(`the extension build failed:\n  ${reason || `exit ${run.status}`}`);
  }
  const dir = join(root, 'dist', 'chrome');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error('the build wrote no dist/chrome/manifest.json');
  return dir;
}

export function entriesOf(manifest: BuiltManifest): Record<BundleName, string[]> {
  const content = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const background = manifest.background?.service_worker ? [manifest.background.service_worker] : manifest.background?.scripts ?? [];
  const popup = manifest.action?.default_popup ? [manifest.action.default_popup] : [];
  return { content, background, popup };
}

/** Web-accessible scripts the content script imports itself; none when the manifest lists no such module. */
export function lazyEntriesOf(manifest: BuiltManifest): Partial<Record<LazyBundleName, string[]>> {
  const scripts = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []).filter((r) => /\.m?js$/.test(r));
  return scripts.length ? { checker: scripts } : {};
}

/**
 * A web-accessible entry as the files it stands for. A pattern ("content/checker-*.js") names the per-language chunks
 * of which a page loads one: the largest stands for them, so the figure is what one reply box costs.
 */
function expandPattern(extensionDir: string, entry: string): string[] {
  if (!entry.includes('*')) return [entry];
  const dir = dirname(entry);
  const [head, tail] = basename(entry).split('*') as [string, string];
  const matches = readdirSync(join(extensionDir, dir)).filter((f) => f.startsWith(head) && f.endsWith(tail)).map((f) => join(dir, f));
  const size = (f: string) => gzipSync(readFileSync(join(extensionDir, f)), { level: 9 }).length;
  return matches.sort((a, b) => size(b) - size(a)).slice(0, 1);
}

function measure(extensionDir: string, entries: string[], keep: (file: string) => boolean = () => true): { kb: number; files: { file: string; gzipBytes: number }[] } {
  const loaded = new Set(entries.flatMap((e) => bundleFiles(extensionDir, e)));
  const files = [...loaded].filter(keep)
    .map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(extensionDir, file)), { level: 9 }).length }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { kb: Math.round((files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024) * 100) / 100, files };
}

export function measureBundles(extensionDir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as BuiltManifest;
  const entries = entriesOf(manifest);
  const kbGzip = {} as BundleSizes['kbGzip'];
  const files = {} as BundleSizes['files'];
  for (const name of ['content', 'background', 'popup'] as const) {
    if (entries[name].length === 0) throw new Error(`the built manifest names no ${name} entry`);
    const m = measure(extensionDir, entries[name], name === 'background' ? (f) => !INTENT_WEIGHTS_FILE.test(f) : undefined);
    kbGzip[name] = m.kb;
    files[name] = m.files;
  }
  const weights = measure(extensionDir, entries.background, (f) => INTENT_WEIGHTS_FILE.test(f));
  if (weights.files.length > 0) {
    kbGzip.intentWeights = weights.kb;
    files.intentWeights = weights.files;
  }
  const lazy = lazyEntriesOf(manifest);
  if (lazy.checker) {
    const m = measure(extensionDir, lazy.checker.flatMap((entry) => expandPattern(extensionDir, entry)));
    kbGzip.checker = m.kb;
    files.checker = m.files;
  }
  return { kbGzip, files };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = measureBundles(buildChrome(join(import.meta.dirname, '..')));
  const checker = sizes.kbGzip.checker ?? null;
  process.stdout.write(JSON.stringify({
    kbGzip: sizes.kbGzip,
    ok: { content: sizes.kbGzip.content <= LIMIT.contentKb, checker: checker !== null && checker <= CHECKER_BUDGET_KB,
      background: sizes.kbGzip.background <= LIMIT.backgroundKb, intentWeights: (sizes.kbGzip.intentWeights ?? 0) <= INTENT_WEIGHTS_BUDGET_KB },
  }, null, 2) + '\n');
}
