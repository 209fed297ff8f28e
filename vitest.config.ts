import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // test/heldout/ is measured by the eval:* scripts, never run as a gate (see vitest.heldout.config.ts).
    exclude: ['test/browser/**', 'test/firefox/**', 'test/heldout/**', 'node_modules/**'],
    environment: 'node',
    // Long corpus runs on a shared 2-core machine under load; speed is measured by `npm run bench`, not here.
    testTimeout: 120_000,
  },
});
