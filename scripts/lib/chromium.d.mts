import type { BrowserContext, Page, Worker } from 'playwright-core';
export const INSTALL_HINT: Record<string, string>;
export function findChrome(): string;
export function launchWithExtension(o: { extensionDir: string; hostRules: string; headless: boolean; userDataDir?: string; args?: string[] }):
  Promise<{ context: BrowserContext; worker: Worker; extensionId: string; userDataDir: string }>;
export function tabIds(worker: Worker): Promise<number[]>;
export function openTab(context: BrowserContext, worker: Worker, url: string): Promise<{ page: Page; tabId: number }>;
