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
