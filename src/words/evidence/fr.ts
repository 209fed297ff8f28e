// French evidence wording for Amazon (amazon.fr support answers in French).
import type { EvidenceWording } from './types.ts';

const NB = '\u00a0';
const versus = (shipBy: string | null, onTime: boolean | null): string => shipBy === null || onTime === null ? '.'
  : onTime ? `, au plus tard à la date limite d’expédition (${shipBy}).` : `, après la date limite d’expédition (${shipBy}).`;

export const fr: EvidenceWording = {
  title: (action, orderId, claimId) => {
    const claim = claimId ? ` n°${NB}${claimId}` : '';
    switch (action) {
      case 'respond-to-claim': return `Commande ${orderId}${NB}: notre réponse à la réclamation${claim} au titre de la Garantie A à Z`;
      case 'appeal-claim': return `Commande ${orderId}${NB}: contestation de la décision sur la réclamation${claim} au titre de la Garantie A à Z`;
      case 'provide-insurance': return `Commande ${orderId}${NB}: notre réponse à la réclamation${claim} pour dommages matériels ou corporels`;
    }
  },
  claimFiled: (d) => `La réclamation a été déposée le ${d}.`,
  claimReason: (r) => `Motif indiqué${NB}: «${NB}${r}${NB}».`,
  claimAmount: (a) => `Le montant de la réclamation est de ${a}.`,
  claimDecided: (d, debited) => debited ? `La réclamation a été accordée le ${d} et débitée de notre compte.`
    : `La réclamation a fait l’objet d’une décision le ${d}.`,
  appealWithin: (last, days) => `Cette contestation est déposée dans les ${days}${NB}jours suivant cette décision (délai jusqu’au ${last}).`,
  safetyWithin: (notice, days) => `Cette réponse est envoyée dans les ${days}${NB}jours suivant l’avis de réclamation du ${notice}.`,
  shipped: (d, shipBy, onTime) => `L’expédition a été confirmée le ${d}${versus(shipBy, onTime)}`,
  firstScan: (d, shipBy, onTime) => `Le premier scan du transporteur a eu lieu le ${d}${versus(shipBy, onTime)}`,
  buyShipping: () => 'L’étiquette d’expédition a été achetée via Amazon Buy Shipping.',
  claimsProtected: () => `L’étiquette porte le badge «${NB}Claims Protected${NB}».`,
  carrierTracking: (carrier, tracking) => carrier && tracking ? `Transporteur${NB}: ${carrier}, numéro de suivi ${tracking}.`
    : carrier ? `Transporteur${NB}: ${carrier}.` : `Numéro de suivi${NB}: ${tracking ?? ''}.`,
  deliverBy: (d) => `La date de livraison estimée la plus tardive était le ${d}.`,
  delivered: (d) => `Le suivi du transporteur indique que le colis a été livré le ${d}.`,
  deliveredNoDate: () => 'La commande est indiquée comme livrée.',
  notDelivered: () => 'La commande est indiquée comme expédiée, mais pas encore comme livrée.',
  buyerWrote: (d) => `L’acheteur nous a écrit pour la première fois le ${d}.`,
  sellerAnswered: (d, within) => `Nous avons répondu le ${d}${within ? `, dans les ${within}${NB}heures` : ''}.`,
  returnRequested: (d) => `L’acheteur a demandé un retour le ${d}.`,
  returnNotReceived: () => 'L’article retourné ne nous est pas encore parvenu.',
  returnTracking: (t) => `Numéro de suivi du retour${NB}: ${t}.`,
  returnReceived: (d) => `Nous avons reçu l’article retourné le ${d}.`,
  refunded: (d, within) => within ? `Nous avons effectué le remboursement le ${d}, dans les ${within}${NB}jours ouvrés suivant la réception du retour.`
    : `Nous avons effectué le remboursement le ${d}.`,
  protection: (basis) => `L’étiquette a été achetée via Amazon Buy Shipping avec le badge «${NB}Claims Protected${NB}», et ${basis === 'scan'
    ? 'le premier scan du transporteur a eu lieu' : 'l’expédition a été confirmée'} au plus tard à la date limite d’expédition. Selon la protection des réclamations Buy Shipping, une réclamation pour non-réception de ce colis doit être prise en charge par Amazon et non débitée de notre compte.`,
  request: {
    'respond-to-claim': 'Nous demandons à Amazon de tenir compte de ces faits pour statuer sur cette réclamation.',
    'appeal-claim': 'Nous demandons à Amazon d’examiner ces faits et d’annuler la décision rendue sur cette réclamation.',
    'provide-insurance': 'Nous demandons à Amazon de tenir compte des informations de notre assurance responsabilité civile pour cette réclamation.',
  },
  blank: {
    shipBy: 'date limite d’expédition', shippedAt: 'date de confirmation de l’expédition', firstScan: 'date du premier scan du transporteur',
    carrier: 'transporteur', trackingId: 'numéro de suivi', deliveredAt: 'statut et date de livraison',
    trackingStatus: 'dernier événement de suivi et sa date', buyShipping: 'étiquette achetée via Amazon Buy Shipping (oui/non)',
    claimsProtected: `badge «${NB}Claims Protected${NB}» sur l’étiquette (oui/non)`, buyerFirstMessage: 'date du premier message de l’acheteur',
    sellerReply: 'date de notre réponse', returnTracking: 'numéro de suivi du retour', returnReceived: 'date de réception du retour',
    refundDate: 'date du remboursement', claimDecided: 'date à laquelle la réclamation a été accordée', claimNotice: 'date de l’avis de réclamation',
    insurer: 'assureur', policyNumber: 'numéro de police', coverage: 'montant de la garantie', policyPeriod: 'période de validité de la police',
  },
  attach: {
    proofOfDelivery: 'Preuve de livraison du transporteur (scan de livraison, position GPS ou signature, photo si disponible)',
    trackingHistory: 'Historique de suivi complet du transporteur, y compris le premier scan',
    returnProof: 'Suivi du retour montrant sa livraison chez nous',
    returnPhotos: 'Photos de l’article retourné tel que reçu',
    insuranceCertificate: 'Attestation d’assurance responsabilité civile',
    productPhotos: 'Photos du produit, de son étiquetage et de ses avertissements de sécurité',
    productCompliance: 'Certificats de sécurité du produit ou rapports d’essais',
  },
};
