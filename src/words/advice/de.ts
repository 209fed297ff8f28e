// German advice, in the words of Seller Central's German help pages (sellercentral.amazon.de): A-bis-Z-Garantieantrag,
// Rate an Bestellmängeln, Käufer-Verkäufer-Postfach, „Amazon antworten“, „Widerspruch einlegen“, „Käuferstorno“.
// Typed against en.ts (src/words/advice/types.ts); figures and dates arrive as parameters, already worded in German.
import type { PolicyRuleId, Window } from '../../rules/policy.ts';
import { sourceList, differPhrases, notePhrases } from './policy-words.ts';
import type { AdviceLanguage, PhraseOf, PhraseTable } from './types.ts';

const UNIT: Record<Window['unit'], [string, string]> = {
  'hours': ['Stunde', 'Stunden'],
  'calendar-days': ['Tag', 'Tage'],
  'business-days': ['Werktag', 'Werktage'],
};

/** "24 Stunden", "2 Werktage", "30 Tage", "30 Minuten" (nominative/accusative). */
export function span(w: Window): string {
  if (w.unit === 'hours' && w.amount < 1) {
    const minutes = Math.round(w.amount * 60);
    return `${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}`;
  }
  const [one, many] = UNIT[w.unit];
  return `${String(w.amount).replace('.', ',')} ${w.amount === 1 ? one : many}`;
}

/** 0.04 -> "4 %", 0.015 -> "1,5 %" (German writes a space before the sign; no-break so it stays on the line). */
export const pct = (rate: number) => `${String(Math.round(rate * 1000) / 10).replace('.', ',')}\u00a0%`;

/** A span after "innerhalb von", "seit", "in den ersten" takes the dative: "30 Tagen", "2 Werktagen". */
const dat = (s: string) => (s.endsWith('age') ? `${s}n` : s);

// Amazon's German names, as the .de help pages write them.
const ATOZ = 'A-bis-Z-Garantieantrag';
const ATOZ_NR = `${ATOZ} wegen Nichterhalt`;
const ODR = 'Rate an Bestellmängeln';
const ATOZ_PAGE = 'Leistung > A-bis-Z-Garantieanträge';
const CHARGEBACK_PAGE = 'Leistung > Rückbuchungen';
const BUY_SHIPPING = '„Versand über Amazon“';
const PROTECTED = '„Claims Protected“';
const MESSAGING = 'Käufer-Verkäufer-Postfach';
const YOUR_ORDERS = '„Meine Bestellungen“';
const BUYER_CANCELED = '„Käuferstorno“';
const APPEAL_TAB = '„Widerspruch ist möglich“';
const APPEAL_BUTTON = '„Widerspruch einlegen“';
const BADGE_WHERE = `das Kennzeichen von ${BUY_SHIPPING} neben dem Versandservice im Paketbereich der Bestellseite`;
const COUNTS = `zählt zu Ihrer ${ODR}`;
const NO_COUNT = `zählt nicht zu Ihrer ${ODR}`;
const ON_BUYERS_WORD = `Ohne Ihre Antwort entscheidet Amazon nach den Angaben des Käufers, und ein nicht abgelehnter Antrag ${COUNTS}.`;
const ONE_OR_OTHER = 'bieten Sie eine Erstattung oder Ersatz an, je nachdem, was der Käufer bevorzugt.';

const BUSINESS = 'Werktage werden von Montag bis Freitag gezählt; Feiertage werden nicht übersprungen (es ist kein Feiertagskalender ' +
  'hinterlegt), daher ist das angezeigte Datum das frühestmögliche.';

/** holidays.ts's English names; a marketplace's own-language names stay as they are. */
const HOLIDAYS: Record<string, string> = {
  "New Year's Day": 'Neujahr', 'Christmas Day': '1. Weihnachtsfeiertag', "Boxing Day / St Stephen's Day": '2. Weihnachtsfeiertag',
  'Independence Day': 'Unabhängigkeitstag (USA)', 'Canada Day': 'Canada Day', 'New Year holiday': 'Neujahrsfeiertag',
  'Australia Day': 'Australia Day', 'Thanksgiving': 'Thanksgiving', 'Armistice': 'Waffenstillstandstag',
};
const holidayNames = (list: string) => list.replace(/(\s*)([^,(]+?) \((\d{4}-\d{2}-\d{2})\)/gu,
  (_m, gap: string, name: string, date: string) => `${gap}${HOLIDAYS[name.trim()] ?? name.trim()} (${date})`);

const FACT_WORDS: Record<string, string> = {
  claimsProtected: `ob das Versandetikett das Kennzeichen ${PROTECTED} trägt`,
  deliverBy: 'das späteste Lieferdatum',
  shipBy: 'das späteste Versanddatum',
  status: 'den Bestellstatus',
  firstScanAt: 'das Datum des ersten Scans des Versanddienstleisters',
  shippedAt: 'das Versanddatum',
  'claim.decidedAt': 'das Entscheidungsdatum des Antrags',
  'claim.respondBy': 'das Antwortdatum des Antrags',
  'return.receivedAt': 'das Eingangsdatum der Rücksendung',
  'return.status': "den Status der Rücksendung",
  'claim.fundedBy': 'wer den stattgegebenen Antrag bezahlt hat',
};

/** A buyer's reason and amount as the English phrase has them: (reason, amount), or just the amount. */
const reasonAndAmount = (p: { reason: string; value: string; currency: string }) => {
  const amount = p.value ? `${p.value} ${p.currency}` : '';
  if (p.reason) return ` („${p.reason}“${amount ? `, ${amount}` : ''})`;
  return amount ? `, ${amount}` : '';
};

const appealWhy: PhraseOf<'appeal.why'> = (p) => `Amazon hat dem Antrag des Käufers${p.reason ? ` („${p.reason}“)` : ''} am ${p.decided} ` +
  `stattgegeben und Ihnen den Betrag belastet; er ${COUNTS}. Sie können bis ${p.until} (${p.window} nach der Entscheidung) ` +
  `Widerspruch einlegen: unter ${ATOZ_PAGE}, Tab ${APPEAL_TAB}, mit ${APPEAL_BUTTON}. `;

const atozWhy = (basis: string): PhraseOf<'atoz.why.scan'> => (p) => `Sie haben das Etikett über ${BUY_SHIPPING} mit dem Kennzeichen ` +
  `${PROTECTED} gekauft, und das Paket wurde pünktlich versandt (${basis} ${p.shippedDay}, spätestes Versanddatum ${p.shipByDay}). ${p.status} ` +
  `In diesem Fall bezahlt Amazon den ${ATOZ} des Käufers, und er ${NO_COUNT} – aber nur, wenn der Käufer den Antrag stellt ` +
  'und Sie nicht erstattet haben. Antworten Sie mit den Fakten: Versanddienstleister und Sendungsnummer ' +
  `(${p.tracking}), Zustelldatum und Zustellnachweis des Versanddienstleisters (Foto oder Unterschrift). Zeigt das ` +
  'Zustellfoto nicht die Adresse des Käufers, sagen Sie das offen. Bitten Sie den Käufer dann, unter ' +
  `${YOUR_ORDERS} („Problem mit Bestellung“) einen ${ATOZ} zu stellen: So erhält er sein Geld zurück.`;

const outsideClaim: PhraseOf<'authorize.outside.why.claim'> = (p) => ' Der Käufer gibt an, der Artikel sei beschädigt, defekt oder falsch: ' +
  `Er kann${p.until ? ` bis ${p.until}` : ''} noch einen ${ATOZ} stellen, den Sie bezahlen würden und der zu Ihrer ${ODR} zählt; ` +
  'eine Genehmigung kann Sie daher weniger kosten.';

const replyDamaged = (what: string) => `Der Käufer gibt an, ${what}. Bitten Sie um ein Foto und bieten Sie Ersatz oder eine Erstattung ` +
  'über den Rücksendeprozess von Amazon an; bei einem beschädigten, defekten oder falschen Artikel tragen Sie die Rücksendekosten. ' +
  `Der Schutz von ${BUY_SHIPPING} deckt Transportschäden nicht ab.`;

const labelWords = (label: string) => (label === 'own'
  ? `Das Etikett wurde nicht über ${BUY_SHIPPING} gekauft` : `Das Etikett ist nicht ${PROTECTED}`);

const reshipLateWhy = (now: boolean): PhraseOf<'reship.late.why'> => (p) => `Das späteste Lieferdatum (${p.deliverBy}) ist überschritten, ` +
  `und die Sendungsverfolgung zeigt keine Zustellung des Pakets. ${labelWords(p.label)}, daher würden Sie einen ${ATOZ_NR} ` +
  `selbst bezahlen, und er würde, sofern Amazon ihn nicht ablehnt, zu Ihrer ${ODR} zählen (halten Sie diese unter ${p.rate}). ` +
  `${now ? 'Der Käufer kann bereits einen stellen.' : `Der Käufer kann ab ${p.by} einen stellen.`} Prüfen Sie die Sendungsverfolgung ` +
  `(${p.tracking}) und beantragen Sie beim Versanddienstleister eine Sendungsnachforschung; schreiben Sie dann dem Käufer über das ` +
  `${MESSAGING} und ${ONE_OR_OTHER}`;

const reshipWhy = (label: string): PhraseOf<'reship.why.ownLabel'> => (p) => `${p.state} ${label}, daher würden Sie einen ${ATOZ} ` +
  `selbst bezahlen, und er würde, sofern Amazon ihn nicht ablehnt, zu Ihrer ${ODR} zählen (die unter ${p.rate} bleiben muss). ` +
  `Antworten Sie dem Käufer und lösen Sie das Problem innerhalb von ${dat(p.resolve)} nach seiner Nachricht: ` +
  `${ONE_OR_OTHER.charAt(0).toUpperCase()}${ONE_OR_OTHER.slice(1)}`;

const LOOK_STATUS = 'Sehen Sie sich den Bestellstatus auf der Bestellseite an';
const ON_TIME_NEEDED = `ob das Paket pünktlich versandt wurde, was der Schutz von ${BUY_SHIPPING} voraussetzt.`;

/** The policy table's notes (policy.ts `note:`), in German. */
const NOTES = {
  'AZ-ELIG-INR': 'Die aktuelle US-Käuferseite nennt 3 Tage nach dem spätesten voraussichtlichen Lieferdatum oder den Zeitpunkt, ' +
    'zu dem die Sendungsverfolgung die Zustellung zeigt, je nachdem, was früher ist; eine ältere Fassung nennt 3 Kalendertage nach dem ' +
    'spätesten voraussichtlichen Lieferdatum oder 30 Tage nach dem Bestelldatum, je nachdem, was früher ist. Verwendet wird das früheste dieser Daten.',
  'AZ-CONTACT-48H': 'Die britische und die deutsche Käuferseite geben dem Verkäufer zwei Werktage statt 48 Stunden; 48 Stunden ' +
    'enden nie später, daher gelten sie überall.',
  'AZ-INFO-REQUEST': 'Die Seiten von Amazon weichen voneinander ab: Die Seite für die USA und Australien nennt 48 Stunden, andere ' +
    'Fassungen nennen 72 Stunden oder 3 Kalendertage. Zeigt die Antragsseite kein Antwortdatum, gilt die frühere Frist (48 Stunden nach Antragstellung).',
  'AZ-APPEAL-30D': 'Informationsanfragen während eines Widerspruchs: 72 Stunden in der aktuellen Fassung, 48 Stunden in einer älteren ' +
    `Fassung (verwendet werden 48). Die Rücknahme der Auswirkung auf die ${ODR} nach einem erfolgreichen Widerspruch kann bis zu 7 Tage dauern.`,
  'AZ-SAFETY': 'Amazon bezahlt berechtigte Anträge unter 1.000 USD / 1.000 EUR / 1.000 GBP (spätere Fassung: nur für Verkäufer mit ' +
    'Versicherung); die Deckung begann am 2021-09-01 in den USA und im Mai 2024 in Kanada, im Vereinigten Königreich und in der EU.',
  'BS-CLAIMS-PROTECTED': 'Pünktlich heißt: erster Scan des Versanddienstleisters bis zum spätesten Versanddatum; ist der erste Scan ' +
    'nicht bekannt, gilt das Datum der Versandbestätigung. Transportschäden sind nicht abgedeckt (Einschätzung aus dem Verkäuferforum).',
  'ORD-AUTO-CANCEL': 'Seit dem 2020-09-30 storniert Amazon 7 Werktage nach dem spätesten Versanddatum; eine ältere Fassung (noch im ' +
    'Leitfaden zur Bestellabwicklung) nennt 30 Tage nach dem Bestelldatum. Angezeigt wird das frühere der beiden Daten.',
  'RET-WINDOW-30D': 'In der Weihnachtszeit gelten Verlängerungen (z. B. sind Käufe im November und Dezember bis zum 31. Januar rückgabefähig).',
  'SAFET-30D': 'Die Frist in den USA wurde am 2026-02-16 von 60 auf 30 Tage verkürzt.',
  'US-REFUND-4D': 'Berichte über die Mitteilung von Amazon nennen ab dem 2026-01-26 4 Kalendertage; die gespeicherten Hilfeseiten von ' +
    'Amazon nennen noch 2 Werktage. Verwendet wird die frühere der beiden Fristen, die beide Vorgaben erfüllt.',
  'US-SAFET-30D': 'Berichte über die Mitteilung von Amazon nennen ab dem 2026-02-16 30 Tage; die gespeicherte Amazon-Seite ' +
    '„Refund at First Scan“ nennt noch 60 Tage. Verwendet werden 30 Tage.',
  'AZ-NR-NO-CONTACT': 'Amazons Seite „About A-to-z Guarantee“ sagt, dass vorher kein Kontakt nötig ist, und gibt 3 Kalendertage für ' +
    'eine Stellungnahme; „Amazon\'s A-to-z Guarantee Claims“ sagt noch, dass der Käufer zuerst den Verkäufer kontaktiert, mit 48 Stunden. ' +
    'Es wird mit einem Antrag ohne vorherige Nachricht gerechnet, und Anfragen von Amazon werden innerhalb von 48 Stunden beantwortet (die frühere Zahl).',
} as const satisfies Partial<Record<PolicyRuleId, string>>;

const noteOf = (id: keyof typeof NOTES) => `${id}: ${NOTES[id]}`;

/** How sure a source is, as policy-words.ts names it in English, in German. */
const CONFIDENCE: Record<string, string> = {
  'Amazon page': 'Amazon-Seite', 'report of an Amazon notice': 'Bericht über eine Amazon-Mitteilung', 'single source': 'einzelne Quelle',
};
const sources = (id: PolicyRuleId) => sourceList(id).replace(/\((Amazon page|report of an Amazon notice|single source)\)/gu,
  (_m, c: string) => `(${CONFIDENCE[c] ?? c})`);

/** Rules with no note rest on reports of an Amazon notice (policy.ts `confidence: 'reported'`). */
const NOT_FOUND = 'Eine eigene Seite von Amazon dazu wurde nicht gefunden; die Empfehlung folgt dem, was bekannt ist ' +
  `(${CONFIDENCE['report of an Amazon notice'] ?? ''}).`;
const differ = (id: PolicyRuleId, note: string = NOT_FOUND) => `Quellen weichen ab (${id}): ${note} Quellen: ${sources(id)}.`;

export const DE_PHRASES: PhraseTable = {
  'appeal.doNot.facts': () => 'Legen Sie keinen Widerspruch ohne Fakten ein, die der ersten Entscheidung nicht vorlagen.',
  'appeal.doNot.money': () => 'Bitten Sie den Käufer nicht, gegen Geld etwas zurückzuziehen oder zu ändern.',
  'appeal.grounds': () => 'Legen Sie nur mit Begründung Widerspruch ein, zum Beispiel mit einer gültigen Sendungsverfolgung, die die ' +
    'Zustellung an die Adresse des Käufers zeigt, mit einem Käufer, der Sie vorher nie kontaktiert hat, oder mit einer Erstattung, die Sie bereits geleistet hatten.',
  'appeal.grounds.badge': () => ` Prüfen Sie ${BADGE_WHERE}: Steht dort ${PROTECTED} und wurde das Paket pünktlich versandt, ` +
    'hätte Amazon den Antrag bezahlen müssen.',
  'appeal.grounds.strong': () => `Sie haben gute Gründe: Das Etikett wurde über ${BUY_SHIPPING} mit dem Kennzeichen ${PROTECTED} gekauft ` +
    'und pünktlich versandt, daher hätte Amazon den Antrag bezahlen müssen.',
  'appeal.title': (p) => `Legen Sie bis ${p.until} Widerspruch gegen den stattgegebenen Antrag ein, wenn Sie Gründe haben`,
  'appeal.why': appealWhy,
  'appeal.why.reason': appealWhy,
  'appeal.why.undated': (p) => `Amazon hat dem Antrag des Käufers${p.reason ? ` („${p.reason}“)` : ''} stattgegeben und Ihnen ` +
    `den Betrag belastet; er ${COUNTS}. Das Datum der Entscheidung zeigt die Seite nicht; die Frist läuft ${p.window} ab der ` +
    `Entscheidung, und entschieden wird erst nach dem Antrag (${p.filed}): Sie können mindestens bis ${p.until} Widerspruch einlegen: unter ` +
    `${ATOZ_PAGE}, Tab ${APPEAL_TAB}, mit ${APPEAL_BUTTON}. Bestätigen Sie das Entscheidungsdatum für das genaue Fristende. `,
  'appealClosed.title': (p) => `Die Widerspruchsfrist endete am ${p.ended}`,
  'appealClosed.why': (p) => `Amazon hat dem Antrag des Käufers am ${p.decided} stattgegeben und Ihnen den Betrag belastet. Gegen eine ` +
    `Entscheidung ist nur innerhalb von ${dat(p.window)} Widerspruch möglich; diese Frist endete am ${p.ended}, daher kann gegen diesen ` +
    'Antrag kein Widerspruch mehr eingelegt werden. Sonst ist dafür nichts mehr zu tun.',
  'atoz.doNot.refund': () => `Erstatten Sie nicht: Eine Erstattung durch Sie hebt den Schutz von ${BUY_SHIPPING} auf, und der Verlust geht zu Ihren Lasten.`,
  'atoz.doNot.reship': () => `Senden Sie keinen Ersatz: Amazon entschädigt Sie nur über den ${ATOZ} des Käufers.`,
  'atoz.doNot.unanswered': (p) => `Lassen Sie Fragen zur Lieferung nicht unbeantwortet: Der Schutz setzt eine Antwort innerhalb von ${dat(p.answerWithin)} voraus.`,
  'atoz.note.confirmation': () => '„Pünktlich“ wurde nach dem Versanddatum im Paketbereich beurteilt; Amazon beurteilt es nach dem ersten Scan des Versanddienstleisters.',
  'atoz.note.fileUntil': (p) => `Der Käufer kann bis ${p.until} (${p.window} nach dem spätesten Lieferdatum) einen ${ATOZ} stellen.`,
  'atoz.status.delivered': () => 'Laut Sendungsverfolgung wurde das Paket zugestellt, der Käufer gibt aber an, es nicht erhalten zu haben.',
  'atoz.status.deliveredOn': (p) => `Laut Sendungsverfolgung wurde das Paket am ${p.delivered} zugestellt, der Käufer gibt aber an, es nicht erhalten zu haben.`,
  'atoz.status.late': (p) => `Das zugesagte Lieferdatum (${p.deliverBy}) ist überschritten, und die Sendungsverfolgung zeigt keine Zustellung.`,
  'atoz.title': () => `Nicht erstatten und nicht erneut senden: Nennen Sie die Sendungsdaten, der Käufer stellt einen ${ATOZ}`,
  'atoz.why.scan': atozWhy('erster Scan des Versanddienstleisters am'),
  'atoz.why.shipped': atozWhy('versandt am'),
  'authorize.doNot.outside': () => 'Bitten Sie den Käufer nicht, den Artikel außerhalb des Rücksendeprozesses von Amazon zurückzusenden.',
  'authorize.doNot.unanswered': () => 'Lassen Sie den Antrag nicht unbeantwortet.',
  'authorize.note.noDate': () => 'Die Seite zeigte nicht, wann der Antrag gestellt wurde: Beantworten Sie ihn heute.',
  'authorize.outside.doNot.promise': () => 'Sagen Sie dem Käufer nicht, die Rücksendung sei genehmigt, bevor Sie sich für die Genehmigung entschieden haben.',
  'authorize.outside.title': (p) => `Rücksendung nach Ablauf der Frist beantragt (endete am ${p.ended}): bis ${p.by} trotzdem genehmigen oder ablehnen`,
  'authorize.outside.title.missed': (p) => `Verpasst: Die Antwort war bis ${p.by} fällig – Rücksendung nach Ablauf der Frist beantragt ` +
    `(endete am ${p.ended}): jetzt trotzdem genehmigen oder ablehnen`,
  'authorize.outside.why': (p) => ` Der Antrag kam, nachdem die Rückgabefrist am ${p.ended} geendet hatte (${p.window} nach der Zustellung, ` +
    'RET-WINDOW-30D), daher entscheiden Sie: Lehnen Sie ihn mit dem Grund „außerhalb der Rückgabefrist“ ab, oder genehmigen Sie ihn ' +
    'trotzdem als Kulanzrücksendung.',
  'authorize.outside.why.claim': outsideClaim,
  'authorize.outside.why.claim.until': outsideClaim,
  'authorize.title': () => 'Beantworten Sie den Rücksendeantrag',
  'authorize.title.by': (p) => `Beantworten Sie den Rücksendeantrag bis ${p.by}`,
  'authorize.title.missed': (p) => `Verpasst: Die Antwort war bis ${p.by} fällig – beantworten Sie den Rücksendeantrag jetzt`,
  'authorize.why': (p) => `Der Käufer hat${p.requested ? ` am ${p.requested}` : ''} die Rücksendung des Artikels beantragt` +
    `${p.reason ? ` („${p.reason}“)` : ''}, und der Antrag wurde nicht automatisch genehmigt, daher wartet er auf Sie. ` +
    `Genehmigen Sie ihn oder schließen Sie ihn mit einer Begründung, innerhalb von ${dat(p.answer)}: Ein Käufer, dessen ` +
    `Rücksendeantrag nicht innerhalb von ${dat(p.resolve)} gelöst wird, kann einen ${ATOZ} stellen.`,
  'authorize.why.aprl': () => ' In den USA braucht jede Rücksendung einer vom Verkäufer versandten Bestellung ein vorfrankiertes ' +
    'Rücksendeetikett von Amazon, unabhängig vom Wert des Artikels (Ausnahmen für Kategorien bleiben bestehen): Genehmigen Sie ' +
    'sie mit dem vorfrankierten Etikett von Amazon, nicht mit einem eigenen Etikett.',
  'authorize.why.missed': (p) => ` Diese Frist ist am ${p.by} abgelaufen: Beantworten Sie den Antrag jetzt.`,
  'authorize.why.sellerPays': () => ' Bei diesem Grund tragen Sie die Rücksendekosten: Genehmigen Sie die Rücksendung mit einem vorfrankierten Etikett.',
  'business': () => BUSINESS,
  'business.holidays': (p) => {
    const many = (p.holidays.match(/\(\d{4}-\d{2}-\d{2}\)/gu) ?? []).length > 1;
    return `${BUSINESS} ${holidayNames(p.holidays)} ${many ? 'fallen' : 'fällt'} in diesen Zeitraum: Zählt Amazon ` +
      `${many ? 'diese Tage nicht als Werktage' : 'diesen Tag nicht als Werktag'}, endet die tatsächliche Frist ` +
      `${many ? 'je Feiertag ' : ''}einen Werktag später. Die Quellen sagen dazu nichts.`;
  },
  'cancel.doNot.reason': () => `Wählen Sie keinen anderen Grund als ${BUYER_CANCELED} (andere Gründe werden Ihnen angerechnet).`,
  'cancel.doNot.ship': () => 'Versenden Sie die Bestellung nicht.',
  'cancel.title': () => 'Stornieren Sie die Bestellung wie vom Käufer gewünscht',
  'cancel.why': () => 'Der Käufer hat um Stornierung gebeten, und die Bestellung ist noch nicht versandt. Stornieren Sie sie in ' +
    `Seller Central mit dem Grund ${BUYER_CANCELED}: Das wird Ihrer Stornorate nicht angerechnet. Kam die Anfrage nur per Nachricht, ` +
    `können Sie den Käufer bitten, unter ${YOUR_ORDERS} „Stornierung anfordern“ zu verwenden, oder die Bestellung selbst mit diesem Grund stornieren.`,
  'canceled.doNot': () => 'Versenden Sie keine stornierte Bestellung.',
  'canceled.note.claim': () => `Ein Antrag zu dieser Bestellung wird noch als offen angezeigt: Prüfen Sie ihn unter ${ATOZ_PAGE}.`,
  'canceled.title': () => 'Nichts zu tun: Die Bestellung ist storniert',
  'canceled.why': () => 'Amazon zeigt diese Bestellung als storniert an. Versenden Sie sie nicht; sonst ist nichts fällig.',
  'claim.answer.atoz': (p) => `Öffnen Sie ihn unter ${ATOZ_PAGE} und wählen Sie „Amazon antworten“${p.by ? ` vor ${p.by}` : ''}: ${ON_BUYERS_WORD}`,
  'claim.answer.chargeback': (p) => `Beantworten Sie den Rückbuchungsantrag unter ${CHARGEBACK_PAGE}${p.by ? ` vor ${p.by}` : ''}: ${ON_BUYERS_WORD}`,
  'claim.doNot.deadline': () => 'Lassen Sie die Frist nicht ohne Antwort verstreichen.',
  'claim.doNot.refund': () => `Erstatten Sie nicht in der Erwartung, dass der Antrag dann nicht mehr zu Ihrer ${ODR} zählt: ` +
    'Eine Erstattung nach Antragstellung zählt trotzdem.',
  'claim.doNot.refundProtected': () => `Erstatten Sie nicht: Das Etikett ist ${PROTECTED}, Amazon sollte diesen Antrag bezahlen, und Ihre Erstattung würde das aufheben.`,
  'claim.filed.atoz': (p) => `Der Käufer hat einen ${ATOZ} gestellt${reasonAndAmount(p)}. `,
  'claim.filed.chargeback': (p) => `Der Käufer hat eine Rückbuchung beantragt${reasonAndAmount(p)}. `,
  'claim.missed.doNot.ignore': () => 'Gehen Sie nicht davon aus, dass die Sache erledigt ist: Gegen einen stattgegebenen Antrag, der ' +
    'Ihnen belastet wurde, können Sie noch Widerspruch einlegen.',
  'claim.missed.title': (p) => `Die Frist ist abgelaufen (${p.due}): Antworten Sie jetzt, falls der Antrag noch eine Antwort verlangt, ` +
    `und legen Sie bis ${p.appealBy} Widerspruch ein, falls ihm zu Ihren Lasten stattgegeben wird`,
  'claim.missed.title.chargeback': (p) => `Verpasst: Die Antwort auf die Rückbuchung war bis ${p.due} fällig`,
  'claim.missed.title.late': (p) => `Die Frist ist abgelaufen (${p.due}): Prüfen Sie die Entscheidung über den Antrag und ob noch Widerspruch möglich ist`,
  'claim.missed.why': (p) => `Die Frist für die Antwort auf den ${ATOZ} des Käufers ist am ${p.due} abgelaufen. Ohne Ihre Antwort ` +
    'entscheidet Amazon nach den Angaben des Käufers, gibt dem Antrag meist statt und belastet Ihnen den Betrag. Was Sie noch tun ' +
    `können: Laden Sie den Antrag unter ${ATOZ_PAGE} neu. Verlangt er noch Ihre Antwort, antworten Sie jetzt mit den Fakten.`,
  'claim.missed.why.appeal': (p) => ` Hat Amazon dem Antrag stattgegeben und Ihnen den Betrag belastet, legen Sie innerhalb von ` +
    `${dat(p.span)} nach der Entscheidung Widerspruch ein (${APPEAL_BUTTON} im Tab ${APPEAL_TAB}): das heißt mindestens bis ` +
    `${p.appealBy}, länger, falls die Entscheidung später fiel.`,
  'claim.missed.why.appealLate': (p) => ` Widerspruch ist nur innerhalb von ${dat(p.span)} nach der Entscheidung möglich: Sehen Sie ` +
    'im Antrag nach dem Entscheidungsdatum, um zu prüfen, ob diese Frist noch läuft.',
  'claim.missed.why.chargeback': (p) => `Die Frist für die Antwort auf den Rückbuchungsantrag ist am ${p.due} abgelaufen. Was Sie noch ` +
    `tun können: Öffnen Sie ihn unter ${CHARGEBACK_PAGE}. Verlangt er noch Ihre Antwort, senden Sie jetzt die Angaben zu Bestellung, ` +
    `Sendungsverfolgung und Zustellung; wurde zu Ihren Lasten entschieden, zählt er zu Ihrer ${ODR}, und ein Widerspruch ` +
    'über die A-bis-Z-Garantie ist nicht möglich.',
  'claim.note.noDeadline': () => 'Die Seite zeigte kein Antwortdatum: Öffnen Sie den Antrag, um seine Frist zu sehen.',
  'claim.title.atoz': () => `Antworten Sie Amazon auf den ${ATOZ}`,
  'claim.title.atoz.by': (p) => `Antworten Sie Amazon bis ${p.by} auf den ${ATOZ}`,
  'claim.title.chargeback': () => 'Antworten Sie Amazon auf die Rückbuchung',
  'claim.title.chargeback.by': (p) => `Antworten Sie Amazon bis ${p.by} auf die Rückbuchung`,
  'claim.what.notAsDescribed': () => ' Nennen Sie die Angaben aus dem Angebot und legen Sie Fotos der Ware vor, die Sie versandt haben.',
  'claim.what.notReceived': () => ' Nennen Sie den Versanddienstleister, die Sendungsnummer und den Zustellnachweis (Foto oder Unterschrift).',
  'claim.what.other': () => ' Nennen Sie die Fakten, die auf den vom Käufer genannten Grund eingehen, mit Sendungsverfolgung und Datumsangaben.',
  'claim.what.protected': () => ` Das Etikett wurde über ${BUY_SHIPPING} mit dem Kennzeichen ${PROTECTED} gekauft und pünktlich versandt: ` +
    'Weisen Sie darauf hin und nennen Sie die Sendungsverfolgung; Amazon sollte diesen Antrag bezahlen.',
  'claim.what.return': () => ' Zeigen Sie, wann die Rücksendung eingegangen ist und wann Sie erstattet haben, oder erstatten Sie jetzt, falls noch nicht geschehen.',
  'confirm.doNot.guess': () => 'Handeln Sie nicht auf Verdacht.',
  'confirm.doNot.protection': () => 'Erstatten Sie nicht und senden Sie keinen Ersatz, bevor Sie es wissen: Ist das Etikett ' +
    `${PROTECTED}, hebt eine Erstattung durch Sie den Schutz auf.`,
  'confirm.here': () => ' Bestätigen Sie es hier, und die Empfehlung ergibt sich daraus.',
  'confirm.join': () => ' ',
  'confirm.title': (p) => {
    // "ob …" and "wer …" are clauses: a comma before the first and after any that is not last.
    const parts = p.facts.split(' ').map((f) => FACT_WORDS[f] ?? f);
    const clause = (w: string) => /^(?:ob|wer) /u.test(w);
    const text = parts.map((w, i) => (clause(w) && i < parts.length - 1 ? `${w},` : w)).join(' und ');
    return `Bestätigen Sie${clause(parts[0] ?? '') ? ',' : ''} ${text}`;
  },
  'dateOnly.lastDay': (p) => `Die Seite zeigte nur das Datum ${p.what}, keine Uhrzeit: Die Frist endet am ${p.until} zu dieser Uhrzeit, die die Seite nicht zeigt, also möglicherweise jederzeit an diesem Tag: Legen Sie so früh wie möglich Widerspruch ein.`,
  'dateOnly': (p) => `Die Seite zeigte nur das Datum ${p.what}, keine Uhrzeit: Die Frist wird ab Beginn dieses Tages gezählt (der frühestmögliche Zeitpunkt).`,
  'doNot.noTracking': () => 'Bestätigen Sie den Versand nicht ohne gültige Sendungsnummer.',
  'doNot.offAmazon': () => 'Bitten Sie den Käufer nicht, außerhalb von Amazon zu bezahlen oder zu kommunizieren.',
  'intercept.doNot.promise': () => 'Sagen Sie die neue Adresse nicht zu, bevor der Versanddienstleister die Umleitung bestätigt.',
  'intercept.doNot.second': () => 'Senden Sie kein zweites Paket an die neue Adresse.',
  'intercept.title': () => 'Bereits versandt: Bitten Sie den Versanddienstleister, die Sendung anzuhalten oder umzuleiten',
  'intercept.why': (p) => `Das Paket ist unterwegs zur Adresse in der Bestellung (${p.tracking}). Das lässt sich jetzt nur noch ` +
    'ändern, indem der Versanddienstleister die Sendung anhält oder umleitet, falls er das anbietet. Kann sie nicht umgeleitet werden, ' +
    'teilen Sie dem Käufer mit, dass sie an die ursprüngliche Adresse geht.',
  'join.sentences': () => ' ',
  'late.doNot.shipPassed': () => 'Versenden Sie sie jetzt nicht: Eine stornierte Bestellung wird nicht bezahlt.',
  'late.doNot.wait': () => 'Warten Sie nicht auf die automatische Stornierung.',
  'late.title': (p) => `Verspätet: Jetzt versenden oder stornieren – Amazon storniert die Bestellung nach ${p.cancelDay}`,
  'late.title.passed': (p) => `Verpasst: Nicht bis ${p.cancelDay} versandt, daher storniert Amazon die Bestellung automatisch`,
  'late.why': (p) => `Das späteste Versanddatum (${p.shipByDay}) ist überschritten, und die Bestellung ist noch „Nicht versandt“. ` +
    'Versenden Sie sie jetzt mit einer gültigen Sendungsnummer, oder stornieren Sie sie, wenn Sie nicht versenden können (nicht ' +
    'vorrätig: stornieren Sie selbst). Sie zählt bereits als verspätete Lieferung, und einem A-bis-Z-Garantieantrag dazu würde ' +
    `automatisch stattgegeben. Ist sie bis zum Tagesende am ${p.cancelDay} nicht versandt und bestätigt, storniert Amazon sie, ` +
    'und die Stornierung zählt zu Ihrer Stornorate.',
  'late.why.passed': (p) => `Das späteste Versanddatum (${p.shipByDay}) ist verstrichen, und die Bestellung wurde nicht bis ` +
    `${p.cancelDay}, dem Datum der automatischen Stornierung, versandt und bestätigt. Amazon storniert sie automatisch (möglicherweise ` +
    'ist das schon geschehen) und erstattet dem Käufer den Betrag; die Stornierung zählt zu Ihrer Stornorate. Was Sie noch tun können: ' +
    'Laden Sie die Bestellseite neu. Zeigt sie „Storniert“, ist nichts zu versenden. Zeigt sie noch „Nicht versandt“, stornieren Sie ' +
    'die Bestellung jetzt selbst, statt sie zu versenden, und teilen Sie dem Käufer, falls er schreibt, mit, dass die Bestellung ' +
    'storniert wurde und ihm nichts dafür berechnet wird.',
  'none.amazonFunded': () => 'Amazon hat dem Antrag stattgegeben und ihn selbst bezahlt.',
  'none.appealed': () => 'Der Status des Antrags zeigt einen bereits eingelegten Widerspruch: Amazon entscheidet darüber, ein zweiter Widerspruch ist nicht vorgesehen.',
  'none.atozClosed': (p) => `Die Frist für A-bis-Z-Garantieanträge endete am ${p.closed} (${p.window} nach dem spätesten Lieferdatum): ` +
    'Der Käufer kann zu dieser Bestellung keinen Antrag mehr stellen.',
  'none.claimableFrom': (p) => `Der Käufer kann ab ${p.from} einen ${ATOZ_NR} stellen.`,
  'none.delivered': (p) => `Die Bestellung wurde${p.on ? ` am ${p.on}` : ''} zugestellt, und nichts wartet auf Sie.`,
  'none.denied': () => `Der Antrag wurde abgelehnt: Er ${NO_COUNT}.`,
  'none.ifBuyerWrites': (p) => `Schreibt der Käufer, antworten Sie innerhalb von ${dat(p.reply)}.`,
  'none.neverDelivered': (p) => `Die Bestellung wurde versandt, aber die Sendungsverfolgung hat nie eine Zustellung gezeigt; das späteste Lieferdatum war ${p.deliverBy}.`,
  'none.thanksOnly': () => 'Der Käufer bedankt sich nur und fragt nichts: Markieren Sie die Nachricht unter Käufer-Verkäufer-Nachrichten als „Keine Antwort erforderlich“. Eine Antwort, die sich nur zurückbedankt, ist nicht nötig (Amazon möchte keine reinen Dankesnachrichten).',
  'none.nothing': () => 'Nichts von dem, was Claimwise von dieser Bestellung gesehen hat, erfordert jetzt eine Aktion.',
  'none.onItsWay': (p) => `Die Bestellung ist unterwegs${p.deliverBy ? ` (Zustellung bis ${p.deliverBy})` : ''}.`,
  'none.overdue': (p) => `Die Bestellung wurde versandt, aber die Sendungsverfolgung zeigt keine Zustellung, und das zugesagte ` +
    `Lieferdatum (${p.deliverBy}) ist überschritten. Beobachten Sie die Sendungsverfolgung und beantworten Sie jede Nachricht des ` +
    `Käufers innerhalb von ${dat(p.reply)}.`,
  'none.returnAuthorized': (p) => `Die Rücksendung ist genehmigt: Warten Sie, bis der Artikel zurückkommt, und erstatten Sie dann innerhalb von ${dat(p.refund)}.`,
  'none.returnClosed': (p) => `Die Rückgabefrist endete am ${p.ended}.`,
  'none.returnOpen': (p) => `Der Käufer kann bis ${p.until} eine Rücksendung beantragen; ein Antrag, der bei Ihnen eingeht, muss ` +
    `innerhalb von ${dat(p.answer)} beantwortet werden.`,
  'none.title': () => 'Zurzeit nichts zu tun',
  'none.title.closed': (p) => `Nichts zu tun: Die Frist für A-bis-Z-Garantieanträge endete am ${p.closed}`,
  'none.underReview': (p) => `Amazon prüft den Antrag; fordert Amazon Informationen von Ihnen an, antworten Sie innerhalb von ${dat(p.respond)}.`,
  'none.withdrawn': () => `Der Käufer hat den Antrag zurückgezogen: Er ${NO_COUNT}.`,
  'offAmazon.doNot.contact': () => 'Senden Sie keine E-Mail-Adresse, Telefonnummer, Messenger-Kennung und keinen Zahlungslink.',
  'offAmazon.doNot.pay': () => 'Nehmen Sie keine Zahlung außerhalb von Amazon an.',
  'offAmazon.title': () => 'Führen Sie Kommunikation und Zahlung über Amazon',
  'offAmazon.why': () => 'Der Käufer möchte außerhalb von Amazon bezahlen oder kommunizieren (Bezahl-App, Messenger, E-Mail oder ' +
    `Telefon). Lehnen Sie höflich ab und führen Sie alles über das ${MESSAGING}: Käufer von Amazon wegzuleiten ist verboten und ` +
    'kann Sie Ihre Verkaufsberechtigung kosten, und eine Zahlung außerhalb von Amazon ist für keinen von Ihnen beiden durch die A-bis-Z-Garantie geschützt.',
  'pending.doNot.label': () => 'Kaufen Sie kein Etikett und versenden Sie nicht, solange die Bestellung „Ausstehend“ ist.',
  'pending.doNot.pay': () => 'Bitten Sie den Käufer nicht, Sie auf anderem Weg zu bezahlen.',
  'pending.title': () => 'Nicht versenden: Die Bestellung ist „Ausstehend“',
  'pending.why': (p) => `Amazon hat die Prüfung der Zahlung des Käufers noch nicht abgeschlossen (das kann bis zu ${p.hold} dauern). ` +
    'Eine Bestellung mit dem Status „Ausstehend“ darf nicht versandt werden, auch wenn der Käufer darum bittet; sie wechselt zu ' +
    `„Nicht versandt“, sobald sie bereit ist. Der Käufer kann sie in den ersten ${dat(p.cancel)} stornieren, danach über den ` +
    'Amazon-Kundenservice, an den auch alle Fragen zur Zahlung zu richten sind.',
  'refund.doNot.deduct': () => 'Ziehen Sie bei einem beschädigten, defekten oder falschen Artikel keine Rücksendekosten und keine Wiedereinlagerungsgebühr ab.',
  'refund.doNot.wait': () => 'Warten Sie nicht, bis der Käufer nachfragt.',
  'refund.note.noDate': () => 'Die Seite zeigte nicht, wann die Rücksendung eingegangen ist: Erstatten Sie jetzt.',
  'refund.title': () => 'Erstatten Sie den zurückgesandten Artikel',
  'refund.title.by': (p) => `Erstatten Sie den zurückgesandten Artikel bis ${p.by}`,
  'refund.title.missed': (p) => `Verpasst: Die Erstattung war bis ${p.by} fällig – erstatten Sie jetzt, sofern Amazon es nicht schon getan hat`,
  'refund.why': (p) => `Die Rücksendung ist${p.received ? ` am ${p.received}` : ''} eingegangen und wurde noch nicht erstattet. ` +
    `Erstatten Sie innerhalb von ${dat(p.within)} nach Eingang${p.by ? ` (bis ${p.by})` : ''}, sonst kann Amazon dem Käufer ` +
    'den Betrag selbst erstatten und Ihr Konto belasten.',
  'refund.why.auto': (p) => `Die Rücksendung ist${p.received ? ` am ${p.received}` : ''} eingegangen und wurde noch nicht erstattet. ` +
    `Erstatten Sie den Betrag – oder bewerten Sie die Rücksendung im „Guided Refund Workflow“ – spätestens ${p.within} bzw. ${p.days} ` +
    `nach Eingang, je nachdem, was früher ist${p.by ? ` (bis ${p.by})` : ''}: Danach erstattet Amazon dem Käufer automatisch, und ` +
    'Sie können diese Erstattung nicht mehr über SAFE-T geltend machen.',
  'refund.why.missed': () => ' Diese Frist ist abgelaufen: Prüfen Sie zuerst den Erstattungsverlauf der Bestellung (Amazon hat dem ' +
    'Käufer möglicherweise erstattet und Ihr Konto belastet), und erstatten Sie jetzt, falls keine Erstattung erfolgt ist.',
  'refund.why.sellerPays': (p) => ` Bei dem angegebenen Grund („${p.reason}“) tragen Sie die Rücksendekosten: Erstatten Sie den vollen Betrag.`,
  'refundAfterClaim': () => `Zu dieser Bestellung wurde ein ${ATOZ} gestellt: Eine Erstattung durch Sie beendet jetzt den Streit ` +
    `um das Geld, aber der Antrag zählt trotzdem zu Ihrer ${ODR} (AZ-OUTCOMES).`,
  'reorder.doNot.label': () => 'Ändern Sie die Adresse auf dem Etikett nicht von Hand.',
  'reorder.doNot.message': () => 'Versenden Sie nicht an die Adresse aus der Nachricht.',
  'reorder.note.sfp': () => 'Bestellungen mit Prime durch Verkäufer: Verweisen Sie den Käufer stattdessen an den Amazon-Kundenservice.',
  'reorder.title': () => 'Adressänderung: Stornieren, und der Käufer bestellt mit der neuen Adresse erneut',
  'reorder.why': () => 'Sie dürfen nur an die in Seller Central angezeigte Adresse versenden, und bei einer bestehenden Bestellung ' +
    `lässt sie sich nicht ändern. Die Bestellung ist noch nicht versandt: Stornieren Sie sie daher mit dem Grund ${BUYER_CANCELED}, ` +
    'und bitten Sie den Käufer, mit der neuen Adresse neu zu bestellen.',
  'reply.by': (p) => ` Antworten Sie bis ${p.due} (${p.reply} nach der Nachricht des Käufers, Wochenenden eingeschlossen).`,
  'reply.doNot.auto': () => 'Verlassen Sie sich nicht auf eine automatische Antwort.',
  'reply.doNot.links': () => 'Fügen Sie in die Antwort keine Links, E-Mail-Adressen oder Telefonnummern ein.',
  'reply.late': (p) => ` Die Nachricht des Käufers wartet seit mehr als ${dat(p.reply)} (die Antwort war bis ${p.due} fällig): Antworten Sie jetzt.`,
  'reply.timeUnknown': (p) => 'Die Uhrzeit der Nachricht des Käufers wurde nicht angezeigt: Antworten Sie so bald wie möglich, ' +
    `innerhalb von ${dat(p.reply)} nach ihrem Eingang (MSG-24H).`,
  'reply.title': (p) => `Antworten Sie dem Käufer innerhalb von ${dat(p.reply)}`,
  'reply.topic.addressDelivered': () => 'Der Käufer möchte die Lieferadresse ändern, aber die Bestellung wurde bereits zugestellt. ' +
    'Teilen Sie ihm mit, wohin sie laut Sendungsverfolgung zugestellt wurde.',
  'reply.topic.cancelShipped': () => 'Der Käufer hat um Stornierung gebeten, aber die Bestellung ist bereits versandt und kann daher ' +
    'nicht mehr storniert werden. Teilen Sie ihm mit, dass er die Annahme verweigern oder den Artikel nach Erhalt über ' +
    `${YOUR_ORDERS} zurücksenden kann.`,
  'reply.topic.claimOpen': () => `Der Käufer schreibt zur Lieferung und hat bereits einen ${ATOZ} gestellt: Antworten Sie ihm mit ` +
    'den Sendungsdaten; auf den Antrag selbst antworten Sie Amazon (siehe die Empfehlung zum Antrag).',
  'reply.topic.damaged': () => replyDamaged('der Artikel sei beschädigt angekommen oder funktioniere nicht'),
  'reply.topic.notShipped': (p) => 'Der Käufer fragt nach der Lieferung, aber die Bestellung ist noch nicht versandt' +
    `${p.shipBy ? ` (Versand bis ${p.shipBy})` : ''}. Teilen Sie ihm mit, wann sie versandt wird. Bleibt eine Frage zur Lieferung ` +
    `unbeantwortet, wird einem ${ATOZ} automatisch stattgegeben.`,
  'reply.topic.invoice': () => 'Der Käufer bittet um eine Rechnung. Laden Sie sie unter „Bestellungen verwalten“ zur Bestellung hoch („Rechnung hochladen“) oder hängen Sie sie Ihrer Antwort unter Käufer-Verkäufer-Nachrichten an: Eine Rechnung dürfen Sie senden. Beantworten Sie diesen Teil, auch wenn ein anderer Schritt den Rest beantwortet.',
  'reply.topic.other': () => `Der Käufer hat geschrieben und wartet auf eine Antwort. Antworten Sie im ${MESSAGING}; eine automatische ` +
    'Antwort zählt nicht. Braucht die Nachricht keine Antwort (etwa ein Dankeschön), wählen Sie „Keine Antwort erforderlich“, damit sie als beantwortet gilt.',
  'reply.topic.return': (p) => `Der Käufer möchte den Artikel zurücksenden. Verweisen Sie ihn auf den Rücksendeantrag unter ${YOUR_ORDERS} ` +
    `(Rücksendeprozess von Amazon, innerhalb von ${dat(p.window)} nach der Zustellung, in der Weihnachtszeit länger), und lösen Sie ` +
    `ihn innerhalb von ${dat(p.resolve)}.`,
  'reply.topic.wrongItem': () => replyDamaged('der Artikel sei nicht das, was er bestellt hat'),
  'reply.within': (p) => ` Der Käufer wartet auf eine Antwort: Antworten Sie innerhalb von ${dat(p.reply)} nach seiner Nachricht, Wochenenden eingeschlossen.`,
  'reship.doNot.unanswered': () => 'Lassen Sie die Nachricht nicht unbeantwortet: Einem Antrag nach einer unbeantworteten Nachricht ' +
    'zur Lieferung wird automatisch stattgegeben.',
  'reship.late.doNot.wait': () => 'Warten Sie nicht, bis der Käufer einen Antrag stellt: Ein zuerst gestellter Antrag zählt gegen Sie, ' +
    'auch wenn Sie danach erstatten.',
  'reship.late.title': (p) => `Bieten Sie bis ${p.by} eine Erstattung oder Ersatz an, bevor der Käufer einen ${ATOZ} stellen kann`,
  'reship.late.title.now': () => `Der Käufer kann jetzt einen ${ATOZ} stellen: Bieten Sie heute eine Erstattung oder Ersatz an`,
  'reship.late.why': reshipLateWhy(false),
  'reship.late.why.now': reshipLateWhy(true),
  'reship.note.noContact': (p) => 'In den USA muss ein Käufer Ihnen vor einem Antrag wegen Nichterhalt nicht schreiben und kann ihn ' +
    `stellen, sobald es zulässig ist: Verlassen Sie sich nicht darauf, ${p.resolve} Zeit zur Klärung zu haben, handeln Sie jetzt. ` +
    `Fragt Amazon Sie zu einem Antrag, antworten Sie innerhalb von ${dat(p.info)} (die A-bis-Z-Seite von Amazon nennt ` +
    `${p.represent}; die frühere Frist gilt).`,
  'reship.state.delivered': () => 'Laut Sendungsverfolgung wurde das Paket zugestellt, der Käufer gibt aber an, es sei nicht angekommen.',
  'reship.state.deliveredOn': (p) => `Laut Sendungsverfolgung wurde das Paket am ${p.delivered} zugestellt, der Käufer gibt aber an, es sei nicht angekommen.`,
  'reship.state.late': (p) => `Das zugesagte Lieferdatum (${p.deliverBy}) ist überschritten, und die Sendungsverfolgung zeigt keine Zustellung des Pakets.`,
  'reship.title': () => 'Erstatten Sie oder senden Sie Ersatz, bevor der Käufer einen Antrag stellt',
  'reship.why.ownLabel': reshipWhy(labelWords('own')),
  'reship.why.unprotected': reshipWhy(labelWords('unprotected')),
  'respondByDateOnly': () => 'Die Seite zeigte das Antwortdatum ohne Uhrzeit: Es gilt als Ende dieses Tages in der Zeitzone des ' +
    'Marketplace. Antworten Sie nach Möglichkeit früher.',
  'safet.doNot.discard': () => 'Werfen Sie den zurückgesandten Artikel und seine Verpackung nicht weg, bevor über den Antrag ' +
    'entschieden ist: Fotografieren Sie beides.',
  'safet.doNot.refund': () => 'Erstatten Sie dem Käufer nicht noch einmal: Amazon hat ihm bereits erstattet.',
  'safet.title': (p) => `Kommt die Rücksendung nicht wie versandt zurück, stellen Sie bis ${p.by} einen SAFE-T-Antrag`,
  'safet.title.missed': (p) => `Verpasst: Ein SAFE-T-Antrag zu dieser Rücksendung war bis ${p.by} fällig`,
  'safet.why': (p) => `Amazon hat dem Käufer am ${p.refunded} den Betrag erstattet, bevor die Rücksendung bei Ihnen ankam. Kommt ` +
    'die Rücksendung nicht an, oder kommt sie beschädigt, gebraucht oder nicht als der von Ihnen versandte Artikel an, stellen Sie ' +
    `innerhalb von ${dat(p.span)} (bis ${p.by}) einen SAFE-T-Antrag. Die Frist von ${dat(p.span)} läuft ab dem späteren der beiden ` +
    'Ereignisse: Zustellung der Rücksendung an Sie oder Erstattung; bei einer auf dem Transportweg verlorenen Rücksendung ab ihrem ' +
    'letzten Scan durch den Versanddienstleister, der früher liegen kann: Prüfen Sie die Sendungsverfolgung der Rücksendung.',
  'safet.why.missed': () => ' Dieses Datum ist verstrichen: Amazon nimmt für diese Erstattung keinen SAFE-T-Antrag mehr an.',
  'safety.doNot.fault': () => 'Erkennen Sie keine Schuld an und sagen Sie dem Käufer nicht selbst Geld zu.',
  'safety.doNot.ignore': () => 'Ignorieren Sie die Benachrichtigung nicht.',
  'safety.doNot.outside': () => 'Kontaktieren Sie den Käufer nicht außerhalb von Amazon.',
  'safety.missed.title': (p) => `Verpasst: Die Versicherungsangaben waren bis ${p.due} fällig – senden Sie sie jetzt`,
  'safety.missed.why': (p) => 'Der Nachweis der Haftpflichtversicherung für diesen Antrag wegen Sach- oder Personenschaden war bis ' +
    `${p.due} fällig. Amazon hat den Käufer möglicherweise bereits entschädigt und den Betrag von Ihnen zurückgefordert. Was Sie noch ` +
    'tun können: Senden Sie jetzt Versicherer, Policennummer und Nachweise unter A-bis-Z-Garantieanträge, und wenn Amazon zu Ihren ' +
    `Lasten entschieden hat, widersprechen Sie der Entscheidung innerhalb von ${dat(p.dispute)} danach.`,
  'safety.missed.why.check': () => ' Sehen Sie im Antrag nach dem Entscheidungsdatum, um zu prüfen, ob diese Frist noch läuft.',
  'safety.missed.why.until': (p) => ` Das heißt mindestens bis ${p.until}.`,
  'safety.note.noDate': () => 'Die Seite zeigte das Datum der Benachrichtigung nicht: Öffnen Sie den Antrag, um seine Frist zu sehen.',
  'safety.title': () => 'Senden Sie die Angaben zu Ihrer Haftpflichtversicherung',
  'safety.title.by': (p) => `Senden Sie bis ${p.by} die Angaben zu Ihrer Haftpflichtversicherung`,
  'safety.why': (p) => `Der Käufer hat einen Antrag wegen Sach- oder Personenschaden gestellt${reasonAndAmount(p)}. Antworten Sie ` +
    'unter A-bis-Z-Garantieanträge mit Ihrem Haftpflichtversicherer, der Policennummer und Ihren Nachweisen innerhalb von ' +
    `${dat(p.respond)} nach der Benachrichtigung${p.by ? ` (bis ${p.by})` : ''}. Ohne Deckungsnachweis kann Amazon den Käufer ` +
    `entschädigen und den Betrag von Ihnen zurückfordern. Sie können der Entscheidung innerhalb von ${dat(p.dispute)} widersprechen.`,
  'share.doNot.link': () => 'Senden Sie keinen Link zu einer externen Tracking-Website: Nennen Sie Versanddienstleister und Sendungsnummer.',
  'share.doNot.refund': () => 'Erstatten Sie nicht und senden Sie keinen Ersatz, solange das Paket noch im Zeitplan ist.',
  'share.title': () => 'Teilen Sie die Sendungsverfolgung: Das Paket ist noch im Zeitplan',
  'share.why': (p) => `Das Paket ist unterwegs und liegt noch innerhalb des zugesagten Liefertermins (Zustellung bis ${p.deliverBy}). ` +
    `Antworten Sie mit dem Versanddienstleister, der Sendungsnummer (${p.tracking}) und dem voraussichtlichen Lieferdatum.`,
  'share.why.from': (p) => ` Der Käufer kann ab ${p.from} einen ${ATOZ_NR} stellen, falls das Paket bis dahin nicht angekommen ist.`,
  'shipBy.doNot.address': () => 'Versenden Sie an keine andere Adresse als die in Seller Central.',
  'shipBy.title': (p) => `Versenden Sie bis ${p.by} und bestätigen Sie den Versand mit Sendungsnummer`,
  'shipBy.why': (p) => 'Versenden Sie die Bestellung und bestätigen Sie den Versand mit einer gültigen Sendungsnummer bis zum ' +
    `Tagesende am ${p.by} (spätestes Versanddatum). Ein später bestätigter Versand zählt zu Ihrer Rate verspäteter Lieferungen ` +
    `(halten Sie diese unter ${p.rate}), und einem ${ATOZ} zu einer Bestellung, die nicht bis zu ihrem spätesten Versanddatum ` +
    'bestätigt wurde, wird automatisch stattgegeben, und er wird Ihnen belastet.',
  'start.after': (p) => `${p.event} am ${p.day}, am oder nach dem ${p.date}, an dem ${p.id} in diesem Marketplace in Kraft trat: Die Regel gilt.`,
  'start.before': (p) => `${p.event} am ${p.day}, vor dem ${p.date}, an dem ${p.id} in diesem Marketplace in Kraft tritt: Die Regel gilt noch nicht.`,
  'tracking.both': (p) => `${p.carrier}, Sendungsnummer ${p.trackingId}`,
  'tracking.carrier': (p) => `${p.carrier} (Sendungsnummer nicht gelesen: Kopieren Sie sie von der Bestellseite)`,
  'tracking.id': (p) => `Sendungsnummer ${p.trackingId}`,
  'tracking.none': () => 'die Sendungsnummer von der Bestellseite',
  'version.after': (p) => `${p.event} am ${p.day}, am oder nach dem ${p.date}, an dem ${p.newer} in diesem Marketplace ${p.older} ` +
    `ersetzt hat: Es gilt ${p.used}.`,
  'version.before': (p) => `${p.event} am ${p.day}, vor dem ${p.date}, an dem ${p.newer} in diesem Marketplace ${p.older} ersetzt: ` +
    `Es gilt noch ${p.used}.`,
  'version.event.refunded': () => 'Die Erstattung durch Amazon an den Käufer erfolgte',
  'version.event.returnArrived': () => 'Der Eingang der Rücksendung erfolgte',
  'version.event.returnRequested': () => 'Der Rücksendeantrag erfolgte',
  'zoneUnknown': () => 'Der Marketplace ist nicht bekannt: Datumsangaben werden in UTC angezeigt. Öffnen Sie die Bestellung auf ' +
    'ihrer Seller-Central-Website, um die lokalen Daten zu sehen.',
  'confirm.need.status|ORD-UNSHIPPED': () => `${LOOK_STATUS} („Nicht versandt“, „Versandt“, „Zugestellt“): Er entscheidet, ob das ` +
    'Paket überhaupt unterwegs ist.',
  'confirm.need.deliverBy|AZ-ELIG-INR': () => 'Sehen Sie sich „Zustellung bis“ in der Bestellübersicht an (das letzte Datum des ' +
    'Zeitraums): Es entscheidet, ob das Paket noch innerhalb des zugesagten Liefertermins liegt oder verspätet ist.',
  'confirm.need.claimsProtected|BS-CLAIMS-PROTECTED': () => `Sehen Sie sich ${BADGE_WHERE} an (${PROTECTED} oder „Late Delivery Risk“); ` +
    'kein Kennzeichen oder ein anderswo gekauftes Etikett bedeutet: nicht geschützt. Das entscheidet, ob Amazon diesen Antrag ' +
    'bezahlt (nicht erstatten) oder ob Sie erstatten oder Ersatz senden sollten.',
  'confirm.need.shipBy|BS-CLAIMS-PROTECTED': () => `Sehen Sie sich „Versand bis“ in der Bestellübersicht an: Es entscheidet, ${ON_TIME_NEEDED}`,
  'confirm.need.shippedAt+firstScanAt|BS-CLAIMS-PROTECTED': () => 'Sehen Sie sich das Versanddatum im Paketbereich und den ersten ' +
    `Scan des Versanddienstleisters in den Sendungsereignissen an: Sie entscheiden, ${ON_TIME_NEEDED}`,
  'confirm.need.claimsProtected+firstScanAt|BS-CLAIMS-PROTECTED': () => 'Sehen Sie sich den ersten Scan des Versanddienstleisters ' +
    `in den Sendungsereignissen an und ob ${BUY_SHIPPING} die Bestellung noch als ${PROTECTED} anzeigt: Das entscheidet, ob Amazon ` +
    'einen Antrag noch bezahlt, obwohl der Versand verspätet aussieht (erster Scan nach dem spätesten Versanddatum).',
  'confirm.need.status|ORD-ADDRESS+ORD-CANCEL-REQUEST': () => `${LOOK_STATUS} („Nicht versandt“, „Versandt“, „Zugestellt“): Er ` +
    'entscheidet, ob die Bestellung noch storniert werden kann („Nicht versandt“) oder ob der Versanddienstleister die Sendung ' +
    'anhalten muss („Versandt“).',
  'confirm.need.shipBy|ORD-LATE-SHIP+ORD-AUTO-CANCEL': () => 'Sehen Sie sich „Versand bis“ in der Bestellübersicht an: Es bestimmt, ' +
    'bis wann die Bestellung versandt werden muss und wann Amazon sie storniert.',
  'confirm.need.status|ORD-UNSHIPPED+ORD-PENDING': () => `${LOOK_STATUS} („Ausstehend“, „Nicht versandt“, „Versandt“, „Zugestellt“, ` +
    '„Storniert“): Er entscheidet, ob die Bestellung versandt werden muss, noch nicht versandt werden darf oder nichts erfordert.',
  'confirm.need.claim.fundedBy|AZ-APPEAL-30D': () => `Sehen Sie sich den Status des Antrags unter ${ATOZ_PAGE} an ` +
    '(„Granted/Seller Funded“ oder „Granted/Amazon Funded“): Er entscheidet, ob Sie Widerspruch einlegen können (nur bei Anträgen, ' +
    'die Ihnen belastet wurden).',
  'confirm.need.claim.decidedAt|AZ-APPEAL-30D': (p) => `Sehen Sie sich das Entscheidungsdatum des Antrags unter ${ATOZ_PAGE} > ` +
    `${APPEAL_TAB} an: Es bestimmt, bis wann Sie Widerspruch einlegen können (${p.appeal} nach der Entscheidung).`,
  'confirm.need.claim.respondBy|AZ-SAFETY': () => "Öffnen Sie den Antrag unter A-bis-Z-Garantieanträge und notieren Sie das Datum der Benachrichtigung von Amazon oder das Antwortdatum: Die 7 Tage für den Versicherungsnachweis laufen ab der Benachrichtigung.",
  'confirm.need.claim.respondBy|AZ-INFO-REQUEST': () => "Sehen Sie sich das Antwortdatum (\"Antworten bis\") des Antrags unter Leistung > A-bis-Z-Garantieanträge an: Es bestimmt, wie lange Sie antworten können, bevor Amazon ohne Sie entscheidet.",
  'confirm.need.return.receivedAt|RET-REFUND-2D': () => "Sehen Sie sich unter Rücksendungen verwalten das Eingangsdatum der Rücksendung an: Es bestimmt, bis wann die Erstattung fällig ist.",
  'confirm.need.return.status|RET-AUTHORIZE+RET-REFUND-2D': () => "Sehen Sie sich unter Rücksendungen verwalten den Status der Rücksendung an (wartet auf Ihre Genehmigung, genehmigt und unterwegs oder eingegangen): Er bestimmt, ob Sie sie jetzt genehmigen, auf sie warten oder erstatten müssen.",
  ...notePhrases(noteOf),
  ...differPhrases((id) => differ(id, (NOTES as Partial<Record<string, string>>)[id])),
  'dateOnly.request': () => 'der Anfrage',
  'dateOnly.decision': () => 'der Entscheidung',
  'dateOnly.filing': () => 'des Antrags',
  'dateOnly.notice': () => 'der Benachrichtigung',
  'dateOnly.returnArrived': () => 'des Eingangs der Rücksendung',
  'unread.title': () => 'Claimwise konnte diese Seite nicht lesen – speichern Sie eine Kopie ohne Käuferdaten und prüfen Sie die Seite selbst',
  'unread.why': (p) => `Diese ${p.kind ? `${p.kind}-Seite` : 'Seite'} zeigt Einträge, die Claimwise nicht lesen konnte (${p.what}). ` +
    'Es ist weder bekannt, dass etwas fällig ist, noch dass nichts fällig ist: Prüfen Sie diese Einträge selbst auf der Seite und speichern Sie ' +
    'eine Kopie ohne Käuferdaten, damit das Lesen verbessert werden kann.',
  'unread.doNot': () => 'Schließen Sie aus einer Seite, die Claimwise nicht lesen konnte, nicht, dass nichts zu tun ist.',
  'unread.note': (p) => `Nicht gelesen: ${p.region}`,
  'overdue.title': (p) => `Überfällig (war bis ${p.due} fällig): ${p.title}`,
  'doubt.note': (p) => `Claimwise ist nicht sicher, was der Käufer möchte (vielleicht: ${p.maybe}): Lesen Sie die Nachricht und korrigieren Sie „Der Käufer möchte“ im Popup; diese Empfehlung folgt Ihrer Wahl.`,
  'doubt.note.plain': () => "Claimwise ist nicht sicher, was der Käufer möchte: Lesen Sie die Nachricht und korrigieren Sie „Der Käufer möchte“ im Popup; diese Empfehlung folgt Ihrer Wahl.",
  'doubt.intent.not-received': () => "nicht erhalten",
  'doubt.intent.damaged': () => "beschädigt",
  'doubt.intent.wrong-item': () => "falscher Artikel",
  'doubt.intent.return': () => "eine Rücksendung",
  'doubt.intent.cancel': () => "eine Stornierung",
  'doubt.intent.address-change': () => "eine Adressänderung",
  'doubt.intent.where-is-my-order': () => "wo die Sendung ist",
  'doubt.intent.off-amazon': () => "Kontakt außerhalb von Amazon",
  'doubt.intent.other': () => "etwas anderes",
  'doubt.title.cancel': () => "Lesen Sie die Nachricht des Käufers, bevor Sie stornieren: Vielleicht bittet er gar nicht darum",
  'doubt.title.address': () => "Lesen Sie die Nachricht des Käufers, bevor Sie stornieren oder umleiten: Vielleicht will er keine neue Adresse",
  'doubt.title.delivery': () => "Lesen Sie die Nachricht des Käufers, bevor Sie erstatten, neu senden oder auf A-bis-z verweisen: Vielleicht meldet er kein fehlendes Paket",
  'doubt.why.cancel': () => "Die Nachricht klingt nach einer Bitte um Stornierung, aber nicht eindeutig. Bittet der Käufer wirklich darum, stornieren Sie mit dem Grund „Vom Käufer storniert“; sonst versenden Sie wie gewohnt bis zum Versanddatum. Legen Sie fest, was der Käufer möchte, und die Empfehlung folgt Ihrer Wahl.",
  'doubt.why.address': () => "Die Nachricht klingt nach einer Bitte um eine andere Lieferadresse, aber nicht eindeutig. Falls ja: vor dem Versand stornieren und der Käufer bestellt mit der neuen Adresse neu; nach dem Versand den Zusteller um Abfangen oder Umleiten bitten. Legen Sie fest, was der Käufer möchte, und die Empfehlung folgt Ihrer Wahl.",
  'doubt.why.delivery': () => "Die Nachricht klingt danach, dass das Paket nicht angekommen ist, aber nicht eindeutig. Falls ja, gilt die Empfehlung für ein fehlendes Paket; falls nicht, würden eine Erstattung, ein zweites Paket oder ein Verweis auf einen A-bis-z-Antrag etwas beantworten, das der Käufer nicht gefragt hat. Legen Sie fest, was der Käufer möchte, und die Empfehlung folgt Ihrer Wahl.",
  'doubt.doNot.cancel': () => "Stornieren Sie die Bestellung nicht, bevor Sie die Nachricht selbst gelesen haben.",
  'doubt.doNot.address': () => "Stornieren, leiten Sie nicht um und versenden Sie nicht an eine andere Adresse, bevor Sie die Nachricht selbst gelesen haben.",
  'doubt.doNot.delivery': () => "Erstatten Sie nicht, senden Sie nicht neu und verweisen Sie den Käufer nicht auf A-bis-z, bevor Sie die Nachricht selbst gelesen haben.",
  'doubt.title.contact': () => "Lesen Sie die Nachricht des Käufers, bevor Sie sie als Bitte behandeln, Amazon zu verlassen: Vielleicht ist sie keine",
  'doubt.why.contact': () => "Die Nachricht klingt nach der Bitte, außerhalb von Amazon zu bezahlen oder zu kommunizieren, aber nicht eindeutig. Ist sie eine, lehnen Sie höflich ab und bleiben Sie mit Kommunikation und Zahlung bei Amazon; sonst beantworten Sie, worum der Käufer tatsächlich bittet. Legen Sie fest, was der Käufer möchte, und die Empfehlung folgt Ihrer Wahl.",
  'doubt.doNot.contact': () => "Was auch immer die Nachricht verlangt: Geben Sie keine Kontaktdaten weiter und nehmen Sie keine Zahlung außerhalb von Amazon an.",
  'doubt.shipBy': (p) => `Bittet der Käufer nicht darum, muss die Bestellung trotzdem bis ${p.by} versandt werden.`,
};

export const DE: AdviceLanguage = { locale: 'de-DE', span, pct, phrases: DE_PHRASES };
