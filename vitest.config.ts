import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // test/heldout/ is measured by the eval:* scripts, never run as a gate (see vitest.heldout.config.ts).
    exclude: ['test/browser/**', 'test/firefox/**', 'test/heldout/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
