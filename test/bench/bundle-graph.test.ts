// What counts toward a bundle's size: everything the entry loads, shared chunks in each bundle that loads them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFiles, directRefs } from '../../bench/bundle-graph.ts';
import { entriesOf, measureBundles } from '../../bench/bundle-size.ts';

let dir: string;
const files: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    action: { default_popup: 'popup.html' },
    background: { service_worker: 'background/main.js', type: 'module' },
    content_scripts: [{ matches: ['https://sellercentral.amazon.com/*'], js: ['content/main.js'], css: ['content/guard.css'] }],
  }),
  'popup.html': '<!doctype html><html><head><script type="module" crossorigin src="/popup.js"></script>' +
    '<link rel="modulepreload" crossorigin href="/shared.js"><link rel="stylesheet" href="/popup.css"></head>' +
    '<body><a href="/not-loaded.js">x</a><img src="icons/16.png"></body></html>',
  'popup.js': 'import{a as e,b as t}from"./shared.js";import"./chunks/side.js";const l=()=>import("./lazy.js");e(t,l);',
  'shared.js': 'export*from"./chunks/deep.js";export{x as a,y as b};function x(){}function y(){}',
  'chunks/deep.js': 'import{q}from"../shared.js";export const z=q+"import(\'not a file\')";',
  'chunks/side.js': 'console.log("side")',
  'lazy.js': 'export default 1',
  'not-loaded.js': 'never',
  'popup.css': 'body{color:red}',
  'background/main.js': 'import{a}from"../shared.js";import"https://example.com/remote.js";a();',
  'content/main.js': '(function(){var x="import \\"./nothing.js\\"";})();',
  'content/guard.css': ':host{display:block}',
  'icons/16.png': 'png',
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-graph-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundleFiles', () => {
  it('follows an HTML page to its scripts and style sheets, and modules to their static imports', () => {
    expect(bundleFiles(dir, 'popup.html').sort()).toEqual(
      ['chunks/deep.js', 'chunks/side.js', 'popup.css', 'popup.html', 'popup.js', 'shared.js'].sort());
  });

  it('counts a shared chunk in every bundle that imports it, relative to the importing file', () => {
    expect(bundleFiles(dir, 'background/main.js').sort()).toEqual(['background/main.js', 'chunks/deep.js', 'shared.js']);
  });

  it('leaves out dynamic imports, links that are not loaded, remote URLs and look-alikes inside strings', () => {
    const popup = bundleFiles(dir, 'popup.html');
    expect(popup).not.toContain('lazy.js');
    expect(popup).not.toContain('not-loaded.js');
    expect(popup).not.toContain('icons/16.png');
    expect(bundleFiles(dir, 'content/main.js')).toEqual(['content/main.js']);
  });

  it('reads minified import and export forms', () => {
    expect(directRefs('a/b.js', 'import{x}from"../c.js";import"./d.js";export*from"./e.js";export{y}from\'./f.js\''))
      .toEqual(['c.js', 'a/d.js', 'a/e.js', 'a/f.js']);
    expect(directRefs('a/b.js', 'import x from "preact"; import y from "./g.js"')).toEqual(['a/g.js']);
  });
});

describe('measureBundles', () => {
  it('finds each entry in the built manifest, content styles included', () => {
    expect(entriesOf(JSON.parse(files['manifest.json']!) as Parameters<typeof entriesOf>[0])).toEqual({
      content: ['content/main.js', 'content/guard.css'], background: ['background/main.js'], popup: ['popup.html'],
    });
  });

  it('sums the level-9 gzip size of every loaded file, in KB, largest file first', () => {
    const sizes = measureBundles(dir);
    const gz = (f: string) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
    const popupFiles = ['popup.html', 'popup.js', 'shared.js', 'chunks/deep.js', 'chunks/side.js', 'popup.css'];
    expect(sizes.kbGzip.popup).toBeCloseTo(popupFiles.reduce((s, f) => s + gz(f), 0) / 1024, 2);
    expect(sizes.kbGzip.content).toBeCloseTo((gz('content/main.js') + gz('content/guard.css')) / 1024, 2);
    const bytes = sizes.files.popup.map((f) => f.gzipBytes);
    expect(bytes).toEqual([...bytes].sort((a, b) => b - a));
    expect(sizes.files.background.map((f) => f.file).sort()).toEqual(['background/main.js', 'chunks/deep.js', 'shared.js']);
  });

  it('refuses a manifest without a popup rather than report it as empty', () => {
    const bare = mkdtempSync(join(tmpdir(), 'bench-bare-'));
    try {
      writeFileSync(join(bare, 'manifest.json'), JSON.stringify({ background: { service_worker: 'sw.js' }, content_scripts: [{ js: ['c.js'] }] }));
      writeFileSync(join(bare, 'sw.js'), '');
      writeFileSync(join(bare, 'c.js'), '');
      expect(() => measureBundles(bare)).toThrow(/no popup entry/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
