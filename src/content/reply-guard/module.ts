// The checker as a module of its own (content/checker.js), imported by the content script only when a reply box
// comes into view or a page snapshot is asked for: the phrase tables and expressions are most of the content
// script's weight and most Seller Central pages never show a reply box. Each UI language's words are a chunk beside
// it (content/checker-<lang>.js), loaded for the page's language only.
export { attachReplyGuard } from './live.ts';
export { snapshotPage } from '../../read/snapshot.ts';
