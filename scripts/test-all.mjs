// npm test: everything, in order — typecheck, lint, unit tests, both builds, web-ext lint, real-browser suite.
// Stops at the first failing stage; ends with one plain "N passed, N failed" line counting every test run.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { root } from './lib/sites.mjs';

const bin = (name) => `${root}node_modules/.bin/${name}`;
mkdirSync(`${root}artifacts`, { recursive: true });
const counts = { passed: 0, failed: 0 };

function vitestCounts(file) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    counts.passed += r.numPassedTests ?? 0;
    counts.failed += r.numFailedTests ?? 0;
  } catch { /* the stage failed before writing a report; its exit code already says so */ }
}

const stages = [
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${root}artifacts/unit.json`], `${root}artifacts/unit.json`],
  ['build', process.execPath, [`${root}scripts/build.mjs`]],
  ['web-ext lint (Firefox build)', process.execPath, [`${root}scripts/lint-firefox.mjs`]],
  ['Firefox smoke', bin('vitest'), ['run', '--config', `${root}vitest.firefox.config.ts`, '--reporter=default', '--reporter=json', `--outputFile=${root}artifacts/firefox.json`], `${root}artifacts/firefox.json`],
  ['browser tests (Chromium)', bin('vitest'), ['run', '--config', `${root}vitest.browser.config.ts`, '--reporter=default', '--reporter=json', `--outputFile=${root}artifacts/browser.json`], `${root}artifacts/browser.json`],
];

const only = process.argv.slice(2);
let failedStage = null;
for (const [name, cmd, args, report] of stages) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n━━ ${name} ━━`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (report) vitestCounts(report);
  if (r.status !== 0) { failedStage = name; if (!report) counts.failed += 1; break; }
}
console.log(`\n${failedStage ? `FAILED at stage: ${failedStage}` : 'All stages passed.'}`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedStage ? 1 : 0);
