// Real-browser suite: Chromium with the built extension (dist/chrome) against fixture pages served as Seller
// Central. One file at a time: each launches its own browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
