// Who may tell the background what. Readings only from our own content scripts in Seller Central tabs; UI requests
// only from our own extension pages. Everything else is dropped (and counted).
import type browser from 'webextension-polyfill';
import { isSellerCentralHost } from '../read/hosts.ts';

export function isSellerCentralUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && isSellerCentralHost(u.hostname);
  } catch {
    return false;
  }
}

export function isOwnContentScript(sender: browser.Runtime.MessageSender, extensionId: string): boolean {
  return sender.id === extensionId && sender.tab?.id !== undefined && isSellerCentralUrl(sender.url);
}

export function isOwnExtensionPage(sender: browser.Runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  try {
    return new URL(sender.url).origin === new URL(extensionOrigin).origin;
  } catch {
    return false;
  }
}
