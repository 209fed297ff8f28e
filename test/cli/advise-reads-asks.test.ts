// `advise` must read the buyer's asks the way the extension does — with the trained model, not the phrase lists
// alone. A buyer who wrote "could it go to 12 Elm Road instead?" on an unshipped order asks for an address change,
// which no phrase list names: the advice is cancel-and-reorder (ORD-ADDRESS), not a generic "reply to the buyer".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/rules/intent/load-model.ts';
import { classifyIntents, phraseIntents } from '../../src/rules/intent/detect.ts';
import { cli, REPO_ROOT } from './run-cli.ts';

const ORDER = '306-1185524-7730418';
const ASK = 'Hi, I typed my old flat by mistake, could it go to 12 Elm Road instead? Thanks';

const THREAD = `<!doctype html><html lang="en"><head><title>Buyer-Seller Messaging</title></head><body>
<div id="sc-navbar-container"></div><div id="sc-content-container">
<div class="a-box thread-header"><div class="a-box-inner"><div class="a-row"><span class="thread-buyer-name">Ana Pereira</span></div>
<div class="a-row"><span class="a-color-secondary">Order ID: </span><a class="thread-order-id" href="/orders-v3/order/${ORDER}">${ORDER}</a></div></div></div>
<div class="thread-messages" role="log">
<div class="thread-message"><div class="thread-message-max-width-container-left"><div class="thread-message-header a-size-small"><span class="a-text-bold thread-message-sender">Ana Pereira</span> <span class="a-color-secondary">(Buyer)</span></div>
<div class="thread-message-bubble thread-message-bubble-left"><div class="thread-message-body"><p>${ASK}</p></div></div>
<div class="thread-message-timestamp a-size-small a-color-tertiary">Nov 24, 2026 10:15 AM CET</div></div></div>
</div></div></body></html>`;

describe('cli advise reads what the buyer asks with the model', () => {
  it('the ask is one only the model understands (else this test proves nothing)', () => {
    expect(phraseIntents(ASK)).not.toContain('address-change');
    expect(classifyIntents(ASK).intents).toContain('address-change');
  });

  it('an address change on an unshipped order is advised as cancel-and-reorder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimwise-asks-'));
    const thread = join(dir, 'thread.html');
    writeFileSync(thread, THREAD);
    const run = await cli('advise',
      join(REPO_ROOT, 'test/fixtures/pages/order-details-de-german-unshipped.html'), '--url', `https://sellercentral.amazon.de/orders-v3/order/${ORDER}`,
      thread, '--url', `https://sellercentral.amazon.de/messaging/inbox-v3?ss=${ORDER}`,
      '--now', '2026-11-24T12:00:00Z');
    expect(run.status, run.stderr).toBe(0);
    const actions = (JSON.parse(run.stdout) as { advice: { orderId: string; action: string }[] }).advice
      .filter((a) => a.orderId === ORDER).map((a) => a.action);
    expect(actions[0]).toBe('cancel-and-reorder');
  }, 60_000);
});
