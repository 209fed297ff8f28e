// English evidence wording for Amazon: plain, factual, one fact per sentence.
import type { EvidenceWording } from './types.ts';

export const en: EvidenceWording = {
  title: (action, orderId, claimId) => {
    const claim = claimId ? ` ${claimId}` : '';
    switch (action) {
      case 'respond-to-claim': return `Order ${orderId}: our response to A-to-z Guarantee claim${claim}`;
      case 'appeal-claim': return `Order ${orderId}: appeal of the decision on A-to-z Guarantee claim${claim}`;
      case 'provide-insurance': return `Order ${orderId}: our response to property damage or personal injury claim${claim}`;
    }
  },
  claimFiled: (d) => `The claim was filed on ${d}.`,
  claimReason: (r) => `The claim reason shown is "${r}".`,
  claimAmount: (a) => `The claim amount is ${a}.`,
  claimDecided: (d, debited) => debited ? `The claim was granted on ${d} and debited to our account.` : `The claim was decided on ${d}.`,
  appealWithin: (last, days) => `This appeal is made within ${days} days of that decision (appeal window until ${last}).`,
  safetyWithin: (notice, days) => `This response is sent within ${days} days of the claim notice of ${notice}.`,
  shipped: (d, shipBy, onTime) => shipBy === null ? `Shipment was confirmed on ${d}.`
    : onTime ? `Shipment was confirmed on ${d}, on or before the ship-by date of ${shipBy}.`
      : `Shipment was confirmed on ${d}, after the ship-by date of ${shipBy}.`,
  firstScan: (d, shipBy, onTime) => shipBy === null ? `The carrier's first scan was on ${d}.`
    : onTime ? `The carrier's first scan was on ${d}, on or before the ship-by date of ${shipBy}.`
      : `The carrier's first scan was on ${d}, after the ship-by date of ${shipBy}.`,
  buyShipping: () => 'The shipping label was bought through Amazon Buy Shipping.',
  claimsProtected: () => 'The label carries the "Claims Protected" badge.',
  carrierTracking: (carrier, tracking) => carrier && tracking ? `Carrier: ${carrier}, tracking ID ${tracking}.`
    : carrier ? `Carrier: ${carrier}.` : `Tracking ID: ${tracking ?? ''}.`,
  deliverBy: (d) => `The latest estimated delivery date was ${d}.`,
  delivered: (d) => `Carrier tracking shows the package delivered on ${d}.`,
  deliveredNoDate: () => 'The order is marked as delivered.',
  notDelivered: () => 'The order is marked as shipped and not yet as delivered.',
  buyerWrote: (d) => `The buyer first wrote to us on ${d}.`,
  sellerAnswered: (d, within) => `We answered on ${d}${within ? `, within ${within} hours` : ''}.`,
  returnRequested: (d) => `The buyer requested a return on ${d}.`,
  returnNotReceived: () => 'The returned item has not reached us yet.',
  returnTracking: (t) => `Return tracking ID: ${t}.`,
  returnReceived: (d) => `We received the returned item on ${d}.`,
  refunded: (d, within) => within ? `We issued the refund on ${d}, within ${within} business days of receiving the return.`
    : `We issued the refund on ${d}.`,
  protection: (basis) => `The label was bought through Amazon Buy Shipping with the Claims Protected badge, and ${basis === 'scan'
    ? 'the first carrier scan was' : 'shipment was confirmed'} on or before the ship-by date. Under Buy Shipping claims protection, a claim that this package did not arrive should be funded by Amazon and not debited to us.`,
  request: {
    'respond-to-claim': 'We ask Amazon to take these facts into account when deciding this claim.',
    'appeal-claim': 'We ask Amazon to review these facts and reverse the decision on this claim.',
    'provide-insurance': 'We ask Amazon to take our liability insurance details into account for this claim.',
  },
  blank: {
    shipBy: 'ship-by date', shippedAt: 'date shipment was confirmed', firstScan: 'date of the first carrier scan',
    carrier: 'carrier', trackingId: 'tracking ID', deliveredAt: 'delivery status and date',
    trackingStatus: 'latest tracking event and date', buyShipping: 'label bought through Amazon Buy Shipping (yes/no)',
    claimsProtected: 'Claims Protected badge on the label (yes/no)', buyerFirstMessage: 'date the buyer first contacted us',
    sellerReply: 'date we answered', returnTracking: 'return tracking ID', returnReceived: 'date we received the return',
    refundDate: 'refund date', claimDecided: 'date the claim was granted', claimNotice: 'date of the claim notice',
    insurer: 'insurer', policyNumber: 'policy number', coverage: 'coverage amount', policyPeriod: 'policy period',
  },
  attach: {
    proofOfDelivery: 'Carrier proof of delivery (delivery scan, GPS location or signature, photo if available)',
    trackingHistory: 'Full carrier tracking history, including the first scan',
    returnProof: 'Return tracking showing the return delivered to you',
    returnPhotos: 'Photos of the returned item as received',
    insuranceCertificate: 'Certificate of liability insurance',
    productPhotos: 'Photos of the product, its labels and safety warnings',
    productCompliance: 'Product safety certificates or test reports',
  },
};
