// French advice: every phrase of the registry (en.ts) in the words of Seller Central's French interface ("Garantie
// A à Z", "taux de commandes défectueuses", "Achat de l'affranchissement", "service de messagerie Acheteurs -
// Vendeurs", "Vos commandes"). Labels whose French name was not confirmed stay in Amazon's English, in quotes
// ("Claims Protected", "Appeal decision", "Option to Appeal"). Parameters arrive worded in French (dates, windows,
// rates); figures come from the policy table, never from here.
import type { Confidence, PolicyRuleId, Window } from '../../rules/policy.ts';
import { sourceList, differPhrases, notePhrases } from './policy-words.ts';
import type { AdviceLanguage } from './types.ts';

type P = Readonly<Record<string, string>>;

const UNIT: Record<Window['unit'], [string, string]> = {
  'hours': ['heure', 'heures'],
  'calendar-days': ['jour', 'jours'],
  'business-days': ['jour ouvré', 'jours ouvrés'],
};

const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** French takes the singular below 2: "1 jour", "1,5 heure", "2 jours ouvrés", "30 minutes". */
const counted = (n: number, [one, many]: [string, string]) => `${NUMBER.format(n)} ${Math.abs(n) < 2 ? one : many}`;

/** "24 heures", "2 jours ouvrés", "30 jours", "30 minutes". */
function span(w: Window): string {
  if (w.unit === 'hours' && w.amount < 1) return counted(Math.round(w.amount * 60), ['minute', 'minutes']);
  return counted(w.amount, UNIT[w.unit]);
}

/** 0.04 -> "4 %" (narrow no-break space, as French writes it). */
const pct = (rate: number) => PERCENT.format(rate);

// Seller Central's French names, each written once.
const AZ_CLAIM = 'réclamation au titre de la Garantie A à Z';
const AZ_MENU = 'Réclamations au titre de la Garantie A à Z';
const AZ_PATH = `Performances > ${AZ_MENU}`;
const CB_PATH = 'Performances > Réclamations de rétrofacturation';
const ODR = 'taux de commandes défectueuses';
const BS = 'Achat de l’affranchissement';
const CP = '« Claims Protected »';
const MESSAGING = 'service de messagerie Acheteurs - Vendeurs';
const YOUR_ORDERS = '« Vos commandes »';
const BUYER_CANCELED = '« Annulé par l’acheteur »';
const APPEAL_BUTTON = 'le bouton « Appeal decision »';
const APPEAL_TAB = '« Option to Appeal »';
const UNSHIPPED = '« Non expédiée »';
const PENDING = '« En attente »';

/** A buyer's own words (claim or return reason), quoted as written. */
const quoted = (s: string) => (s ? ` (« ${s} »)` : '');
/** The claim's reason and amount, as English words them: "(reason, amount)" or ", amount". */
const reasonAndAmount = (p: P) => {
  const amount = p.value ? `${p.value} ${p.currency}` : '';
  if (p.reason) return ` (« ${p.reason} »${amount ? `, ${amount}` : ''})`;
  return amount ? `, ${amount}` : '';
};
const byDate = (by: string) => (by ? ` (d’ici le ${by})` : '');

const BUSINESS = 'Les jours ouvrés sont comptés du lundi au vendredi ; les jours fériés ne sont pas exclus (aucun calendrier ' +
  'des jours fériés n’est intégré), la date indiquée est donc la plus proche possible.';

/** holidays.ts's English names; a marketplace's own-language names stay as they are. */
const HOLIDAYS: Record<string, string> = {
  'New Year\'s Day': 'Jour de l’an', 'Christmas Day': 'Noël', 'Boxing Day / St Stephen\'s Day': 'lendemain de Noël (Boxing Day / Saint-Étienne)',
  'Independence Day': 'fête de l’Indépendance (États-Unis)', 'Canada Day': 'fête du Canada', 'New Year holiday': 'congé du Nouvel An',
  'Australia Day': 'fête nationale australienne', 'Thanksgiving': 'Thanksgiving',
};
/** "Christmas Day (2026-12-25), Fête du Travail (2026-05-01)" -> French names, and whether there are several. */
const holidayNames = (list: string) => {
  const names = list.split(', ').map((h) => h.replace(/^(.+?) \((\d{4}-\d{2}-\d{2})\)$/u, (_m, name: string, date: string) =>
    `${HOLIDAYS[name] ?? name} (${date})`));
  return `${names.join(', ')} ${names.length > 1 ? 'tombent' : 'tombe'}`;
};

const FACT_WORDS: Record<string, string> = {
  claimsProtected: `le statut ${CP} de l’étiquette`,
  deliverBy: 'la date de livraison maximale',
  shipBy: 'la date d’expédition limite',
  status: 'le statut de la commande',
  firstScanAt: 'la date du premier scan du transporteur',
  shippedAt: 'la date d’expédition',
  'claim.decidedAt': 'la date de décision de la réclamation',
  'claim.respondBy': 'la date limite de réponse de la réclamation',
  'return.receivedAt': 'la date de réception du retour',
  'return.status': "le statut du retour",
  'claim.fundedBy': 'qui a payé la réclamation accordée',
};

/** The policy table's notes (policy.ts `note:`), in French. */
const NOTES = {
  'AZ-ELIG-INR': 'La page acheteur actuelle des États-Unis indique 3 jours après la date de livraison estimée maximale, ou dès que le ' +
    'suivi indique la livraison, selon ce qui survient en premier ; une formulation plus ancienne indique 3 jours calendaires après la ' +
    'date de livraison estimée maximale ou 30 jours après la date de commande, selon ce qui survient en premier. La plus proche de ces dates est retenue.',
  'AZ-CONTACT-48H': 'Les pages acheteur du Royaume-Uni et de l’Allemagne accordent au vendeur deux jours ouvrés au lieu de 48 heures ; ' +
    'le délai de 48 heures n’expire jamais plus tard, il est donc appliqué partout.',
  'AZ-INFO-REQUEST': 'Les pages d’Amazon divergent : la page des États-Unis et de l’Australie indique 48 heures, d’autres versions ' +
    'indiquent 72 heures ou 3 jours calendaires. L’échéance la plus proche (48 heures après le dépôt de la réclamation) est retenue ' +
    'lorsque la page de la réclamation n’indique pas de date limite de réponse.',
  'AZ-APPEAL-30D': 'Demandes d’informations pendant un appel : 72 heures dans le texte actuel, 48 heures dans un texte plus ancien ' +
    `(le délai de 48 heures est retenu). L’annulation de l’impact sur le ${ODR} après un appel accepté peut prendre jusqu’à 7 jours.`,
  'AZ-SAFETY': 'Amazon paie les réclamations valides inférieures à 1 000 USD / 1 000 EUR / 1 000 GBP (texte ultérieur : uniquement ' +
    'pour les vendeurs assurés) ; la couverture a commencé le 2021-09-01 aux États-Unis et en mai 2024 au Canada, au Royaume-Uni et dans l’UE.',
  'BS-CLAIMS-PROTECTED': 'À temps signifie un premier scan du transporteur au plus tard à la date d’expédition limite ; lorsque le ' +
    'premier scan n’est pas connu, la date de confirmation de l’expédition est utilisée. Les dommages pendant le transport ne sont pas ' +
    'couverts (avis des forums).',
  'ORD-AUTO-CANCEL': 'Depuis le 2020-09-30, Amazon annule à la date d’expédition limite + 7 jours ouvrés ; un texte plus ancien ' +
    '(toujours présent dans le guide de traitement des commandes) indique 30 jours après la date de commande. La plus proche des deux est affichée.',
  'RET-WINDOW-30D': 'Des prolongations s’appliquent pendant les fêtes (par exemple, les achats de novembre et décembre peuvent être ' +
    'retournés jusqu’au 31 janvier).',
  'SAFET-30D': 'Aux États-Unis, le délai est passé de 60 à 30 jours le 2026-02-16.',
  'US-REFUND-4D': 'Les comptes rendus de l’avis d’Amazon indiquent 4 jours calendaires à partir du 2026-01-26 ; les pages d’aide ' +
    'd’Amazon conservées indiquent toujours 2 jours ouvrés. Le plus court des deux est retenu, ce qui satisfait les deux.',
  'US-SAFET-30D': 'Les comptes rendus de l’avis d’Amazon indiquent 30 jours à partir du 2026-02-16 ; la page « Refund at First Scan » ' +
    'd’Amazon conservée indique toujours 60 jours. Le délai de 30 jours est retenu.',
  'AZ-NR-NO-CONTACT': 'La page d’Amazon « About A-to-z Guarantee » indique qu’aucun contact préalable n’est nécessaire et accorde ' +
    '3 jours calendaires pour présenter sa version ; la page « Amazon’s A-to-z Guarantee Claims » indique toujours que l’acheteur ' +
    'contacte d’abord le vendeur, avec 48 heures. Une réclamation est attendue sans message préalable, et il est répondu aux demandes ' +
    'd’Amazon dans un délai de 48 heures (le chiffre le plus court).',
} as const satisfies Partial<Record<PolicyRuleId, string>>;

const CONFIDENCE: Record<Confidence, string> = {
  'amazon-page': 'page Amazon', 'reported': 'compte rendu d’un avis d’Amazon', 'single-source': 'source unique',
};
/** A rule without a note: no Amazon page of its own was found (all such rules rest on reports of Amazon's notice). */
const noPage = (c: Confidence) => `La page d’Amazon elle-même n’a pas été trouvée ; le conseil suit ce qui est connu (${CONFIDENCE[c]}).`;

/** After a colon French goes on in lower case (names such as Amazon keep theirs). */
const afterColon = (s: string) => (/^(Amazon|Claimwise|SAFE-T)\b/u.test(s) ? s : s.charAt(0).toLocaleLowerCase('fr-FR') + s.slice(1));

const noteOf = (id: keyof typeof NOTES) => `${id} : ${afterColon(NOTES[id])}`;
const differ = (id: PolicyRuleId, text: string) => `Sources divergentes (${id}) : ${afterColon(text)} Sources : ${sourceList(id)}.`;

const claimAnswer = (where: string, by: string) => `${where}${by ? ` avant le ${by}` : ''} : sans votre réponse, Amazon décide sur ` +
  `la base des déclarations de l’acheteur, et une réclamation qui n’est pas rejetée compte dans votre ${ODR}.`;

function appealWhy(p: P): string {
  return `Amazon a accordé la réclamation de l’acheteur${quoted(p.reason ?? '')} le ${p.decided} et l’a débitée de votre compte ; ` +
    `elle compte dans votre ${ODR}. Vous pouvez faire appel jusqu’au ${p.until} (${p.window} après la décision) avec ` +
    `${APPEAL_BUTTON} sous ${AZ_MENU} > ${APPEAL_TAB}. `;
}

function atozWhy(shipped: string, p: P): string {
  return `Vous avez acheté l’étiquette via ${BS} avec le badge ${CP} et le colis a été expédié à temps ` +
    `(${shipped}, date d’expédition limite : ${p.shipByDay}). ${p.status} ` +
    `Dans ce cas, Amazon prend en charge la réclamation A à Z de l’acheteur et elle ne compte pas dans votre ${ODR} — mais ` +
    'seulement si l’acheteur dépose la réclamation et que vous n’avez pas remboursé. Répondez avec les faits : transporteur et ' +
    `numéro de suivi (${p.tracking}), date de livraison et preuve de livraison du transporteur (photo ou signature). Si la photo de ` +
    'livraison ne montre pas l’adresse de l’acheteur, dites-le clairement. Indiquez ensuite à l’acheteur de déposer une ' +
    `${AZ_CLAIM} dans ${YOUR_ORDERS} (« Problem with order ») : c’est ainsi qu’il sera remboursé.`;
}

const outsideClaim = (p: P) => ' L’acheteur indique que l’article est endommagé, défectueux ou erroné : il peut encore déposer une ' +
  `réclamation A à Z${p.until ? ` jusqu’au ${p.until}` : ''}, que vous paieriez et qui compterait dans votre ${ODR} ; ` +
  'autoriser le retour peut donc vous coûter moins cher.';

const damagedOrWrong = (what: string) => `${what} Demandez une photo et proposez un remplacement ou un remboursement via la ` +
  'procédure de retour d’Amazon ; pour un article endommagé, défectueux ou erroné, les frais de retour sont à votre charge. ' +
  `La protection ${BS} ne couvre pas les dommages subis pendant le transport.`;

const unprotected = (own: boolean) => (own ? `L’étiquette n’a pas été achetée via ${BS}` : `L’étiquette n’est pas ${CP}`);

const reshipWhy = (own: boolean, p: P) => `${p.state} ${unprotected(own)} : une réclamation A à Z serait donc à votre charge et, ` +
  `sauf si Amazon la rejette, compterait dans votre ${ODR} (qui doit rester inférieur à ${p.rate}). Répondez à l’acheteur et ` +
  `résolvez le problème dans un délai de ${p.resolve} après son message : proposez un remboursement ou un remplacement, selon sa préférence.`;

const reshipLateWhy = (canFile: boolean, p: P) => `La date de livraison maximale (${p.deliverBy}) est dépassée et le suivi n’indique ` +
  `pas que le colis a été livré. ${unprotected(p.label === 'own')} : une réclamation A à Z « article non reçu » serait donc à votre ` +
  `charge et, sauf si Amazon la rejette, compterait dans votre ${ODR} (à maintenir en dessous de ${p.rate}). ` +
  `${canFile ? 'L’acheteur peut déjà en déposer une.' : `L’acheteur peut en déposer une à partir du ${p.by}.`} Vérifiez le suivi ` +
  `(${p.tracking}) et demandez une enquête au transporteur ; écrivez ensuite à l’acheteur via le ${MESSAGING} et proposez-lui ` +
  'un remboursement ou un remplacement, selon sa préférence.';

const returned = (p: P) => `Le retour${p.received ? ` est arrivé le ${p.received}` : ' est arrivé'} et n’a pas été remboursé. `;

const missed = (what: string) => `Délai manqué : ${what}`;

/** The reader's page kinds (unread pages); the region names it reports stay as it words them. */
const PAGE_KINDS: Record<string, string> = {
  'order-details': 'détails de la commande', 'order-list': 'liste des commandes', 'claim': 'réclamation',
  'claim-list': 'liste des réclamations', 'messages': 'messages', 'returns': 'retours',
};

/** "Look at …: it decides …" for the confirm-facts advice. */
const STATUS_PAGE = 'Consultez le statut de la commande sur la page de la commande';
const SHIP_BY = 'Consultez la date d’expédition limite (« Ship by ») dans le récapitulatif de la commande';
const ON_TIME = `si le colis a été expédié à temps, ce que la protection ${BS} exige.`;

export const FR: AdviceLanguage = {
  locale: 'fr-FR',
  span,
  pct,
  phrases: {
    'appeal.doNot.facts': () => 'Ne faites pas appel sans éléments nouveaux dont la première décision ne disposait pas.',
    'appeal.doNot.money': () => 'Ne demandez pas à l’acheteur de retirer ou de modifier quoi que ce soit en échange d’argent.',
    'appeal.grounds': () => 'Ne faites appel que si vous avez des motifs, par exemple un suivi valide montrant la livraison à ' +
      'l’adresse de l’acheteur, un acheteur qui ne vous a jamais contacté au préalable, ou un remboursement que vous aviez déjà effectué.',
    'appeal.grounds.badge': () => ` Vérifiez le badge ${BS} à côté du service d’expédition, dans l’encadré du colis de la page ` +
      `de la commande : s’il indique ${CP} et que le colis a été expédié à temps, Amazon aurait dû prendre la réclamation en charge.`,
    'appeal.grounds.strong': () => `Vous avez de solides motifs : l’étiquette a été achetée via ${BS} avec le badge ${CP} et le ` +
      'colis a été expédié à temps, Amazon aurait donc dû prendre la réclamation en charge.',
    'appeal.title': (p) => `Faites appel de la réclamation accordée d’ici le ${p.until} si vous avez des motifs`,
    'appeal.why': (p) => appealWhy(p),
    'appeal.why.reason': (p) => appealWhy(p),
    'appeal.why.undated': (p) => `Amazon a accordé la réclamation de l’acheteur${quoted(p.reason ?? '')} et l’a débitée de votre ` +
      `compte ; elle compte dans votre ${ODR}. La page n’affiche pas la date de la décision ; le délai court ${p.window} à partir de celle-ci, ` +
      `et une réclamation est décidée après son dépôt (${p.filed}) : vous pouvez faire appel au moins jusqu’au ${p.until} avec ` +
      `${APPEAL_BUTTON} sous ${AZ_MENU} > ${APPEAL_TAB}. Confirmez la date de la décision pour connaître la fin exacte du délai. `,
    'appealClosed.title': (p) => `Le délai d’appel a pris fin le ${p.ended}`,
    'appealClosed.why': (p) => `Amazon a accordé la réclamation de l’acheteur le ${p.decided} et l’a débitée de votre compte. ` +
      `Une décision ne peut faire l’objet d’un appel que dans un délai de ${p.window} ; ce délai a pris fin le ${p.ended}, ` +
      'cette réclamation ne peut donc plus faire l’objet d’un appel. Rien d’autre n’est requis pour elle.',
    'atoz.doNot.refund': () => `Ne remboursez pas : un remboursement de votre part annule la protection ${BS} et la perte devient la vôtre.`,
    'atoz.doNot.reship': () => 'N’envoyez pas d’article de remplacement : Amazon ne vous rembourse que par le biais de la réclamation A à Z de l’acheteur.',
    'atoz.doNot.unanswered': (p) => `Ne laissez pas les questions sur la livraison sans réponse : la protection exige une réponse dans un délai de ${p.answerWithin}.`,
    'atoz.note.confirmation': () => '« À temps » a été évalué d’après la date d’expédition indiquée dans l’encadré du colis ; ' +
      'Amazon se fonde sur le premier scan du transporteur.',
    'atoz.note.fileUntil': (p) => `L’acheteur peut déposer une réclamation A à Z jusqu’au ${p.until} (${p.window} après la date de livraison maximale).`,
    'atoz.status.delivered': () => 'Le suivi indique que le colis a été livré, mais l’acheteur dit ne pas l’avoir reçu.',
    'atoz.status.deliveredOn': (p) => `Le suivi indique que le colis a été livré le ${p.delivered}, mais l’acheteur dit ne pas l’avoir reçu.`,
    'atoz.status.late': (p) => `La date de livraison promise (${p.deliverBy}) est dépassée et le suivi n’indique pas de livraison.`,
    'atoz.title': () => 'Ne remboursez pas et ne renvoyez rien : communiquez les informations de suivi, l’acheteur dépose une réclamation A à Z',
    'atoz.why.scan': (p) => atozWhy(`premier scan du transporteur : ${p.shippedDay}`, p),
    'atoz.why.shipped': (p) => atozWhy(`expédié le ${p.shippedDay}`, p),
    'authorize.doNot.outside': () => 'Ne demandez pas à l’acheteur de renvoyer l’article en dehors de la procédure de retour d’Amazon.',
    'authorize.doNot.unanswered': () => 'Ne laissez pas la demande sans réponse.',
    'authorize.note.noDate': () => 'La page n’indiquait pas quand la demande a été faite : répondez-y aujourd’hui.',
    'authorize.outside.doNot.promise': () => 'N’indiquez pas à l’acheteur que le retour est autorisé avant d’avoir choisi de l’autoriser.',
    'authorize.outside.title': (p) => `Retour demandé après la fin du délai (terminé le ${p.ended}) : autorisez-le quand même ou refusez-le, d’ici le ${p.by}`,
    'authorize.outside.title.missed': (p) => missed(`la réponse était attendue le ${p.by} — retour demandé après la fin du délai ` +
      `(terminé le ${p.ended}) : autorisez-le quand même ou refusez-le maintenant`),
    'authorize.outside.why': (p) => ` La demande est arrivée après la fin du délai de retour, le ${p.ended} (${p.window} après la ` +
      'livraison, RET-WINDOW-30D), vous avez donc le choix : la refuser avec le motif « hors du délai de retour », ou l’autoriser ' +
      'quand même à titre de geste commercial.',
    'authorize.outside.why.claim': (p) => outsideClaim(p),
    'authorize.outside.why.claim.until': (p) => outsideClaim(p),
    'authorize.title': () => 'Répondez à la demande de retour',
    'authorize.title.by': (p) => `Répondez à la demande de retour d’ici le ${p.by}`,
    'authorize.title.missed': (p) => missed(`la réponse était attendue le ${p.by} — répondez maintenant à la demande de retour`),
    'authorize.why': (p) => `L’acheteur a demandé à retourner l’article${quoted(p.reason)}${p.requested ? ` le ${p.requested}` : ''} ` +
      'et la demande n’a pas été autorisée automatiquement : elle attend donc votre réponse. Autorisez-la, ou clôturez-la en ' +
      `indiquant un motif, dans un délai de ${p.answer} : un acheteur dont la demande de retour n’est pas résolue dans un délai ` +
      `de ${p.resolve} peut déposer une réclamation A à Z.`,
    'authorize.why.aprl': () => ' Aux États-Unis, tout retour d’une commande expédiée par le vendeur nécessite une étiquette de ' +
      'retour prépayée Amazon, quelle que soit la valeur de l’article (les exemptions par catégorie restent valables) : autorisez-le ' +
      'avec l’étiquette prépayée d’Amazon, et non avec votre propre étiquette.',
    'authorize.why.missed': (p) => ` Ce délai a expiré le ${p.by} : répondez maintenant.`,
    'authorize.why.sellerPays': () => ' Pour ce motif, les frais de retour sont à votre charge : autorisez le retour avec une étiquette prépayée.',
    'business': () => BUSINESS,
    'business.holidays': (p) => `${BUSINESS} ${holidayNames(p.holidays)} dans ` +
      'ce délai : si Amazon ne compte pas un jour férié comme jour ouvré, l’échéance réelle est repoussée d’un jour ouvré par jour férié. ' +
      'Les sources ne le précisent pas.',
    'cancel.doNot.reason': () => `Ne choisissez pas d’autre motif que ${BUYER_CANCELED} (les autres motifs comptent contre vous).`,
    'cancel.doNot.ship': () => 'N’expédiez pas la commande.',
    'cancel.title': () => 'Annulez la commande comme l’acheteur l’a demandé',
    'cancel.why': () => 'L’acheteur a demandé l’annulation et la commande n’a pas été expédiée. Annulez-la dans Seller Central ' +
      `avec le motif ${BUYER_CANCELED} : cette annulation ne compte pas dans votre taux d’annulations. Si la demande n’est arrivée ` +
      `que par message, vous pouvez demander à l’acheteur d’utiliser « Demander l’annulation » dans ${YOUR_ORDERS}, ou l’annuler ` +
      'vous-même avec ce motif.',
    'canceled.doNot': () => 'N’expédiez pas une commande annulée.',
    'canceled.note.claim': () => `Une réclamation sur cette commande apparaît toujours comme ouverte : vérifiez-la sous ${AZ_PATH}.`,
    'canceled.title': () => 'Rien à faire : la commande est annulée',
    'canceled.why': () => 'Amazon indique que cette commande est annulée. Ne l’expédiez pas ; rien d’autre n’est requis.',
    'claim.answer.atoz': (p) => claimAnswer(`Ouvrez-la sous ${AZ_PATH} et choisissez « Répondre à Amazon »`, p.by),
    'claim.answer.chargeback': (p) => claimAnswer(`Répondez à la demande de rétrofacturation sous ${CB_PATH}`, p.by),
    'claim.doNot.deadline': () => 'Ne laissez pas passer l’échéance sans répondre.',
    'claim.doNot.refund': () => `Ne remboursez pas en pensant que la réclamation sortira de votre ${ODR} : un remboursement ` +
      'effectué après le dépôt d’une réclamation compte quand même.',
    'claim.doNot.refundProtected': () => `Ne remboursez pas : l’étiquette est ${CP}, Amazon devrait prendre cette réclamation en ` +
      'charge, et votre remboursement annulerait cette protection.',
    'claim.filed.atoz': (p) => `L’acheteur a déposé une ${AZ_CLAIM}${reasonAndAmount(p)}. `,
    'claim.filed.chargeback': (p) => `L’acheteur a déposé une demande de rétrofacturation${reasonAndAmount(p)}. `,
    'claim.missed.doNot.ignore': () => 'Ne considérez pas que l’affaire est close : une réclamation accordée et débitée de votre ' +
      'compte peut encore faire l’objet d’un appel.',
    'claim.missed.title': (p) => `L’échéance est passée (${p.due}) : répondez maintenant si la réclamation attend encore votre ` +
      `réponse, et faites appel d’ici le ${p.appealBy} si elle est accordée contre vous`,
    'claim.missed.title.chargeback': (p) => missed(`la réponse à la rétrofacturation était attendue le ${p.due}`),
    'claim.missed.title.late': (p) => `L’échéance est passée (${p.due}) : vérifiez la décision sur la réclamation et si un appel est encore possible`,
    'claim.missed.why': (p) => `L’échéance pour répondre à la réclamation A à Z de l’acheteur est passée le ${p.due}. Sans votre ` +
      'réponse, Amazon décide sur la base des déclarations de l’acheteur, en accordant généralement la réclamation et en la ' +
      `débitant de votre compte. Ce que vous pouvez encore faire : rechargez la réclamation sous ${AZ_PATH}. ` +
      'Si elle attend encore votre réponse, répondez maintenant avec les faits.',
    'claim.missed.why.appeal': (p) => ` Si Amazon l’a accordée et l’a débitée de votre compte, faites appel dans un délai de ${p.span} ` +
      `à compter de la décision (${APPEAL_BUTTON} sous ${APPEAL_TAB}) : soit jusqu’au ${p.appealBy} au plus tôt, plus tard si ` +
      'la décision est intervenue plus tard.',
    'claim.missed.why.appealLate': (p) => ` Un appel n’est possible que dans un délai de ${p.span} à compter de la décision : ` +
      'consultez la date de la décision sur la réclamation pour savoir si ce délai est encore ouvert.',
    'claim.missed.why.chargeback': (p) => `L’échéance pour répondre à la demande de rétrofacturation est passée le ${p.due}. ` +
      `Ce que vous pouvez encore faire : ouvrez-la sous ${CB_PATH}. Si elle attend encore votre réponse, envoyez maintenant les ` +
      'informations sur la commande, le suivi et la livraison ; si elle a été tranchée en votre défaveur, elle compte dans votre ' +
      `${ODR} et aucun appel n’est possible via la Garantie A à Z.`,
    'claim.note.noDeadline': () => 'La page n’indiquait pas de date limite de réponse : ouvrez la réclamation pour voir son échéance.',
    'claim.title.atoz': () => 'Répondez à Amazon sur la réclamation au titre de la Garantie A à Z',
    'claim.title.atoz.by': (p) => `Répondez à Amazon sur la réclamation au titre de la Garantie A à Z d’ici le ${p.by}`,
    'claim.title.chargeback': () => 'Répondez à Amazon sur la rétrofacturation',
    'claim.title.chargeback.by': (p) => `Répondez à Amazon sur la rétrofacturation d’ici le ${p.by}`,
    'claim.what.notAsDescribed': () => ' Fournissez les informations de la fiche produit et des photos de ce que vous avez expédié.',
    'claim.what.notReceived': () => ' Indiquez le transporteur, le numéro de suivi et la preuve de livraison (photo ou signature).',
    'claim.what.other': () => ' Fournissez les faits qui répondent au motif de l’acheteur, avec le suivi et les dates.',
    'claim.what.protected': () => ` L’étiquette a été achetée via ${BS} avec le badge ${CP} et le colis a été expédié à temps : ` +
      'dites-le et fournissez le suivi ; Amazon devrait prendre cette réclamation en charge.',
    'claim.what.return': () => ' Indiquez quand le retour est arrivé et quand vous avez remboursé, ou remboursez maintenant si ce n’est pas fait.',
    'confirm.doNot.guess': () => 'N’agissez pas sur la base d’une supposition.',
    'confirm.doNot.protection': () => `Ne remboursez pas et ne renvoyez rien tant que vous ne savez pas : si l’étiquette est ${CP}, ` +
      'un remboursement de votre part annule la protection.',
    'confirm.here': () => ' Confirmez-le ici et le conseil en tiendra compte.',
    'confirm.join': () => ' ',
    'confirm.title': (p) => `Confirmez ${p.facts.split(' ').map((f) => FACT_WORDS[f] ?? f).join(' et ')}`,
    'dateOnly.lastDay': (p) => `La page n’indiquait que la date ${p.what}, sans l’heure : le délai se termine le ${p.until} à cette heure-là, que la page ne montre pas ; il peut donc se fermer à tout moment ce jour-là : faites appel le plus tôt possible.`,
    'dateOnly': (p) => `La page n’indiquait que la date ${p.what}, sans l’heure : l’échéance est comptée à partir du début de ` +
      'cette journée (le plus tôt possible).',
    'doNot.noTracking': () => 'Ne confirmez pas l’expédition sans numéro de suivi valide.',
    'doNot.offAmazon': () => 'Ne demandez pas à l’acheteur de payer, ni d’échanger, en dehors d’Amazon.',
    'intercept.doNot.promise': () => 'Ne promettez pas la nouvelle adresse avant que le transporteur n’ait confirmé le réacheminement.',
    'intercept.doNot.second': () => 'N’envoyez pas un second colis à la nouvelle adresse.',
    'intercept.title': () => 'Déjà expédiée : demandez au transporteur d’intercepter ou de réacheminer le colis',
    'intercept.why': (p) => `Le colis est en route vers l’adresse de la commande (${p.tracking}). Le seul moyen de changer cela ` +
      'maintenant est une interception ou un réacheminement par le transporteur, s’il le propose. S’il ne peut pas être ' +
      'réacheminé, indiquez à l’acheteur qu’il sera livré à l’adresse d’origine.',
    'join.sentences': () => ' ',
    'late.doNot.shipPassed': () => 'Ne l’expédiez pas maintenant : une commande annulée n’est pas payée.',
    'late.doNot.wait': () => 'Ne la laissez pas attendre l’annulation automatique.',
    'late.title': (p) => `En retard : expédiez maintenant ou annulez — Amazon l’annule après le ${p.cancelDay}`,
    'late.title.passed': (p) => missed(`la commande n’a pas été expédiée d’ici le ${p.cancelDay} : Amazon l’annule automatiquement`),
    'late.why': (p) => `La date d’expédition limite (${p.shipByDay}) est dépassée et la commande est toujours ${UNSHIPPED}. ` +
      'Expédiez-la maintenant avec un numéro de suivi valide, ou annulez-la si vous ne pouvez pas l’expédier (rupture de stock : ' +
      'annulez-la vous-même). Elle compte déjà comme expédition en retard, et une réclamation A à Z la concernant serait accordée ' +
      `automatiquement. Si elle n’est pas expédiée et confirmée avant la fin du ${p.cancelDay}, Amazon l’annule et l’annulation ` +
      'compte dans votre taux d’annulations.',
    'late.why.passed': (p) => `La date d’expédition limite (${p.shipByDay}) est dépassée et la commande n’a pas été expédiée et ` +
      `confirmée d’ici le ${p.cancelDay}, date de l’annulation automatique. Amazon l’annule automatiquement (c’est peut-être déjà fait) ` +
      'et rembourse l’acheteur ; l’annulation compte dans votre taux d’annulations. Ce que vous pouvez encore faire : rechargez la ' +
      `page de la commande. Si elle indique « Annulée », il n’y a rien à expédier. Si elle indique toujours ${UNSHIPPED}, ` +
      'annulez-la vous-même maintenant plutôt que de l’expédier et, si l’acheteur vous écrit, indiquez-lui que la commande a été ' +
      'annulée et qu’elle ne lui sera pas facturée.',
    'none.amazonFunded': () => 'Amazon a accordé la réclamation et l’a prise en charge à ses frais.',
    'none.appealed': () => 'Le statut de la réclamation indique un appel déjà formé : Amazon le tranche, et il n’y a pas de second appel à faire.',
    'none.atozClosed': (p) => `Le délai de la Garantie A à Z a pris fin le ${p.closed} (${p.window} après la date de livraison ` +
      'maximale) : l’acheteur ne peut plus déposer de réclamation sur cette commande.',
    'none.claimableFrom': (p) => `L’acheteur peut déposer une réclamation A à Z « article non reçu » à partir du ${p.from}.`,
    'none.delivered': (p) => `La commande a été livrée${p.on ? ` le ${p.on}` : ''} et rien ne vous attend.`,
    'none.denied': () => `La réclamation a été rejetée : elle ne compte pas dans votre ${ODR}.`,
    'none.ifBuyerWrites': (p) => `Si l’acheteur vous écrit, répondez dans un délai de ${p.reply}.`,
    'none.neverDelivered': (p) => `La commande a été expédiée mais le suivi n’a jamais indiqué de livraison ; sa date de livraison maximale était le ${p.deliverBy}.`,
    'none.thanksOnly': () => 'L’acheteur ne fait que vous remercier et ne demande rien : marquez le message « Aucune réponse nécessaire » dans la Messagerie acheteur-vendeur. Une réponse qui ne fait que remercier n’est pas nécessaire (Amazon ne veut pas de messages de simple remerciement).',
    'none.nothing': () => 'Rien de ce que Claimwise a vu de cette commande ne demande d’action pour le moment.',
    'none.onItsWay': (p) => `La commande est en route${p.deliverBy ? ` (livraison au plus tard le ${p.deliverBy})` : ''}.`,
    'none.overdue': (p) => 'La commande a été expédiée mais le suivi n’indique pas de livraison, et la date de livraison promise ' +
      `(${p.deliverBy}) est dépassée. Surveillez le suivi et répondez à tout message de l’acheteur dans un délai de ${p.reply}.`,
    'none.returnAuthorized': (p) => `Le retour est autorisé : attendez que l’article revienne, puis remboursez dans un délai de ${p.refund}.`,
    'none.returnClosed': (p) => `Le délai de retour a pris fin le ${p.ended}.`,
    'none.returnOpen': (p) => `L’acheteur peut demander un retour jusqu’au ${p.until} ; une demande qui vous est transmise doit ` +
      `recevoir une réponse dans un délai de ${p.answer}.`,
    'none.title': () => 'Rien à faire pour le moment',
    'none.title.closed': (p) => `Rien à faire : le délai de la Garantie A à Z a pris fin le ${p.closed}`,
    'none.underReview': (p) => `Amazon examine la réclamation ; si Amazon vous demande des informations, répondez dans un délai de ${p.respond}.`,
    'none.withdrawn': () => `L’acheteur a retiré la réclamation : elle ne compte pas dans votre ${ODR}.`,
    'offAmazon.doNot.contact': () => 'N’envoyez pas d’adresse e-mail, de numéro de téléphone, d’identifiant de messagerie ' +
      'instantanée ni de lien de paiement.',
    'offAmazon.doNot.pay': () => 'N’acceptez pas de paiement en dehors d’Amazon.',
    'offAmazon.title': () => 'Gardez l’échange et le paiement sur Amazon',
    'offAmazon.why': () => 'L’acheteur demande à payer ou à échanger en dehors d’Amazon (application de paiement, messagerie ' +
      `instantanée, e-mail ou téléphone). Refusez poliment et gardez tout dans le ${MESSAGING} : détourner un acheteur ` +
      'd’Amazon est interdit et peut vous faire perdre vos droits de vente, et un paiement en dehors d’Amazon n’offre aucune ' +
      'protection A à Z, ni à l’un ni à l’autre.',
    'pending.doNot.label': () => `N’achetez pas d’étiquette et n’expédiez rien tant que la commande est ${PENDING}.`,
    'pending.doNot.pay': () => 'Ne demandez pas à l’acheteur de vous payer autrement.',
    'pending.title': () => `N’expédiez pas : la commande est ${PENDING}`,
    'pending.why': (p) => `Amazon n’a pas fini de vérifier le paiement de l’acheteur (cela peut prendre jusqu’à ${p.hold}). ` +
      `Une commande ${PENDING} ne doit pas être expédiée, même si l’acheteur le demande ; elle passe à ${UNSHIPPED} lorsqu’elle ` +
      `est prête. L’acheteur peut l’annuler lui-même dans un délai de ${p.cancel} après la commande, ensuite via le service ` +
      'client Amazon, vers lequel il faut aussi diriger toute question sur le paiement.',
    'refund.doNot.deduct': () => 'Ne déduisez ni frais de retour ni frais de restockage pour un article endommagé, défectueux ou erroné.',
    'refund.doNot.wait': () => 'N’attendez pas que l’acheteur le demande.',
    'refund.note.noDate': () => 'La page n’indiquait pas quand le retour est arrivé : remboursez-le maintenant.',
    'refund.title': () => 'Remboursez l’article retourné',
    'refund.title.by': (p) => `Remboursez l’article retourné d’ici le ${p.by}`,
    'refund.title.missed': (p) => missed(`le remboursement était attendu le ${p.by} — remboursez maintenant, sauf si Amazon l’a déjà fait`),
    'refund.why': (p) => `${returned(p)}Remboursez-le dans un délai de ${p.within} à compter de sa réception${byDate(p.by)}, ` +
      'sinon Amazon peut rembourser directement l’acheteur et débiter votre compte.',
    'refund.why.auto': (p) => `${returned(p)}Remboursez-le, ou évaluez-le dans le « Guided Refund Workflow », dans le plus court ` +
      `des deux délais, ${p.within} ou ${p.days} après réception${byDate(p.by)} : passé ce délai, Amazon rembourse ` +
      'automatiquement l’acheteur et vous ne pouvez plus réclamer ce remboursement via SAFE-T.',
    'refund.why.missed': () => ' Ce délai est dépassé : vérifiez d’abord l’historique des remboursements de la commande (Amazon ' +
      'a peut-être remboursé l’acheteur et débité votre compte), et remboursez maintenant si aucun remboursement n’a été effectué.',
    'refund.why.sellerPays': (p) => ` Le motif indiqué (« ${p.reason} ») fait partie de ceux pour lesquels les frais de retour ` +
      'sont à votre charge : remboursez le montant total.',
    'refundAfterClaim': () => 'Une réclamation A à Z a été déposée sur cette commande : un remboursement de votre part met ' +
      `maintenant fin au litige financier, mais la réclamation compte toujours dans votre ${ODR} (AZ-OUTCOMES).`,
    'reorder.doNot.label': () => 'Ne modifiez pas l’adresse sur l’étiquette à la main.',
    'reorder.doNot.message': () => 'N’expédiez pas à l’adresse écrite dans le message.',
    'reorder.note.sfp': () => 'Commandes Prime Expédié par le vendeur : redirigez plutôt l’acheteur vers le service client Amazon.',
    'reorder.title': () => 'Changement d’adresse : annulez, et l’acheteur repasse commande avec la nouvelle adresse',
    'reorder.why': () => 'Vous ne pouvez expédier qu’à l’adresse indiquée dans Seller Central, et elle ne peut pas être modifiée ' +
      `sur une commande existante. La commande n’a pas été expédiée : annulez-la donc avec le motif ${BUYER_CANCELED} et ` +
      'demandez à l’acheteur de passer une nouvelle commande avec la nouvelle adresse.',
    'reply.by': (p) => ` Répondez d’ici le ${p.due} (${p.reply} après le message de l’acheteur, week-ends compris).`,
    'reply.doNot.auto': () => 'Ne comptez pas sur une réponse automatique.',
    'reply.doNot.links': () => 'N’incluez ni liens, ni adresses e-mail, ni numéros de téléphone dans la réponse.',
    'reply.late': (p) => ` Le message de l’acheteur attend depuis plus de ${p.reply} (la réponse était attendue le ${p.due}) : répondez maintenant.`,
    'reply.timeUnknown': (p) => 'L’heure du message de l’acheteur n’était pas indiquée : répondez dès que possible, dans un ' +
      `délai de ${p.reply} après ce message (MSG-24H).`,
    'reply.title': (p) => `Répondez à l’acheteur dans un délai de ${p.reply}`,
    'reply.topic.addressDelivered': () => 'L’acheteur demande à changer l’adresse de livraison, mais la commande a déjà été ' +
      'livrée. Indiquez-lui où elle a été livrée d’après le suivi.',
    'reply.topic.cancelShipped': () => 'L’acheteur a demandé l’annulation, mais la commande a déjà été expédiée et ne peut donc ' +
      `plus être annulée. Indiquez-lui qu’il peut refuser la livraison ou retourner l’article via ${YOUR_ORDERS} une fois reçu.`,
    'reply.topic.claimOpen': () => 'L’acheteur écrit au sujet de la livraison et a déjà déposé une réclamation A à Z : ' +
      'répondez-lui avec les informations de suivi ; c’est à Amazon que vous répondez sur la réclamation elle-même (voir le ' +
      'conseil sur la réclamation).',
    'reply.topic.damaged': () => damagedOrWrong('L’acheteur indique que l’article est arrivé endommagé ou ne fonctionne pas.'),
    'reply.topic.notShipped': (p) => 'L’acheteur demande où en est la livraison, mais la commande n’a pas encore été expédiée' +
      `${p.shipBy ? ` (date d’expédition limite : ${p.shipBy})` : ''}. Indiquez-lui quand elle sera expédiée. Une question sur ` +
      'la livraison restée sans réponse entraîne l’acceptation automatique d’une réclamation A à Z.',
    'reply.topic.invoice': () => 'L’acheteur demande une facture. Téléchargez-la sur la commande dans Gérer les commandes (« Télécharger la facture ») ou joignez-la à votre réponse dans la Messagerie acheteur-vendeur : une facture est un message que vous pouvez envoyer. Répondez à cette partie même si une autre étape répond au reste.',
    'reply.topic.other': () => 'L’acheteur a écrit et attend une réponse. Répondez dans le ' +
      `${MESSAGING} ; une réponse automatique ne compte pas. Si le message ne nécessite pas de réponse (un remerciement), ` +
      'choisissez « No response needed » (aucune réponse nécessaire) pour qu’il compte comme traité.',
    'reply.topic.return': (p) => `L’acheteur souhaite retourner l’article. Orientez-le vers la demande de retour dans ${YOUR_ORDERS} ` +
      `(procédure de retour d’Amazon, dans un délai de ${p.window} après la livraison, plus long pendant les fêtes de fin ` +
      `d’année) et résolvez la demande dans un délai de ${p.resolve}.`,
    'reply.topic.wrongItem': () => damagedOrWrong('L’acheteur indique que l’article ne correspond pas à ce qu’il a commandé.'),
    'reply.within': (p) => ` L’acheteur attend une réponse : répondez dans un délai de ${p.reply} après son message, week-ends compris.`,
    'reship.doNot.unanswered': () => 'Ne laissez pas le message sans réponse : une réclamation déposée après un message sur la ' +
      'livraison resté sans réponse est accordée automatiquement.',
    'reship.late.doNot.wait': () => 'N’attendez pas que l’acheteur dépose une réclamation : une réclamation déposée en premier ' +
      'compte contre vous même si vous remboursez ensuite.',
    'reship.late.title': (p) => `Proposez un remboursement ou un remplacement d’ici le ${p.by}, avant que l’acheteur puisse déposer une réclamation A à Z`,
    'reship.late.title.now': () => 'L’acheteur peut déposer une réclamation A à Z dès maintenant : proposez un remboursement ou un remplacement aujourd’hui',
    'reship.late.why': (p) => reshipLateWhy(false, p),
    'reship.late.why.now': (p) => reshipLateWhy(true, p),
    'reship.note.noContact': (p) => 'Aux États-Unis, un acheteur n’a pas besoin de vous écrire avant une réclamation « article ' +
      `non reçu » et peut la déposer dès que cela lui est permis : ne comptez pas disposer de ${p.resolve} pour résoudre le problème, ` +
      `agissez maintenant. Si Amazon vous interroge sur une réclamation, répondez dans un délai de ${p.info} (la page A à Z ` +
      `d’Amazon indique ${p.represent} ; le délai le plus court est retenu).`,
    'reship.state.delivered': () => 'Le suivi indique que le colis a été livré, mais l’acheteur dit qu’il n’est pas arrivé.',
    'reship.state.deliveredOn': (p) => `Le suivi indique que le colis a été livré le ${p.delivered}, mais l’acheteur dit qu’il n’est pas arrivé.`,
    'reship.state.late': (p) => `La date de livraison promise (${p.deliverBy}) est dépassée et le suivi n’indique pas que le colis a été livré.`,
    'reship.title': () => 'Remboursez ou envoyez un remplacement avant que l’acheteur ne dépose une réclamation',
    'reship.why.ownLabel': (p) => reshipWhy(true, p),
    'reship.why.unprotected': (p) => reshipWhy(false, p),
    'respondByDateOnly': () => 'La page indiquait la date limite de réponse sans heure : elle est comprise comme la fin de cette ' +
      'journée dans le fuseau horaire de la place de marché. Répondez plus tôt si vous le pouvez.',
    'safet.doNot.discard': () => 'Ne jetez pas l’article retourné ni son emballage avant que la réclamation ne soit tranchée : photographiez-les tous les deux.',
    'safet.doNot.refund': () => 'Ne remboursez pas l’acheteur une seconde fois : Amazon l’a déjà remboursé.',
    'safet.title': (p) => `Si le retour ne revient pas tel qu’il a été envoyé, déposez une réclamation SAFE-T d’ici le ${p.by}`,
    'safet.title.missed': (p) => missed(`une réclamation SAFE-T pour ce retour devait être déposée au plus tard le ${p.by}`),
    'safet.why': (p) => `Amazon a remboursé l’acheteur le ${p.refunded}, avant que le retour ne vous parvienne. Si le retour ` +
      'n’arrive pas, ou s’il arrive endommagé, utilisé ou s’il ne s’agit pas de l’article que vous avez envoyé, déposez une ' +
      `réclamation SAFE-T dans un délai de ${p.span} (d’ici le ${p.by}). Ce délai de ${p.span} court à partir de la plus ` +
      'tardive des deux dates, la livraison du retour chez vous ou le remboursement ; pour un retour perdu en transit, à partir ' +
      'du dernier scan du transporteur, qui peut être antérieur : vérifiez le suivi du retour.',
    'safet.why.missed': () => ' Cette date est dépassée : Amazon n’accepte plus de réclamation SAFE-T pour ce remboursement.',
    'safety.doNot.fault': () => 'Ne reconnaissez aucune faute et ne promettez pas vous-même d’argent à l’acheteur.',
    'safety.doNot.ignore': () => 'N’ignorez pas l’avis.',
    'safety.doNot.outside': () => 'Ne contactez pas l’acheteur en dehors d’Amazon.',
    'safety.missed.title': (p) => missed(`les informations d’assurance étaient attendues le ${p.due} — envoyez-les maintenant`),
    'safety.missed.why': (p) => 'La preuve d’assurance responsabilité civile pour cette réclamation pour dommages matériels ou ' +
      `corporels était attendue au plus tard le ${p.due}. Amazon a peut-être déjà payé l’acheteur et récupéré l’argent auprès ` +
      'de vous. Ce que vous pouvez encore faire : envoyez maintenant votre assureur, votre numéro de police et vos preuves sous ' +
      `${AZ_MENU} et, si Amazon a tranché en votre défaveur, contestez la décision dans un délai de ${p.dispute} à compter de celle-ci.`,
    'safety.missed.why.check': () => ' Consultez la date de la décision sur la réclamation pour savoir si ce délai est encore ouvert.',
    'safety.missed.why.until': (p) => ` Soit jusqu’au ${p.until} au plus tôt.`,
    'safety.note.noDate': () => 'La page n’indiquait pas la date de l’avis : ouvrez la réclamation pour voir son échéance.',
    'safety.title': () => 'Envoyez les informations de votre assurance responsabilité civile',
    'safety.title.by': (p) => `Envoyez les informations de votre assurance responsabilité civile d’ici le ${p.by}`,
    'safety.why': (p) => `L’acheteur a déposé une réclamation pour dommages matériels ou corporels${reasonAndAmount(p)}. ` +
      `Répondez sous ${AZ_MENU} en indiquant votre assureur responsabilité civile, votre numéro de police et vos preuves dans ` +
      `un délai de ${p.respond} à compter de l’avis${byDate(p.by)}. Sans preuve de couverture, Amazon peut payer l’acheteur et ` +
      `récupérer l’argent auprès de vous. Vous pouvez contester la décision dans un délai de ${p.dispute}.`,
    'share.doNot.link': () => 'N’envoyez pas de lien vers un site de suivi externe : indiquez le transporteur et le numéro de suivi.',
    'share.doNot.refund': () => 'Ne remboursez pas et ne renvoyez rien tant que le colis est encore dans les délais.',
    'share.title': () => 'Communiquez le suivi : le colis est encore dans les délais',
    'share.why': (p) => `Le colis est en route et toujours dans les délais de livraison promis (livraison au plus tard le ${p.deliverBy}). ` +
      `Répondez en indiquant le transporteur, le numéro de suivi (${p.tracking}) et la date de livraison prévue.`,
    'share.why.from': (p) => ` L’acheteur peut déposer une réclamation A à Z « article non reçu » à partir du ${p.from} si le colis n’est pas arrivé d’ici là.`,
    'shipBy.doNot.address': () => 'N’expédiez à aucune autre adresse que celle indiquée dans Seller Central.',
    'shipBy.title': (p) => `Expédiez et confirmez avec un numéro de suivi d’ici le ${p.by}`,
    'shipBy.why': (p) => 'Expédiez la commande et confirmez l’expédition avec un numéro de suivi valide avant la fin du ' +
      `${p.by} (date d’expédition limite). Une expédition confirmée plus tard compte dans votre taux d’expéditions en retard ` +
      `(à maintenir en dessous de ${p.rate}), et une réclamation A à Z sur une commande non confirmée à sa date d’expédition ` +
      'limite est accordée automatiquement et débitée de votre compte.',
    'start.after': (p) => `${p.event} le ${p.day}, donc à partir du ${p.date}, date d’entrée en vigueur de ${p.id} sur cette place ` +
      'de marché : la règle s’applique.',
    'start.before': (p) => `${p.event} le ${p.day}, donc avant le ${p.date}, date d’entrée en vigueur de ${p.id} sur cette place ` +
      'de marché : la règle ne s’applique pas encore.',
    'tracking.both': (p) => `${p.carrier}, numéro de suivi ${p.trackingId}`,
    'tracking.carrier': (p) => `${p.carrier} (numéro de suivi non lu : copiez-le depuis la page de la commande)`,
    'tracking.id': (p) => `numéro de suivi ${p.trackingId}`,
    'tracking.none': () => 'le numéro de suivi indiqué sur la page de la commande',
    'version.after': (p) => `${p.event} le ${p.day}, donc à partir du ${p.date}, date à laquelle ${p.newer} a remplacé ${p.older} ` +
      `sur cette place de marché : ${p.used} s’applique.`,
    'version.before': (p) => `${p.event} le ${p.day}, donc avant le ${p.date}, date à laquelle ${p.newer} a remplacé ${p.older} ` +
      `sur cette place de marché : ${p.used} s’applique encore.`,
    'version.event.refunded': () => 'Amazon a remboursé l’acheteur',
    'version.event.returnArrived': () => 'Le retour est arrivé',
    'version.event.returnRequested': () => 'Le retour a été demandé',
    'zoneUnknown': () => 'La place de marché n’est pas connue : les dates sont indiquées en UTC. Ouvrez la commande sur son site ' +
      'Seller Central pour voir les dates locales.',
    'confirm.need.status|ORD-UNSHIPPED': () => `${STATUS_PAGE} (${UNSHIPPED}, « Expédiée », « Livrée ») : il détermine si le ` +
      'colis est bien en route.',
    'confirm.need.deliverBy|AZ-ELIG-INR': () => 'Consultez la date de livraison (« Deliver by ») dans le récapitulatif de la ' +
      'commande (la dernière date de la plage) : elle détermine si le colis est encore dans les délais de livraison promis ou en retard.',
    'confirm.need.claimsProtected|BS-CLAIMS-PROTECTED': () => `Consultez le badge ${BS} à côté du service d’expédition, dans ` +
      `l’encadré du colis de la page de la commande (${CP} ou « Late Delivery Risk ») ; aucun badge, ou une étiquette achetée ` +
      'ailleurs, signifie aucune protection : cela détermine si Amazon prend cette réclamation en charge (ne remboursez pas) ou ' +
      'si vous devez rembourser ou renvoyer l’article.',
    'confirm.need.shipBy|BS-CLAIMS-PROTECTED': () => `${SHIP_BY} : elle détermine ${ON_TIME}`,
    'confirm.need.shippedAt+firstScanAt|BS-CLAIMS-PROTECTED': () => 'Consultez la date d’expédition dans l’encadré du colis et le ' +
      `premier scan du transporteur dans les événements de suivi : ils déterminent ${ON_TIME}`,
    'confirm.need.claimsProtected+firstScanAt|BS-CLAIMS-PROTECTED': () => 'Consultez le premier scan du transporteur dans les ' +
      `événements de suivi et vérifiez si ${BS} indique toujours la commande comme ${CP} : cela détermine si Amazon prend ` +
      'encore en charge une réclamation alors que l’expédition semble en retard (premier scan après la date d’expédition limite).',
    'confirm.need.status|ORD-ADDRESS+ORD-CANCEL-REQUEST': () => `${STATUS_PAGE} (${UNSHIPPED}, « Expédiée », « Livrée ») : il ` +
      `détermine si la commande peut encore être annulée (${UNSHIPPED}) ou s’il faut demander une interception au transporteur (« Expédiée »).`,
    'confirm.need.shipBy|ORD-LATE-SHIP+ORD-AUTO-CANCEL': () => `${SHIP_BY} : elle détermine la date avant laquelle la commande ` +
      'doit être expédiée, et quand Amazon l’annule.',
    'confirm.need.status|ORD-UNSHIPPED+ORD-PENDING': () => `${STATUS_PAGE} (${PENDING}, ${UNSHIPPED}, « Expédiée », « Livrée », ` +
      '« Annulée ») : il détermine si la commande doit être expédiée, ne doit pas encore l’être, ou ne demande rien.',
    'confirm.need.claim.fundedBy|AZ-APPEAL-30D': () => `Consultez le statut de la réclamation sous ${AZ_MENU} (« Granted/Seller ` +
      'Funded » ou « Granted/Amazon Funded ») : il détermine si vous pouvez faire appel (uniquement pour les réclamations débitées de votre compte).',
    'confirm.need.claim.decidedAt|AZ-APPEAL-30D': (p) => `Consultez la date de décision de la réclamation sous ${AZ_MENU} > ` +
      `${APPEAL_TAB} : elle détermine jusqu’à quand vous pouvez faire appel (${p.appeal} après la décision).`,
    'confirm.need.claim.respondBy|AZ-SAFETY': () => "Ouvrez la réclamation sous Réclamations au titre de la Garantie A à Z et notez la date de l’avis d’Amazon ou la date limite de réponse : les 7 jours pour envoyer la preuve d’assurance courent à partir de l’avis.",
    'confirm.need.claim.respondBy|AZ-INFO-REQUEST': () => "Consultez la date limite de réponse (« Répondre avant le ») de la réclamation sous Réclamations au titre de la Garantie A à Z : elle détermine combien de temps vous avez pour répondre avant qu’Amazon ne décide sans vous.",
    'confirm.need.return.receivedAt|RET-REFUND-2D': () => "Consultez dans Gérer les retours la date à laquelle le retour est arrivé : elle détermine le jour où le remboursement est dû.",
    'confirm.need.return.status|RET-AUTHORIZE+RET-REFUND-2D': () => "Consultez dans Gérer les retours le statut du retour (en attente de votre autorisation, autorisé et en route, ou reçu) : il détermine si vous devez l'autoriser maintenant, l'attendre ou le rembourser.",
    ...notePhrases(noteOf),
    ...differPhrases((id) => differ(id, (NOTES as Partial<Record<string, string>>)[id] ?? noPage('reported'))),
    'dateOnly.request': () => 'de la demande',
    'dateOnly.decision': () => 'de la décision',
    'dateOnly.filing': () => 'du dépôt',
    'dateOnly.notice': () => 'de l’avis',
    'dateOnly.returnArrived': () => 'd’arrivée du retour',
    'unread.title': () => 'Claimwise n’a pas pu lire cette page — enregistrez une capture anonymisée et vérifiez-la vous-même',
    'unread.why': (p) => `Cette page${p.kind ? ` (${PAGE_KINDS[p.kind] ?? p.kind})` : ''} contient des éléments que Claimwise n’a ` +
      `pas pu lire (${p.what}). On ne sait pas si quelque chose est à faire, ni si rien ne l’est : vérifiez vous-même ces ` +
      'éléments sur la page, et enregistrez une capture sans les données de l’acheteur afin que la lecture puisse être corrigée.',
    'unread.doNot': () => 'Ne concluez pas « rien à faire » d’une page que Claimwise n’a pas pu lire.',
    'unread.note': (p) => `Non lu : ${p.region}`,
    'overdue.title': (p) => `En retard (échéance : ${p.due}) : ${afterColon(p.title)}`,
    'doubt.note': (p) => `Claimwise n’est pas sûr de ce que demande l’acheteur (peut-être : ${p.maybe}) : lisez le message et corrigez « L’acheteur demande » dans la fenêtre de l’extension ; ce conseil suit votre choix.`,
    'doubt.note.plain': () => "Claimwise n’est pas sûr de ce que demande l’acheteur : lisez le message et corrigez « L’acheteur demande » dans la fenêtre de l’extension ; ce conseil suit votre choix.",
    'doubt.intent.not-received': () => "non reçu",
    'doubt.intent.damaged': () => "endommagé",
    'doubt.intent.wrong-item': () => "mauvais article",
    'doubt.intent.return': () => "un retour",
    'doubt.intent.cancel': () => "une annulation",
    'doubt.intent.address-change': () => "un changement d’adresse",
    'doubt.intent.where-is-my-order': () => "où est le colis",
    'doubt.intent.off-amazon': () => "un contact hors Amazon",
    'doubt.intent.other': () => "autre chose",
    'doubt.title.cancel': () => "Lisez le message de l’acheteur avant d’annuler : il ne demande peut-être pas d’annulation",
    'doubt.title.address': () => "Lisez le message de l’acheteur avant d’annuler ou de rediriger : il ne demande peut-être pas de nouvelle adresse",
    'doubt.title.delivery': () => "Lisez le message de l’acheteur avant de rembourser, de renvoyer ou d’orienter vers l’A-à-z : il ne signale peut-être pas de colis manquant",
    'doubt.why.cancel': () => "Le message ressemble à une demande d’annulation, mais sans certitude. Si l’acheteur demande bien l’annulation, annulez avec le motif « Annulée par l’acheteur » ; sinon, expédiez comme d’habitude avant la date limite d’expédition. Indiquez ce que demande l’acheteur et le conseil suivra votre choix.",
    'doubt.why.address': () => "Le message ressemble à une demande de changement d’adresse de livraison, mais sans certitude. Si c’en est une : avant l’expédition, annulez et l’acheteur recommande avec la nouvelle adresse ; après l’expédition, demandez au transporteur d’intercepter ou de rediriger le colis. Indiquez ce que demande l’acheteur et le conseil suivra votre choix.",
    'doubt.why.delivery': () => "Le message ressemble à un signalement de colis non arrivé, mais sans certitude. Si c’en est un, le conseil pour un colis manquant s’applique ; sinon, un remboursement, un second colis ou un renvoi vers une réclamation A-à-z répondraient à une question que l’acheteur n’a pas posée. Indiquez ce que demande l’acheteur et le conseil suivra votre choix.",
    'doubt.doNot.cancel': () => "N’annulez pas la commande avant d’avoir lu le message vous-même.",
    'doubt.doNot.address': () => "N’annulez pas, ne redirigez pas et n’expédiez pas à une autre adresse avant d’avoir lu le message vous-même.",
    'doubt.doNot.delivery': () => "Ne remboursez pas, ne renvoyez pas et n’orientez pas l’acheteur vers l’A-à-z avant d’avoir lu le message vous-même.",
    'doubt.title.contact': () => "Lisez le message de l’acheteur avant d’y répondre comme à une demande de quitter Amazon : ce n’en est peut-être pas une",
    'doubt.why.contact': () => "Le message ressemble à une demande de payer ou d’échanger en dehors d’Amazon, mais sans certitude. Si c’en est une, refusez poliment et gardez l’échange et le paiement sur Amazon ; sinon, répondez à ce que l’acheteur demande vraiment. Indiquez ce que demande l’acheteur et le conseil suivra votre choix.",
    'doubt.doNot.contact': () => "Quoi que demande le message, ne communiquez pas de coordonnées et n’acceptez aucun paiement en dehors d’Amazon.",
    'doubt.shipBy': (p) => `Si l’acheteur ne le demande pas, la commande doit tout de même être expédiée d’ici le ${p.by}.`,
  },
};
