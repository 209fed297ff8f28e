// The guard's own words, in every UI language of the registry (a language added there fails to compile here until
// it is worded). Finding labels and hints come from the checker (src/check/hints.ts).
import type { UiLang } from '../../words/langs.ts';

export type GuardLang = UiLang;

export interface GuardWording { mustChange: string; checkFirst: string; instead: string }

export const GUARD_WORDING: Readonly<Record<UiLang, GuardWording>> = {
  en: { mustChange: 'Change this before sending', checkFirst: 'Check this before sending', instead: 'Write instead:' },
  de: { mustChange: 'Vor dem Senden ändern', checkFirst: 'Vor dem Senden prüfen', instead: 'Stattdessen:' },
  fr: { mustChange: 'À modifier avant l’envoi', checkFirst: 'À vérifier avant l’envoi', instead: 'Écrivez plutôt :' },
  es: { mustChange: 'Cámbielo antes de enviar', checkFirst: 'Revíselo antes de enviar', instead: 'Escriba en su lugar:' },
  it: { mustChange: 'Da modificare prima dell’invio', checkFirst: 'Da controllare prima dell’invio', instead: 'Scrivi invece:' },
  ja: { mustChange: '送信前に修正してください', checkFirst: '送信前にご確認ください', instead: '代わりに：' },
  zh: { mustChange: '发送前请修改', checkFirst: '发送前请检查', instead: '可改为：' },
};

