// Build a DOM from a saved Seller Central page the way a browser would, so the content script's readers can run
// on it unchanged. jsdom does not attach declarative shadow roots, so we do it here.
import { JSDOM } from 'jsdom';

export function loadPage(html: string, url: string): Document {
  // No scripts run, nothing is fetched: the page is data.
  const dom = new JSDOM(html, { url, contentType: 'text/html' });
  attachDeclarativeShadowRoots(dom.window.document);
  return dom.window.document;
}

export function attachDeclarativeShadowRoots(root: Document | ShadowRoot): void {
  // Innermost first would need recursion anyway: a template's content can hold further templates.
  for (const tpl of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = tpl.parentElement;
    const mode = tpl.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    if (!host || host.shadowRoot) { tpl.remove(); continue; }
    let shadow: ShadowRoot;
    try {
      shadow = host.attachShadow({ mode });
    } catch {
      continue; // an element that cannot host a shadow root: leave the template inert, as a browser would
    }
    shadow.append(tpl.content);
    tpl.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}
