// web-ext lint on the Firefox build: fails on any error, and on any warning not listed (and explained) below.
import { spawnSync } from 'node:child_process';
import { root } from './lib/sites.mjs';

/** Warnings we understand and accept, by code, with the reason. */
const ACCEPTED_WARNINGS = {};

const r = spawnSync(process.execPath, [`${root}node_modules/web-ext/bin/web-ext.js`, 'lint', '--source-dir', `${root}dist/firefox`, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
let report;
try { report = JSON.parse(r.stdout); } catch { console.error(r.stdout, r.stderr); process.exit(1); }
const errors = report.errors ?? [];
const warnings = (report.warnings ?? []).filter((w) => !(w.code in ACCEPTED_WARNINGS));
for (const e of errors) console.error(`error   ${e.code}: ${e.message} ${e.file ?? ''}`);
for (const w of warnings) console.error(`warning ${w.code}: ${w.message} ${w.file ?? ''}`);
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} unexplained warnings, ${(report.notices ?? []).length} notices`);
process.exit(errors.length || warnings.length ? 1 : 0);
