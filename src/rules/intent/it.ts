// Italian buyer phrases.
import type { PhraseSet } from './types.ts';

export const IT: PhraseSet = {
  wholeWords: true,
  phrases: {
    'not-received': [
      "non (?:l'|lo |la |li |le )?(?:ho |abbiamo )?(?:ancora )?(?:ricevut~|avuto)",
      "non (?:è|e'|sono) (?:ancora |mai )?(?:arrivat~|stat~ consegnat~|consegnat~)",
      'mai (?:arrivat~|ricevut~|consegnat~)',
      '(?:pacco|ordine|collo|spedizione|articolo) (?:è |risulta |è stato )?(?:perso|smarrito|rubato|perduto)',
      '(?:risulta|segna|indica) (?:come )?consegnat~,? ma',
      "consegnat~ (?:a|all'|al) (?:un |l')?indirizzo sbagliato",
      'non è (?:la )?mia (?:casa|porta|abitazione)',
      '(?:foto|immagine)~ .{0,80}non è (?:la |il )?mi[ao]',
    ],
    'where-is-my-order': [
      "dov'è (?:il mio|la mia) (?:ordine|pacco|spedizione|articolo)",
      'dove (?:è|si trova|sta) (?:il mio|la mia) (?:ordine|pacco|spedizione)',
      'quando (?:arriva|arriverà|riceverò|lo riceverò|verrà spedito|sarà spedito|sarà consegnato)',
      'numero di (?:tracking|tracciamento|spedizione)', 'tracciamento',
      '(?:è|è già) stat[oa] spedit[oa]', 'sto ancora aspettando', 'aspetto ancora', "stato (?:del mio|dell')ordine",
    ],
    'damaged': [
      'danneggiat~', 'rott[oaie]', 'difettos~', 'non funziona', 'ammaccat~', 'incrinat~', 'graffiat~', 'spaccat~',
      'in pezzi', 'rovinat~',
    ],
    'wrong-item': [
      '(?:articolo|prodotto|taglia|colore|modello|pezzo|libro) sbagliat~',
      'non è (?:quello|quella|ciò) che ho ordinato',
      '(?:articolo|prodotto) divers~', 'non corrisponde',
      'mi (?:avete|hanno) (?:mandato|inviato|spedito) (?:un |una |il |la )?(?:altro|altra|sbagliat~)',
      "errore nell'ordine",
    ],
    'return': ['reso', 'resi', 'restitu~', 'rimandare indietro', 'rispedir~', 'cambio (?:taglia|colore|prodotto)'],
    // annull~ and cancell~ are French annul~ and English cancel~ already: the lists join one alternation (detect.ts).
    'cancel': [],
    'address-change': [
      "(?:cambiare|modificare|correggere|aggiornare) (?:l'|il mio |il )?indirizzo",
      "cambio (?:di |d')indirizzo", 'nuovo indirizzo', 'altro indirizzo',
      "ho inserito (?:l'|un )?indirizzo (?:sbagliato|errato|vecchio)",
      'trasloc~', 'mi sono trasferit~',
    ],
    'off-amazon': [
      'chiamami', 'mi chiami', 'chiamatemi',
      'il mio (?:numero|cellulare|telefono|whatsapp) (?:è|:)', 'la mia (?:e-?mail|mail) (?:è|:)',
      '(?:scrivimi|scrivetemi|scrivermi) (?:a|su|via|per|direttamente)',
      'via (?:e-?mail|mail|whatsapp)', 'fuori (?:da )?amazon', 'bonifico', 'pagare direttamente', 'satispay', 'postepay',
    ],
  },
};
