// Extension build. One config, two targets: TARGET=chrome|firefox picks the {{chrome}}/{{firefox}} manifest keys
// and the output folder. Tests have their own config (vitest.config.ts).
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import webExtension from 'vite-plugin-web-extension';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const here = fileURLToPath(new URL('.', import.meta.url));
// CLAIMWISE_DIST puts the build in another folder than dist/ and CLAIMWISE_SOURCEMAP=1 adds source maps (not
// referenced from the scripts): bench/bundle-sources.ts builds so to trace each byte to its source.
const dist = process.env.CLAIMWISE_DIST ?? `${here}dist`;
const sourcemap = process.env.CLAIMWISE_SOURCEMAP === '1' ? 'hidden' : false;
const pkg = JSON.parse(readFileSync(`${here}package.json`, 'utf8')) as { version: string };

// The service worker is a module (manifest background.type "module"), so its build is an ES module that imports the
// intent model's weights as a chunk of their own (background/intent-weights.js): the worker's code and the weights
// are measured and cached apart. Other script entries (the content script) stay classic scripts.
const WEIGHTS = 'src/rules/intent/weights.generated.ts';
function backgroundAsModule(): Plugin {
  let background = false;
  return {
    name: 'claimwise-background-module',
    options(input) {
      const entries = typeof input.input === 'string' ? [input.input] : Array.isArray(input.input) ? input.input : Object.values(input.input ?? {});
      background = entries.some((e) => e.replaceAll('\\', '/').includes('background/main'));
      return null;
    },
    outputOptions(output) {
      if (!background) return null;
      return {
        ...output, format: 'es', inlineDynamicImports: undefined, name: undefined,
        chunkFileNames: 'background/[name].js',
        codeSplitting: { groups: [{ name: 'intent-weights', test: (id: string) => id.replaceAll('\\', '/').endsWith(WEIGHTS) }] },
      };
    },
  };
}

export default defineConfig({
  root: 'src',
  publicDir: 'public',
  // No modulepreload polyfill: it is the only fetch() the bundles would otherwise contain.
  build: { outDir: `${dist}/${target}`, emptyOutDir: true, minify: true, sourcemap, modulePreload: { polyfill: false } },
  plugins: [
    backgroundAsModule(),
    preact(),
    webExtension({
      browser: target,
      // The plugin otherwise downloads a schema from the internet to validate the manifest.
      skipManifestValidation: true,
      disableAutoLaunch: true,
      printSummary: false,
      manifest: () => ({ ...(JSON.parse(readFileSync(`${here}manifest.json`, 'utf8')) as Record<string, unknown>), version: pkg.version }),
    }),
  ],
});
