// German evidence wording for Amazon (amazon.de support answers in German).
import type { EvidenceWording } from './types.ts';

const versus = (shipBy: string | null, onTime: boolean | null): string => shipBy === null || onTime === null ? '.'
  : onTime ? `, also bis zum spätesten Versanddatum (${shipBy}).` : `, also nach dem spätesten Versanddatum (${shipBy}).`;

export const de: EvidenceWording = {
  title: (action, orderId, claimId) => {
    const claim = claimId ? ` ${claimId}` : '';
    switch (action) {
      case 'respond-to-claim': return `Bestellung ${orderId}: unsere Stellungnahme zum A-bis-z-Garantieantrag${claim}`;
      case 'appeal-claim': return `Bestellung ${orderId}: Einspruch gegen die Entscheidung zum A-bis-z-Garantieantrag${claim}`;
      case 'provide-insurance': return `Bestellung ${orderId}: unsere Stellungnahme zum Antrag wegen Sach- oder Personenschaden${claim}`;
    }
  },
  claimFiled: (d) => `Der Antrag wurde am ${d} gestellt.`,
  claimReason: (r) => `Angegebener Grund: „${r}“.`,
  claimAmount: (a) => `Der beantragte Betrag beträgt ${a}.`,
  claimDecided: (d, debited) => debited ? `Dem Antrag wurde am ${d} stattgegeben, und der Betrag wurde unserem Konto belastet.`
    : `Über den Antrag wurde am ${d} entschieden.`,
  appealWithin: (last, days) => `Dieser Einspruch erfolgt innerhalb von ${days} Tagen nach dieser Entscheidung (Einspruchsfrist bis zum ${last}).`,
  safetyWithin: (notice, days) => `Diese Stellungnahme erfolgt innerhalb von ${days} Tagen nach der Benachrichtigung über den Antrag vom ${notice}.`,
  shipped: (d, shipBy, onTime) => `Der Versand wurde am ${d} bestätigt${versus(shipBy, onTime)}`,
  firstScan: (d, shipBy, onTime) => `Der erste Scan des Versanddienstleisters erfolgte am ${d}${versus(shipBy, onTime)}`,
  buyShipping: () => 'Das Versandetikett wurde über Amazon Buy Shipping gekauft.',
  claimsProtected: () => 'Das Etikett trägt das Kennzeichen „Claims Protected“.',
  carrierTracking: (carrier, tracking) => carrier && tracking ? `Versanddienstleister: ${carrier}, Sendungsnummer ${tracking}.`
    : carrier ? `Versanddienstleister: ${carrier}.` : `Sendungsnummer: ${tracking ?? ''}.`,
  deliverBy: (d) => `Das späteste voraussichtliche Lieferdatum war der ${d}.`,
  delivered: (d) => `Laut Sendungsverfolgung des Versanddienstleisters wurde das Paket am ${d} zugestellt.`,
  deliveredNoDate: () => 'Die Bestellung ist als zugestellt markiert.',
  notDelivered: () => 'Die Bestellung ist als versandt, aber noch nicht als zugestellt markiert.',
  buyerWrote: (d) => `Der Käufer hat uns am ${d} zum ersten Mal geschrieben.`,
  sellerAnswered: (d, within) => `Wir haben am ${d} geantwortet${within ? `, also innerhalb von ${within} Stunden` : ''}.`,
  returnRequested: (d) => `Der Käufer hat am ${d} eine Rücksendung angefordert.`,
  returnNotReceived: () => 'Der zurückgesandte Artikel ist noch nicht bei uns eingegangen.',
  returnTracking: (t) => `Sendungsnummer der Rücksendung: ${t}.`,
  returnReceived: (d) => `Der zurückgesandte Artikel ist am ${d} bei uns eingegangen.`,
  refunded: (d, within) => within ? `Wir haben den Betrag am ${d} erstattet, innerhalb von ${within} Werktagen nach Eingang der Rücksendung.`
    : `Wir haben den Betrag am ${d} erstattet.`,
  protection: (basis) => `Das Versandetikett wurde über Amazon Buy Shipping mit dem Kennzeichen „Claims Protected“ gekauft, und ${basis === 'scan'
    ? 'der erste Scan des Versanddienstleisters erfolgte bis zum spätesten Versanddatum' : 'der Versand wurde bis zum spätesten Versanddatum bestätigt'}. Gemäß dem Anspruchsschutz von Buy Shipping sollte ein Antrag wegen Nichterhalt dieses Pakets von Amazon getragen und nicht unserem Konto belastet werden.`,
  request: {
    'respond-to-claim': 'Wir bitten Amazon, diese Fakten bei der Entscheidung über den Antrag zu berücksichtigen.',
    'appeal-claim': 'Wir bitten Amazon, diese Fakten zu prüfen und die Entscheidung über den Antrag aufzuheben.',
    'provide-insurance': 'Wir bitten Amazon, unsere Angaben zur Haftpflichtversicherung bei diesem Antrag zu berücksichtigen.',
  },
  blank: {
    shipBy: 'spätestes Versanddatum', shippedAt: 'Datum der Versandbestätigung', firstScan: 'Datum des ersten Scans des Versanddienstleisters',
    carrier: 'Versanddienstleister', trackingId: 'Sendungsnummer', deliveredAt: 'Zustellstatus und -datum',
    trackingStatus: 'letztes Sendungsereignis und Datum', buyShipping: 'Etikett über Amazon Buy Shipping gekauft (ja/nein)',
    claimsProtected: 'Kennzeichen „Claims Protected“ auf dem Etikett (ja/nein)', buyerFirstMessage: 'Datum der ersten Nachricht des Käufers',
    sellerReply: 'Datum unserer Antwort', returnTracking: 'Sendungsnummer der Rücksendung', returnReceived: 'Eingangsdatum der Rücksendung',
    refundDate: 'Datum der Erstattung', claimDecided: 'Datum der Entscheidung über den Antrag', claimNotice: 'Datum der Benachrichtigung über den Antrag',
    insurer: 'Versicherer', policyNumber: 'Policennummer', coverage: 'Deckungssumme', policyPeriod: 'Versicherungszeitraum',
  },
  attach: {
    proofOfDelivery: 'Zustellnachweis des Versanddienstleisters (Zustellscan, GPS-Position oder Unterschrift, Foto falls vorhanden)',
    trackingHistory: 'Vollständiger Sendungsverlauf des Versanddienstleisters einschließlich des ersten Scans',
    returnProof: 'Sendungsverfolgung der Rücksendung mit der Zustellung an uns',
    returnPhotos: 'Fotos des zurückgesandten Artikels im Zustand bei Eingang',
    insuranceCertificate: 'Versicherungsbestätigung der Betriebshaftpflichtversicherung',
    productPhotos: 'Fotos des Produkts, seiner Kennzeichnung und der Sicherheitshinweise',
    productCompliance: 'Produktsicherheitszertifikate oder Prüfberichte',
  },
};
