// The instant the fixture and demo pages were written for ("today" in the reference pages' README). Tests, the demo
// and the bench advise at this moment — through the extension's `clockOverride` storage key in a browser, `--now`
// on the command line — so their answers never drift with the real date.
export const FIXTURE_NOW = '2026-11-24T18:00:00Z';

/** Fix the clock of a running extension: every part of it reads this key before it reads the wall clock. */
export async function fixExtensionClock(worker, at = FIXTURE_NOW) {
  await worker.evaluate(async (iso) => { await chrome.storage.local.set({ clockOverride: iso }); }, at);
}
