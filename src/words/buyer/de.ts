// German buyer replies (Sie). Same facts and limits as the English wording: nothing invented, no refund or
// reship promised for a protected order (BS-CLAIMS-PROTECTED), nothing outside Amazon (MSG-PROHIBITED, OFF-AMAZON).
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences(' ', ...p);
const ORDERS = '„Meine Bestellungen“ bei Amazon';

function thanks(f: BuyerFacts): string {
  return `Vielen Dank für Ihre Nachricht zur Bestellung ${f.orderId}.`;
}

function via(f: BuyerFacts): string {
  if (f.carrier && f.trackingId) return ` mit ${f.carrier} (Sendungsnummer ${f.trackingId})`;
  if (f.carrier) return ` mit ${f.carrier}`;
  if (f.trackingId) return ` (Sendungsnummer ${f.trackingId})`;
  return '';
}

function trackingBy(f: BuyerFacts): string {
  return `Laut Sendungsverfolgung${f.carrier ? ` von ${f.carrier}` : ''}${f.trackingId ? ` (Sendungsnummer ${f.trackingId})` : ''}`;
}

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return 'Diese Bestellung wurde storniert.';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `Laut Sendungsverfolgung wurde Ihre Bestellung am ${f.deliveredAt} zugestellt.`
      : 'Laut Sendungsverfolgung wurde Ihre Bestellung zugestellt.';
  }
  const arrival = f.deliverBy && `Sie wird voraussichtlich bis zum ${f.deliverBy} bei Ihnen eintreffen.`;
  if (f.shippedAt) return s(`Ihre Bestellung wurde am ${f.shippedAt}${via(f)} versandt.`, arrival);
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`Ihre Bestellung wurde${via(f)} versandt.`, arrival);
  if (f.status === 'unshipped' && f.shipBy) return `Ihre Bestellung wird spätestens am ${f.shipBy} versandt.`;
  return null;
}

// After "Guten Tag," a German letter continues in lower case, except for nouns, "Ihr/Sie" forms and names.
const LOWER_AFTER_GREETING = /^(Vielen|Es|Laut|Wir|Diese|Um|Sobald|Falls|Bitte)\b/;

export const de: BuyerWording = {
  greeting: 'Guten Tag,',
  afterGreeting: (p) => (LOWER_AFTER_GREETING.test(p) ? p.charAt(0).toLowerCase() + p.slice(1) : p),
  signOff: (sig) => (sig ? `Mit freundlichen Grüßen\n${sig}` : 'Mit freundlichen Grüßen'),
  templates: {
    'dont-ship-pending': (f) => [
      `Vielen Dank für Ihre Bestellung ${f.orderId}.`,
      'Amazon prüft diese Bestellung derzeit noch. Wir können sie erst versenden, wenn Amazon die Prüfung abgeschlossen hat, und bereiten den Versand vor, sobald dies geschehen ist.',
      'Bei Fragen zur Prüfung oder zu Ihrer Zahlung wenden Sie sich bitte an den Amazon-Kundenservice, da nur Amazon dies einsehen und klären kann.',
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `Ihre Bestellung wird spätestens am ${f.shipBy} versandt.` : 'Ihre Bestellung wird innerhalb der bei Amazon angegebenen Bearbeitungszeit versandt.',
        f.deliverBy && `Sie wird voraussichtlich bis zum ${f.deliverBy} bei Ihnen eintreffen.`),
      `Sobald sie versandt ist, können Sie die Sendung unter ${ORDERS} verfolgen.`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `Es tut uns sehr leid, dass wir Ihre Bestellung ${f.orderId} nicht rechtzeitig versenden konnten.`,
      'Die Bestellung wird deshalb storniert, und Ihnen wird dafür nichts berechnet.',
      'Bitte entschuldigen Sie die Unannehmlichkeiten.',
    ] : [
      s(`Es tut uns leid, dass Ihre Bestellung ${f.orderId} noch nicht versandt wurde.`, f.shipBy && `Sie hätte bis zum ${f.shipBy} versandt werden sollen.`),
      `Wir kümmern uns darum, und sobald sie versandt ist, können Sie die Sendung unter ${ORDERS} verfolgen.`,
      'Falls Sie nicht länger warten möchten, beantragen Sie bitte unter „Meine Bestellungen“ die Stornierung oder antworten Sie auf diese Nachricht. Wir stornieren die Bestellung dann.',
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `Ihre Bestellung wurde wie gewünscht storniert. Die Stornierung sehen Sie auch unter ${ORDERS}.`]
      : [thanks(f), `Um die Bestellung zu stornieren, öffnen Sie sie bitte unter ${ORDERS} und beantragen Sie dort die Stornierung. Sobald uns Ihre Anfrage erreicht, stornieren wir die Bestellung.`],
    'cancel-and-reorder': (f) => [
      `Vielen Dank für Ihren Hinweis zur neuen Lieferadresse für die Bestellung ${f.orderId}.`,
      'Wir dürfen nur an die Adresse in der Amazon-Bestellung liefern und können diese selbst nicht ändern.',
      `Wenn der Artikel an die neue Adresse geliefert werden soll, stornieren Sie bitte diese Bestellung (Stornierung beantragen unter ${ORDERS}) und bestellen Sie erneut mit der neuen Adresse. Wir stornieren diese Bestellung, sobald uns Ihre Anfrage erreicht.`,
    ],
    'carrier-intercept': (f) => [
      `Vielen Dank für Ihren Hinweis zur neuen Lieferadresse für die Bestellung ${f.orderId}.`,
      `Ihre Bestellung wurde bereits${via(f)} versandt, daher kann die Adresse in der Bestellung nicht mehr geändert werden.`,
      `Wir fragen ${f.carrier ? `bei ${f.carrier}` : 'beim Versanddienstleister'} nach, ob die Sendung an die neue Adresse umgeleitet werden kann, und geben Ihnen Bescheid. Bitte haben Sie Verständnis, dass wir eine Umleitung nicht garantieren können.`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `Sie können die Sendung jederzeit unter ${ORDERS} verfolgen.`,
    ],
    'direct-to-a-to-z': (f) => [
      `Es tut uns leid, dass Ihre Bestellung ${f.orderId} nicht bei Ihnen angekommen ist.`,
      f.status === 'delivered' || f.deliveredAt
        ? `${trackingBy(f)} wurde das Paket${f.deliveredAt ? ` am ${f.deliveredAt}` : ''} zugestellt.`
        : f.shippedAt ? `Ihre Bestellung wurde am ${f.shippedAt}${via(f)} versandt und ist in der Sendungsverfolgung noch nicht als zugestellt vermerkt.`
          : f.trackingId ? `Die Sendungsnummer lautet ${f.trackingId}.` : null,
      'Bitte schauen Sie rund um Ihr Zuhause nach, etwa im Briefkasten, vor der Tür oder an einem anderen Ablageort, und fragen Sie bei Ihren Nachbarn oder anderen Personen nach, die das Paket für Sie angenommen haben könnten.',
      `Sollten Sie es dennoch nicht finden, stellen Sie bitte über die Bestellung unter ${ORDERS} einen Antrag im Rahmen der A-bis-z-Garantie. Amazon prüft den Fall und klärt ihn mit Ihnen.`,
    ],
    'refund-or-reship': (f) => [
      `Es tut uns sehr leid, dass Ihre Bestellung ${f.orderId}${f.deliverBy ? ` bis zum voraussichtlichen Liefertermin am ${f.deliverBy}` : ''} nicht bei Ihnen angekommen ist.`,
      'Wir möchten das gerne wiedergutmachen: Wir können Ihnen einen Ersatzartikel schicken oder den vollen Kaufpreis erstatten, ganz wie Sie möchten.',
      'Bitte teilen Sie uns in einer Antwort auf diese Nachricht mit, was Ihnen lieber ist.',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `Vielen Dank für Ihre Rücksendeanfrage zur Bestellung ${f.orderId}.`,
      `Die Rückgabefrist für diese Bestellung ist am ${f.returnWindowEnded} abgelaufen. Wir prüfen Ihre Anfrage und melden uns in Kürze mit einer Lösung bei Ihnen.`,
    ] : [
      `Vielen Dank für Ihre Rücksendeanfrage zur Bestellung ${f.orderId}.`,
      `Wir haben die Rücksendung genehmigt. Bitte folgen Sie den Rücksendehinweisen unter ${ORDERS}.`,
      'Sobald der Artikel bei uns eingetroffen ist, bearbeiten wir Ihre Erstattung umgehend.',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `Ihre Rücksendung zur Bestellung ${f.orderId} ist am ${f.returnReceivedAt} bei uns eingegangen.`
        : `Ihre Rücksendung zur Bestellung ${f.orderId} ist bei uns eingegangen.`,
      s(f.refundedAt ? `Die Erstattung wurde am ${f.refundedAt} veranlasst.` : 'Wir veranlassen jetzt Ihre Erstattung.',
        'Je nach Zahlungsart kann es einige Tage dauern, bis sie auf Ihrem Konto erscheint.'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      'Wir kümmern uns um Ihr Anliegen und melden uns in Kürze bei Ihnen.',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      'Nach den Richtlinien von Amazon dürfen wir nur über Amazon mit Ihnen kommunizieren und Zahlungen nur über Amazon annehmen. Andere Wege können wir daher leider nicht nutzen.',
      'Bei allen Fragen zu Ihrer Bestellung helfen wir Ihnen gerne hier über die Amazon-Nachrichten weiter.',
    ],
  },
};
