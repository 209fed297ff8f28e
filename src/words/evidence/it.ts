// Italian evidence wording for Amazon (amazon.it support answers in Italian).
import type { EvidenceWording } from './types.ts';

const versus = (shipBy: string | null, onTime: boolean | null): string => shipBy === null || onTime === null ? '.'
  : onTime ? `, entro la data limite di spedizione (${shipBy}).` : `, dopo la data limite di spedizione (${shipBy}).`;

export const it: EvidenceWording = {
  title: (action, orderId, claimId) => {
    const claim = claimId ? ` n. ${claimId}` : '';
    switch (action) {
      case 'respond-to-claim': return `Ordine ${orderId}: la nostra risposta al reclamo${claim} nell’ambito della Garanzia dalla A alla Z`;
      case 'appeal-claim': return `Ordine ${orderId}: ricorso contro la decisione sul reclamo${claim} nell’ambito della Garanzia dalla A alla Z`;
      case 'provide-insurance': return `Ordine ${orderId}: la nostra risposta al reclamo${claim} per danni a cose o persone`;
    }
  },
  claimFiled: (d) => `Il reclamo è stato presentato il ${d}.`,
  claimReason: (r) => `Motivo indicato: «${r}».`,
  claimAmount: (a) => `L’importo del reclamo è di ${a}.`,
  claimDecided: (d, debited) => debited ? `Il reclamo è stato accolto il ${d} e addebitato sul nostro account.` : `Sul reclamo è stata presa una decisione il ${d}.`,
  appealWithin: (last, days) => `Questo ricorso è presentato entro ${days} giorni da tale decisione (termine fino al ${last}).`,
  safetyWithin: (notice, days) => `Questa risposta è inviata entro ${days} giorni dalla notifica del reclamo del ${notice}.`,
  shipped: (d, shipBy, onTime) => `La spedizione è stata confermata il ${d}${versus(shipBy, onTime)}`,
  firstScan: (d, shipBy, onTime) => `La prima scansione del corriere è avvenuta il ${d}${versus(shipBy, onTime)}`,
  buyShipping: () => 'L’etichetta di spedizione è stata acquistata tramite Amazon Buy Shipping.',
  claimsProtected: () => 'L’etichetta riporta il badge «Claims Protected».',
  carrierTracking: (carrier, tracking) => carrier && tracking ? `Corriere: ${carrier}, numero di tracciamento ${tracking}.`
    : carrier ? `Corriere: ${carrier}.` : `Numero di tracciamento: ${tracking ?? ''}.`,
  deliverBy: (d) => `La data di consegna stimata più tardiva era il ${d}.`,
  delivered: (d) => `Il tracciamento del corriere indica il pacco come consegnato il ${d}.`,
  deliveredNoDate: () => 'L’ordine risulta consegnato.',
  notDelivered: () => 'L’ordine risulta spedito, ma non ancora consegnato.',
  buyerWrote: (d) => `L’acquirente ci ha scritto per la prima volta il ${d}.`,
  sellerAnswered: (d, within) => `Abbiamo risposto il ${d}${within ? `, entro ${within} ore` : ''}.`,
  returnRequested: (d) => `L’acquirente ha richiesto un reso il ${d}.`,
  returnNotReceived: () => 'L’articolo reso non ci è ancora arrivato.',
  returnTracking: (t) => `Numero di tracciamento del reso: ${t}.`,
  returnReceived: (d) => `Abbiamo ricevuto l’articolo reso il ${d}.`,
  refunded: (d, within) => within ? `Abbiamo emesso il rimborso il ${d}, entro ${within} giorni lavorativi dalla ricezione del reso.`
    : `Abbiamo emesso il rimborso il ${d}.`,
  protection: (basis) => `L’etichetta è stata acquistata tramite Amazon Buy Shipping con il badge «Claims Protected» e ${basis === 'scan'
    ? 'la prima scansione del corriere è avvenuta' : 'la spedizione è stata confermata'} entro la data limite di spedizione. In base alla protezione dei reclami di Buy Shipping, un reclamo per la mancata consegna di questo pacco deve essere a carico di Amazon e non addebitato a noi.`,
  request: {
    'respond-to-claim': 'Chiediamo ad Amazon di tenere conto di questi fatti nel decidere sul reclamo.',
    'appeal-claim': 'Chiediamo ad Amazon di riesaminare questi fatti e di annullare la decisione sul reclamo.',
    'provide-insurance': 'Chiediamo ad Amazon di tenere conto dei dati della nostra assicurazione di responsabilità civile per questo reclamo.',
  },
  blank: {
    shipBy: 'data limite di spedizione', shippedAt: 'data di conferma della spedizione', firstScan: 'data della prima scansione del corriere',
    carrier: 'corriere', trackingId: 'numero di tracciamento', deliveredAt: 'stato e data di consegna',
    trackingStatus: 'ultimo evento di tracciamento e relativa data', buyShipping: 'etichetta acquistata tramite Amazon Buy Shipping (sì/no)',
    claimsProtected: 'badge «Claims Protected» sull’etichetta (sì/no)', buyerFirstMessage: 'data del primo messaggio dell’acquirente',
    sellerReply: 'data della nostra risposta', returnTracking: 'numero di tracciamento del reso', returnReceived: 'data di ricezione del reso',
    refundDate: 'data del rimborso', claimDecided: 'data di accoglimento del reclamo', claimNotice: 'data della notifica del reclamo',
    insurer: 'assicuratore', policyNumber: 'numero di polizza', coverage: 'massimale', policyPeriod: 'periodo di validità della polizza',
  },
  attach: {
    proofOfDelivery: 'Prova di consegna del corriere (scansione di consegna, posizione GPS o firma, foto se disponibile)',
    trackingHistory: 'Cronologia completa del tracciamento del corriere, inclusa la prima scansione',
    returnProof: 'Tracciamento del reso che ne mostra la consegna a noi',
    returnPhotos: 'Foto dell’articolo reso così come ricevuto',
    insuranceCertificate: 'Certificato di assicurazione di responsabilità civile',
    productPhotos: 'Foto del prodotto, della sua etichettatura e delle avvertenze di sicurezza',
    productCompliance: 'Certificati di sicurezza del prodotto o rapporti di prova',
  },
};
