// The page readers as one classic script, so they can run in an ordinary page, without the extension around
// them, and be timed there. Built with the project's own bundler, minified as the content script is.
import { build, type Rolldown } from 'vite';
import { join } from 'node:path';

/** Global the script defines; its `readPage` is src/read/index.ts's. */
export const READER_GLOBAL = 'ClaimwiseRead';

export async function bundleReader(root: string): Promise<string> {
  const out = await build({
    configFile: false, root, logLevel: 'silent', mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false, minify: true, sourcemap: false, emptyOutDir: false,
      lib: { entry: join(root, 'src/read/index.ts'), formats: ['iife'], name: READER_GLOBAL, fileName: () => 'read.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('bundling src/read/index.ts produced no script');
  return chunk.code;
}
