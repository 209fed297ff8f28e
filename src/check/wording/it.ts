// The checker's wording in one UI language (see ../hints.ts): what to write instead, and the short name of each kind.
import type { CheckWording } from '../hints.ts';

const wording: CheckWording = {
  hints: {
    'link': 'Rimuovi il link; descrivi il passaggio per iscritto o rimanda a «I miei ordini» su Amazon.',
    'link-shortener': 'Rimuovi il link abbreviato: nasconde la destinazione. Sono consentiti solo link Amazon.',
    'link-lookalike': 'Questo indirizzo imita Amazon con caratteri simili. Rimuovilo.',
    'website-mention': 'Non indirizzare l’acquirente al tuo sito web; fornisci qui l’informazione.',
    'email': 'Rimuovi l’indirizzo e-mail; chiedi all’acquirente di rispondere qui.',
    'phone': 'Rimuovi il numero di telefono; resta nei messaggi tra acquirente e venditore.',
    'contact-outside': 'Non invitare a contatti fuori da Amazon; chiedi all’acquirente di rispondere a questo messaggio.',
    'messaging-app': 'Non passare a un’app di messaggistica; chiedi foto o video come allegati qui.',
    'social': 'Rimuovi nomi, pagine e profili dei social network.',
    'off-amazon-payment': 'Niente denaro fuori da Amazon: rimborsa dalla pagina dell’ordine o con un reso Amazon.',
    'review-incentive': 'Non offrire nulla in cambio di una recensione; risolvi il problema a prescindere.',
    'review-change': 'Non chiedere di modificare o rimuovere una recensione.',
    'feedback-change': 'Una volta risolto, puoi dire una sola volta che il feedback si può aggiornare; senza pressioni né contropartite.',
    'review-positive': 'Chiedi una recensione sincera, non una positiva.',
    'review-happy-only': 'Chiedi allo stesso modo a tutti gli acquirenti; non scoraggiare gli insoddisfatti dal lasciare una recensione.',
    'review-stars': 'Non menzionare un numero di stelle.',
    'review-steer': 'Non orientare la recensione (premio, condizione, modifica, rinvio, parole suggerite): chiedi allo stesso modo a tutti gli acquirenti, o non chiedere.',
    'marketing': 'Rimuovi la promozione (coupon, codici, altri prodotti, il tuo negozio); scrivi solo di questo ordine.',
    'other-marketplace': 'Non indirizzare l’acquirente verso un altro marketplace o negozio.',
    'attachment': 'Allega solo istruzioni, fatture o documenti di garanzia.',
    'emoji': 'Rimuovi le emoji; i messaggi con emoji possono essere bloccati.',
  },
  kinds: {
    'link': 'Link esterno',
    'email': 'Indirizzo e-mail',
    'phone': 'Numero di telefono',
    'messaging-app': 'App di messaggistica',
    'social': 'Social network',
    'off-amazon-payment': 'Pagamento fuori da Amazon',
    'review-manipulation': 'Richiesta di recensione non consentita',
    'marketing': 'Promozione',
    'attachment': 'Allegato',
    'other': 'Non consentito nei messaggi',
  },
};

export default wording;
