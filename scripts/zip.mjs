// npm run zip: store-ready archives of both builds (Chrome Web Store and addons.mozilla.org), built fresh.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync, rmSync } from 'node:fs';
import { root } from './lib/sites.mjs';

execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
mkdirSync(`${root}artifacts`, { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const out = `${root}artifacts/claimwise-${version}-${target}.zip`;
  rmSync(out, { force: true });
  // web-ext's builder writes a plain zip with the manifest at the root, which both stores accept.
  execFileSync(process.execPath, [`${root}node_modules/web-ext/bin/web-ext.js`, 'build', '--source-dir', `${root}dist/${target}`,
    '--artifacts-dir', `${root}artifacts`, '--filename', `claimwise-${version}-${target}.zip`, '--overwrite-dest'],
  { stdio: 'inherit' });
  console.log(`wrote ${out}`);
}
