// Page chrome shared by every Seller Central page: marketplace and language switchers, and the furniture that
// holds other orders' ids or help text. Seen on every page of ../shared/reference-pages (navbar of 2023+ pages at
// sellercentral.amazon.com/*, legacy #sc-top-nav at sellercentral.amazon.co.uk/* and the EU hosts); the ids and
// classes of the chrome are modeled there, not evidenced (README "Evidenced or modeled").

/** Subtrees that are never facts of the page's own order/claim/thread. */
export const CHROME_NOISE = {
  ids: new Set([
    'sc-side-nav', // side menu with "Recently viewed" links to other orders
    'hmd2-help-widget', // help articles titled "About Claims Protected shipping labels" etc.
    'sc-search-suggestions', // other order ids
    'sc-navbar-container', 'sc-top-nav', 'sc-footer-container', 'sc-footer', 'sc-bookmarks-bar',
  ]),
  classes: [
    'a-popover-preload', // hidden popovers (tracking events are read from them on purpose, by selector)
    'sc-search-suggestion', 'hmd2-panel', 'sc-recently-viewed',
  ],
  widgets: new Set(['customers-also-bought']),
};

/** Where the marketplace and UI language are shown outside the page content. */
export const CHROME = {
  /** Navbar (2023+): "Northwind Goods | United States"; the selected list item carries the marketplace id. */
  switcherRegional: '.dropdown-account-switcher-header-label-regional',
  /** The same switcher's account part: the seller's own name, as the seller's messages are signed in a thread. */
  switcherAccount: '.dropdown-account-switcher-header-label-global',
  switcherSelected: '.dropdown-account-switcher-list-item.selected[data-marketplace-id], ' +
    '.dropdown-account-switcher-list-item[aria-selected="true"][data-marketplace-id]',
  /** Legacy top nav: <select> of "Shop - Country" options whose values are marketplace ids. */
  legacyPicker: '#sc-mkt-picker-switcher-select',
  /** UI language select, option values like "en_US", "zh_CN". */
  languageSelect: '#sc-lang-switcher-header-select',
} as const;

/** Containers that hold the page's own content, most specific first. */
export const CONTENT_ROOTS = ['#MYO-app', '#sc-content-container', '#a-page', 'body'] as const;

/**
 * While Seller Central renders: the app shell's #apploading holds children, and AUI / Katal spinners show unless a
 * hidden ancestor hides them (AUI hides with .aok-hidden).
 */
export const LOADING = {
  appLoadingId: 'apploading',
  spinner: '.a-spinner, kat-spinner',
  hiddenAncestor: '.aok-hidden, [hidden], [aria-hidden="true"]',
} as const;
