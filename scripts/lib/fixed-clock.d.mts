import type { Worker } from 'playwright-core';

export const FIXTURE_NOW: string;
export function fixExtensionClock(worker: Worker, at?: string): Promise<void>;
