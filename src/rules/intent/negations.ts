// Words that negate what follows them, in the marketplace languages (folded: lower case, no accents). Chinese and
// Japanese negation is handled by the features where it stands.
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', "don't", 'dont', "didn't", 'didnt', "doesn't", 'doesnt', "isn't", "wasn't", "haven't", "hasn't",
  "won't", "can't", 'cannot', 'without', 'nobody', 'nothing', 'nor', 'neither', "aren't", "shouldn't", "wouldn't", "couldn't",
  'nunca', 'sin', 'tampoco', 'nada', 'ne', 'n', 'pas', 'jamais', 'rien', 'sans', 'aucun', 'aucune',
  'nicht', 'nie', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nichts', 'niemals', 'ohne', 'niemand',
  'non', 'mai', 'niente', 'nessun', 'nessuno', 'nessuna', 'senza', 'nulla', 'nao', 'nem', 'sem', 'ninguem',
  'niet', 'geen', 'nooit', 'niets', 'niks', 'zonder', 'nigdy', 'bez', 'zaden', 'zadna', 'zadnego', 'nic',
  'inte', 'ej', 'aldrig', 'ingen', 'inget', 'inga', 'utan', 'degil', 'yok', 'hic',
  'لا', 'ما', 'لم', 'لن', 'ليس', 'مو', 'مش', 'بدون', 'مب', 'مافي',
]);

/** Words that take back the ask before them in their clause ("die Stornierung hat sich erledigt", "iadeden
 * vazgectim", "la devolucion ya es innecesaria"). Those that stand before it ("forget", "oubliez", "تجاهلوا") are the
 * concept "ignore" (concepts.ts). Features only: the refund-ask rule keeps to plain negations. */
export const WITHDRAW_AFTER = /^(?:erledigt|vazgec|gerekm|unut|(?:un|in|des)nece|overbodig|onodig|inutil|zbedn|nieaktualn)/;
