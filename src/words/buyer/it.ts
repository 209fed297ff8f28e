// Italian buyer replies (Lei). Same facts and limits as the English wording: nothing invented, no refund or
// reship promised for a protected order (BS-CLAIMS-PROTECTED), nothing outside Amazon (MSG-PROHIBITED, OFF-AMAZON).
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences(' ', ...p);
const ORDERS = 'nella sezione «I miei ordini» su Amazon';
const FROM_ORDERS = 'dalla sezione «I miei ordini» su Amazon';

function thanks(f: BuyerFacts): string {
  return `Grazie per il Suo messaggio relativo all’ordine ${f.orderId}.`;
}

function via(f: BuyerFacts): string {
  if (f.carrier && f.trackingId) return ` con ${f.carrier} (numero di tracciamento ${f.trackingId})`;
  if (f.carrier) return ` con ${f.carrier}`;
  if (f.trackingId) return ` (numero di tracciamento ${f.trackingId})`;
  return '';
}

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return 'Questo ordine è stato annullato.';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `Secondo il tracciamento, il Suo ordine è stato consegnato il ${f.deliveredAt}.`
      : 'Secondo il tracciamento, il Suo ordine è stato consegnato.';
  }
  const arrival = f.deliverBy && `Dovrebbe arrivare entro il ${f.deliverBy}.`;
  if (f.shippedAt) return s(`Il Suo ordine è stato spedito il ${f.shippedAt}${via(f)}.`, arrival);
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`Il Suo ordine è stato spedito${via(f)}.`, arrival);
  if (f.status === 'unshipped' && f.shipBy) return `Il Suo ordine verrà spedito entro il ${f.shipBy}.`;
  return null;
}

export const it: BuyerWording = {
  greeting: 'Buongiorno,',
  signOff: (sig) => (sig ? `Cordiali saluti,\n${sig}` : 'Cordiali saluti'),
  templates: {
    'dont-ship-pending': (f) => [
      `Grazie per il Suo ordine ${f.orderId}.`,
      'Amazon sta ancora verificando questo ordine e possiamo spedirlo solo dopo che Amazon avrà completato la verifica. Prepareremo la spedizione non appena ciò avverrà.',
      'Per qualsiasi domanda sulla verifica o sul pagamento, La preghiamo di rivolgersi al Servizio Clienti Amazon, perché solo Amazon può visualizzare e risolvere la questione.',
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `Il Suo ordine verrà spedito entro il ${f.shipBy}.` : 'Il Suo ordine verrà spedito entro i tempi di preparazione indicati su Amazon.',
        f.deliverBy && `Dovrebbe arrivare entro il ${f.deliverBy}.`),
      `Una volta spedito, potrà seguire il pacco ${ORDERS}.`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `Ci dispiace non essere riusciti a spedire in tempo il Suo ordine ${f.orderId}.`,
      'L’ordine viene quindi annullato e non Le sarà addebitato nulla.',
      'Ci scusiamo per il disagio.',
    ] : [
      s(`Ci scusiamo per il ritardo: il Suo ordine ${f.orderId} non è ancora stato spedito.`, f.shipBy && `Avrebbe dovuto essere spedito entro il ${f.shipBy}.`),
      `Ce ne stiamo occupando e, una volta spedito, potrà seguire il pacco ${ORDERS}.`,
      'Se preferisce non attendere, può richiedere l’annullamento di questo ordine dalla sezione «I miei ordini» oppure rispondere a questo messaggio: annulleremo l’ordine.',
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `Il Suo ordine è stato annullato come richiesto. Può vedere l’annullamento ${ORDERS}.`]
      : [thanks(f), `Per annullarlo, apra l’ordine ${ORDERS} e richieda l’annullamento. Non appena riceveremo la Sua richiesta, annulleremo l’ordine.`],
    'cancel-and-reorder': (f) => [
      `Grazie per averci comunicato il nuovo indirizzo di consegna per l’ordine ${f.orderId}.`,
      'Possiamo spedire solo all’indirizzo indicato nell’ordine Amazon e non possiamo modificarlo noi stessi.',
      `Se desidera ricevere l’articolo al nuovo indirizzo, La preghiamo di annullare questo ordine (richiedendo l’annullamento ${FROM_ORDERS}) e di effettuare un nuovo ordine con il nuovo indirizzo. Annulleremo questo ordine non appena riceveremo la Sua richiesta.`,
    ],
    'carrier-intercept': (f) => [
      `Grazie per averci comunicato il nuovo indirizzo di consegna per l’ordine ${f.orderId}.`,
      `Il Suo ordine è già stato spedito${via(f)}, quindi l’indirizzo dell’ordine non può più essere modificato.`,
      `Chiederemo ${f.carrier ? `a ${f.carrier}` : 'al corriere'} se è possibile reindirizzare il pacco al nuovo indirizzo e Le faremo sapere l’esito. Non possiamo però garantire che il reindirizzamento sia possibile.`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `Può seguire il pacco in qualsiasi momento ${ORDERS}.`,
    ],
    'direct-to-a-to-z': (f) => [
      `Ci dispiace molto che non abbia ricevuto il Suo ordine ${f.orderId}.`,
      f.status === 'delivered' || f.deliveredAt
        ? `Secondo il tracciamento${f.carrier ? ` di ${f.carrier}` : ''}${f.trackingId ? ` (numero di tracciamento ${f.trackingId})` : ''}, il pacco è stato consegnato${f.deliveredAt ? ` il ${f.deliveredAt}` : ''}.`
        : f.shippedAt ? `Il Suo ordine è stato spedito il ${f.shippedAt}${via(f)} e il tracciamento non lo indica ancora come consegnato.`
          : f.trackingId ? `Il numero di tracciamento è ${f.trackingId}.` : null,
      'La preghiamo di controllare intorno alla Sua abitazione (cassetta delle lettere, ingresso o altro luogo sicuro) e di chiedere ai vicini o a chiunque possa aver ritirato il pacco per Lei.',
      `Se non dovesse trovarlo, La preghiamo di presentare un reclamo nell’ambito della Garanzia dalla A alla Z di Amazon dalla pagina del Suo ordine ${ORDERS}. Amazon esaminerà il caso e lo risolverà con Lei.`,
    ],
    'refund-or-reship': (f) => [
      `Siamo davvero spiacenti che il Suo ordine ${f.orderId} non Le sia arrivato${f.deliverBy ? ` entro la data di consegna prevista (${f.deliverBy})` : ''}.`,
      'Vorremmo rimediare: possiamo inviarLe un articolo sostitutivo oppure rimborsarLe l’intero importo dell’ordine, come preferisce.',
      'La preghiamo di rispondere a questo messaggio per comunicarci la Sua scelta.',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `Grazie per la Sua richiesta di reso per l’ordine ${f.orderId}.`,
      `Il periodo di reso per questo ordine è terminato il ${f.returnWindowEnded}. Stiamo esaminando la Sua richiesta e Le faremo sapere a breve che cosa possiamo offrirLe.`,
    ] : [
      `Grazie per la Sua richiesta di reso per l’ordine ${f.orderId}.`,
      `Abbiamo autorizzato il reso. La preghiamo di seguire le istruzioni per il reso ${ORDERS}.`,
      'Elaboreremo il rimborso tempestivamente non appena riceveremo l’articolo.',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `Il Suo reso per l’ordine ${f.orderId} ci è arrivato il ${f.returnReceivedAt}.`
        : `Il Suo reso per l’ordine ${f.orderId} ci è arrivato.`,
      s(f.refundedAt ? `Il rimborso è stato emesso il ${f.refundedAt}.` : 'Stiamo emettendo il rimborso proprio ora.',
        'A seconda del metodo di pagamento, potrebbero volerci alcuni giorni prima che compaia sul Suo conto.'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      'Stiamo verificando la Sua richiesta e Le risponderemo a breve.',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      'In base alle regole di Amazon, possiamo comunicare con Lei e accettare pagamenti solo tramite Amazon, quindi non possiamo utilizzare altri canali.',
      'Saremo lieti di aiutarLa con qualsiasi domanda sul Suo ordine qui, tramite i messaggi di Amazon.',
    ],
  },
};
