// The draft checker, loaded after first paint: it is the largest part of the UI (phrase lists in many languages,
// phone-number lengths), and the popup should show the advice before it arrives. Until it has loaded the reply
// counts as unchecked, never as clean.
import { useEffect, useState } from 'preact/hooks';
import type { CheckOptions } from '../check/index.ts';
import type { Finding } from '../model.ts';
import { useI18n } from './i18n.ts';

export type Check = (text: string, options?: CheckOptions) => Finding[];

let loading: Promise<Check> | null = null;

export function loadChecker(): Promise<Check> {
  loading ??= import('../check/index.ts').then((m) => m.check);
  // A failed load may succeed when asked again (extension updated while the popup was open).
  loading.catch(() => { loading = null; });
  return loading;
}

/** check() with its hints in the UI's language, or null while it loads (or if it could not load). */
export function useChecker(): ((text: string) => Finding[]) | null {
  const { lang } = useI18n();
  const [checker, setChecker] = useState<{ check: Check } | null>(null);
  useEffect(() => {
    let live = true;
    loadChecker().then((check) => { if (live) setChecker({ check }); }, () => undefined);
    return () => { live = false; };
  }, []);
  const check = checker?.check;
  return check ? (text: string) => check(text, { lang }) : null;
}
