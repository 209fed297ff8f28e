// Dutch buyer replies (u: a stranger writing about a problem stays formal). Same facts and limits as the English
// wording: nothing invented, no refund or reship promised for a protected order (BS-CLAIMS-PROTECTED), nothing
// outside Amazon (MSG-PROHIBITED, OFF-AMAZON). The A-to-z Guarantee is the "A-tot-Z-garantie" on amazon.nl.
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences(' ', ...p);
const ORDERS = 'uw bestellingen op Amazon';
const CANCEL = '‘Annulering aanvragen’';

function thanks(f: BuyerFacts): string {
  return `Hartelijk dank voor uw bericht over bestelling ${f.orderId}.`;
}

function via(f: BuyerFacts): string {
  if (f.carrier && f.trackingId) return ` met ${f.carrier} (trackingnummer ${f.trackingId})`;
  if (f.carrier) return ` met ${f.carrier}`;
  if (f.trackingId) return ` (trackingnummer ${f.trackingId})`;
  return '';
}

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return 'Deze bestelling is geannuleerd.';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `Volgens de trackinggegevens is uw bestelling op ${f.deliveredAt} bezorgd.`
      : 'Volgens de trackinggegevens is uw bestelling bezorgd.';
  }
  const arrival = f.deliverBy && `Het pakket wordt naar verwachting uiterlijk ${f.deliverBy} bezorgd.`;
  if (f.shippedAt) return s(`Uw bestelling is op ${f.shippedAt}${via(f)} verzonden.`, arrival);
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`Uw bestelling is${via(f)} verzonden.`, arrival);
  if (f.status === 'unshipped' && f.shipBy) return `Uw bestelling wordt uiterlijk ${f.shipBy} verzonden.`;
  return null;
}

export const nl: BuyerWording = {
  greeting: 'Beste klant,',
  signOff: (sig) => (sig ? `Met vriendelijke groet,\n${sig}` : 'Met vriendelijke groet'),
  templates: {
    'dont-ship-pending': (f) => [
      `Hartelijk dank voor uw bestelling ${f.orderId}.`,
      'Amazon controleert deze bestelling nog. Wij kunnen de bestelling pas verzenden als Amazon de controle heeft afgerond, en maken de verzending klaar zodra dat is gebeurd.',
      'Hebt u vragen over de controle of over uw betaling, neem dan contact op met de klantenservice van Amazon, want alleen Amazon kan dit inzien en oplossen.',
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `Uw bestelling wordt uiterlijk ${f.shipBy} verzonden.` : 'Uw bestelling wordt verzonden binnen de verwerkingstijd die op Amazon staat vermeld.',
        f.deliverBy && `Het pakket wordt naar verwachting uiterlijk ${f.deliverBy} bezorgd.`),
      `Zodra de bestelling is verzonden, kunt u het pakket volgen via ${ORDERS}.`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `Het spijt ons dat wij uw bestelling ${f.orderId} niet op tijd konden verzenden.`,
      'De bestelling is daarom geannuleerd, en er worden u geen kosten voor in rekening gebracht.',
      'Onze excuses voor het ongemak.',
    ] : [
      s(`Het spijt ons dat uw bestelling ${f.orderId} nog niet is verzonden.`, f.shipBy && `Deze had uiterlijk ${f.shipBy} verzonden moeten worden.`),
      `Wij werken eraan, en zodra de bestelling is verzonden, kunt u het pakket volgen via ${ORDERS}.`,
      `Wilt u liever niet wachten, kies dan bij deze bestelling ${CANCEL} in ${ORDERS} of beantwoord dit bericht, dan annuleren wij de bestelling.`,
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `Uw bestelling is op uw verzoek geannuleerd. U ziet de annulering ook in ${ORDERS}.`]
      : [thanks(f), `Om de bestelling te annuleren, opent u deze via ${ORDERS} en kiest u ${CANCEL}. Zodra uw verzoek bij ons binnenkomt, annuleren wij de bestelling.`],
    'cancel-and-reorder': (f) => [
      `Hartelijk dank voor het doorgeven van het nieuwe bezorgadres voor bestelling ${f.orderId}.`,
      'Wij kunnen alleen verzenden naar het adres in de Amazon-bestelling en kunnen dit zelf niet wijzigen.',
      `Wilt u het artikel op het nieuwe adres ontvangen, annuleer dan deze bestelling (${CANCEL} via ${ORDERS}) en plaats een nieuwe bestelling met het nieuwe adres. Wij annuleren deze bestelling zodra uw verzoek bij ons binnenkomt.`,
    ],
    'carrier-intercept': (f) => [
      `Hartelijk dank voor het doorgeven van het nieuwe bezorgadres voor bestelling ${f.orderId}.`,
      `Uw bestelling is al${via(f)} verzonden, waardoor het adres in de bestelling niet meer kan worden gewijzigd.`,
      `Wij vragen ${f.carrier ?? 'de vervoerder'} of het pakket naar het nieuwe adres kan worden omgeleid en laten u de uitkomst weten. Houd er rekening mee dat wij niet kunnen garanderen dat omleiden mogelijk is.`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `U kunt het pakket op elk moment volgen via ${ORDERS}.`,
    ],
    'direct-to-a-to-z': (f) => [
      `Het spijt ons dat u uw bestelling ${f.orderId} niet hebt ontvangen.`,
      f.status === 'delivered' || f.deliveredAt
        ? `Volgens de trackinggegevens${f.carrier ? ` van ${f.carrier}` : ''}${f.trackingId ? ` (trackingnummer ${f.trackingId})` : ''} is het pakket${f.deliveredAt ? ` op ${f.deliveredAt}` : ''} bezorgd.`
        : f.shippedAt ? `Uw bestelling is op ${f.shippedAt}${via(f)} verzonden en staat in de trackinggegevens nog niet als bezorgd.`
          : f.trackingId ? `Het trackingnummer is ${f.trackingId}.` : null,
      'Wilt u rond uw woning kijken, bijvoorbeeld in de brievenbus, bij de voordeur of op een andere veilige plek, en navragen bij uw buren of anderen die het pakket voor u kunnen hebben aangenomen?',
      `Kunt u het daarna nog steeds niet vinden, dien dan via ${ORDERS} voor deze bestelling een claim in onder de A-tot-Z-garantie van Amazon. Amazon onderzoekt de zaak en lost deze met u op.`,
    ],
    'refund-or-reship': (f) => [
      `Het spijt ons zeer dat uw bestelling ${f.orderId} niet${f.deliverBy ? ` op de verwachte bezorgdatum (${f.deliverBy})` : ''} bij u is aangekomen.`,
      'Dat willen wij graag rechtzetten: wij kunnen u een vervangend artikel sturen of het volledige bedrag van de bestelling terugbetalen, wat u maar wilt.',
      'Wilt u ons in een antwoord op dit bericht laten weten wat uw voorkeur heeft?',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `Hartelijk dank voor uw retourverzoek voor bestelling ${f.orderId}.`,
      `De retourtermijn voor deze bestelling is op ${f.returnWindowEnded} verlopen. Wij bekijken uw verzoek en laten u binnenkort weten wat wij u kunnen aanbieden.`,
    ] : [
      `Hartelijk dank voor uw retourverzoek voor bestelling ${f.orderId}.`,
      `Wij hebben de retourzending goedgekeurd. U vindt de retourinstructies in ${ORDERS}.`,
      'Zodra het artikel bij ons binnen is, verwerken wij uw terugbetaling direct.',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `Uw retourzending voor bestelling ${f.orderId} is op ${f.returnReceivedAt} bij ons binnengekomen.`
        : `Uw retourzending voor bestelling ${f.orderId} is bij ons binnengekomen.`,
      s(f.refundedAt ? `De terugbetaling is op ${f.refundedAt} uitgevoerd.` : 'Wij voeren uw terugbetaling nu uit.',
        'Afhankelijk van uw betaalmethode kan het enkele dagen duren voordat deze op uw rekening zichtbaar is.'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      'Wij zoeken uw vraag uit en komen er binnenkort bij u op terug.',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      'Volgens de regels van Amazon mogen wij alleen via Amazon met u communiceren en betalingen ontvangen, daarom kunnen wij geen andere weg gebruiken.',
      'Wij helpen u graag verder met alles over uw bestelling, hier in de berichten van Amazon.',
    ],
  },
};
