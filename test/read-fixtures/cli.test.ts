// The command line reads a saved page with the same code as the content script (CONTRACT.md §1): its JSON must be
// the in-process reading, and bad invocations must exit 2 with a reason on stderr.
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { fixturePages, FIXTURE_DIR, REPO_ROOT } from './pages.ts';

interface Run { status: number | null; stdout: string; stderr: string }

// Asynchronous so the runs overlap: each one starts Node and tsx, which takes seconds on a busy machine.
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }));
  });
}

// One page of each language family and markup style: German order details, a Japanese order list, an inbox-v2 thread.
const CLI_PAGES = ['order-details-de-german-unshipped', 'orders-list-ja', 'messages-inbox-v2-eu-it', 'claims-list-uk-appeal-selected'];

describe('cli read', () => {
  const pages = fixturePages().filter((p) => CLI_PAGES.includes(p.name));

  it('has the pages it runs on', () => {
    expect(pages.map((p) => p.name).sort()).toEqual([...CLI_PAGES].sort());
  });

  it.concurrent.for(pages.map((p) => [p.name, p] as const))('prints the in-process reading of %s as one JSON document', async ([, page], { expect }) => {
    const run = await cli('read', page.file, '--url', page.url);
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as unknown;
    const inProcess = JSON.parse(JSON.stringify(readPage(loadPage(page.html, page.url), page.url))) as unknown;
    expect(printed).toEqual(inProcess);
  });
});

describe('cli usage errors exit 2 with a reason on stderr', () => {
  const page = `${FIXTURE_DIR}order-details-us-afn.html`;

  it.concurrent.for([
    ['no --url', ['read', page]],
    ['a missing file', ['read', `${FIXTURE_DIR}no-such-page.html`, '--url', 'https://sellercentral.amazon.com/orders-v3']],
    ['an unknown command', ['summarize', page, '--url', 'https://sellercentral.amazon.com/orders-v3']],
    ['no command at all', []],
    ['a --url that is not a URL', ['read', page, '--url', 'not a url']],
  ] as const)('%s', async ([, args], { expect }) => {
    const run = await cli(...args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().length).toBeGreaterThan(0);
    expect(run.stdout).toBe('');
  });
});
