// Which files the browser loads for one entry of the built extension: an HTML page pulls its scripts and style
// sheets, a module pulls what it imports statically. Shared chunks count in every bundle that loads them,
// because each context (page, popup, service worker) downloads and parses them on its own.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';

const HTML_REFS = /<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["'][^>]*>/gi;
// Minified ES modules: `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
const JS_REFS = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
const CSS_REFS = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g;

/** Files referenced by `file` (relative to `root`), local ones only, resolved to paths relative to `root`. */
export function directRefs(file: string, text: string): string[] {
  const pattern = file.endsWith('.html') ? HTML_REFS : file.endsWith('.css') ? CSS_REFS : JS_REFS;
  const refs: string[] = [];
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    const ref = m[1]!.split(/[?#]/)[0]!;
    if (!ref || /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) continue; // data:, https:, chrome-extension:
    if (!file.endsWith('.html') && !file.endsWith('.css') && !/^\.{0,2}\//.test(ref)) continue; // bare package name
    const resolved = ref.startsWith('/') ? normalize(ref.slice(1)) : normalize(join(dirname(file), ref));
    if (resolved.startsWith('..')) continue;
    refs.push(resolved.split(sep).join('/'));
  }
  return refs;
}

/** Every file `entry` loads, itself included, each once, in discovery order. */
export function bundleFiles(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [normalize(entry).split(sep).join('/')];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(html|m?js|css)$/.test(file)) continue;
    const text = readFileSync(join(root, file), 'utf8');
    for (const ref of directRefs(file, text)) if (!seen.has(ref)) queue.push(ref);
  }
  return [...seen];
}
