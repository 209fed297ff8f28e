// The manifest is the extension's promise to the browser and to the seller: what it may touch. Pinned here so any
// widening (a permission, a host, a resource pages can load, a looser policy) fails a test and is a decision.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Json = Record<string, unknown>;
const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Json;

/** The manifest as one browser's build sees it: `{{chrome}}.key` / `{{firefox}}.key` resolved, the other dropped. */
function forBrowser(m: Json, browser: 'chrome' | 'firefox'): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(m)) {
    const prefixed = /^\{\{(\w+)\}\}\.(.+)$/.exec(key);
    if (!prefixed) out[key] = value;
    else if (prefixed[1] === browser) out[prefixed[2]!] = value;
  }
  return out;
}

// The Seller Central hosts of shared/seller-central/PAGES.md ("All pages" > Domains), https only.
const SELLER_CENTRAL_HOSTS = [
  'sellercentral.amazon.com', 'sellercentral.amazon.ca', 'sellercentral.amazon.com.mx', 'sellercentral.amazon.com.br',
  'sellercentral.amazon.co.uk', 'sellercentral.amazon.de', 'sellercentral.amazon.fr', 'sellercentral.amazon.it',
  'sellercentral.amazon.es', 'sellercentral.amazon.nl', 'sellercentral.amazon.se', 'sellercentral.amazon.pl',
  'sellercentral.amazon.com.be', 'sellercentral.amazon.com.tr', 'sellercentral.amazon.co.jp', 'sellercentral.amazon.com.au',
  'sellercentral.amazon.sg', 'sellercentral.amazon.ae', 'sellercentral.amazon.sa', 'sellercentral.amazon.eg',
  'sellercentral.amazon.in', 'sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com',
];

function csp(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!.toLowerCase(), values];
  }));
}

/** Whether a web_accessible_resources entry (`*` matches any run of characters, '/' included) covers `file`. */
function reaches(resource: string, file: string): boolean {
  const pattern = resource.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(file);
}

describe.each(['chrome', 'firefox'] as const)('manifest for %s', (browser) => {
  const m = forBrowser(manifest, browser);

  it('asks for exactly storage, alarms and notifications', () => {
    expect(m.permissions).toEqual(['storage', 'alarms', 'notifications']);
  });

  it('asks for no host access, no optional permissions, no outside messaging', () => {
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable', 'update_url', 'key']) {
      expect(m, key).not.toHaveProperty(key);
    }
  });

  it('lets pages reach the checker module and its chunks only, on Seller Central hosts, loaded when a reply box is in view', () => {
    const wars = m.web_accessible_resources as Json[];
    expect(wars).toHaveLength(1);
    const war = forBrowser(wars[0]!, browser);
    // The chunks are the UI languages' words the module imports for the page's language; the build names them
    // content/checker-<name>.js, so the pattern reaches nothing but them (not the content script, not a page).
    expect(war.resources).toEqual(['content/checker.js', 'content/checker-*.js']);
    for (const file of ['content/main.js', 'popup.html', 'options.html', 'background/main.js', 'content/checkerx.js', 'checker-de.js']) {
      expect((war.resources as string[]).some((r) => reaches(r, file)), file).toBe(false);
    }
    expect(reaches('content/checker-*.js', 'content/checker-de.js')).toBe(true);
    expect([...(war.matches as string[])].sort()).toEqual(SELLER_CENTRAL_HOSTS.map((h) => `https://${h}/*`).sort());
    // Chrome: a per-session URL, so a page cannot probe a fixed address to learn the extension is installed.
    if (browser === 'chrome') expect(war.use_dynamic_url).toBe(true);
    else expect(war).not.toHaveProperty('use_dynamic_url');
  });

  it('runs its content script only on the Seller Central hosts, over https', () => {
    const scripts = m.content_scripts as { matches: string[]; exclude_matches?: string[]; js: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
    expect(scripts.length).toBeGreaterThan(0);
    const matches = scripts.flatMap((s) => s.matches);
    expect([...matches].sort()).toEqual(SELLER_CENTRAL_HOSTS.map((h) => `https://${h}/*`).sort());
    for (const s of scripts) {
      expect(s.all_frames ?? false).toBe(false);
      expect(s.match_about_blank ?? false).toBe(false);
      expect(s).not.toHaveProperty('match_origin_as_fallback');
    }
  });

  it('forbids its own pages any network connection and any script not shipped in the package', () => {
    const policy = (m.content_security_policy as { extension_pages: string }).extension_pages;
    const d = csp(policy);
    expect(d.get('connect-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(m.content_security_policy).not.toHaveProperty('sandbox');
  });
});

describe('Firefox specifics', () => {
  const m = forBrowser(manifest, 'firefox');

  it('declares its add-on id, that it collects no data, and Firefox 142 as the minimum', () => {
    expect(m.browser_specific_settings).toEqual({
      gecko: { id: 'claimwise@claimwise.app', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('gives Chrome none of the Firefox-only keys', () => {
    expect(forBrowser(manifest, 'chrome')).not.toHaveProperty('browser_specific_settings');
  });
});
