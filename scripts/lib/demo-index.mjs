// The demo's start page: links to every bundled Seller Central page, served at sellercentral.amazon.com.
export const DEMO_INDEX_URL = 'https://sellercentral.amazon.com/claimwise-demo';

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function demoIndexHtml(pages, port) {
  // Firefox reaches the server on its own port; Chromium maps :443 to it.
  const link = (url) => (port ? url.replace(/^(https:\/\/[^/]+)/, `$1:${port}`) : url);
  const items = pages.map((p) => `<li><a href="${escape(link(p.url))}">${escape(p.name)}</a> <small>${escape(new URL(p.url).host)}</small></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Claimwise demo pages</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:760px;margin:40px auto;padding:0 16px}small{color:#555}</style></head>
<body><h1>Claimwise demo</h1><p>These are modeled Seller Central pages served on this machine. Open one, then click the
Claimwise icon in the toolbar (pin it from the puzzle-piece menu) to see the next action, its deadline and the reply wording.</p>
<ul>${items}</ul></body></html>`;
}
