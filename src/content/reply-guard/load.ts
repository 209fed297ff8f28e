// Loads content/checker.js (built from module.ts) once per page. The URL comes from runtime.getURL so the bundler
// leaves the import alone, and so Chrome's per-session dynamic URL is used where the manifest asks for one. The
// `chrome` global (Firefox has it too) is called directly: the add-on linter accepts import() only of a literal or
// of `chrome.runtime.getURL(…)` / `browser.runtime.getURL(…)` as written, and the polyfill import would be renamed.

export type CheckerModule = typeof import('./module.ts');

/** Path of the lazily loaded checker inside the built extension; manifest.json lists it as web-accessible. */
export const CHECKER_PATH = 'content/checker.js';

let loading: Promise<CheckerModule> | undefined;

export function loadChecker(): Promise<CheckerModule> {
  loading ??= (import(/* @vite-ignore */ chrome.runtime.getURL(CHECKER_PATH)) as Promise<CheckerModule>)
    .catch((error: unknown) => {
      loading = undefined; // an extension reload mid-page invalidates the URL: the next box tries again
      throw error;
    });
  return loading;
}
