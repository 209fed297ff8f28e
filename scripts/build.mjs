// npm run build: the extension for Chrome (dist/chrome) and Firefox (dist/firefox) from one manifest.
// The checker is built beside it as an ES module (content/checker.js) that the content script imports when a reply
// box comes into view: content scripts are classic scripts, so it cannot be a chunk of the content script's build.
// Its chunks (one per UI language's words) sit beside it as content/checker-<name>.js.
import { build } from 'vite';
import { root } from './lib/sites.mjs';

// The same CLAIMWISE_DIST and CLAIMWISE_SOURCEMAP as vite.config.ts, so the checker lands beside the rest.
const dist = process.env.CLAIMWISE_DIST ?? `${root}dist`;
const sourcemap = process.env.CLAIMWISE_SOURCEMAP === '1' ? 'hidden' : false;
const targets = process.argv.slice(2).filter((a) => a === 'chrome' || a === 'firefox');
for (const target of targets.length ? targets : ['chrome', 'firefox']) {
  process.env.TARGET = target;
  await build({ configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' });
  await build({
    configFile: false,
    root: `${root}src`,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: `${dist}/${target}/content`,
      emptyOutDir: false,
      minify: true,
      sourcemap,
      modulePreload: { polyfill: false },
      lib: { entry: `${root}src/content/reply-guard/module.ts`, formats: ['es'], fileName: () => 'checker.js' },
      // Each UI language's words are a chunk the checker imports for the page's language only; a fixed name prefix
      // is what manifest.json makes web-accessible (content/checker-*.js), and nothing else of the package.
      rollupOptions: { output: { chunkFileNames: 'checker-[name].js' } },
    },
  });
  console.log(`built ${dist}/${target}`);
}
