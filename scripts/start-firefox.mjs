// npm run start:firefox: build for Firefox and run it with web-ext on the demo pages. Firefox cannot map host
// names to this machine from the command line, so the demo serves the pages and prints how to reach them, and the
// extension is loaded as a temporary add-on.
import { execFileSync, spawn } from 'node:child_process';
import { startFixtureServer } from './lib/fixture-server.mjs';
import { referencePages, root } from './lib/sites.mjs';
import { DEMO_INDEX_URL, demoIndexHtml } from './lib/demo-index.mjs';

execFileSync(process.execPath, [`${root}scripts/build.mjs`, 'firefox'], { stdio: 'inherit' });
const pages = referencePages();
const server = await startFixtureServer([...pages, { url: DEMO_INDEX_URL, html: '' }]);
// The index links need the server's port, known only once it listens.
server.setHtml(DEMO_INDEX_URL, demoIndexHtml(pages, server.port));
// network.dns.localDomains sends these names to 127.0.0.1; the server's port goes into every URL.
const hosts = [...new Set(pages.map((p) => new URL(p.url).hostname))];
const prefs = [`network.dns.localDomains=${hosts.join(',')}`];
console.log(`Demo pages are served on port ${server.port}; Firefox opens ${DEMO_INDEX_URL.replace('.com/', `.com:${server.port}/`)}.`);
console.log('Accept the self-signed certificate warning once (Advanced -> Accept the risk).');
const args = [`${root}node_modules/web-ext/bin/web-ext.js`, 'run', '--source-dir', `${root}dist/firefox`,
  '--start-url', DEMO_INDEX_URL.replace('.com/', `.com:${server.port}/`), ...prefs.flatMap((p) => ['--pref', p])];
if (process.env.FIREFOX_PATH) args.push('--firefox', process.env.FIREFOX_PATH);
const child = spawn(process.execPath, args, { stdio: 'inherit' });
child.on('exit', async (code) => { await server.close(); process.exit(code ?? 0); });
