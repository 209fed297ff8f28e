// Every bound on how much work reading one page may take, in one place. A page past a bound is read as far as the
// bound allows and the reading says what was left out (`missing`), so a huge or hostile page costs seconds, not the
// browser tab or the command line's memory.

/**
 * Characters of HTML the command line parses. jsdom needs roughly 80 bytes of memory per byte of dense table
 * markup, so 3 MB stays near half a gigabyte; a saved 250-row Manage Orders page is about 0.6 MB.
 */
export const MAX_HTML_CHARS = 3_000_000;

/**
 * Element nesting kept when the command line parses a page. jsdom's tree building recurses once per level, so a
 * page nested 100,000 deep overflows its stack, and its cost grows with the square of the depth (2,500 levels take
 * about 4 s). Seller Central pages nest well under 100. Deeper elements are flattened into their ancestor at this
 * depth (their text is kept, their own tags are dropped).
 */
export const MAX_NESTING = 2_500;

/**
 * Elements the readers look at on one page. The 250-row Manage Orders page has about 16,000 and a 10,000-row
 * table about 400,000; past this the page is not read at all (every reader walks the whole page at least once, and
 * in the browser that would freeze the seller's tab) and the reading says why.
 */
export const MAX_ELEMENTS = 500_000;

/** Bytes of a page file the command line accepts at all (a saved page larger than this is not a page). */
export const MAX_FILE_BYTES = 200_000_000;
