// What one page showed (CONTRACT.md §2): the records it listed, and `missing` for every null it did not show.
import * as v from 'valibot';
import { MAX_ITEMS, MAX_TEXT, list, text } from './fields.ts';
import { OrderFactsSchema } from './order.ts';
import { ClaimFactsSchema } from './claim.ts';
import { MessageFactsSchema } from './message.ts';
import { ReturnFactsSchema } from './return.ts';

export const PAGE_KINDS = ['order-details', 'order-list', 'claim', 'claim-list', 'messages', 'returns', 'unknown'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const MARKETPLACES = ['US', 'CA', 'MX', 'BR', 'UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'BE', 'TR',
  'JP', 'AU', 'SG', 'AE', 'SA', 'EG', 'IN'] as const;
export type Marketplace = (typeof MARKETPLACES)[number];
export const MarketplaceSchema = v.picklist(MARKETPLACES);

/** UI language of Seller Central or of a buyer/reply: ISO 639-1 (any, not only the ones Claimwise speaks). */
export const LangSchema = text(16);

export const PageReadingSchema = v.object({
  kind: v.picklist(PAGE_KINDS),
  marketplace: v.nullable(MarketplaceSchema),
  uiLanguage: v.nullable(LangSchema),
  orders: list(OrderFactsSchema),
  claims: list(ClaimFactsSchema),
  messages: list(MessageFactsSchema),
  returns: list(ReturnFactsSchema),
  /** Paths like "orders[0].shipBy" for every null the page did not show. */
  missing: list(text(200), MAX_ITEMS * 20),
  /** The unsent text in the page's reply box, if any: what `check` runs on. Not a message. */
  draft: v.optional(v.nullable(text(MAX_TEXT))),
  /** How the page was read where it matters to trust it (the address and the page disagree on its kind). */
  notes: v.optional(list(text(300), 20)),
});
export type PageReading = v.InferOutput<typeof PageReadingSchema>;
