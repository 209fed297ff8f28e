// The guard's own words, in the languages Seller Central is used in here. Finding labels and hints come from
// the checker (src/check/hints.ts).
import type { HintLang } from '../../check/index.ts';

export type GuardLang = HintLang;

export const GUARD_WORDING: Record<GuardLang, { mustChange: string; checkFirst: string; found: string; instead: string }> = {
  en: { mustChange: 'Change this before sending', checkFirst: 'Check this before sending', found: 'Found:', instead: 'Write instead:' },
  de: { mustChange: 'Vor dem Senden ändern', checkFirst: 'Vor dem Senden prüfen', found: 'Gefunden:', instead: 'Stattdessen:' },
  zh: { mustChange: '发送前请修改', checkFirst: '发送前请检查', found: '发现：', instead: '可改为：' },
  ja: { mustChange: '送信前に修正してください', checkFirst: '送信前にご確認ください', found: '該当箇所：', instead: '代わりに：' },
};
