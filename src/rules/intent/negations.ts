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

// Withdrawals: words that take back an ask rather than make one ("forget the refund", "ignorez ma demande
// d'annulation", "vergessen Sie die Stornierung"). Features only (features.ts, with `withdraw` on): they mark what
// follows as negated, as a negation does. The refund-ask rule keeps to plain negations, so a withdrawal word never
// hides a refund ask on a protected order.
export const WITHDRAW_BEFORE: ReadonlySet<string> = new Set([
  'forget', 'disregard', 'ignore', 'scratch', 'nevermind', 'nvm',
  'olvide', 'olvida', 'olviden', 'olvidate', 'olvidad', 'ignora', 'ignoren', 'desestime',
  'oubliez', 'oublie', 'ignorez', 'vergessen', 'vergesst', 'vergiss', 'ignorieren', 'ignoriert', 'ignoriere',
  'dimentica', 'dimenticate', 'dimentichi', 'ignorate', 'ignori',
  'esqueca', 'esquece', 'esquecam', 'ignorem', 'desconsidere', 'desconsiderem', 'desconsidera',
  'vergeet', 'negeer', 'zapomnij', 'zapomnijcie', 'zignoruj', 'zignorujcie', 'zignorowac',
  'glom', 'strunta', 'ignorera', 'unutun', 'unut', 'bosverin', 'bosver',
  'تجاهل', 'تجاهلوا', 'انسوا', 'انسى', 'انسي',
]);

/** Withdrawals that stand after what they take back ("die Stornierung hat sich erledigt", "iptalden vazgectim"). */
export const WITHDRAW_AFTER: ReadonlySet<string> = new Set([
  'erledigt', 'vazgectim', 'vazgectik', 'vazgecin', 'gerekmez', 'gerekmiyor', 'unnecessary', 'obsolete', 'overbodig',
  'inutile', 'innecesario', 'desnecessario', 'zbedne', 'nieaktualne', 'nieaktualna', 'onodig',
]);
