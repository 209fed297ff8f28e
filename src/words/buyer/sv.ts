// Swedish buyer replies (du: the ordinary polite form in Swedish customer service). Same facts and limits as the
// English wording: nothing invented, no refund or reship promised for a protected order (BS-CLAIMS-PROTECTED),
// nothing outside Amazon (MSG-PROHIBITED, OFF-AMAZON). amazon.se keeps the name "A-to-z-garanti".
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences(' ', ...p);
const ORDERS = '”Dina beställningar” på Amazon';

function thanks(f: BuyerFacts): string {
  return `Tack för ditt meddelande om beställning ${f.orderId}.`;
}

function via(f: BuyerFacts): string {
  if (f.carrier && f.trackingId) return ` med ${f.carrier} (spårningsnummer ${f.trackingId})`;
  if (f.carrier) return ` med ${f.carrier}`;
  if (f.trackingId) return ` (spårningsnummer ${f.trackingId})`;
  return '';
}

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return 'Den här beställningen har avbrutits.';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `Enligt spårningsinformationen levererades din beställning den ${f.deliveredAt}.`
      : 'Enligt spårningsinformationen har din beställning levererats.';
  }
  const arrival = f.deliverBy && `Den beräknas komma fram senast den ${f.deliverBy}.`;
  if (f.shippedAt) return s(`Din beställning skickades den ${f.shippedAt}${via(f)}.`, arrival);
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`Din beställning har skickats${via(f)}.`, arrival);
  if (f.status === 'unshipped' && f.shipBy) return `Din beställning skickas senast den ${f.shipBy}.`;
  return null;
}

export const sv: BuyerWording = {
  greeting: 'Hej,',
  signOff: (sig) => (sig ? `Vänliga hälsningar\n${sig}` : 'Vänliga hälsningar'),
  templates: {
    'dont-ship-pending': (f) => [
      `Tack för din beställning ${f.orderId}.`,
      'Amazon kontrollerar fortfarande den här beställningen, och vi kan skicka den först när Amazon har slutfört kontrollen. Vi förbereder leveransen så snart det är klart.',
      'Om du har frågor om kontrollen eller din betalning, vänd dig till Amazons kundtjänst, eftersom bara Amazon kan se och lösa detta.',
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `Din beställning skickas senast den ${f.shipBy}.` : 'Din beställning skickas inom den hanteringstid som anges på Amazon.',
        f.deliverBy && `Den beräknas komma fram senast den ${f.deliverBy}.`),
      `När den har skickats kan du följa paketet under ${ORDERS}.`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `Vi beklagar att vi inte kunde skicka din beställning ${f.orderId} i tid.`,
      'Beställningen har därför avbrutits, och du debiteras inte för den.',
      'Vi ber om ursäkt för besväret.',
    ] : [
      s(`Vi beklagar att din beställning ${f.orderId} ännu inte har skickats.`, f.shipBy && `Den skulle ha skickats senast den ${f.shipBy}.`),
      `Vi arbetar på det, och när den har skickats kan du följa paketet under ${ORDERS}.`,
      `Om du hellre inte vill vänta kan du begära avbeställning av den här beställningen under ${ORDERS} eller svara på det här meddelandet, så avbryter vi beställningen.`,
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `Din beställning har avbrutits enligt din begäran. Du kan se avbeställningen under ${ORDERS}.`]
      : [thanks(f), `Om du vill avbryta den öppnar du beställningen under ${ORDERS} och begär avbeställning där. Så snart din begäran når oss avbryter vi beställningen.`],
    'cancel-and-reorder': (f) => [
      `Tack för att du meddelade oss den nya leveransadressen för beställning ${f.orderId}.`,
      'Vi kan bara skicka till adressen i Amazon-beställningen och kan inte ändra den själva.',
      `Om du vill att artikeln skickas till den nya adressen, avbeställ den här beställningen (begär avbeställning under ${ORDERS}) och gör en ny beställning med den nya adressen. Vi avbryter den här beställningen så snart din begäran når oss.`,
    ],
    'carrier-intercept': (f) => [
      `Tack för att du meddelade oss den nya leveransadressen för beställning ${f.orderId}.`,
      `Din beställning har redan skickats${via(f)}, så adressen i beställningen kan inte längre ändras.`,
      `Vi frågar ${f.carrier ?? 'transportföretaget'} om paketet kan dirigeras om till den nya adressen och meddelar dig resultatet. Observera att vi inte kan garantera att en omdirigering är möjlig.`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `Du kan när som helst följa paketet under ${ORDERS}.`,
    ],
    'direct-to-a-to-z': (f) => [
      `Vi beklagar att du inte har fått din beställning ${f.orderId}.`,
      f.status === 'delivered' || f.deliveredAt
        ? `Enligt spårningen${f.carrier ? ` från ${f.carrier}` : ''}${f.trackingId ? ` (spårningsnummer ${f.trackingId})` : ''} levererades paketet${f.deliveredAt ? ` den ${f.deliveredAt}` : ''}.`
        : f.shippedAt ? `Din beställning skickades den ${f.shippedAt}${via(f)}, och spårningen visar den ännu inte som levererad.`
          : f.trackingId ? `Spårningsnumret är ${f.trackingId}.` : null,
      'Titta gärna runt ditt hem, till exempel i brevlådan, vid dörren eller på någon annan säker plats, och fråga dina grannar eller någon annan som kan ha tagit emot paketet åt dig.',
      `Om du ändå inte hittar det kan du göra ett anspråk enligt Amazons A-to-z-garanti via beställningen under ${ORDERS}. Amazon utreder ärendet och löser det med dig.`,
    ],
    'refund-or-reship': (f) => [
      `Vi beklagar verkligen att din beställning ${f.orderId} inte har kommit fram${f.deliverBy ? ` senast det beräknade leveransdatumet (${f.deliverBy})` : ''}.`,
      'Vi vill gärna ställa detta till rätta: vi kan skicka en ersättningsartikel eller återbetala hela beställningen, vilket du än föredrar.',
      'Svara gärna på det här meddelandet och berätta vad du väljer.',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `Tack för din returbegäran för beställning ${f.orderId}.`,
      `Returperioden för den här beställningen löpte ut den ${f.returnWindowEnded}. Vi går igenom din begäran och återkommer inom kort med vad vi kan erbjuda.`,
    ] : [
      `Tack för din returbegäran för beställning ${f.orderId}.`,
      `Vi har godkänt returen. Följ returinstruktionerna under ${ORDERS}.`,
      'Vi behandlar din återbetalning så snart artikeln har kommit fram till oss.',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `Din retur för beställning ${f.orderId} kom fram till oss den ${f.returnReceivedAt}.`
        : `Din retur för beställning ${f.orderId} har kommit fram till oss.`,
      s(f.refundedAt ? `Din återbetalning genomfördes den ${f.refundedAt}.` : 'Vi genomför din återbetalning nu.',
        'Beroende på betalningssätt kan det ta några dagar innan den syns på ditt konto.'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      'Vi tittar på din fråga och återkommer inom kort.',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      'Enligt Amazons regler får vi bara kommunicera med dig och ta emot betalning via Amazon, så vi kan inte använda något annat sätt.',
      'Vi hjälper gärna till med allt som gäller din beställning här i Amazons meddelanden.',
    ],
  },
};
