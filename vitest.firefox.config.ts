// Firefox smoke: the Firefox build (dist/firefox) installed in Firefox ESR over WebDriver BiDi (puppeteer-core),
// against fixture pages served as Seller Central. Runs after `node scripts/build.mjs firefox`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
