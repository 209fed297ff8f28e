// The sentences an evidence pack for Amazon is made of, per language. Each statement sentence states one known
// fact; blanks name a fact the seller must fill in; nothing here decides anything.
export type EvidenceAction = 'respond-to-claim' | 'appeal-claim' | 'provide-insurance';

export const BLANK_KEYS = ['shipBy', 'shippedAt', 'firstScan', 'carrier', 'trackingId', 'deliveredAt', 'trackingStatus',
  'buyShipping', 'claimsProtected', 'buyerFirstMessage', 'sellerReply', 'returnTracking', 'returnReceived', 'refundDate',
  'claimDecided', 'claimNotice', 'insurer', 'policyNumber', 'coverage', 'policyPeriod'] as const;
export type BlankKey = (typeof BLANK_KEYS)[number];

export const ATTACH_KEYS = ['proofOfDelivery', 'trackingHistory', 'returnProof', 'returnPhotos', 'insuranceCertificate',
  'productPhotos', 'productCompliance'] as const;
export type AttachKey = (typeof ATTACH_KEYS)[number];

/** "within 24 hours", "within 48 hours", or no claim about the delay. */
export type AnswerDelay = 24 | 48 | null;

export interface EvidenceWording {
  title: (action: EvidenceAction, orderId: string, claimId: string | null) => string;
  claimFiled: (date: string) => string;
  claimReason: (reason: string) => string;
  claimAmount: (amount: string) => string;
  claimDecided: (date: string, debitedToSeller: boolean) => string;
  /** AZ-APPEAL-30D */
  appealWithin: (lastDay: string) => string;
  /** AZ-SAFETY */
  safetyWithin: (notice: string) => string;
  shipped: (date: string, shipBy: string | null, onTime: boolean | null) => string;
  firstScan: (date: string, shipBy: string | null, onTime: boolean | null) => string;
  buyShipping: () => string;
  claimsProtected: () => string;
  carrierTracking: (carrier: string | null, trackingId: string | null) => string;
  deliverBy: (date: string) => string;
  delivered: (date: string) => string;
  deliveredNoDate: () => string;
  notDelivered: () => string;
  buyerWrote: (date: string) => string;
  sellerAnswered: (date: string, within: AnswerDelay) => string;
  returnRequested: (date: string) => string;
  returnNotReceived: () => string;
  returnTracking: (trackingId: string) => string;
  returnReceived: (date: string) => string;
  refunded: (date: string, within2BusinessDays: boolean) => string;
  /** BS-CLAIMS-PROTECTED; `basis` says whether on time was judged by the first carrier scan or the confirmation. */
  protection: (basis: 'scan' | 'confirmation') => string;
  request: Record<EvidenceAction, string>;
  blank: Record<BlankKey, string>;
  attach: Record<AttachKey, string>;
}
