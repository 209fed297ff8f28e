// What a page prints where a value would be when there is none: a dash, "n/a", "not yet", "No tracking number
// given", "Keine Sendungsnummer angegeben", "未提供". A placeholder is never a value: the field is read as null (and
// so listed in `missing`), however it is laid out.
import type { FieldKey } from './labels.ts';

/** Only dashes, dots, slashes or stars: "—", "–", "-", "--", "…", "*". */
const MARKS_ONLY = /^[\s\-‐‑‒–—―−_.…·•/\\*?]+$/u;

/** Whole-value placeholders, lower case, without trailing punctuation. */
const WHOLE = new Set([
  'n/a', 'na', 'n.a', 'n. a', 'none', 'nil', 'null', 'unknown', 'not available', 'not applicable', 'not provided', 'not given',
  'not yet', 'not yet provided', 'not yet available', 'tbd', 'tba', 'pending',
  'k. a', 'k.a', 'keine angabe', 'keine angaben', 'nicht verfügbar', 'nicht angegeben', 'noch nicht', 'entfällt',
  'non disponible', 'non renseigné', 'non renseignée', 'non communiqué', 'pas encore', 'aucun', 'aucune', 'n/d', 'nd',
  'no disponible', 'ninguno', 'ninguna', 'todavía no', 'aún no', 'sin datos', 'no aplica',
  'non disponibile', 'nessuno', 'nessuna', 'non ancora', 'non applicabile',
  'não disponível', 'nenhum', 'nenhuma', 'ainda não', 'não informado', 'não informada',
  'niet beschikbaar', 'geen', 'nog niet', 'ingen', 'inte tillgänglig', 'ej tillgänglig', 'brak', 'yok', 'mevcut değil',
  'なし', '無し', '該当なし', '未設定', '未入力', '未登録', '未定', '無', '无', '暂无', '未提供', '不适用', '未填写', '尚未提供',
  'غير متوفر', 'لا يوجد',
]);

/**
 * A value that opens with a negation says there is none ("No tracking ID", "Keine Sendungsnummer angegeben",
 * "Aucun numéro de suivi", "Sin número", "Nessun numero", "Nenhum código", "Geen", "Ingen", "Brak numeru").
 */
const NEGATION_LEAD = /^(?:no|not|none|keine?[nrs]?|nicht|aucune?|pas\s+de|sans|sin|ningún|ninguna|nessun[oa]?|senza|nenhum[a]?|sem|não|geen|niet|ingen|inget|inte|brak|yok|无|未|暂无|没有|なし|未登録|لا|غير)(?=[\s\p{P}]|$)/iu;

export function isPlaceholder(value: string | null | undefined): boolean {
  if (value == null) return false;
  const t = value.replace(/\s+/g, ' ').trim();
  if (!t || MARKS_ONLY.test(t)) return true;
  // A dash, then words: "— Keine Sendungsnummer angegeben", "– not yet".
  const rest = t.replace(/^[-‐‑‒–—―−\s]+/u, '');
  const bare = rest.replace(/[.。:：!]+$/u, '').trim().toLowerCase();
  if (WHOLE.has(bare)) return true;
  return NEGATION_LEAD.test(bare);
}

/**
 * Fields whose value is a datum (an id, a date, a carrier, an amount), never a wording: a placeholder there means
 * "not shown". Statuses, reasons and comments are wordings ("Not shipped", "No longer needed") and are not checked.
 */
const WORDINGS = new Set<FieldKey>(['orderStatus', 'claimStatus', 'returnStatus', 'deliveryStatus', 'claimReason', 'returnReason',
  'denialReason', 'amazonComment', 'claimType']);

export function placeholderFor(key: FieldKey, value: string | null | undefined): boolean {
  return !WORDINGS.has(key) && isPlaceholder(value);
}

/** The value, or null when it is a placeholder. */
export function realValue(value: string | null | undefined): string | null {
  return value && !isPlaceholder(value) ? value : null;
}
