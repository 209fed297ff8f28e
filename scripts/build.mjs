// npm run build: the extension for Chrome (dist/chrome) and Firefox (dist/firefox) from one manifest.
import { build } from 'vite';
import { root } from './lib/sites.mjs';

const targets = process.argv.slice(2).filter((a) => a === 'chrome' || a === 'firefox');
for (const target of targets.length ? targets : ['chrome', 'firefox']) {
  process.env.TARGET = target;
  await build({ configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' });
  console.log(`built dist/${target}`);
}
