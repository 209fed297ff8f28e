// What ships to the seller's browser is small, pinned and explained: the lockfile pins every package with an
// integrity hash, the runtime set is the few packages package.json names (plus what they need), none of them runs
// an install script, and each has a reason in README.md's "Runtime dependencies" section.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
interface LockEntry { version?: string; integrity?: string; dev?: boolean; devOptional?: boolean; link?: boolean; inBundle?: boolean; hasInstallScript?: boolean; dependencies?: Record<string, string> }
const lock = JSON.parse(read('package-lock.json')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const runtime = Object.keys(pkg.dependencies);
const entry = (name: string) => lock.packages[`node_modules/${name}`];

/** Runtime packages: the direct dependencies and, transitively, what they depend on. */
function runtimeClosure(): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of Object.keys(entry(name)?.dependencies ?? {})) visit(dep);
  };
  runtime.forEach(visit);
  return seen;
}

describe('lockfile', () => {
  it('exists at lockfile version 3 or later and matches package.json', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    expect((lock.packages[''] as { dependencies?: Record<string, string> }).dependencies).toEqual(pkg.dependencies);
  });

  it('pins every package with a sha512 integrity hash', () => {
    const unpinned = Object.entries(lock.packages)
      .filter(([path, e]) => path !== '' && !e.link && !e.inBundle && !/^sha512-/.test(e.integrity ?? ''))
      .map(([path]) => path);
    expect(unpinned).toEqual([]);
  });
});

describe('runtime dependencies', () => {
  it('are exactly the packages the lockfile marks as not dev-only', () => {
    const notDev = Object.entries(lock.packages)
      .filter(([path, e]) => path.startsWith('node_modules/') && !e.dev && !e.devOptional)
      .map(([path]) => path.slice('node_modules/'.length));
    expect(notDev.sort()).toEqual([...runtimeClosure()].sort());
  });

  it('stay few (a new one is a decision, not a side effect)', () => {
    expect(runtimeClosure().size).toBeLessThanOrEqual(8);
  });

  it('run no install script', () => {
    expect([...runtimeClosure()].filter((name) => entry(name)?.hasInstallScript)).toEqual([]);
  });

  it('each have a reason in README.md "Runtime dependencies"', () => {
    const readme = read('README.md');
    const section = /^## Runtime dependencies\s*$([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(readme)?.[1] ?? '';
    expect(section, 'README.md has a "## Runtime dependencies" section').not.toBe('');
    for (const name of runtime) {
      const line = section.split('\n').find((l) => l.includes(`\`${name}\``));
      expect(line, `${name} is listed`).toBeDefined();
      const reason = line!.split(/\s[—–-]\s/).slice(1).join(' ').trim();
      expect(reason.length, `${name} has a reason`).toBeGreaterThanOrEqual(20);
    }
  });
});
