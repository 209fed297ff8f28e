// What a built bundle is made of: each byte of a minified file traced through its source map to the source module or
// npm package it came from, and the file's gzip size shared out among them. The budget in bundle-size.ts says that a
// bundle is too big; this says where the bytes are. Each source's share is its bytes gzipped on their own, scaled so
// the shares add up to the file's real gzip size (text and code compress differently, so plain byte counts mislead).
//   node --import tsx bench/bundle-sources.ts [background|content|popup]   (background by default)
// builds the Chrome extension with source maps into a temporary folder (dist/ is left alone) and prints JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleFiles } from './bundle-graph.ts';
import { entriesOf, type BundleName } from './bundle-size.ts';

export interface SourceMapLike { sources: (string | null)[]; mappings: string }
export interface SourceShare { source: string; bytes: number; kbGzip: number }

const UNMAPPED = '(unmapped)';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The base64 VLQ numbers of one mapping segment. */
function vlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0, shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    if (digit < 0) throw new Error(`not a source map segment: ${segment}`);
    value += (digit & 31) << shift;
    if (digit & 32) { shift += 5; continue; }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0; shift = 0;
  }
  return out;
}

/** Per generated line, the segments as [generated column, source index or -1 when the segment names no source]. */
export function decodeMappings(mappings: string): [number, number][][] {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line.split(',').filter(Boolean).map((seg) => {
      const f = vlq(seg);
      column += f[0]!;
      if (f.length < 4) return [column, -1] as [number, number];
      source += f[1]!;
      return [column, source] as [number, number];
    });
  });
}

/** The characters of `code` grouped by the source each came from (a segment runs to the next one on its line). */
export function charsBySource(code: string, map: SourceMapLike): Map<string, string> {
  const parts = new Map<string, string[]>();
  const add = (source: string, text: string) => { if (text) (parts.get(source) ?? parts.set(source, []).get(source)!).push(text); };
  const segments = decodeMappings(map.mappings);
  code.split('\n').forEach((line, i) => {
    const segs = [...(segments[i] ?? [])].sort((a, b) => a[0] - b[0]);
    add(UNMAPPED, line.slice(0, segs[0]?.[0] ?? line.length));
    segs.forEach(([column, source], k) => {
      add(source < 0 ? UNMAPPED : (map.sources[source] ?? UNMAPPED), line.slice(column, segs[k + 1]?.[0] ?? line.length));
    });
  });
  return new Map([...parts].map(([source, texts]) => [source, texts.join('')]));
}

/** A source path as a reader looks for it: an npm package by name, a project file from src/ on. */
export function sourceLabel(path: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `npm:${pkg[1]}`;
  const own = /(?:^|\/)(src\/.*)$/.exec(path);
  return own ? own[1]! : path.replace(/^(\.\.\/)+/, '');
}

/** Each source's share of the gzip size of `code`, largest first. */
export function shareOut(code: string, map: SourceMapLike): SourceShare[] {
  const bySource = new Map<string, string>();
  for (const [source, text] of charsBySource(code, map)) {
    const label = source === UNMAPPED ? UNMAPPED : sourceLabel(source);
    bySource.set(label, (bySource.get(label) ?? '') + text);
  }
  const alone = [...bySource].map(([source, text]) => ({ source, bytes: text.length, gz: gzipSync(text, { level: 9 }).length }));
  const sumAlone = alone.reduce((s, r) => s + r.gz, 0) || 1;
  const total = gzipSync(code, { level: 9 }).length;
  return alone.map((r) => ({ source: r.source, bytes: r.bytes, kbGzip: Math.round((r.gz / sumAlone) * total / 10.24) / 100 }))
    .sort((a, b) => b.kbGzip - a.kbGzip);
}

/** Build Chrome with source maps into a temporary folder, run `use` on it, and remove it. */
export function withMappedBuild<T>(root: string, use: (extensionDir: string) => T): T {
  const dist = mkdtempSync(join(tmpdir(), 'claimwise-sources-'));
  try {
    const run = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, CLAIMWISE_DIST: dist, CLAIMWISE_SOURCEMAP: '1' },
    });
    if (run.status !== 0) throw new Error(`the extension build failed:\n${run.stderr}`);
    return use(join(dist, 'chrome'));
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

/** The shares of every script file `bundle` loads at start (static imports), per file. */
export function bundleSources(extensionDir: string, bundle: BundleName): { file: string; kbGzip: number; sources: SourceShare[] }[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Parameters<typeof entriesOf>[0];
  const files = entriesOf(manifest)[bundle].flatMap((entry) => bundleFiles(extensionDir, entry)).filter((f) => /\.m?js$/.test(f));
  return files.map((file) => {
    const code = readFileSync(join(extensionDir, file), 'utf8');
    const mapFile = join(extensionDir, `${file}.map`);
    if (!existsSync(mapFile)) throw new Error(`${file} has no source map`);
    const sources = shareOut(code, JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapLike);
    return { file, kbGzip: Math.round(gzipSync(code, { level: 9 }).length / 10.24) / 100, sources };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const bundle = (process.argv[2] ?? 'background') as BundleName;
  if (!['background', 'content', 'popup'].includes(bundle)) throw new Error('bundle: background, content or popup');
  const result = withMappedBuild(join(import.meta.dirname, '..'), (dir) => bundleSources(dir, bundle));
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}
