// web-ext lint on the Firefox build: fails on any error, and on any warning not listed (and explained) below.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { root } from './lib/sites.mjs';

/** Warnings we understand and accept: code, which file may carry it, and why. */
const ACCEPTED_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Chunk names change with the build; what matters is that this is Preact's renderer, in an extension page.
    file: (name) => /\.js$/.test(name) && !/^(content|background)\//.test(name) &&
      readFileSync(`${root}dist/firefox/${name}`, 'utf8').includes('dangerouslySetInnerHTML'),
    why: "Preact's renderer contains the innerHTML branch behind dangerouslySetInnerHTML; our lint bans that prop in src/, so the branch never runs with page data.",
  },
];
const accepted = (w) => ACCEPTED_WARNINGS.some((a) => a.code === w.code && w.file && a.file(w.file));

const r = spawnSync(process.execPath, [`${root}node_modules/web-ext/bin/web-ext.js`, 'lint', '--source-dir', `${root}dist/firefox`, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
let report;
try { report = JSON.parse(r.stdout); } catch { console.error(r.stdout, r.stderr); process.exit(1); }
const errors = report.errors ?? [];
const warnings = (report.warnings ?? []).filter((w) => !accepted(w));
const explained = (report.warnings ?? []).length - warnings.length;
for (const e of errors) console.error(`error   ${e.code}: ${e.message} ${e.file ?? ''}`);
for (const w of warnings) console.error(`warning ${w.code}: ${w.message} ${w.file ?? ''}`);
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} unexplained warnings, ${explained} explained warnings, ${(report.notices ?? []).length} notices`);
process.exit(errors.length || warnings.length ? 1 : 0);
