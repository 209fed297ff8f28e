// The document `npm run --silent bench` prints (CONTRACT.md §6), with the run counts and details that let a
// reader judge the figures. A figure that was not measured (skipped with --quick, or failed) is null.
import type { BundleSizes } from './bundle-size.ts';
import type { PageLoadTiming } from './page-load.ts';
import type { ReadTiming } from './read-timing.ts';
import type { HostileTiming } from './check-hostile.ts';
import type { WorstPages } from './worst-page.ts';
import type { IntentTiming } from './intents.ts';
import type { CompactListTiming } from './compact-list.ts';

export interface BenchResult {
  bundleKbGzip: BundleSizes['kbGzip'] | null;
  readOrderList250: ReadTiming | null;
  pageLoadOverheadRatio: number | null;
  checkDraft2000Ms: number | null;
  adviseOrders1000Ms: number | null;
  /** The checker on hostile text (issue 15); absent where not measured. */
  checkHostile?: HostileTiming | null;
  /** `cli read` on the worst pages it must survive (issue 13). */
  worstPage?: WorstPages | null;
  /** The buyer-intent model (issue 14). */
  intents?: IntentTiming | null;
  compactList?: CompactListTiming | null;
  runs: { readOrderList250: number; pageLoadPerProfile: number; checkDraft2000: number; adviseOrders1000: number };
  pageLoad: Omit<PageLoadTiming, 'ratio'> | null;
  cores: { findingsInDraft: number; ordersAdvised: number; adviceItems: number } | null;
  bundleFiles: BundleSizes['files'] | null;
  ordersPage: { orders: number; origin: string; url: string } | null;
  /** "working tree" or the git revision measured. */
  source: string;
  quick: boolean;
  /** Parts not measured and why. */
  skipped: string[];
  errors: string[];
  takenAt: string;
}
