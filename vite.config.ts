// Extension build. One config, two targets: TARGET=chrome|firefox picks the {{chrome}}/{{firefox}} manifest keys
// and the output folder. Tests have their own config (vitest.config.ts).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import webExtension from 'vite-plugin-web-extension';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const here = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(`${here}package.json`, 'utf8')) as { version: string };

export default defineConfig({
  root: 'src',
  publicDir: 'public',
  // No modulepreload polyfill: it is the only fetch() the bundles would otherwise contain.
  build: { outDir: `${here}dist/${target}`, emptyOutDir: true, minify: true, sourcemap: false, modulePreload: { polyfill: false } },
  plugins: [
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
