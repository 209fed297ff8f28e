// Hand-written pieces of buyer messages for one language. The composer (../compose.ts) joins them into whole
// messages with greetings, sign-offs, quoted earlier text, typos and a second ask, and labels each message from the
// pieces it used. A piece says one thing; `neg` pieces negate or withdraw an ask and carry the set they really ask.
import type { BuyerIntent } from '../../../src/model.ts';

export type Core = Record<BuyerIntent, readonly string[]>;

export interface Fragments {
  greet: readonly string[];
  close: readonly string[];
  /** The line an e-mail client or Amazon puts above a quoted earlier message. */
  quoteHead: readonly string[];
  core: Core;
  /** Indirect or very polite wording: hard even on its own. */
  indirect?: Partial<Core>;
  neg: ReadonlyArray<readonly [string, readonly BuyerIntent[]]>;
}
