import { defineConfig } from 'vitest/config';

// The held-aside pages are a measurement, not a gate: `npm run eval:pages` reports how the readers do on pages
// nobody tuned them on. Keeping them out of `npm test` keeps anyone from fixing a reader to make one of them pass.
export default defineConfig({
  test: {
    include: ['test/heldout/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
