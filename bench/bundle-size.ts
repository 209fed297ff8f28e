// Gzipped size of what each part of the built extension loads: the content script (paid on every Seller Central
// page), the background service worker, and the popup (paid each time the seller opens it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { bundleFiles } from './bundle-graph.ts';

export type BundleName = 'content' | 'background' | 'popup';

export interface BundleSizes {
  kbGzip: Record<BundleName, number>;
  /** Gzipped bytes of each file a bundle loads, largest first: where to look when a budget breaks. */
  files: Record<BundleName, { file: string; gzipBytes: number }[]>;
}

interface BuiltManifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
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

export function measureBundles(extensionDir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as BuiltManifest;
  const entries = entriesOf(manifest);
  const kbGzip = {} as BundleSizes['kbGzip'];
  const files = {} as BundleSizes['files'];
  for (const name of ['content', 'background', 'popup'] as const) {
    if (entries[name].length === 0) throw new Error(`the built manifest names no ${name} entry`);
    const loaded = new Set(entries[name].flatMap((e) => bundleFiles(extensionDir, e)));
    files[name] = [...loaded]
      .map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(extensionDir, file)), { level: 9 }).length }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    kbGzip[name] = Math.round((files[name].reduce((sum, f) => sum + f.gzipBytes, 0) / 1024) * 100) / 100;
  }
  return { kbGzip, files };
}
