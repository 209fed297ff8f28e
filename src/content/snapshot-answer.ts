import type { SnapshotAnswer } from '../messaging.ts';
import type { PageKind } from '../model.ts';
import type { Snapshot } from '../read/snapshot.ts';

/** A file name that says what the page was and when, and nothing about the buyer. */
export function snapshotAnswer(snap: Snapshot, kind: PageKind, now: Date): SnapshotAnswer {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return { ok: true, filename: `claimwise-page-${kind}-${stamp}.html`, html: snap.html, redactions: snap.redactions };
}
