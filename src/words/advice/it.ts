// Italian advice: every phrase of the registry (en.ts) in the words of Seller Central's Italian help pages
// (sellercentral.amazon.it): "reclamo dalla A alla Z", "Percentuale ordini difettosi", "Acquista spedizione", "servizio
// Messaggi acquirente-venditore", "I miei ordini", "In sospeso", "Contestazione di una transazione (chargeback)". Labels
// whose Italian name was not confirmed stay in Amazon's English, in quotes ("Claims Protected", "Appeal decision",
// "Option to Appeal", "Buyer Canceled", "Ship by", "Deliver by"). The seller is addressed formally (Lei).
// Parameters arrive worded in Italian (dates, windows, rates); figures come from the policy table, never from here.
import type { Confidence, PolicyRuleId, Window } from '../../rules/policy.ts';
import { sourceList, differPhrases, notePhrases } from './policy-words.ts';
import type { AdviceLanguage, PhraseOf, PhraseTable } from './types.ts';

const UNIT: Record<Window['unit'], [string, string]> = {
  'hours': ['ora', 'ore'],
  'calendar-days': ['giorno', 'giorni'],
  'business-days': ['giorno lavorativo', 'giorni lavorativi'],
};

/** Italian writes a decimal comma: "1,5". */
const num = (n: number) => String(n).replace('.', ',');
/** The singular only for exactly one: "1 ora", "1,5 ore", "2 giorni lavorativi". */
const counted = (n: number, [one, many]: [string, string]) => `${num(n)} ${n === 1 ? one : many}`;

/** "24 ore", "2 giorni lavorativi", "30 giorni", "30 minuti". */
export function span(w: Window): string {
  if (w.unit === 'hours' && w.amount < 1) return counted(Math.round(w.amount * 60), ['minuto', 'minuti']);
  return counted(w.amount, UNIT[w.unit]);
}

/** 0.04 -> "4%", 0.015 -> "1,5%" (as Seller Central Italy writes "inferiore all'1%"). */
export const pct = (rate: number) => `${num(Math.round(rate * 1000) / 10)}%`;

// Seller Central's Italian names, each written once.
const ATOZ = 'reclamo dalla A alla Z';
const ATOZ_NR = `${ATOZ} per mancata ricezione`;
const ATOZ_MENU = 'Reclami dalla A alla Z';
const ATOZ_PAGE = `Performance > ${ATOZ_MENU}`;
const CHARGEBACK_PAGE = 'Performance > Contestazione di una transazione (chargeback)';
const ODR = 'Percentuale ordini difettosi';
const CANCEL_RATE = 'Percentuale di cancellazione prima dell’evasione';
const LATE_RATE = 'Percentuale di spedizioni in ritardo';
const BUY_SHIPPING = '“Acquista spedizione”';
const PROTECTED = '“Claims Protected”';
const MESSAGING = 'servizio Messaggi acquirente-venditore';
const YOUR_ORDERS = '“I miei ordini”';
const BUYER_CANCELED = '“Buyer Canceled” (annullato dall’acquirente)';
const RESPOND = '“Rispondi ad Amazon”';
const APPEAL_BUTTON = '“Appeal decision”';
const APPEAL_TAB = '“Option to Appeal”';
const CUSTOMER_SERVICE = 'Servizio Clienti Amazon';
const UNSHIPPED = '“Non spedito”';
const SHIPPED = '“Spedito”';
const DELIVERED = '“Consegnato”';
const PENDING = '“In sospeso”';
const CANCELED = '“Annullato”';
const SHIP_BY_DATE = 'data di spedizione prevista';
const DELIVER_BY_DATE = 'data di consegna massima prevista';
const TRACKING_ID = 'numero di tracciabilità';
const BADGE_WHERE = `il badge di ${BUY_SHIPPING} accanto al servizio di spedizione, nel riquadro del pacco della pagina dell’ordine`;
const COUNTS = `incide sulla sua ${ODR}`;
const NO_COUNT = `non incide sulla sua ${ODR}`;
const ON_BUYERS_WORD = `senza la sua risposta Amazon decide sulla base di quanto dichiarato dall’acquirente, e un reclamo che non viene respinto ${COUNTS}.`;
const ONE_OR_OTHER = 'offra un rimborso o un articolo sostitutivo, secondo la preferenza dell’acquirente.';

/** A buyer's own words (claim or return reason), quoted as written. */
const quoted = (s: string) => (s ? ` (“${s}”)` : '');
/** The claim's reason and amount, as the English has them: "(reason, amount)" or ", amount". */
const reasonAndAmount = (p: { reason: string; value: string; currency: string }) => {
  const amount = p.value ? `${p.value} ${p.currency}` : '';
  if (p.reason) return ` (“${p.reason}”${amount ? `, ${amount}` : ''})`;
  return amount ? `, ${amount}` : '';
};
const byDate = (by: string) => (by ? ` (entro ${by})` : '');
const missed = (what: string) => `Scadenza mancata: ${what}`;

const BUSINESS = 'I giorni lavorativi sono contati dal lunedì al venerdì; i giorni festivi non vengono esclusi (non è integrato ' +
  'alcun calendario delle festività), quindi la data indicata è la più vicina possibile.';

/** holidays.ts's English names; a marketplace's own-language names stay as they are. */
const HOLIDAYS: Record<string, string> = {
  'New Year\'s Day': 'Capodanno', 'Christmas Day': 'Natale', 'Boxing Day / St Stephen\'s Day': 'Santo Stefano (Boxing Day)',
  'Independence Day': 'Festa dell’Indipendenza (Stati Uniti)', 'Canada Day': 'Festa del Canada', 'New Year holiday': 'festività di Capodanno',
  'Australia Day': 'Festa nazionale australiana', 'Thanksgiving': 'Thanksgiving (Festa del Ringraziamento)', 'Armistice': 'Armistizio',
};
/** "Christmas Day (2026-12-25), Festa dei Lavoratori (2026-05-01)" -> Italian names. */
const holidayNames = (list: string) => list.replace(/(\s*)([^,(]+?) \((\d{4}-\d{2}-\d{2})\)/gu,
  (_m, gap: string, name: string, date: string) => `${gap}${HOLIDAYS[name.trim()] ?? name.trim()} (${date})`);

const FACT_WORDS: Record<string, string> = {
  claimsProtected: `se l’etichetta è ${PROTECTED}`,
  deliverBy: `la ${DELIVER_BY_DATE}`,
  shipBy: `la ${SHIP_BY_DATE}`,
  status: 'lo stato dell’ordine',
  firstScanAt: 'la data della prima scansione del corriere',
  shippedAt: 'la data di spedizione',
  'claim.decidedAt': 'la data della decisione sul reclamo',
  'claim.respondBy': 'la data entro cui rispondere al reclamo',
  'return.receivedAt': 'la data in cui è arrivato il reso',
  'return.status': "lo stato del reso",
  'claim.fundedBy': 'chi ha pagato il reclamo concesso',
};

/** The reader's page kinds (unread pages); the region names it reports stay as it words them. */
const PAGE_KINDS: Record<string, string> = {
  'order-details': 'dettagli dell’ordine', 'order-list': 'elenco degli ordini', 'claim': 'reclamo',
  'claim-list': 'elenco dei reclami', 'messages': 'messaggi', 'returns': 'resi',
};

/** The policy table's notes (policy.ts `note:`), in Italian. */
const NOTES = {
  'AZ-ELIG-INR': 'L’attuale pagina per gli acquirenti degli Stati Uniti indica 3 giorni dopo la data di consegna massima prevista, ' +
    'oppure non appena la tracciabilità mostra la consegna, a seconda di quale evento si verifichi per primo; una formulazione più ' +
    'vecchia indica 3 giorni di calendario dopo la data di consegna massima prevista oppure 30 giorni dopo la data dell’ordine, a ' +
    'seconda di quale sia precedente. Viene usata la prima di queste date.',
  'AZ-CONTACT-48H': 'Le pagine per gli acquirenti del Regno Unito e della Germania concedono al venditore due giorni lavorativi ' +
    'invece di 48 ore; 48 ore non scadono mai più tardi, quindi vengono applicate ovunque.',
  'AZ-INFO-REQUEST': 'Le pagine di Amazon non concordano: la pagina per Stati Uniti e Australia indica 48 ore, altre versioni ' +
    'indicano 72 ore o 3 giorni di calendario. La scadenza più vicina (48 ore dalla presentazione del reclamo) viene usata quando ' +
    'la pagina del reclamo non mostra una data entro cui rispondere.',
  'AZ-APPEAL-30D': 'Richieste di informazioni durante un ricorso: 72 ore nel testo attuale, 48 ore in un testo più vecchio ' +
    `(vengono usate 48). L’annullamento dell’effetto sulla ${ODR} dopo un ricorso accolto può richiedere fino a 7 giorni.`,
  'AZ-SAFETY': 'Amazon paga i reclami validi inferiori a 1.000 USD / 1.000 EUR / 1.000 GBP (testo successivo: solo per i venditori ' +
    'assicurati); la copertura è iniziata il 2021-09-01 negli Stati Uniti e a maggio 2024 in Canada, nel Regno Unito e nell’UE.',
  'BS-CLAIMS-PROTECTED': 'In tempo significa prima scansione del corriere entro la data di spedizione prevista; se la prima ' +
    'scansione non è nota, viene usata la data di conferma della spedizione. I danni durante il trasporto non sono coperti ' +
    '(opinione dei forum).',
  'ORD-AUTO-CANCEL': 'Dal 2020-09-30 Amazon annulla l’ordine 7 giorni lavorativi dopo la data di spedizione prevista; un testo ' +
    'più vecchio (ancora presente nella guida all’evasione degli ordini) indica 30 giorni dopo la data dell’ordine. Viene mostrata ' +
    'la prima delle due date.',
  'RET-WINDOW-30D': 'Nel periodo natalizio si applicano estensioni (ad esempio, gli acquisti di novembre e dicembre possono essere ' +
    'restituiti fino al 31 gennaio).',
  'SAFET-30D': 'Negli Stati Uniti il termine è stato ridotto da 60 a 30 giorni il 2026-02-16.',
  'US-REFUND-4D': 'I resoconti dell’avviso di Amazon indicano 4 giorni di calendario dal 2026-01-26; le pagine di aiuto di Amazon ' +
    'archiviate indicano ancora 2 giorni lavorativi. Viene usato il termine che scade prima, che rispetta entrambi.',
  'US-SAFET-30D': 'I resoconti dell’avviso di Amazon indicano 30 giorni dal 2026-02-16; la pagina di Amazon archiviata “Refund at ' +
    'First Scan” indica ancora 60 giorni. Vengono usati 30 giorni.',
  'AZ-NR-NO-CONTACT': 'La pagina di Amazon “About A-to-z Guarantee” afferma che non è necessario un contatto preventivo e concede ' +
    '3 giorni di calendario per presentare la propria versione; “Amazon’s A-to-z Guarantee Claims” afferma ancora che l’acquirente ' +
    'contatta prima il venditore, con 48 ore. Si prevede un reclamo senza alcun messaggio precedente, e alle richieste di Amazon si ' +
    'risponde entro 48 ore (il termine più breve).',
} as const satisfies Partial<Record<PolicyRuleId, string>>;

const noteOf = (id: keyof typeof NOTES) => `${id}: ${NOTES[id]}`;

/** How sure a source is, as policy-words.ts names it in English, in Italian. */
const CONFIDENCE: Record<Confidence, string> = {
  'amazon-page': 'pagina di Amazon', 'reported': 'resoconto di un avviso di Amazon', 'single-source': 'fonte unica',
};
const CONFIDENCE_BY_NAME: Record<string, string> = {
  'Amazon page': CONFIDENCE['amazon-page'], 'report of an Amazon notice': CONFIDENCE.reported, 'single source': CONFIDENCE['single-source'],
};
const sources = (id: PolicyRuleId) => sourceList(id).replace(/\((Amazon page|report of an Amazon notice|single source)\)/gu,
  (_m, c: string) => `(${CONFIDENCE_BY_NAME[c] ?? c})`);

/** Rules with no note rest on reports of an Amazon notice (policy.ts `confidence: 'reported'`). */
const NOT_FOUND = 'Non è stata trovata una pagina di Amazon dedicata; il consiglio segue quanto è noto ' +
  `(${CONFIDENCE.reported}).`;
const differ = (id: PolicyRuleId, note: string = NOT_FOUND) => `Le fonti non concordano (${id}): ${note} Fonti: ${sources(id)}.`;

const claimAnswer = (where: string, by: string) => `${where}${by ? ` prima di ${by}` : ''}: ${ON_BUYERS_WORD}`;

const appealWhy: PhraseOf<'appeal.why'> = (p) => `Amazon ha concesso il reclamo dell’acquirente${quoted(p.reason)} ${p.decided} ` +
  `e le ha addebitato l’importo; il reclamo ${COUNTS}. Può presentare ricorso fino a ${p.until} (${p.window} dopo la ` +
  `decisione) con ${APPEAL_BUTTON} in ${ATOZ_MENU} > ${APPEAL_TAB}. `;

const atozWhy = (shipped: string): PhraseOf<'atoz.why.scan'> => (p) => `Ha acquistato l’etichetta tramite ${BUY_SHIPPING} con il ` +
  `badge ${PROTECTED} e il pacco è stato spedito in tempo (${shipped}: ${p.shippedDay}; ${SHIP_BY_DATE}: ${p.shipByDay}). ${p.status} ` +
  `In questo caso Amazon paga il ${ATOZ} dell’acquirente e il reclamo ${NO_COUNT}, ma solo se l’acquirente presenta il reclamo ` +
  'e lei non ha effettuato il rimborso. Risponda con i fatti: corriere e numero di tracciabilità ' +
  `(${p.tracking}), data di consegna e prova di consegna del corriere (foto o firma). Se la foto della consegna non mostra ` +
  'l’indirizzo dell’acquirente, lo dica chiaramente. Poi inviti l’acquirente a presentare un reclamo dalla A alla Z in ' +
  `${YOUR_ORDERS} (“Problema con l’ordine”): è così che otterrà il rimborso.`;

const outsideClaim: PhraseOf<'authorize.outside.why.claim'> = (p) => ' L’acquirente afferma che l’articolo è danneggiato, difettoso ' +
  `o sbagliato: può ancora presentare un ${ATOZ}${p.until ? ` fino a ${p.until}` : ''}, che pagherebbe lei e che inciderebbe ` +
  `sulla sua ${ODR}; autorizzare il reso può quindi costarle meno.`;

const replyDamaged = (what: string) => `L’acquirente afferma che ${what}. Chieda una foto e offra un articolo sostitutivo o un ` +
  'rimborso tramite la procedura di reso di Amazon; per un articolo danneggiato, difettoso o sbagliato le spese di spedizione del ' +
  `reso sono a suo carico. La protezione di ${BUY_SHIPPING} non copre i danni durante il trasporto.`;

const labelWords = (label: string) => (label === 'own'
  ? `L’etichetta non è stata acquistata tramite ${BUY_SHIPPING}` : `L’etichetta non è ${PROTECTED}`);

const reshipLateWhy = (now: boolean): PhraseOf<'reship.late.why'> => (p) => `La ${DELIVER_BY_DATE} (${p.deliverBy}) è passata e ` +
  `la tracciabilità non mostra il pacco come consegnato. ${labelWords(p.label)}, quindi un ${ATOZ_NR} lo pagherebbe lei e, a meno ` +
  `che Amazon non lo respinga, inciderebbe sulla sua ${ODR} (la mantenga sotto la soglia di ${p.rate}). ` +
  `${now ? 'L’acquirente può già presentarne uno.' : `L’acquirente può presentarne uno da ${p.by}.`} Controlli la tracciabilità ` +
  `(${p.tracking}) e chieda al corriere di avviare una ricerca del pacco; poi scriva all’acquirente tramite il ${MESSAGING} e ` +
  `${ONE_OR_OTHER}`;

const reshipWhy = (label: string): PhraseOf<'reship.why.ownLabel'> => (p) => `${p.state} ${label}, quindi un ${ATOZ} lo pagherebbe ` +
  `lei e, a meno che Amazon non lo respinga, inciderebbe sulla sua ${ODR} (che deve restare sotto la soglia di ${p.rate}). Risponda ` +
  `all’acquirente e risolva il problema entro ${p.resolve} dal suo messaggio: ${ONE_OR_OTHER}`;

const returned = (received: string) => `Il reso${received ? ` è arrivato ${received}` : ' è arrivato'} e non è ancora stato rimborsato. `;

/** "Look at …: it decides …" for the confirm-facts advice. */
const LOOK_STATUS = 'Controlli lo stato dell’ordine nella pagina dell’ordine';
const LOOK_SHIP_BY = `Controlli “Ship by” (${SHIP_BY_DATE}) nel riepilogo dell’ordine`;
const ON_TIME_NEEDED = `se il pacco è stato spedito in tempo, come richiede la protezione di ${BUY_SHIPPING}.`;

export const IT_PHRASES: PhraseTable = {
  'appeal.doNot.facts': () => 'Non presenti ricorso senza fatti di cui la prima decisione non disponeva.',
  'appeal.doNot.money': () => 'Non chieda all’acquirente di ritirare o modificare qualcosa in cambio di denaro.',
  'appeal.grounds': () => 'Presenti ricorso solo se ha dei motivi, ad esempio una tracciabilità valida che mostra la consegna ' +
    'all’indirizzo dell’acquirente, un acquirente che non si era mai messo in contatto con lei prima, o un rimborso che aveva già effettuato.',
  'appeal.grounds.badge': () => ` Controlli ${BADGE_WHERE}: se indica ${PROTECTED} e il pacco è stato spedito in tempo, ` +
    'Amazon avrebbe dovuto pagare il reclamo.',
  'appeal.grounds.strong': () => `Ha motivi solidi: l’etichetta è stata acquistata tramite ${BUY_SHIPPING} con il badge ${PROTECTED} e il pacco ` +
    'è stato spedito in tempo, quindi Amazon avrebbe dovuto pagare il reclamo.',
  'appeal.title': (p) => `Presenti ricorso contro il reclamo concesso entro ${p.until}, se ha dei motivi`,
  'appeal.why': appealWhy,
  'appeal.why.reason': appealWhy,
  'appeal.why.undated': (p) => `Amazon ha concesso il reclamo dell’acquirente${quoted(p.reason)} e le ha addebitato l’importo; ` +
    `il reclamo ${COUNTS}. La pagina non mostra la data della decisione; il termine è di ${p.window} da questa, e un reclamo viene ` +
    `deciso dopo essere stato presentato (${p.filed}): può presentare ricorso almeno fino a ${p.until} con ${APPEAL_BUTTON} in ` +
    `${ATOZ_MENU} > ${APPEAL_TAB}. Confermi la data della decisione per conoscere la fine esatta del termine. `,
  'appealClosed.title': (p) => `Il termine per il ricorso è scaduto ${p.ended}`,
  'appealClosed.why': (p) => `Amazon ha concesso il reclamo dell’acquirente ${p.decided} e le ha addebitato l’importo. ` +
    `Si può presentare ricorso contro una decisione solo entro ${p.window}; quel termine è scaduto ${p.ended}, quindi non è ` +
    'più possibile presentare ricorso contro questo reclamo. Non c’è nient’altro da fare.',
  'atoz.doNot.refund': () => `Non effettui il rimborso: un suo rimborso annulla la protezione di ${BUY_SHIPPING} e la perdita resta a suo carico.`,
  'atoz.doNot.reship': () => `Non invii un articolo sostitutivo: Amazon la risarcisce solo tramite il ${ATOZ} dell’acquirente.`,
  'atoz.doNot.unanswered': (p) => `Non lasci senza risposta le domande sulla consegna: la protezione richiede una risposta entro ${p.answerWithin}.`,
  'atoz.note.confirmation': () => '“In tempo” è stato valutato in base alla data di spedizione nel riquadro del pacco; Amazon lo ' +
    'valuta in base alla prima scansione del corriere.',
  'atoz.note.fileUntil': (p) => `L’acquirente può presentare un ${ATOZ} fino a ${p.until} (${p.window} dopo la ${DELIVER_BY_DATE}).`,
  'atoz.status.delivered': () => 'La tracciabilità mostra il pacco come consegnato, ma l’acquirente afferma di non averlo ricevuto.',
  'atoz.status.deliveredOn': (p) => `La tracciabilità mostra il pacco come consegnato ${p.delivered}, ma l’acquirente afferma di non averlo ricevuto.`,
  'atoz.status.late': (p) => `La data di consegna promessa (${p.deliverBy}) è passata e la tracciabilità non mostra il pacco come consegnato.`,
  'atoz.title': () => `Non rimborsi e non rispedisca: fornisca i dati di tracciabilità, l’acquirente presenta un ${ATOZ}`,
  'atoz.why.scan': atozWhy('prima scansione del corriere'),
  'atoz.why.shipped': atozWhy('spedizione'),
  'authorize.doNot.outside': () => 'Non chieda all’acquirente di restituire l’articolo al di fuori della procedura di reso di Amazon.',
  'authorize.doNot.unanswered': () => 'Non lasci la richiesta senza risposta.',
  'authorize.note.noDate': () => 'La pagina non mostrava quando è stata fatta la richiesta: risponda oggi.',
  'authorize.outside.doNot.promise': () => 'Non dica all’acquirente che il reso è autorizzato prima di aver deciso di autorizzarlo.',
  'authorize.outside.title': (p) => `Reso richiesto dopo il termine (scaduto ${p.ended}): lo autorizzi comunque o lo rifiuti entro ${p.by}`,
  'authorize.outside.title.missed': (p) => missed(`la risposta era dovuta entro ${p.by} — reso richiesto dopo il termine ` +
    `(scaduto ${p.ended}): lo autorizzi comunque o lo rifiuti ora`),
  'authorize.outside.why': (p) => ` La richiesta è arrivata dopo che il periodo di reso era scaduto ${p.ended} (${p.window} dopo ` +
    'la consegna, RET-WINDOW-30D), quindi la scelta spetta a lei: la rifiuti con il motivo “al di fuori del periodo di reso”, oppure ' +
    'la autorizzi comunque come reso per cortesia.',
  'authorize.outside.why.claim': outsideClaim,
  'authorize.outside.why.claim.until': outsideClaim,
  'authorize.title': () => 'Risponda alla richiesta di reso',
  'authorize.title.by': (p) => `Risponda alla richiesta di reso entro ${p.by}`,
  'authorize.title.missed': (p) => missed(`la risposta era dovuta entro ${p.by} — risponda ora alla richiesta di reso`),
  'authorize.why': (p) => `L’acquirente ha chiesto di restituire l’articolo${quoted(p.reason)}` +
    `${p.requested ? ` ${p.requested}` : ''} e la richiesta non è stata autorizzata automaticamente, quindi attende una sua ` +
    `decisione. La autorizzi, o la chiuda indicando un motivo, entro ${p.answer}: un acquirente la cui richiesta di reso non ` +
    `viene risolta entro ${p.resolve} può presentare un ${ATOZ}.`,
  'authorize.why.aprl': () => ' Negli Stati Uniti ogni reso di un ordine gestito dal venditore richiede un’etichetta di reso ' +
    'prepagata di Amazon, qualunque sia il valore dell’articolo (le esenzioni per categoria restano valide): lo autorizzi con ' +
    'l’etichetta prepagata di Amazon, non con una sua etichetta.',
  'authorize.why.missed': (p) => ` Quel termine è scaduto ${p.by}: risponda ora.`,
  'authorize.why.sellerPays': () => ' Per questo motivo le spese di spedizione del reso sono a suo carico: lo autorizzi con ' +
    'un’etichetta prepagata.',
  'business': () => BUSINESS,
  'business.holidays': (p) => {
    const many = (p.holidays.match(/\(\d{4}-\d{2}-\d{2}\)/gu) ?? []).length > 1;
    return `${BUSINESS} ${holidayNames(p.holidays)} ${many ? 'cadono' : 'cade'} in questo periodo: se Amazon non ` +
      `${many ? 'li conta come giorni lavorativi' : 'lo conta come giorno lavorativo'}, la scadenza reale è di un giorno ` +
      `lavorativo più tardi${many ? ' per ogni festività' : ''}. Le fonti non lo indicano.`;
  },
  'cancel.doNot.reason': () => `Non scelga un motivo diverso da ${BUYER_CANCELED}: gli altri motivi incidono negativamente su di lei.`,
  'cancel.doNot.ship': () => 'Non spedisca l’ordine.',
  'cancel.title': () => 'Annulli l’ordine come richiesto dall’acquirente',
  'cancel.why': () => 'L’acquirente ha chiesto di annullare l’ordine e l’ordine non è stato spedito. Lo annulli in Seller Central ' +
    `con il motivo ${BUYER_CANCELED}: non incide sulla sua ${CANCEL_RATE}. Se la richiesta è arrivata solo tramite messaggio, ` +
    `può chiedere all’acquirente di usare “Richiedi l’annullamento” in ${YOUR_ORDERS}, oppure annullare lei l’ordine con quel motivo.`,
  'canceled.doNot': () => 'Non spedisca un ordine annullato.',
  'canceled.note.claim': () => `Un reclamo su questo ordine risulta ancora aperto: lo controlli in ${ATOZ_PAGE}.`,
  'canceled.title': () => 'Nulla da fare: l’ordine è annullato',
  'canceled.why': () => 'Amazon mostra questo ordine come annullato. Non lo spedisca; non è dovuto nient’altro.',
  'claim.answer.atoz': (p) => claimAnswer(`Lo apra in ${ATOZ_PAGE} e scelga ${RESPOND}`, p.by),
  'claim.answer.chargeback': (p) => claimAnswer(`Risponda alla richiesta di chargeback in ${CHARGEBACK_PAGE}`, p.by),
  'claim.doNot.deadline': () => 'Non lasci passare la scadenza senza rispondere.',
  'claim.doNot.refund': () => `Non effettui il rimborso aspettandosi che il reclamo esca dalla sua ${ODR}: un rimborso dopo la ` +
    'presentazione di un reclamo incide comunque.',
  'claim.doNot.refundProtected': () => `Non effettui il rimborso: l’etichetta è ${PROTECTED}, Amazon dovrebbe pagare questo ` +
    'reclamo e il suo rimborso annullerebbe questa protezione.',
  'claim.filed.atoz': (p) => `L’acquirente ha presentato un ${ATOZ}${reasonAndAmount(p)}. `,
  'claim.filed.chargeback': (p) => `L’acquirente ha presentato un chargeback${reasonAndAmount(p)}. `,
  'claim.missed.doNot.ignore': () => 'Non dia per scontato che sia finita: contro un reclamo concesso e addebitato a lei si può ' +
    'ancora presentare ricorso.',
  'claim.missed.title': (p) => `La scadenza è passata (${p.due}): risponda ora se il reclamo chiede ancora una risposta, e ` +
    `presenti ricorso entro ${p.appealBy} se viene concesso a suo sfavore`,
  'claim.missed.title.chargeback': (p) => missed(`la risposta al chargeback era dovuta entro ${p.due}`),
  'claim.missed.title.late': (p) => `La scadenza è passata (${p.due}): controlli la decisione sul reclamo e se è ancora possibile presentare ricorso`,
  'claim.missed.why': (p) => `La scadenza per rispondere al ${ATOZ} dell’acquirente è passata ${p.due}. Senza la sua risposta ` +
    'Amazon decide sulla base di quanto dichiarato dall’acquirente, di solito concedendo il reclamo e addebitandone l’importo a ' +
    `lei. Cosa può ancora fare: ricarichi il reclamo in ${ATOZ_PAGE}. Se chiede ancora la sua risposta, risponda ora con i fatti.`,
  'claim.missed.why.appeal': (p) => ` Se Amazon lo ha concesso e le ha addebitato l’importo, presenti ricorso entro ${p.span} ` +
    `dalla decisione (${APPEAL_BUTTON} in ${APPEAL_TAB}): cioè almeno fino a ${p.appealBy}, più tardi se la decisione è ` +
    'arrivata dopo.',
  'claim.missed.why.appealLate': (p) => ` Un ricorso è possibile solo entro ${p.span} dalla decisione: controlli la data della ` +
    'decisione nel reclamo per sapere se quel termine è ancora aperto.',
  'claim.missed.why.chargeback': (p) => `La scadenza per rispondere alla richiesta di chargeback è passata ${p.due}. Cosa può ` +
    `ancora fare: la apra in ${CHARGEBACK_PAGE}. Se chiede ancora la sua risposta, invii ora i dati dell’ordine, della ` +
    `tracciabilità e della consegna; se è stata decisa a suo sfavore, ${COUNTS} e non è possibile presentare ricorso tramite ` +
    'la Garanzia dalla A alla Z.',
  'claim.note.noDeadline': () => 'La pagina non mostrava una data entro cui rispondere: apra il reclamo per vederne la scadenza.',
  'claim.title.atoz': () => `Risponda ad Amazon sul ${ATOZ}`,
  'claim.title.atoz.by': (p) => `Risponda ad Amazon sul ${ATOZ} entro ${p.by}`,
  'claim.title.chargeback': () => 'Risponda ad Amazon sul chargeback',
  'claim.title.chargeback.by': (p) => `Risponda ad Amazon sul chargeback entro ${p.by}`,
  'claim.what.notAsDescribed': () => ' Fornisca i dettagli dell’offerta e le foto di ciò che ha spedito.',
  'claim.what.notReceived': () => ` Fornisca il corriere, il ${TRACKING_ID} e la prova di consegna (foto o firma).`,
  'claim.what.other': () => ' Fornisca i fatti che rispondono al motivo indicato dall’acquirente, con tracciabilità e date.',
  'claim.what.protected': () => ` L’etichetta è stata acquistata tramite ${BUY_SHIPPING} con il badge ${PROTECTED} e il pacco è stato spedito in tempo: lo indichi e ` +
    'fornisca la tracciabilità; Amazon dovrebbe pagare questo reclamo.',
  'claim.what.return': () => ' Mostri quando è arrivato il reso e quando ha effettuato il rimborso, oppure rimborsi ora se non lo ha ancora fatto.',
  'confirm.doNot.guess': () => 'Non agisca sulla base di un’ipotesi.',
  'confirm.doNot.protection': () => 'Non rimborsi e non rispedisca finché non ne è certo: se l’etichetta è ' +
    `${PROTECTED}, un suo rimborso annulla la protezione.`,
  'confirm.here': () => ' Lo confermi qui e il consiglio ne terrà conto.',
  'confirm.join': () => ' ',
  'confirm.title': (p) => `Confermi ${p.facts.split(' ').map((f) => FACT_WORDS[f] ?? f).join(' e ')}`,
  'dateOnly.lastDay': (p) => `La pagina mostrava solo la data ${p.what}, non l’ora: il termine scade il ${p.until} a quell’ora, che la pagina non mostra, quindi può chiudersi in qualsiasi momento di quel giorno: presenti ricorso il prima possibile.`,
  'dateOnly': (p) => `La pagina mostrava solo la data ${p.what}, non l’ora: la scadenza è calcolata dall’inizio di quel giorno ` +
    '(il momento più vicino possibile).',
  'doNot.noTracking': () => `Non confermi la spedizione senza un ${TRACKING_ID} valido.`,
  'doNot.offAmazon': () => 'Non chieda all’acquirente di pagare, o di comunicare, al di fuori di Amazon.',
  'intercept.doNot.promise': () => 'Non prometta il nuovo indirizzo prima che il corriere confermi il reindirizzamento.',
  'intercept.doNot.second': () => 'Non invii un secondo pacco al nuovo indirizzo.',
  'intercept.title': () => 'Già spedito: chieda al corriere di fermare o reindirizzare il pacco',
  'intercept.why': (p) => `Il pacco è in viaggio verso l’indirizzo dell’ordine (${p.tracking}). L’unico modo per cambiarlo ora è ` +
    'che il corriere fermi o reindirizzi il pacco, se offre questo servizio. Se non può essere reindirizzato, comunichi ' +
    'all’acquirente che arriverà all’indirizzo originale.',
  'join.sentences': () => ' ',
  'late.doNot.shipPassed': () => 'Non lo spedisca ora: un ordine annullato non viene pagato.',
  'late.doNot.wait': () => 'Non lo lasci in attesa dell’annullamento automatico.',
  'late.title': (p) => `In ritardo: spedisca ora o annulli — Amazon lo annulla dopo ${p.cancelDay}`,
  'late.title.passed': (p) => missed(`non spedito entro ${p.cancelDay}, quindi Amazon annulla l’ordine automaticamente`),
  'late.why': (p) => `La ${SHIP_BY_DATE} (${p.shipByDay}) è passata e l’ordine è ancora ${UNSHIPPED}. Lo spedisca ora con un ` +
    `${TRACKING_ID} valido, oppure lo annulli se non può spedirlo (articolo esaurito: lo annulli lei). Conta già come spedizione ` +
    `in ritardo, e un ${ATOZ} su questo ordine verrebbe concesso automaticamente. Se non viene spedito e confermato entro la ` +
    `fine di ${p.cancelDay}, Amazon lo annulla e l’annullamento incide sulla sua ${CANCEL_RATE}.`,
  'late.why.passed': (p) => `La ${SHIP_BY_DATE} (${p.shipByDay}) è passata e l’ordine non è stato spedito e confermato entro ` +
    `${p.cancelDay}, la data dell’annullamento automatico. Amazon lo annulla automaticamente (potrebbe averlo già fatto) e rimborsa ` +
    `l’acquirente; l’annullamento incide sulla sua ${CANCEL_RATE}. Cosa può ancora fare: ricarichi la pagina dell’ordine. Se mostra ` +
    `${CANCELED}, non c’è nulla da spedire. Se mostra ancora ${UNSHIPPED}, lo annulli lei ora invece di spedirlo e, se ` +
    'l’acquirente scrive, gli comunichi che l’ordine è stato annullato e che non gli verrà addebitato.',
  'none.amazonFunded': () => 'Amazon ha concesso il reclamo e lo ha pagato direttamente.',
  'none.appealed': () => 'Lo stato del reclamo mostra un ricorso già presentato: decide Amazon e non c’è un secondo ricorso da presentare.',
  'none.atozClosed': (p) => `Il termine per i reclami dalla A alla Z è scaduto ${p.closed} (${p.window} dopo la ` +
    `${DELIVER_BY_DATE}): l’acquirente non può più presentare un reclamo su questo ordine.`,
  'none.claimableFrom': (p) => `L’acquirente può presentare un ${ATOZ_NR} da ${p.from}.`,
  'none.delivered': (p) => `L’ordine è stato consegnato${p.on ? ` ${p.on}` : ''} e non c’è nulla che richieda un suo intervento.`,
  'none.denied': () => `Il reclamo è stato respinto: ${NO_COUNT}.`,
  'none.ifBuyerWrites': (p) => `Se l’acquirente scrive, risponda entro ${p.reply}.`,
  'none.neverDelivered': (p) => 'L’ordine è stato spedito ma la tracciabilità non lo ha mai mostrato come consegnato; la sua ' +
    `${DELIVER_BY_DATE} era ${p.deliverBy}.`,
  'none.thanksOnly': () => 'L’acquirente La ringrazia soltanto e non chiede nulla: contrassegni il messaggio come «Nessuna risposta necessaria» in Messaggi acquirente-venditore. Non serve una risposta che ringrazi soltanto (Amazon non vuole messaggi di solo ringraziamento).',
  'none.nothing': () => 'Nulla di ciò che Claimwise ha visto di questo ordine richiede un’azione ora.',
  'none.onItsWay': (p) => `L’ordine è in viaggio${p.deliverBy ? ` (consegna entro ${p.deliverBy})` : ''}.`,
  'none.overdue': (p) => 'L’ordine è stato spedito ma la tracciabilità non lo mostra come consegnato, e la data di consegna ' +
    `promessa (${p.deliverBy}) è passata. Segua la tracciabilità e risponda a ogni messaggio dell’acquirente entro ${p.reply}.`,
  'none.returnAuthorized': (p) => `Il reso è autorizzato: attenda che l’articolo torni, poi effettui il rimborso entro ${p.refund}.`,
  'none.returnClosed': (p) => `Il periodo di reso è scaduto ${p.ended}.`,
  'none.returnOpen': (p) => `L’acquirente può chiedere il reso fino a ${p.until}; a una richiesta che le arriva va risposto entro ${p.answer}.`,
  'none.title': () => 'Nulla da fare per ora',
  'none.title.closed': (p) => `Nulla da fare: il termine per i reclami dalla A alla Z è scaduto ${p.closed}`,
  'none.underReview': (p) => `Amazon sta esaminando il reclamo; se le chiede informazioni, risponda entro ${p.respond}.`,
  'none.withdrawn': () => `L’acquirente ha ritirato il reclamo: ${NO_COUNT}.`,
  'offAmazon.doNot.contact': () => 'Non invii indirizzi e-mail, numeri di telefono, ID di app di messaggistica o link di pagamento.',
  'offAmazon.doNot.pay': () => 'Non accetti pagamenti al di fuori di Amazon.',
  'offAmazon.title': () => 'Mantenga la conversazione e il pagamento su Amazon',
  'offAmazon.why': () => 'L’acquirente chiede di pagare o comunicare al di fuori di Amazon (un’app di pagamento, un’app di ' +
    `messaggistica, e-mail o telefono). Rifiuti cortesemente e mantenga tutto nel ${MESSAGING}: spostare un acquirente fuori ` +
    'da Amazon è vietato e può costarle i privilegi di vendita, e un pagamento al di fuori di Amazon non ha la protezione ' +
    'della Garanzia dalla A alla Z per nessuno dei due.',
  'pending.doNot.label': () => `Non acquisti un’etichetta e non spedisca finché l’ordine è ${PENDING}.`,
  'pending.doNot.pay': () => 'Non chieda all’acquirente di pagarla in un altro modo.',
  'pending.title': () => `Non spedisca: l’ordine è ${PENDING}`,
  'pending.why': (p) => `Amazon non ha ancora terminato la verifica del pagamento dell’acquirente (può richiedere fino a ${p.hold}). ` +
    `Un ordine ${PENDING} non deve essere spedito, anche se l’acquirente lo chiede; passa a ${UNSHIPPED} quando è pronto. ` +
    `L’acquirente può annullarlo nei primi ${p.cancel}, in seguito tramite il ${CUSTOMER_SERVICE}, a cui vanno rivolte anche ` +
    'tutte le domande sul pagamento.',

  'refund.doNot.deduct': () => 'Non detragga le spese di spedizione del reso né una commissione di rifornimento per un articolo ' +
    'danneggiato, difettoso o sbagliato.',
  'refund.doNot.wait': () => 'Non aspetti che sia l’acquirente a chiederlo.',
  'refund.note.noDate': () => 'La pagina non mostrava quando è arrivato il reso: effettui il rimborso ora.',
  'refund.title': () => 'Rimborsi l’articolo restituito',
  'refund.title.by': (p) => `Rimborsi l’articolo restituito entro ${p.by}`,
  'refund.title.missed': (p) => missed(`il rimborso era dovuto entro ${p.by} — rimborsi ora, a meno che Amazon non lo abbia già fatto`),
  'refund.why': (p) => `${returned(p.received)}Effettui il rimborso entro ${p.within} dalla ricezione${byDate(p.by)}, altrimenti ` +
    'Amazon può rimborsare direttamente l’acquirente e addebitare l’importo sul suo account.',
  'refund.why.auto': (p) => `${returned(p.received)}Effettui il rimborso, o valuti il reso nel “Guided Refund Workflow”, entro il ` +
    `primo dei due termini tra ${p.within} e ${p.days} dalla ricezione${byDate(p.by)}: dopo, Amazon rimborsa l’acquirente ` +
    'automaticamente e lei non può più chiedere il risarcimento di quel rimborso tramite SAFE-T.',
  'refund.why.missed': () => ' Quel termine è scaduto: controlli prima la cronologia dei rimborsi dell’ordine (Amazon potrebbe ' +
    'aver rimborsato l’acquirente e addebitato l’importo a lei), e rimborsi ora se non è stato emesso alcun rimborso.',
  'refund.why.sellerPays': (p) => ` Il motivo indicato (“${p.reason}”) è uno di quelli per cui le spese di spedizione del reso ` +
    'sono a suo carico: rimborsi l’importo intero.',
  'refundAfterClaim': () => `Su questo ordine è stato presentato un ${ATOZ}: un suo rimborso ora chiude la controversia sul ` +
    `denaro, ma il reclamo incide comunque sulla sua ${ODR} (AZ-OUTCOMES).`,
  'reorder.doNot.label': () => 'Non modifichi a mano l’indirizzo sull’etichetta.',
  'reorder.doNot.message': () => 'Non spedisca all’indirizzo scritto nel messaggio.',
  'reorder.note.sfp': () => `Ordini Prime gestiti dal venditore: indirizzi invece l’acquirente al ${CUSTOMER_SERVICE}.`,
  'reorder.title': () => 'Cambio di indirizzo: annulli l’ordine e l’acquirente lo effettua di nuovo con il nuovo indirizzo',
  'reorder.why': () => 'Può spedire solo all’indirizzo mostrato in Seller Central, e non può essere modificato su un ordine ' +
    `esistente. L’ordine non è stato spedito, quindi lo annulli con il motivo ${BUYER_CANCELED} e chieda all’acquirente di ` +
    'effettuare un nuovo ordine con il nuovo indirizzo.',
  'reply.by': (p) => ` Risponda entro ${p.due} (${p.reply} dopo il messaggio dell’acquirente, fine settimana inclusi).`,
  'reply.doNot.auto': () => 'Non si affidi a una risposta automatica.',
  'reply.doNot.links': () => 'Non includa link, indirizzi e-mail o numeri di telefono nella risposta.',
  'reply.late': (p) => ` Il messaggio dell’acquirente attende da più di ${p.reply} (la risposta era dovuta entro ${p.due}): risponda ora.`,
  'reply.timeUnknown': (p) => 'L’ora del messaggio dell’acquirente non era indicata: risponda appena possibile, entro ' +
    `${p.reply} dal messaggio (MSG-24H).`,
  'reply.title': (p) => `Risponda all’acquirente entro ${p.reply}`,
  'reply.topic.addressDelivered': () => 'L’acquirente chiede di cambiare l’indirizzo di consegna, ma l’ordine è già stato ' +
    'consegnato. Gli comunichi dove è stato consegnato secondo la tracciabilità.',
  'reply.topic.cancelShipped': () => 'L’acquirente ha chiesto di annullare l’ordine, ma l’ordine è già stato spedito e quindi non ' +
    'può più essere annullato. Gli comunichi che può rifiutare la consegna oppure restituire l’articolo tramite ' +
    `${YOUR_ORDERS} una volta arrivato.`,
  'reply.topic.claimOpen': () => `L’acquirente scrive riguardo alla consegna e ha già presentato un ${ATOZ}: gli risponda con i ` +
    'dati di tracciabilità; al reclamo stesso si risponde ad Amazon (veda il consiglio sul reclamo).',
  'reply.topic.damaged': () => replyDamaged('l’articolo è arrivato danneggiato o non funziona'),
  'reply.topic.notShipped': (p) => 'L’acquirente chiede informazioni sulla consegna, ma l’ordine non è ancora stato spedito' +
    `${p.shipBy ? ` (spedizione entro ${p.shipBy})` : ''}. Gli comunichi quando verrà spedito. Se una domanda sulla consegna ` +
    `resta senza risposta, un ${ATOZ} viene concesso automaticamente.`,
  'reply.topic.invoice': () => 'L’acquirente chiede una fattura. La carichi sull’ordine in Gestisci ordini («Carica fattura») o la alleghi alla risposta in Messaggi acquirente-venditore: una fattura è un messaggio che può inviare. Risponda a questa parte anche se un altro passaggio risponde al resto.',
  'reply.topic.other': () => `L’acquirente ha scritto e attende una risposta. Risponda nel ${MESSAGING}; una risposta ` +
    'automatica non conta. Se il messaggio non richiede risposta (un ringraziamento), scelga “Nessuna risposta necessaria” ' +
    'così il messaggio risulterà come risposto.',
  'reply.topic.return': (p) => `L’acquirente vuole restituire l’articolo. Lo indirizzi alla richiesta di reso in ${YOUR_ORDERS} ` +
    `(procedura di reso di Amazon, entro ${p.window} dalla consegna, più a lungo nel periodo natalizio) e ` +
    `risolva la richiesta entro ${p.resolve}.`,
  'reply.topic.wrongItem': () => replyDamaged('l’articolo non è quello che ha ordinato'),
  'reply.within': (p) => ` L’acquirente attende una risposta: risponda entro ${p.reply} dal suo messaggio, fine settimana inclusi.`,
  'reship.doNot.unanswered': () => 'Non lasci il messaggio senza risposta: un reclamo dopo un messaggio sulla consegna rimasto ' +
    'senza risposta viene concesso automaticamente.',
  'reship.late.doNot.wait': () => 'Non aspetti che l’acquirente presenti un reclamo: un reclamo presentato prima incide su di ' +
    'lei anche se poi effettua il rimborso.',
  'reship.late.title': (p) => `Offra un rimborso o un articolo sostitutivo entro ${p.by}, prima che l’acquirente possa presentare un ${ATOZ}`,
  'reship.late.title.now': () => `L’acquirente può presentare un ${ATOZ} ora: offra oggi un rimborso o un articolo sostitutivo`,
  'reship.late.why': reshipLateWhy(false),
  'reship.late.why.now': reshipLateWhy(true),
  'reship.note.noContact': (p) => 'Negli Stati Uniti un acquirente non deve scriverle prima di un reclamo per mancata ricezione e ' +
    `può presentarlo non appena è consentito: non conti di avere ${p.resolve} per risolvere il problema, agisca ora. Se Amazon le chiede ` +
    `informazioni su un reclamo, risponda entro ${p.info} (la pagina di Amazon sulla Garanzia dalla A alla Z indica ` +
    `${p.represent}; viene usato il termine più breve).`,
  'reship.state.delivered': () => 'La tracciabilità mostra il pacco come consegnato, ma l’acquirente afferma che non è arrivato.',
  'reship.state.deliveredOn': (p) => `La tracciabilità mostra il pacco come consegnato ${p.delivered}, ma l’acquirente afferma che non è arrivato.`,
  'reship.state.late': (p) => `La data di consegna promessa (${p.deliverBy}) è passata e la tracciabilità non mostra il pacco come consegnato.`,
  'reship.title': () => 'Rimborsi o invii un articolo sostitutivo prima che l’acquirente presenti un reclamo',
  'reship.why.ownLabel': reshipWhy(labelWords('own')),
  'reship.why.unprotected': reshipWhy(labelWords('unprotected')),
  'respondByDateOnly': () => 'La pagina mostrava la data entro cui rispondere senza un’ora: viene considerata la fine di quel ' +
    'giorno nel fuso orario del marketplace. Se può, risponda prima.',
  'safet.doNot.discard': () => 'Non butti via l’articolo restituito o il suo imballaggio prima che si decida sulla richiesta: ' +
    'li fotografi entrambi.',
  'safet.doNot.refund': () => 'Non rimborsi di nuovo l’acquirente: Amazon lo ha già rimborsato.',
  'safet.title': (p) => `Se il reso non torna come è stato spedito, presenti una richiesta di risarcimento SAFE-T entro ${p.by}`,
  'safet.title.missed': (p) => missed(`una richiesta di risarcimento SAFE-T per questo reso era dovuta entro ${p.by}`),
  'safet.why': (p) => `Amazon ha rimborsato l’acquirente ${p.refunded}, prima che il reso le arrivasse. Se il reso non arriva, ` +
    'o arriva danneggiato, usato o non è l’articolo che ha spedito, presenti una richiesta di risarcimento SAFE-T entro ' +
    `${p.span} (entro ${p.by}). I ${p.span} decorrono dal più tardivo tra la consegna del reso a lei e il rimborso; per un ` +
    'reso smarrito durante il trasporto, dalla sua ultima scansione del corriere, che può essere precedente: controlli la ' +
    'tracciabilità del reso.',
  'safet.why.missed': () => ' Quella data è passata: Amazon non accetta più una richiesta di risarcimento SAFE-T per questo rimborso.',
  'safety.doNot.fault': () => 'Non ammetta colpe e non prometta lei stesso denaro all’acquirente.',
  'safety.doNot.ignore': () => 'Non ignori la notifica.',
  'safety.doNot.outside': () => 'Non contatti l’acquirente al di fuori di Amazon.',
  'safety.missed.title': (p) => missed(`i dati dell’assicurazione erano dovuti entro ${p.due} — li invii ora`),
  'safety.missed.why': (p) => 'La prova dell’assicurazione di responsabilità civile per questo reclamo per danni a proprietà o ' +
    `lesioni personali era dovuta entro ${p.due}. Amazon potrebbe aver già pagato l’acquirente e recuperato l’importo da lei. ` +
    'Cosa può ancora fare: invii ora il suo assicuratore, il numero di polizza e le prove in ' +
    `${ATOZ_MENU}, e se Amazon ha deciso a suo sfavore, contesti la decisione entro ${p.dispute} dalla stessa.`,
  'safety.missed.why.check': () => ' Controlli la data della decisione nel reclamo per sapere se quel termine è ancora aperto.',
  'safety.missed.why.until': (p) => ` Cioè almeno fino a ${p.until}.`,
  'safety.note.noDate': () => 'La pagina non mostrava la data della notifica: apra il reclamo per vederne la scadenza.',
  'safety.title': () => 'Invii i dati della sua assicurazione di responsabilità civile',
  'safety.title.by': (p) => `Invii i dati della sua assicurazione di responsabilità civile entro ${p.by}`,
  'safety.why': (p) => `L’acquirente ha presentato un reclamo per danni a proprietà o lesioni personali${reasonAndAmount(p)}. ` +
    `Risponda in ${ATOZ_MENU} indicando il suo assicuratore per la responsabilità civile, il numero di polizza e le sue prove entro ` +
    `${p.respond} dalla notifica${byDate(p.by)}. Senza prova della copertura Amazon può pagare l’acquirente e recuperare ` +
    `l’importo da lei. Può contestare la decisione entro ${p.dispute}.`,
  'share.doNot.link': () => `Non invii un link a un sito di tracciabilità esterno: indichi il corriere e il ${TRACKING_ID}.`,
  'share.doNot.refund': () => 'Non rimborsi e non rispedisca finché il pacco è ancora in tempo.',
  'share.title': () => 'Condivida la tracciabilità: il pacco è ancora in tempo',
  'share.why': (p) => `Il pacco è in viaggio e rientra ancora nella data di consegna promessa (consegna entro ${p.deliverBy}). ` +
    `Risponda indicando il corriere, il ${TRACKING_ID} (${p.tracking}) e la data di consegna prevista.`,
  'share.why.from': (p) => ` L’acquirente può presentare un ${ATOZ_NR} da ${p.from} se il pacco non è arrivato entro quella data.`,
  'shipBy.doNot.address': () => 'Non spedisca a un indirizzo diverso da quello indicato in Seller Central.',
  'shipBy.title': (p) => `Spedisca e confermi con la tracciabilità entro ${p.by}`,
  'shipBy.why': (p) => `Spedisca l’ordine e confermi la spedizione con un ${TRACKING_ID} valido entro la fine di ${p.by} ` +
    `(la ${SHIP_BY_DATE}). Una spedizione confermata più tardi incide sulla sua ${LATE_RATE} (la mantenga sotto la soglia di ${p.rate}), ` +
    `e un ${ATOZ} su un ordine non confermato entro la ${SHIP_BY_DATE} viene concesso automaticamente e addebitato a lei.`,
  'start.after': (p) => `${p.event} il ${p.day}, alla data del ${p.date} o dopo, quando ${p.id} è entrata in vigore in questo ` +
    'marketplace: si applica.',
  'start.before': (p) => `${p.event} il ${p.day}, prima del ${p.date}, quando ${p.id} entra in vigore in questo marketplace: ` +
    'non si applica ancora.',
  'tracking.both': (p) => `${p.carrier}, ${TRACKING_ID} ${p.trackingId}`,
  'tracking.carrier': (p) => `${p.carrier} (${TRACKING_ID} non letto: lo copi dalla pagina dell’ordine)`,
  'tracking.id': (p) => `${TRACKING_ID} ${p.trackingId}`,
  'tracking.none': () => `il ${TRACKING_ID} dalla pagina dell’ordine`,
  'version.after': (p) => `${p.event} il ${p.day}, alla data del ${p.date} o dopo, quando ${p.newer} ha sostituito ${p.older} in ` +
    `questo marketplace: si applica ${p.used}.`,
  'version.before': (p) => `${p.event} il ${p.day}, prima del ${p.date}, quando ${p.newer} ha sostituito ${p.older} in questo ` +
    `marketplace: si applica ancora ${p.used}.`,
  'version.event.refunded': () => 'Amazon ha rimborsato l’acquirente',
  'version.event.returnArrived': () => 'Il reso è arrivato',
  'version.event.returnRequested': () => 'Il reso è stato richiesto',
  'zoneUnknown': () => 'Il marketplace non è noto: le date sono mostrate in UTC. Apra l’ordine nel suo sito Seller Central per ' +
    'vedere le date locali.',
  'confirm.need.status|ORD-UNSHIPPED': () => `${LOOK_STATUS} (${UNSHIPPED}, ${SHIPPED}, ${DELIVERED}): da questo dipende se il pacco è ` +
    'effettivamente in viaggio.',
  'confirm.need.deliverBy|AZ-ELIG-INR': () => `Controlli “Deliver by” (${DELIVER_BY_DATE}) nel riepilogo dell’ordine (l’ultima ` +
    'data dell’intervallo): da questo dipende se il pacco rientra ancora nella data di consegna promessa o è in ritardo.',
  'confirm.need.claimsProtected|BS-CLAIMS-PROTECTED': () => `Controlli ${BADGE_WHERE} (${PROTECTED} o “Late Delivery Risk”); ` +
    'nessun badge, o un’etichetta acquistata altrove, significa non protetta: da questo dipende se Amazon paga questo reclamo (non ' +
    'rimborsi) o se deve rimborsare o rispedire lei.',
  'confirm.need.shipBy|BS-CLAIMS-PROTECTED': () => `${LOOK_SHIP_BY}: da questo dipende ${ON_TIME_NEEDED}`,
  'confirm.need.shippedAt+firstScanAt|BS-CLAIMS-PROTECTED': () => 'Controlli la data di spedizione nel riquadro del pacco e la ' +
    `prima scansione del corriere negli eventi di tracciabilità: da questi dipende ${ON_TIME_NEEDED}`,
  'confirm.need.claimsProtected+firstScanAt|BS-CLAIMS-PROTECTED': () => 'Controlli la prima scansione del corriere negli eventi ' +
    `di tracciabilità e se ${BUY_SHIPPING} mostra ancora l’ordine come ${PROTECTED}: da questo dipende se Amazon paga ancora un ` +
    `reclamo anche se la spedizione sembra in ritardo (prima scansione dopo la ${SHIP_BY_DATE}).`,
  'confirm.need.status|ORD-ADDRESS+ORD-CANCEL-REQUEST': () => `${LOOK_STATUS} (${UNSHIPPED}, ${SHIPPED}, ${DELIVERED}): ` +
    `da questo dipende se l’ordine può ancora essere annullato (${UNSHIPPED}) o se serve che il corriere fermi il pacco (${SHIPPED}).`,
  'confirm.need.shipBy|ORD-LATE-SHIP+ORD-AUTO-CANCEL': () => `${LOOK_SHIP_BY}: da questo dipendono la data entro cui l’ordine deve ` +
    'essere spedito, e quando Amazon lo annulla.',
  'confirm.need.status|ORD-UNSHIPPED+ORD-PENDING': () => `${LOOK_STATUS} (${PENDING}, ${UNSHIPPED}, ${SHIPPED}, ${DELIVERED}, ` +
    `${CANCELED}): da questo dipende se l’ordine deve essere spedito, non deve ancora essere spedito o non richiede nulla.`,
  'confirm.need.claim.fundedBy|AZ-APPEAL-30D': () => `Controlli lo stato del reclamo in ${ATOZ_MENU} (“Granted/Seller Funded” ` +
    'o “Granted/Amazon Funded”): da questo dipende se può presentare ricorso (solo contro i reclami addebitati a lei).',
  'confirm.need.claim.decidedAt|AZ-APPEAL-30D': (p) => `Controlli la data della decisione nel reclamo in ${ATOZ_MENU} > ` +
    `${APPEAL_TAB}: da questo dipende fino a quando può presentare ricorso (${p.appeal} dopo la decisione).`,
  'confirm.need.claim.respondBy|AZ-SAFETY': () => "Apra il reclamo in Reclami dalla A alla Z e annoti la data dell’avviso di Amazon o la data entro cui rispondere: i 7 giorni per inviare la prova dell’assicurazione decorrono dall’avviso.",
  'confirm.need.claim.respondBy|AZ-INFO-REQUEST': () => "Controlli la data entro cui rispondere (“Rispondi entro”) nel reclamo in Reclami dalla A alla Z: da questo dipende quanto tempo ha per rispondere prima che Amazon decida senza di Lei.",
  'confirm.need.return.receivedAt|RET-REFUND-2D': () => "Controlli in Gestisci resi la data in cui è arrivato il reso: da questo dipende il giorno entro cui è dovuto il rimborso.",
  'confirm.need.return.status|RET-AUTHORIZE+RET-REFUND-2D': () => "Controlli in Gestisci resi lo stato del reso (in attesa della sua autorizzazione, autorizzato e in viaggio, oppure ricevuto): da questo dipende se deve autorizzarlo ora, attenderlo o rimborsarlo.",
  ...notePhrases(noteOf),
  ...differPhrases((id) => differ(id, (NOTES as Partial<Record<string, string>>)[id])),
  'dateOnly.request': () => 'della richiesta',
  'dateOnly.decision': () => 'della decisione',
  'dateOnly.filing': () => 'della presentazione',
  'dateOnly.notice': () => 'della notifica',
  'dateOnly.returnArrived': () => 'di arrivo del reso',
  'unread.title': () => 'Claimwise non è riuscito a leggere questa pagina: salvi una cattura anonimizzata e la controlli lei stesso',
  'unread.why': (p) => `Questa pagina${p.kind ? ` (${PAGE_KINDS[p.kind] ?? p.kind})` : ''} mostra dati che Claimwise non è ` +
    `riuscito a leggere (${p.what}). Non si sa se ci sia qualcosa da fare, né se non ci sia nulla: controlli lei stesso quei dati ` +
    'sulla pagina, e salvi una cattura senza i dati dell’acquirente perché la lettura possa essere corretta.',
  'unread.doNot': () => 'Non concluda “nulla da fare” da una pagina che Claimwise non è riuscito a leggere.',
  'unread.note': (p) => `Non letto: ${p.region}`,
  'overdue.title': (p) => `Scaduto (era dovuto entro ${p.due}): ${p.title}`,
  'doubt.note': (p) => `Claimwise non è sicuro di cosa chieda l’acquirente (forse: ${p.maybe}): legga il messaggio e corregga «L’acquirente chiede» nella finestra dell’estensione; questo consiglio segue la sua scelta.`,
  'doubt.note.plain': () => "Claimwise non è sicuro di cosa chieda l’acquirente: legga il messaggio e corregga «L’acquirente chiede» nella finestra dell’estensione; questo consiglio segue la sua scelta.",
  'doubt.intent.not-received': () => "non ricevuto",
  'doubt.intent.damaged': () => "danneggiato",
  'doubt.intent.wrong-item': () => "articolo sbagliato",
  'doubt.intent.return': () => "un reso",
  'doubt.intent.cancel': () => "annullare",
  'doubt.intent.address-change': () => "un cambio di indirizzo",
  'doubt.intent.where-is-my-order': () => "dove si trova il pacco",
  'doubt.intent.off-amazon': () => "contatto fuori da Amazon",
  'doubt.intent.other': () => "altro",
  'doubt.title.cancel': () => "Legga il messaggio dell’acquirente prima di annullare: forse non chiede l’annullamento",
  'doubt.title.address': () => "Legga il messaggio dell’acquirente prima di annullare o reindirizzare: forse non chiede un nuovo indirizzo",
  'doubt.title.delivery': () => "Legga il messaggio dell’acquirente prima di rimborsare, rispedire o indirizzare alla Garanzia dalla A alla Z: forse non segnala un pacco mancante",
  'doubt.why.cancel': () => "Il messaggio sembra una richiesta di annullamento, ma non è chiaro. Se l’acquirente lo chiede davvero, annulli l’ordine con il motivo «Annullato dall’acquirente»; altrimenti lo spedisca come sempre entro la data di spedizione. Indichi cosa chiede l’acquirente e il consiglio seguirà la sua scelta.",
  'doubt.why.address': () => "Il messaggio sembra una richiesta di cambiare l’indirizzo di spedizione, ma non è chiaro. Se lo è: prima della spedizione, annulli e l’acquirente ordina di nuovo con il nuovo indirizzo; dopo la spedizione, chieda al corriere di intercettare o reindirizzare il pacco. Indichi cosa chiede l’acquirente e il consiglio seguirà la sua scelta.",
  'doubt.why.delivery': () => "Il messaggio sembra una segnalazione di pacco non arrivato, ma non è chiaro. Se lo è, vale il consiglio per un pacco mancante; altrimenti un rimborso, un secondo pacco o un rinvio a un reclamo dalla A alla Z risponderebbero a qualcosa che l’acquirente non ha chiesto. Indichi cosa chiede l’acquirente e il consiglio seguirà la sua scelta.",
  'doubt.doNot.cancel': () => "Non annulli l’ordine prima di aver letto lei stesso il messaggio.",
  'doubt.doNot.address': () => "Non annulli, non reindirizzi e non spedisca a un altro indirizzo prima di aver letto lei stesso il messaggio.",
  'doubt.doNot.delivery': () => "Non rimborsi, non rispedisca e non indirizzi l’acquirente alla Garanzia dalla A alla Z prima di aver letto lei stesso il messaggio.",
  'doubt.title.contact': () => "Legga il messaggio dell’acquirente prima di trattarlo come una richiesta di uscire da Amazon: forse non lo è",
  'doubt.why.contact': () => "Il messaggio sembra una richiesta di pagare o comunicare al di fuori di Amazon, ma non è chiaro. Se lo è, rifiuti con cortesia e mantenga la conversazione e il pagamento su Amazon; altrimenti risponda a ciò che l’acquirente chiede davvero. Indichi cosa chiede l’acquirente e il consiglio seguirà la sua scelta.",
  'doubt.doNot.contact': () => "Qualunque cosa chieda il messaggio, non condivida recapiti e non accetti pagamenti al di fuori di Amazon.",
  'doubt.shipBy': (p) => `Se l’acquirente non lo chiede, l’ordine va comunque spedito entro il ${p.by}.`,
};

export const IT: AdviceLanguage = { locale: 'it-IT', span, pct, phrases: IT_PHRASES };
