// The options page: signature, reply languages, UI language, reminders, how long orders are remembered, and
// "forget everything". Saved to storage.local on Save; the UI language applies at once.
import { useMemo, useRef, useState } from 'preact/hooks';
import type browser from 'webextension-polyfill';
import { useChecker } from '../ui/use-checker.ts';
import { I18nContext, i18nFor, useI18n, type BrowserI18n, type I18n, type MessageKey } from '../ui/i18n.ts';
import { Findings } from '../ui/Findings.tsx';
import { forgetEverything } from '../ui/api.ts';
import { LANGUAGE_KEY } from '../ui/language-names.ts';
import {
  REPLY_LANGUAGES, RETENTION_MAX, RETENTION_MIN, SIGNATURE_MAX, UI_LANGUAGES, saveSettings,
  type ReplyLanguage, type Settings, type UiLanguage,
} from './settings.ts';
import { formatLeadHours, parseLeadHours } from './lead-hours-input.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { MemoryNotice } from './MemoryNotice.tsx';
import { WhatChanged, type ChangesLoader } from './WhatChanged.tsx';
import { ClockBanner } from '../ui/ClockBanner.tsx';
import { wallClock } from '../clock.ts';

type Area = Pick<browser.Storage.StorageArea, 'get' | 'set'>;

export interface OptionsProps {
  initial: Settings;
  storage: Area;
  browserI18n: BrowserI18n | null;
  /** The strings for `initial.uiLanguage`, already loaded. */
  i18n: I18n;
  /** Set when the clock is fixed by `clockOverride`: the page says so. */
  clockFixedAt?: Date | null;
  /** Asks the background for "What changed"; without it the section is left out (a page that talks to nobody). */
  loadChanges?: ChangesLoader;
}

/** Root: owns the strings so a saved change of UI language re-labels the page without a reload. */
export function OptionsApp({ initial, storage, browserI18n, i18n: initialI18n, clockFixedAt = null, loadChanges }: OptionsProps) {
  const [i18n, setI18n] = useState<I18n>(initialI18n);
  const onSaved = async (s: Settings) => {
    try {
      setI18n(await i18nFor(s.uiLanguage, browserI18n));
    } catch {
      // The saved language applies on the next visit; the page stays readable in the current one.
    }
  };
  return (
    <I18nContext.Provider value={i18n}>
      <ClockBanner fixedAt={clockFixedAt} />
      <OptionsForm initial={initial} storage={storage} onSaved={(s) => void onSaved(s)} loadChanges={loadChanges} now={clockFixedAt ?? wallClock.now()} />
    </I18nContext.Provider>
  );
}

const UI_LANGUAGE_KEY: Record<UiLanguage, MessageKey> = {
  auto: 'ui_lang_auto', en: 'ui_lang_en', de: 'ui_lang_de', fr: 'ui_lang_fr', es: 'ui_lang_es', it: 'ui_lang_it',
  ja: 'ui_lang_ja', zh: 'ui_lang_zh',
};

type Status = { kind: 'ok' | 'error'; key: MessageKey } | null;

function OptionsForm({ initial, storage, onSaved, loadChanges, now }: {
  initial: Settings; storage: Area; onSaved: (s: Settings) => void; loadChanges?: ChangesLoader; now: Date;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<Settings>(initial);
  const [leadText, setLeadText] = useState(formatLeadHours(initial.reminders.leadHours));
  const [retentionText, setRetentionText] = useState(String(initial.retentionDays));
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [forgetStatus, setForgetStatus] = useState<Status>(null);
  const [addLang, setAddLang] = useState<string>('');
  const forgetButton = useRef<HTMLButtonElement>(null);

  const leadHours = parseLeadHours(leadText);
  const retention = /^\d+$/.test(retentionText.trim()) ? Number(retentionText.trim()) : NaN;
  const retentionOk = Number.isInteger(retention) && retention >= RETENTION_MIN && retention <= RETENTION_MAX;
  const check = useChecker();
  const signatureFindings = useMemo(() => (check ? check(draft.signature) : []), [check, draft.signature]);
  const valid = leadHours !== null && retentionOk;

  const edit = (patch: Partial<Settings>) => { setStatus(null); setDraft((d) => ({ ...d, ...patch })); };
  const langs = draft.replyLanguages as ReplyLanguage[];
  const move = (i: number, by: -1 | 1) => {
    const next = [...langs];
    const j = i + by;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    edit({ replyLanguages: next });
  };
  const available = REPLY_LANGUAGES.filter((l) => !langs.includes(l));

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (!valid || leadHours === null) { setStatus({ kind: 'error', key: 'options_invalid' }); return; }
    try {
      const saved = await saveSettings(storage, { ...draft, reminders: { ...draft.reminders, leadHours }, retentionDays: retention });
      setDraft(saved);
      setLeadText(formatLeadHours(saved.reminders.leadHours));
      setStatus({ kind: 'ok', key: 'options_saved' });
      onSaved(saved);
    } catch {
      setStatus({ kind: 'error', key: 'options_save_failed' });
    }
  };

  const onForget = async () => {
    setConfirming(false);
    try {
      setForgetStatus((await forgetEverything()) ? { kind: 'ok', key: 'forget_done' } : { kind: 'error', key: 'forget_failed' });
    } catch {
      setForgetStatus({ kind: 'error', key: 'forget_failed' });
    }
  };

  return (
    <main class="options" lang={lang}>
      <h1>{t('options_title')}</h1>
      <MemoryNotice storage={storage} />
      <p class="options__intro">{t('options_intro')}</p>
      <p class="options__intro" data-testid="advisory">{t('options_advisory')}</p>
      <form class="options__form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <section class="options__section">
          <label for="signature" class="options__label">{t('options_signature')}</label>
          <p id="signature-help" class="options__help">{t('options_signature_help')}</p>
          <textarea id="signature" rows={3} maxLength={SIGNATURE_MAX} value={draft.signature} aria-describedby="signature-help"
            onInput={(e) => edit({ signature: e.currentTarget.value })} />
          <Findings findings={signatureFindings} />
        </section>

        <section class="options__section" aria-labelledby="reply-langs-heading">
          <h2 id="reply-langs-heading" class="options__label">{t('options_reply_languages')}</h2>
          <p class="options__help">{t('options_reply_languages_help')}</p>
          {langs.length === 0 ? <p class="options__empty">{t('options_reply_languages_none')}</p> : (
            <ol class="lang-list" data-testid="reply-languages">
              {langs.map((l, i) => {
                const name = t(LANGUAGE_KEY[l]);
                return (
                  <li key={l} data-lang={l} class="lang-list__item">
                    <span class="lang-list__name">{name}</span>
                    <button type="button" class="button button--small" disabled={i === 0} aria-label={t('options_move_up', name)} onClick={() => move(i, -1)}>↑</button>
                    <button type="button" class="button button--small" disabled={i === langs.length - 1} aria-label={t('options_move_down', name)} onClick={() => move(i, 1)}>↓</button>
                    <button type="button" class="button button--small" aria-label={t('options_remove', name)}
                      onClick={() => edit({ replyLanguages: langs.filter((x) => x !== l) })}>{t('options_remove_short')}</button>
                  </li>
                );
              })}
            </ol>
          )}
          {available.length > 0 && (
            <div class="options__row">
              <label for="add-lang">{t('options_add_language')}</label>
              <select id="add-lang" value={addLang} onChange={(e) => setAddLang(e.currentTarget.value)}>
                <option value="">{t('options_choose')}</option>
                {available.map((l) => <option key={l} value={l}>{t(LANGUAGE_KEY[l])}</option>)}
              </select>
              <button type="button" class="button button--small" disabled={!addLang}
                onClick={() => { if (addLang) { edit({ replyLanguages: [...langs, addLang] }); setAddLang(''); } }}>
                {t('options_add')}
              </button>
            </div>
          )}
        </section>

        <section class="options__section">
          <label for="ui-language" class="options__label">{t('options_ui_language')}</label>
          <select id="ui-language" value={draft.uiLanguage}
            onChange={(e) => edit({ uiLanguage: UI_LANGUAGES.find((x) => x === e.currentTarget.value) ?? 'auto' })}>
            {UI_LANGUAGES.map((l) => <option key={l} value={l} lang={l === 'auto' ? undefined : l}>{t(UI_LANGUAGE_KEY[l])}</option>)}
          </select>
        </section>

        <fieldset class="options__section">
          <legend class="options__label">{t('options_reminders')}</legend>
          <label class="options__check">
            <input id="reminders-enabled" type="checkbox" checked={draft.reminders.enabled}
              onChange={(e) => edit({ reminders: { ...draft.reminders, enabled: e.currentTarget.checked } })} />
            {' '}{t('options_reminders_enabled')}
          </label>
          <label for="lead-hours">{t('options_lead_hours')}</label>
          <input id="lead-hours" type="text" inputMode="numeric" value={leadText} disabled={!draft.reminders.enabled}
            aria-invalid={leadHours === null} aria-describedby="lead-hours-help"
            onInput={(e) => { setStatus(null); setLeadText(e.currentTarget.value); }} />
          <p id="lead-hours-help" class={leadHours === null ? 'options__help error' : 'options__help'}>
            {leadHours === null ? t('options_lead_hours_invalid') : t('options_lead_hours_help')}
          </p>
        </fieldset>

        <section class="options__section">
          <label for="retention" class="options__label">{t('options_retention')}</label>
          <input id="retention" type="number" min={RETENTION_MIN} max={RETENTION_MAX} step={1} value={retentionText}
            aria-invalid={!retentionOk} aria-describedby="retention-help"
            onInput={(e) => { setStatus(null); setRetentionText(e.currentTarget.value); }} />
          <p id="retention-help" class={retentionOk ? 'options__help' : 'options__help error'}>
            {retentionOk ? t('options_retention_help') : t('options_retention_invalid', RETENTION_MIN, RETENTION_MAX)}
          </p>
        </section>

        <div class="options__row">
          <button type="submit" class="button button--primary">{t('options_save')}</button>
          <span role="status" aria-live="polite" class={status?.kind === 'error' ? 'error' : 'options__saved'}>
            {status ? t(status.key) : ''}
          </span>
        </div>
      </form>

      {loadChanges && <WhatChanged load={loadChanges} now={now} />}

      <section class="options__section options__danger" aria-labelledby="forget-heading">
        <h2 id="forget-heading" class="options__label">{t('forget_heading')}</h2>
        <p class="options__help">{t('forget_help')}</p>
        <div class="options__row">
          <button ref={forgetButton} type="button" class="button button--danger" data-testid="forget-everything" onClick={() => setConfirming(true)}>
            {t('forget_button')}
          </button>
          <span role="status" aria-live="polite" class={forgetStatus?.kind === 'error' ? 'error' : 'options__saved'}>
            {forgetStatus ? t(forgetStatus.key) : ''}
          </span>
        </div>
      </section>
      {confirming && (
        <ConfirmDialog title={t('forget_confirm_title')} body={t('forget_confirm_body')} confirmLabel={t('forget_confirm')}
          cancelLabel={t('cancel')} opener={forgetButton} onConfirm={() => void onForget()} onCancel={() => setConfirming(false)} />
      )}
    </main>
  );
}
