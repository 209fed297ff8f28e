// The response to Amazon for one claim advice (claim response, appeal, insurance details): built from every fact
// remembered for the order, in the marketplace's language, editable and checked as it is edited, with the blanks
// still to fill in, what to attach and the rules it rests on. Copy it, or put it into the claim page's response box;
// the extension never submits.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Advice, Marketplace, OrderCase } from '../../model.ts';
import type { EvidenceAction, EvidencePack } from '../../replies/evidence.ts';
import type { ReplyLanguage } from '../../options/settings.ts';
import { useI18n, type MessageKey } from '../../ui/i18n.ts';
import { useChecker } from '../../ui/use-checker.ts';
import { insertReply } from '../../ui/api.ts';
import { EVIDENCE_LANGUAGES, loadEvidence } from '../evidence-loader.ts';
import { evidenceRules, sourcesOf, type FactSource } from '../evidence-sources.ts';
import { LANGUAGE_KEY } from '../../ui/language-names.ts';
import { Findings } from '../../ui/Findings.tsx';
import { RuleLinks } from './RuleLinks.tsx';
import { AppealWindow, appealClosed } from './AppealWindow.tsx';
import { marketplaceTimeZone } from '../../ui/dates.ts';
import { copyToClipboard } from '../clipboard.ts';

const INSERT_FAILURE: Record<string, MessageKey> = {
  'no-response-box': 'evidence_insert_no_box',
  // A content script that predates response boxes answers in buyer-reply terms.
  'no-reply-box': 'evidence_insert_no_box',
  'several-response-boxes': 'evidence_insert_several',
  'wrong-page': 'evidence_insert_wrong_page',
  'no-content-script': 'insert_no_page',
};

const SOURCE_KEY: Record<FactSource, MessageKey> = {
  order: 'evidence_source_order', claim: 'evidence_source_claim', messages: 'evidence_source_messages',
  returns: 'evidence_source_returns', confirmed: 'evidence_source_confirmed',
};

/** "[date we answered: ____]": what the pack writes where a fact is unknown; gone once the seller fills it in. */
const BLANK = /\[[^[\]\n]*_{4,}[^[\]\n]*\]/g;

export interface Blank { text: string; start: number; end: number }

/** The blanks still in `text`, in order: the seller may fill them in here or in the page's box. */
export function remainingBlanks(text: string): Blank[] {
  return [...text.matchAll(BLANK)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

interface Props {
  advice: Advice & { action: EvidenceAction };
  c: OrderCase | null;
  now: Date;
  marketplace: Marketplace | null;
  tabId: number;
  /** The tab shows a claim page, where the response box is; elsewhere the text can only be copied. */
  onClaimPage: boolean;
  /** Unique per panel, for the ids of its controls. */
  idBase: string;
}

interface Loaded {
  lang: string;
  packs: Partial<Record<string, EvidencePack>>;
  /** The seller's edits, per language: looking at another language and coming back loses nothing. */
  drafts: Record<string, string>;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function EvidencePanel({ advice, c, now, marketplace, tabId, onClaimPage, idBase }: Props) {
  const { t, lang: uiLang } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  // The language last asked for: a slower answer for an earlier pick must not overwrite it.
  const wanted = useRef<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // The pack is built with the clock of when it was asked for; the countdown ticks on without rebuilding it.
  const clock = useRef(now);
  clock.current = now;
  // New facts (a confirmed fact, another page read) rebuild the pack; a re-render with the same facts does not.
  const caseKey = useMemo(() => (c ? JSON.stringify(c) : ''), [c]);

  useEffect(() => {
    let live = true;
    setLoaded(null);
    setFailed(false);
    setStatus(null);
    if (!c) return;
    loadEvidence().then((m) => {
      if (!live) return;
      const lang = m.evidenceLanguage(c, advice.replyLang);
      const pack = m.packFor(advice.action, c, lang, clock.current);
      wanted.current = lang;
      setLoaded({ lang, packs: { [lang]: pack }, drafts: { [lang]: pack.text } });
    }, () => { if (live) setFailed(true); });
    return () => { live = false; };
  }, [advice.action, advice.orderId, advice.replyLang, caseKey]);

  const check = useChecker();
  const lang = loaded?.lang ?? null;
  const pack = lang ? loaded?.packs[lang] : undefined;
  const text = (lang && loaded?.drafts[lang]) ?? '';
  const findings = useMemo(() => (check && pack ? check(text) : []), [check, pack, text]);
  // Unchecked text is treated like blocked text: nothing goes into the page before the checker has seen it.
  const blocking = !check || findings.some((f) => f.severity === 'block');
  const blanks = useMemo(() => remainingBlanks(text), [text]);
  const rules = useMemo(() => evidenceRules(advice.rules, pack?.rules ?? []), [advice.rules, pack]);
  const closed = advice.action === 'appeal-claim' && appealClosed(advice.deadline, now);

  const pickLanguage = async (next: string) => {
    setStatus(null);
    wanted.current = next;
    if (!c) return;
    try {
      const m = await loadEvidence();
      if (wanted.current !== next) return;
      setLoaded((l) => {
        if (!l) return l;
        if (l.packs[next]) return { ...l, lang: next };
        const built = m.packFor(advice.action, c, next, clock.current);
        return { lang: next, packs: { ...l.packs, [next]: built }, drafts: { ...l.drafts, [next]: built.text } };
      });
    } catch {
      setStatus({ kind: 'error', text: t('evidence_failed') });
    }
  };

  const edit = (value: string) => {
    setStatus(null);
    setLoaded((l) => (l ? { ...l, drafts: { ...l.drafts, [l.lang]: value } } : l));
  };

  const selectBlank = (b: Blank) => {
    const box = textRef.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(b.start, b.end);
  };

  const copy = async () => {
    const key = await copyToClipboard(text);
    setStatus({ kind: key === 'copy_done' ? 'ok' : 'error', text: t(key) });
  };

  const insert = async () => {
    const left = blanks.length;
    const result = await insertReply(tabId, text, 'claim-response');
    setStatus(result.ok
      ? { kind: 'ok', text: left > 0 ? t('evidence_insert_done_blanks', left) : t('evidence_insert_done') }
      : { kind: 'error', text: t(INSERT_FAILURE[result.reason] ?? 'insert_failed') });
  };

  const insertHelp: MessageKey = closed ? 'evidence_insert_closed' : !onClaimPage ? 'evidence_insert_elsewhere'
    : !check ? 'check_loading' : blocking ? 'insert_blocked' : 'evidence_insert_help';
  const languageName = (l: string) => (LANGUAGE_KEY[l as ReplyLanguage] ? t(LANGUAGE_KEY[l as ReplyLanguage]) : l);
  const id = (part: string) => `${idBase}-${part}`;

  const body = () => {
    if (!c) return <p class="evidence__note">{t('evidence_no_case')}</p>;
    if (failed) return <p class="error" role="alert">{t('evidence_failed')}</p>;
    if (!loaded || !pack || !lang) return <p class="loading" role="status">{t('evidence_loading')}</p>;
    const described = [blanks.length > 0 ? id('blanks') : '', findings.length > 0 ? id('findings') : ''].filter(Boolean).join(' ');
    return (
      <>
        <p class="evidence__intro">{t('evidence_intro')}</p>
        <div class="reply__lang">
          <label for={id('lang')}>{t('reply_language')}</label>
          <select id={id('lang')} data-testid="evidence-lang" value={lang} onChange={(e) => void pickLanguage(e.currentTarget.value)}>
            {EVIDENCE_LANGUAGES.map((l) => <option key={l} value={l}>{languageName(l)}</option>)}
          </select>
        </div>
        <label for={id('text')} class="reply__label">{t('evidence_text_label')}</label>
        <textarea id={id('text')} ref={textRef} data-testid="evidence-text" lang={lang} rows={12} value={text}
          aria-describedby={described || undefined} onInput={(e) => edit(e.currentTarget.value)} />
        {blanks.length > 0
          ? (
            <div class="evidence__blanks" id={id('blanks')}>
              <h3 class="evidence__subheading">{t('evidence_blanks_heading', blanks.length)}</h3>
              <ul lang={lang}>
                {blanks.map((b) => (
                  <li key={`${b.start}-${b.text}`} data-testid="evidence-blank">
                    <button type="button" class="evidence__blank" title={t('evidence_blank_select')} onClick={() => selectBlank(b)}>
                      <mark>{b.text}</mark>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )
          : <p class="evidence__noblanks" data-testid="evidence-no-blanks">{t('evidence_blanks_none')}</p>}
        {!check ? <p class="reply__check" role="status">{t('check_loading')}</p> : findings.length > 0
          ? <>
              <p class="reply__check reply__check--bad">{findings.some((f) => f.severity === 'block') ? t('check_blocking') : t('check_warnings')}</p>
              <Findings findings={findings} id={id('findings')} />
            </>
          : <p class="reply__check reply__check--ok">{t('check_clean')}</p>}
        {pack.attach.length > 0 && (
          <div class="evidence__attach">
            <h3 class="evidence__subheading">{t('evidence_attach_heading')}</h3>
            <ul lang={lang}>{pack.attach.map((a) => <li key={a} data-testid="evidence-attach">{a}</li>)}</ul>
          </div>
        )}
        <RuleLinks rules={rules} marketplace={marketplace} />
        <details class="evidence__sources">
          <summary>{t('evidence_sources_summary', pack.statements.length)}</summary>
          <ul lang={lang}>
            {pack.statements.map((s, i) => (
              <li key={i} data-testid="evidence-statement" data-fact={s.fact ?? ''} data-statement-rule={s.rule ?? ''}>
                {s.text}{' '}
                <span class="evidence__source" lang={uiLang}>({[...sourcesOf(s.fact).map((k) => t(SOURCE_KEY[k])), ...(s.rule ? [s.rule] : [])].join(', ')})</span>
              </li>
            ))}
          </ul>
        </details>
        <div class="reply__actions">
          <button type="button" class="button" data-testid="evidence-copy" onClick={() => void copy()} disabled={text.trim() === ''}>{t('copy')}</button>
          <button type="button" class="button button--primary" data-testid="evidence-insert" onClick={() => void insert()}
            disabled={blocking || closed || !onClaimPage || text.trim() === ''} aria-describedby={id('insert-help')}>
            {t('evidence_insert')}
          </button>
        </div>
        <p id={id('insert-help')} class="reply__help">{t(insertHelp)}</p>
        <p class={`reply__status${status?.kind === 'error' ? ' reply__status--error' : ''}`} role="status" aria-live="polite">
          {status?.text ?? ''}
        </p>
      </>
    );
  };

  return (
    <section class={`evidence${closed ? ' evidence--closed' : ''}`} data-testid="evidence" data-action={advice.action}
      data-order-id={advice.orderId ?? ''} aria-labelledby={id('heading')}>
      <h2 id={id('heading')} class="section-heading">{t('evidence_heading')}</h2>
      <p class="reply__for">{advice.orderId ? `${advice.orderId}: ` : ''}{advice.title}</p>
      {advice.action === 'appeal-claim' && <AppealWindow deadline={advice.deadline} now={now} timeZone={marketplaceTimeZone(marketplace)} />}
      {body()}
    </section>
  );
}
