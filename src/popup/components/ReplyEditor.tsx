// Reply wording for one piece of advice: pick the language, edit, see what check() finds as you type, then copy it
// or put it into the page's reply box. The extension never sends: the seller reviews and clicks Send.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Advice, OrderCase, Reply } from '../../model.ts';
import { useChecker } from '../../ui/use-checker.ts';
import { REPLY_LANGUAGES, type ReplyLanguage, type Settings } from '../../options/settings.ts';
import { useI18n, type MessageKey } from '../../ui/i18n.ts';
import { insertReply } from '../../ui/api.ts';
import { Findings } from '../../ui/Findings.tsx';
import { LANGUAGE_KEY } from '../../ui/language-names.ts';
import { copyToClipboard } from '../clipboard.ts';

const INSERT_FAILURE: Record<string, MessageKey> = {
  'no-reply-box': 'insert_no_box',
  'no-content-script': 'insert_no_page',
};

interface Props {
  advice: Advice & { reply: NonNullable<Advice['reply']> };
  c: OrderCase | null;
  settings: Settings;
  tabId: number;
  /** After a successful insert: the page's draft has changed, so what the popup says about it must too. */
  onInserted?: () => void;
  /** The instant the advice was decided for: wording in another language says the same thing (e.g. "canceled"). */
  now: Date;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function ReplyEditor({ advice, c, settings, tabId, onInserted, now }: Props) {
  const { t } = useI18n();
  const original = advice.reply;
  // Edits are kept per language, so looking at another language and coming back loses nothing.
  const [drafts, setDrafts] = useState<Record<string, string>>({ [original.lang]: original.text });
  const [lang, setLang] = useState(original.lang);
  const [fallbackNote, setFallbackNote] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  // The language last asked for: a slower answer for an earlier pick must not overwrite it.
  const wanted = useRef(original.lang);

  useEffect(() => {
    setDrafts({ [original.lang]: original.text });
    setLang(original.lang);
    wanted.current = original.lang;
    setFallbackNote(null);
    setStatus(null);
  }, [advice.action, advice.orderId, original.lang, original.text]);

  const text = drafts[lang] ?? '';
  const check = useChecker();
  const findings = useMemo(() => (check ? check(text) : []), [check, text]);
  // Unchecked text is treated like blocked text: nothing goes into the page before the checker has seen it.
  const blocking = !check || findings.some((f) => f.severity === 'block');

  const pickLanguage = async (next: string) => {
    setStatus(null);
    setLang(next);
    wanted.current = next;
    if (drafts[next] !== undefined) { setFallbackNote(null); return; }
    let reply: Reply | null;
    try {
      // Wording in the other languages loads only when the seller asks for one: the popup opens without it.
      const { replyFor } = await import('../../replies/index.ts');
      reply = c ? replyFor(advice.action, c, next, settings, now) : null;
    } catch {
      reply = null;
    }
    if (wanted.current !== next) return;
    if (reply && reply.lang === next) {
      const wording = reply.text;
      setFallbackNote(null);
      setDrafts((d) => ({ ...d, [next]: wording }));
    } else {
      // No wording in that language: keep the seller's current text rather than show a different language.
      setFallbackNote(t('reply_no_wording', t(LANGUAGE_KEY[next as ReplyLanguage] ?? 'lang_en')));
      setDrafts((d) => ({ ...d, [next]: text }));
    }
  };

  const copy = async () => {
    const key = await copyToClipboard(text);
    setStatus({ kind: key === 'copy_done' ? 'ok' : 'error', text: t(key) });
  };

  const insert = async () => {
    const result = await insertReply(tabId, text);
    if (result.ok) onInserted?.();
    setStatus(result.ok
      ? { kind: 'ok', text: t('insert_done') }
      : { kind: 'error', text: t(INSERT_FAILURE[result.reason] ?? 'insert_failed') });
  };

  const languages: string[] = (REPLY_LANGUAGES as readonly string[]).includes(lang) ? [...REPLY_LANGUAGES] : [lang, ...REPLY_LANGUAGES];
  return (
    <section class="reply" aria-labelledby="reply-heading">
      <h2 id="reply-heading" class="section-heading">{t('reply_heading')}</h2>
      <p class="reply__for">{advice.title}</p>
      <div class="reply__lang">
        <label for="reply-lang">{t('reply_language')}</label>
        <select id="reply-lang" data-testid="reply-lang" value={lang} onChange={(e) => void pickLanguage(e.currentTarget.value)}>
          {languages.map((l) => <option key={l} value={l}>{LANGUAGE_KEY[l as ReplyLanguage] ? t(LANGUAGE_KEY[l as ReplyLanguage]) : l}</option>)}
        </select>
      </div>
      {fallbackNote && <p class="reply__note" role="status">{fallbackNote}</p>}
      <label for="reply-text" class="reply__label">{t('reply_text_label')}</label>
      <textarea id="reply-text" data-testid="reply-text" lang={lang} rows={8} value={text}
        aria-describedby={findings.length > 0 ? 'reply-findings' : undefined}
        onInput={(e) => { const v = e.currentTarget.value; setStatus(null); setDrafts((d) => ({ ...d, [lang]: v })); }} />
      {!check ? <p class="reply__check" role="status">{t('check_loading')}</p> : findings.length > 0
        ? <>
            <p class="reply__check reply__check--bad">{findings.some((f) => f.severity === 'block') ? t('check_blocking') : t('check_warnings')}</p>
            <Findings findings={findings} id="reply-findings" />
          </>
        : <p class="reply__check reply__check--ok">{t('check_clean')}</p>}
      <div class="reply__actions">
        <button type="button" class="button" onClick={() => void copy()} disabled={text.trim() === ''}>{t('copy')}</button>
        <button type="button" class="button button--primary" onClick={() => void insert()}
          disabled={blocking || text.trim() === ''} aria-describedby="insert-help">{t('insert')}</button>
      </div>
      <p id="insert-help" class="reply__help">{!check ? t('check_loading') : blocking ? t('insert_blocked') : t('insert_help')}</p>
      <p class={`reply__status${status?.kind === 'error' ? ' reply__status--error' : ''}`} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
