// The sentences an evidence pack for Amazon is made of, per language. Each statement sentence states one known
// fact; blanks name a fact the seller must fill in; nothing here decides anything. Figures arrive as parameters from
// the policy table, and no internal rule id is written: the text goes to Amazon, the ids go to the seller.
export type EvidenceAction = 'respond-to-claim' | 'appeal-claim' | 'provide-insurance';

export const BLANK_KEYS = ['shipBy', 'shippedAt', 'firstScan', 'carrier', 'trackingId', 'deliveredAt', 'trackingStatus',
  'buyShipping', 'claimsProtected', 'buyerFirstMessage', 'sellerReply', 'returnTracking', 'returnReceived', 'refundDate',
  'claimDecided', 'claimNotice', 'insurer', 'policyNumber', 'coverage', 'policyPeriod'] as const;
export type BlankKey = (typeof BLANK_KEYS)[number];

export const ATTACH_KEYS = ['proofOfDelivery', 'trackingHistory', 'returnProof', 'returnPhotos', 'insuranceCertificate',
  'productPhotos', 'productCompliance'] as const;
export type AttachKey = (typeof ATTACH_KEYS)[number];

/** The reply window the answer met, in hours as the policy table gives it (MSG-24H, AZ-CONTACT-48H), or no claim
 *  about the delay. */
export type AnswerDelay = number | null;

export interface EvidenceWording {
  title: (action: EvidenceAction, orderId: string, claimId: string | null) => string;
  claimFiled: (date: string) => string;
  claimReason: (reason: string) => string;
  claimAmount: (amount: string) => string;
  claimDecided: (date: string, debitedToSeller: boolean) => string;
  /** AZ-APPEAL-30D; `days` is the table's calendar-day window, never written here. */
  appealWithin: (lastDay: string, days: number) => string;
  /** AZ-SAFETY; `days` is the table's calendar-day window. */
  safetyWithin: (notice: string, days: number) => string;
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
  /** RET-REFUND-2D; `withinBusinessDays` is the table's window when the refund met it, else null. */
  refunded: (date: string, withinBusinessDays: number | null) => string;
  /** BS-CLAIMS-PROTECTED (named to the seller, never in this text); `basis` says whether on time was judged by the first carrier scan or the confirmation. */
  protection: (basis: 'scan' | 'confirmation') => string;
  request: Record<EvidenceAction, string>;
  blank: Record<BlankKey, string>;
  attach: Record<AttachKey, string>;
}
