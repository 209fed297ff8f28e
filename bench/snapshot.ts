// The benchmark measures a frozen copy of the sources, built in a folder of its own: the checkout can keep
// changing while a run takes its minutes, and the project's own dist/ (which the browser tests load) is left alone.
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** What the extension build and the cores need; tests and fixtures stay in the checkout. */
const BUILD_INPUTS = ['src', 'scripts', 'manifest.json', 'vite.config.ts', 'package.json', 'tsconfig.json'];

export interface Snapshot {
  /** Folder laid out like the repository root. */
  root: string;
  /** "working tree" or the git revision it was taken from. */
  source: string;
  dispose(): void;
}

export function takeSnapshot(rev: string | null): Snapshot {
  const root = mkdtempSync(join(tmpdir(), 'claimwise-bench-'));
  try {
    if (rev) {
      const archive = spawnSync('git', ['archive', '--format=tar', rev, '--', ...BUILD_INPUTS],
        { cwd: REPO_ROOT, maxBuffer: 1 << 30 });
      if (archive.status !== 0) throw new Error(`git archive ${rev} failed: ${archive.stderr.toString().trim()}`);
      const untar = spawnSync('tar', ['-x', '-C', root], { input: archive.stdout });
      if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr.toString().trim()}`);
    } else {
      for (const p of BUILD_INPUTS) if (existsSync(join(REPO_ROOT, p))) cpSync(join(REPO_ROOT, p), join(root, p), { recursive: true });
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'junction');
  } catch (e) {
    dispose(root);
    throw e;
  }
  return { root, source: rev ?? 'working tree', dispose: () => dispose(root) };
}

function dispose(root: string): void {
  // Unlink first so that removing the folder can never reach into the real node_modules.
  try { unlinkSync(join(root, 'node_modules')); } catch { /* not linked yet */ }
  rmSync(root, { recursive: true, force: true });
}
