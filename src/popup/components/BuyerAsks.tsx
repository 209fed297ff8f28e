// "The buyer asks: …" for each buyer message on the page, with the words that carried it, and one tap to say what
// the message really asks. The choice goes to the background by message key (order, time, sender: never the words),
// which re-advises from it. The model that finds the words is large, so it loads only when there is a message to read.
import { useEffect, useState } from 'preact/hooks';
import { BUYER_INTENTS, type BuyerIntent, type MessageFacts, type OrderCase } from '../../model.ts';
import type { EvidenceSpan, IntentReading } from '../../rules/intent/detect.ts';
import { setIntent } from '../../ui/api.ts';
import { useI18n, type MessageKey } from '../../ui/i18n.ts';

interface Props {
  cases: OrderCase[];
  tabId: number;
  /** The background holds the seller's choice now: fetch the re-advised tab. */
  onChanged: () => void;
}

interface Shown { orderId: string; m: MessageFacts }

const LABEL: Record<BuyerIntent, MessageKey> = {
  'not-received': 'intent_not_received', damaged: 'intent_damaged', 'wrong-item': 'intent_wrong_item',
  return: 'intent_return', cancel: 'intent_cancel', 'address-change': 'intent_address_change',
  'where-is-my-order': 'intent_where_is_my_order', 'off-amazon': 'intent_off_amazon', other: 'intent_other',
};

/** What a message asks, and the language it is written in (for the quote's `lang`), or null when unsure. */
type Reader = (text: string) => IntentReading & { lang: string | null };
let reader: Promise<Reader> | null = null;
// The weights are registered before the reader is taken, so the reading is the model's and carries its evidence.
const loadReader = () => (reader ??= import('../../rules/intent/load-model.ts')
  .then(() => Promise.all([import('../../rules/intent/detect.ts'), import('../../rules/intent/language.ts')]))
  .then(([m, l]) => (text: string) => ({ ...m.classifyIntents(text), lang: l.guessLanguage(text) })));

/** Messages the page shows with their words: remembered ones have none to read and were answered before. */
export function buyerMessagesInView(cases: OrderCase[]): Shown[] {
  return cases.flatMap((c) => c.messages.filter((m) => m.from === 'buyer' && m.text.trim())
    .map((m) => ({ orderId: m.orderId ?? c.orderId, m })));
}

export function BuyerAsks({ cases, tabId, onChanged }: Props) {
  const { t } = useI18n();
  const shown = buyerMessagesInView(cases);
  const [readings, setReadings] = useState<Map<string, ReturnType<Reader>>>(new Map());
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const texts = shown.map((s) => s.m.text).join('\u0000');

  useEffect(() => {
    if (!texts) return;
    let live = true;
    loadReader().then((read) => {
      if (live) setReadings(new Map(texts.split('\u0000').map((text) => [text, read(text)])));
    }).catch(() => { reader = null; });
    return () => { live = false; };
  }, [texts]);

  if (shown.length === 0) return null;

  const choose = async (s: Shown, intent: BuyerIntent) => {
    setBusy(true);
    setFailed(false);
    try {
      const { messageKey } = await import('../../rules/storable.ts');
      const next = await setIntent(tabId, messageKey(s.orderId, s.m), [intent]);
      if (next) onChanged(); else setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="buyer-asks" aria-labelledby="buyer-asks-heading">
      <h2 id="buyer-asks-heading" class="section-heading">{t('buyer_asks_heading')}</h2>
      {shown.map((s, i) => {
        const reading = readings.get(s.m.text);
        const intents = s.m.intents?.length ? s.m.intents : reading?.intents ?? [];
        // The model's doubt speaks only for its own reading, not for a choice the seller made (a choice clears `unsure`,
        // even when it picks the intent the model guessed).
        const own = reading !== undefined && s.m.unsure !== false && sameSet(reading.intents, intents);
        const spans = reading ? intents.flatMap((x) => (x === 'other' ? [] : reading.evidence[x] ?? [])) : [];
        return (
          <div key={`${s.orderId}|${s.m.sentAt ?? i}`} class="buyer-asks__message" data-testid="buyer-asks"
            data-intents={intents.join(',')} data-read={reading ? 'true' : 'false'} data-unclear={own && reading.unclear ? 'true' : 'false'}>
            <p>
              <strong>{t('buyer_asks_line')}</strong>{' '}
              <span data-testid="buyer-asks-intents">{intents.map((x) => t(LABEL[x])).join(', ')}</span>
              {own && reading.unclear && reading.runnerUp && (
                <span class="buyer-asks__unclear" data-testid="buyer-asks-unclear" data-runner-up={reading.runnerUp}>
                  {' '}({t('buyer_asks_unclear', t(LABEL[reading.runnerUp]))})
                </span>
              )}
            </p>
            {spans.length > 0 && <Evidence text={s.m.text} spans={spans} lang={reading?.lang ?? null} />}
            <div class="chips" role="group" aria-label={t('buyer_asks_change')}>
              {BUYER_INTENTS.map((x) => (
                <button key={x} type="button" class={intents.includes(x) ? 'chip chip--good' : 'chip'} data-testid="intent-chip" data-intent={x}
                  aria-pressed={intents.includes(x) ? 'true' : 'false'} disabled={busy}
                  onClick={() => void choose(s, x)}>{t(LABEL[x])}</button>
              ))}
            </div>
          </div>
        );
      })}
      {failed && <p class="error" role="alert">{t('buyer_asks_failed')}</p>}
    </section>
  );
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Context kept either side of a highlighted span, so a long message shows only the words that count. */
const CONTEXT = 30;

/** The words that carried the reading, marked, with a little of the message around them. Text nodes only. */
function Evidence({ text, spans, lang }: { text: string; spans: EvidenceSpan[]; lang: string | null }) {
  const merged = mergeSpans(spans);
  const parts: preact.ComponentChild[] = [];
  let at = -1;
  merged.forEach((s, i) => {
    const from = Math.max(at < 0 ? 0 : at, s.start - CONTEXT);
    if (at < 0 ? from > 0 : from > at) parts.push('… ');
    parts.push(text.slice(from, s.start), <mark key={i}>{text.slice(s.start, s.end)}</mark>);
    const next = merged[i + 1];
    const to = Math.min(text.length, s.end + CONTEXT, next ? next.start : Infinity);
    parts.push(text.slice(s.end, to));
    at = to;
  });
  if (at < text.length) parts.push(' …');
  // The buyer's own words, in their language: marked so screen readers and the language checks read them as such.
  return <blockquote class="buyer-asks__evidence" data-testid="buyer-asks-evidence" lang={lang ?? undefined}>{parts}</blockquote>;
}

function mergeSpans(spans: EvidenceSpan[]): Array<{ start: number; end: number }> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
