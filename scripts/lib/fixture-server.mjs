// A local HTTPS server that answers as Seller Central: each route maps host + path to a saved page. The browser
// reaches it through --host-resolver-rules, so the extension's real match patterns apply. The certificate is
// self-signed and made at start; nothing is written to disk.
import { createServer } from 'node:https';
import { readFileSync } from 'node:fs';
import selfsigned from 'selfsigned';
import { SELLER_CENTRAL_HOSTS } from './sites.mjs';

/**
 * @param {{ url: string, file?: string, html?: string }[]} routes
 * @returns {Promise<{ port: number, close: () => Promise<void>, hostRules: string }>}
 */
export async function startFixtureServer(routes) {
  const table = new Map(routes.map((r) => {
    const u = new URL(r.url);
    return [`${u.host}${u.pathname}`, r];
  }));
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'sellercentral.amazon.com' }], {
    days: 2, keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: SELLER_CENTRAL_HOSTS.map((value) => ({ type: 2, value })) }],
  });
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const u = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    const route = table.get(`${u.hostname}${u.pathname}`);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`No fixture page at ${u.hostname}${u.pathname}`);
      return;
    }
    const body = route.html ?? readFileSync(route.file);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const hostRules = SELLER_CENTRAL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  return {
    port, hostRules,
    /** Replace the page served at `url` (for pages that need the port in their links). */
    setHtml: (url, html) => { const u = new URL(url); table.set(`${u.host}${u.pathname}`, { url, html }); },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
