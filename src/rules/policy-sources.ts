// What each rule of policy.ts rests on, in words: its one-line summary, the pages it cites, the help page the popup
// links, the day it was checked and, where sources disagree, the note that says how. Kept apart from the figures
// so the background, which decides from the figures alone, does not carry the text.
import type { RuleId } from '../model.ts';
import { isPolicyRuleId, type Confidence, type PolicyRuleId } from './policy.ts';

export interface Source {
  /** The page's title or site, as the digest names it. */
  readonly name: string;
  /** An Amazon page as its https link; any other site as host and path only, shown as text: the extension links
   *  to and opens no address outside Amazon. */
  readonly address: string;
  readonly confidence: Confidence;
}

export interface PolicySource {
  /** The rule in one line, as the digest states it. */
  readonly summary: string;
  /** Public pages the rule rests on, as RULES.md cites them. */
  readonly sources: readonly string[];
  /** The help page the popup links the rule id to; null where the sources are forum threads or news only. */
  readonly helpUrl: string | null;
  /** Day the figures were last checked against the sources (YYYY-MM-DD). */
  readonly lastVerified: string;
  /** Where sources disagree or a figure is a choice: what the others say and which one is used. */
  readonly note?: string;
  /** The dated sources with their confidence (CHANGES-2026.md). */
  readonly dated?: readonly Source[];
}

const VERIFIED = '2026-11-24';
const VERIFIED_2026 = '2026-12-06';

const ECOMCREW: Source = { name: 'EcomCrew, "Amazon Updates FBM Refund Rules Effective January 26, 2026"', address: 'www.ecomcrew.com/amazon-fbm-refund-policy-update-2026/', confidence: 'reported' };
const SPW: Source = { name: 'Seller Policy Watch, FBM refund window', address: 'sellerpolicywatch.com/alerts/amazon-fbm-refund-window-january-2026', confidence: 'reported' };
const ECB_REFUND: Source = { name: 'EcommerceBytes, December 23 notice', address: 'www.ecommercebytes.com/nvfx', confidence: 'reported' };
const SC_RETURNS: Source = { name: 'Amazon, "Manage seller-fulfilled returns" (stored copy)', address: 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200708210', confidence: 'amazon-page' };
const SC_PREPAID: Source = { name: 'Amazon, "Prepaid returns for seller-fulfilled orders" (stored copy)', address: 'https://sellercentral.amazon.com/gp/help/external/help-page.html?itemID=202072200', confidence: 'amazon-page' };
const SAS_FBM: Source = { name: 'Sellers Ask Sellers, "Update to FBM returns"', address: 'sellersasksellers.com/t/update-to-fbm-returns/6810', confidence: 'reported' };
const BIGBCC: Source = { name: 'bigbcc, SAFE-T window to 30 days', address: 'bigbcc.com/amazon-narrows-safe-t-claims-window-for-sellers-to-30-days', confidence: 'reported' };
const BENOSCALES: Source = { name: 'Benoscales, "SAFE-T Claim Filing Window to 30 Days Starting February 16, 2026"', address: 'www.benoscales.com/post/amazon-shortens-safe-t-claim-filing-window-to-30-days-starting-february-16-2026', confidence: 'reported' };
const SC_RFS: Source = { name: 'Amazon, "Refund at First Scan (RFS) for seller-fulfilled returns" (stored copy)', address: 'https://sellercentral.amazon.com/gp/help/external/GYLYQWNG8LZ9JNJP', confidence: 'amazon-page' };
const SC_AZ_27951: Source = { name: 'Amazon, "About A-to-z Guarantee" (US, undated)', address: 'https://sellercentral.amazon.com/gp/help/external/27951', confidence: 'amazon-page' };
const SC_AZ_Q67: Source = { name: 'Amazon, "Amazon\'s A-to-z Guarantee Claims"', address: 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=Q6762Y9AB2FYDY8', confidence: 'amazon-page' };


const US_BUYER_AZ = 'https://www.amazon.com/gp/help/customer/display.html?nodeId=200783670';
const AZ_SELLER = 'https://sellercentral.amazon.com/gp/help/external/G202041210';

export const POLICY_SOURCES = {
  // ---- A. A-to-z Guarantee ----
  'AZ-ELIG-INR': {
    summary: 'A buyer may file "item not received" 3 days after the latest estimated delivery date (or when tracking shows delivered).',
    sources: ['amazon.com/gp/help/customer/display.html?nodeId=200783670'],
    helpUrl: US_BUYER_AZ,
    lastVerified: VERIFIED,
    note: 'The current US buyer page says 3 days after the latest estimated delivery date, or as soon as tracking shows ' +
      'delivered, whichever is first; older wording says 3 calendar days after the latest estimated delivery date or ' +
      '30 days after the order date, whichever is sooner. The earlier of these dates is used.',
  },
  'AZ-FILE-WINDOW': {
    summary: 'Buyers can file an A-to-z claim up to 90 days after the latest estimated delivery date (US, CA, DE).',
    sources: ['amazon.com/gp/help/customer/display.html?nodeId=200783670', 'amazon.ca/gp/help/customer/display.html?nodeId=201889410'],
    helpUrl: US_BUYER_AZ,
    lastVerified: VERIFIED,
  },
  'AZ-CONTACT-48H': {
    summary: 'The buyer must contact the seller first; the seller has 48 hours to resolve before the buyer may file.',
    sources: ['sellercentral.amazon.com/gp/help/external/27951', 'sellercentral.amazon.co.jp/gp/help/external/G27951'],
    helpUrl: 'https://sellercentral.amazon.com/gp/help/external/27951',
    lastVerified: VERIFIED,
    note: 'UK and DE buyer pages give the seller two business days instead of 48 hours; 48 hours is never later, so it is used everywhere.',
  },
  'AZ-INFO-REQUEST': {
    summary: 'When Amazon asks the seller for information on a claim, answer within 48 hours.',
    sources: ['sellercentral.amazon.com/gp/help/external/1781 (US, AU)'],
    helpUrl: 'https://sellercentral.amazon.com/gp/help/external/1781',
    lastVerified: VERIFIED,
    note: 'Amazon\'s pages differ: the US and AU page says 48 hours, other versions say 72 hours or 3 calendar days. ' +
      'The earlier deadline (48 hours after the claim was filed) is used when the claim page shows no respond-by date.',
  },
  'AZ-AUTO-GRANT': {
    summary: 'Claims are granted and debited automatically: no valid tracking, an unanswered delivery message, not shipped by the ship-by date, a refused package.',
    sources: ['sellercentral.amazon.com/gp/help/external/G202041210'],
    helpUrl: AZ_SELLER,
    lastVerified: VERIFIED,
  },
  'AZ-OUTCOMES': {
    summary: 'A refund by the seller after a claim is filed still counts in the ODR; a withdrawn claim does not.',
    sources: ['sellercentral.amazon.com/gp/help/external/G202041210'],
    helpUrl: AZ_SELLER,
    lastVerified: VERIFIED,
  },
  'ODR-1PCT': {
    summary: 'Order Defect Rate (negative feedback, A-to-z claims not denied, chargebacks) must stay under 1% over 60 days.',
    sources: ['sellercentral.amazon.com/gp/help/external/G200285170'],
    helpUrl: 'https://sellercentral.amazon.com/gp/help/external/G200285170',
    lastVerified: VERIFIED,
  },
  'AZ-APPEAL-30D': {
    summary: 'A granted, seller-debited claim can be appealed within 30 calendar days of the decision.',
    sources: ['sellercentral.amazon.com/help/hub/reference/external/G202041210'],
    helpUrl: 'https://sellercentral.amazon.com/help/hub/reference/external/G202041210',
    lastVerified: VERIFIED,
    note: 'Information requests during an appeal: 72 hours in the current text, 48 hours in older text (48 is used). ' +
      'Reversing the ODR hit after a successful appeal can take up to 7 days.',
  },
  'AZ-CAP': {
    summary: 'Legacy claim cap: US $2,500, DE EUR 2,500 per claim (informational).',
    sources: ['RULES.md A (legacy)'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  'AZ-SAFETY': {
    summary: 'Property damage / personal injury claims: show proof of liability insurance within 7 days of the notice, or Amazon may recover its payout.',
    sources: ['aboutamazon.com news on the new A-to-z guarantee (2021-08)', 'Seller Central forum thread 891587'],
    helpUrl: null,
    lastVerified: VERIFIED,
    note: 'Amazon pays valid claims under $1,000 / EUR 1,000 / GBP 1,000 (later text: only for sellers with insurance); ' +
      'coverage started 2021-09-01 in the US and May 2024 in CA, UK and the EU.',
  },
  // ---- B. Buy Shipping and delivery metrics ----
  'BS-CLAIMS-PROTECTED': {
    summary: 'Amazon funds "package didn\'t arrive" claims on Claims Protected Buy Shipping labels shipped on time; a seller refund voids this.',
    sources: ['sellercentral.amazon.ca seller forums fb56bd17-90c4-46cd-9fdb-0a25de1ee208',
      'sellercentral.amazon.co.uk seller forums 65f42a99-274f-4c1b-8d38-e6c6ae9dc782', 'Amazon Buy Shipping protections forum thread'],
    helpUrl: null,
    lastVerified: VERIFIED,
    note: 'On time means the carrier\'s first scan by the ship-by date; where the first scan is not known the shipment ' +
      'confirmation date is used. Damage in transit is not covered (forum view).',
  },
  'BS-LATE-FEEDBACK': {
    summary: 'Feedback only about late delivery on an on-time Buy Shipping order is struck through on request.',
    sources: ['sellercentral.amazon.com/gp/help/external/help.html?itemID=20231'],
    helpUrl: 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=20231',
    lastVerified: VERIFIED,
  },
  'OTDR-90': {
    summary: 'On-Time Delivery Rate at least 90% (US, from 2024-09-25).',
    sources: ['RULES.md B'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  'VTR-95': {
    summary: 'Valid Tracking Rate at least 95% per category; UK requires a tracking ID at confirmation since 2021-04-19.',
    sources: ['RULES.md B'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  'SFP': {
    summary: 'Seller Fulfilled Prime (US): on-time shipment and Buy Shipping at least 99%, cancellations at most 0.5%.',
    sources: ['RULES.md B'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  // ---- C. Order handling ----
  'ORD-PENDING': {
    summary: 'Never ship a Pending order, even if the buyer asks; send the buyer to Amazon Customer Service.',
    sources: ['Seller Central order processing guide', 'sellercentral.amazon.co.jp/gp/help/external/G40571'],
    helpUrl: 'https://sellercentral.amazon.co.jp/gp/help/external/G40571',
    lastVerified: VERIFIED,
  },
  'ORD-CANCEL-REQUEST': {
    summary: 'Cancel a buyer\'s cancellation request with the reason "Buyer canceled"; it does not count against you.',
    sources: ['sellercentral.amazon.com/gp/help/external/G201722390'],
    helpUrl: 'https://sellercentral.amazon.com/gp/help/external/G201722390',
    lastVerified: VERIFIED,
  },
  'ORD-AUTO-CANCEL': {
    summary: 'Orders not shipped and confirmed within 7 business days after the ship-by date are cancelled automatically.',
    sources: ['Seller Central announcement (2020-09-30)', 'Seller Central order processing guide (older: 30 days after order date)'],
    helpUrl: null,
    lastVerified: VERIFIED,
    note: 'Since 2020-09-30 Amazon cancels at ship-by + 7 business days; older text (still in the order processing ' +
      'guide) says 30 days after the order date. The earlier of the two is shown.',
  },
  'ORD-LATE-SHIP': {
    summary: 'Confirm shipment with a valid tracking ID by the ship-by date; late shipment rate under 4%.',
    sources: ['RULES.md C'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  'ORD-ADDRESS': {
    summary: 'Ship only to the address in Seller Central: unshipped -> cancel and the buyer reorders; shipped -> carrier intercept.',
    sources: ['sellercentral.amazon.com/gp/help/external/help.html?itemID=200495820', 'Seller Central guide on managing orders'],
    helpUrl: 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200495820',
    lastVerified: VERIFIED,
  },
  'ORD-MEDIA-2D': {
    summary: 'Media (books, music, video, DVD) ship within 2 business days.',
    sources: ['RULES.md C'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  'ORD-UNSHIPPED': {
    summary: 'An Unshipped order must be shipped or cancelled; only ship orders verified as Unshipped.',
    sources: ['RULES.md C'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  // ---- D. Returns ----
  'RET-WINDOW-30D': {
    summary: 'Returns are accepted for 30 days from (estimated) delivery, longer in the holiday season.',
    sources: ['RULES.md D'],
    helpUrl: null,
    lastVerified: VERIFIED,
    note: 'Holiday extensions apply (e.g. purchases in November and December returnable until January 31).',
  },
  'RET-AUTHORIZE': {
    summary: 'Return requests that come to the seller (out of policy or exempt) must be answered within 24 hours.',
    sources: ['RULES.md D'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  'RET-REFUND-2D': {
    summary: 'Refund within 2 business days of receiving the return, or Amazon may refund and debit you.',
    sources: ['RULES.md D'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  'RET-SHIPPING-COST': {
    summary: 'The seller pays return shipping for defective, damaged, wrong or not-as-described items or a missed delivery date.',
    sources: ['sellercentral.amazon.com/gp/help/external/G202175040'],
    helpUrl: 'https://sellercentral.amazon.com/gp/help/external/G202175040',
    lastVerified: VERIFIED,
  },
  'RET-RESTOCKING': {
    summary: 'Restocking fees (2012 guidance, informational): late unopened 80% refund, opened media 50%, damaged up to 50% fee.',
    sources: ['RULES.md D (2012 guidance)'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  'SAFET-30D': {
    summary: 'SAFE-T claims (when Amazon refunded the buyer): US window 30 days from the later of return scan or refund.',
    sources: ['RULES.md D'],
    helpUrl: null,
    lastVerified: VERIFIED,
    note: 'The US window was cut from 60 to 30 days on 2026-02-16.',
  },
  // ---- E. Messaging, reviews, off-platform diversion ----
  'MSG-PERMITTED': {
    summary: 'Only messages needed to complete an order or answer a question; proactive messages only for listed reasons, within 30 days, in the buyer\'s language.',
    sources: ['RULES.md E'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  'MSG-PROHIBITED': {
    summary: 'No links, email addresses, phone numbers, marketing, review incentives or off-Amazon contact in buyer messages.',
    sources: ['ecomengine compliance help', 'zonmaster 2021', 'channelx 2020-09'],
    helpUrl: null,
    lastVerified: VERIFIED,
  },
  'MSG-24H': {
    summary: 'Reply to buyer messages within 24 hours, weekends and holidays included; autoresponders do not count.',
    sources: ['sellercentral.amazon.com/gp/help/external/200549770'],
    helpUrl: 'https://sellercentral.amazon.com/gp/help/external/200549770',
    lastVerified: VERIFIED,
  },
  'REVIEW-POLICY': {
    summary: 'One review request per order, 5 to 30 days after delivery; no incentives, no targeting, no asking to change reviews.',
    sources: ['sellercentral.amazon.com/gp/help/external/G201972160', 'sellercentral.amazon.com.au/gp/help/external/202126280'],
    helpUrl: 'https://sellercentral.amazon.com/gp/help/external/G201972160',
    lastVerified: VERIFIED,
  },
  'OFF-AMAZON': {
    summary: 'Never move a buyer off Amazon (contact, payment, apps); off-Amazon payments lose A-to-z protection.',
    sources: ['Selling on Amazon: Things To Know', 'amazon.com/gp/help/customer/display.html?nodeId=200414320'],
    helpUrl: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=200414320',
    lastVerified: VERIFIED,
  },
  // ---- F. Dated changes of 2025-2026 (../shared/policy/CHANGES-2026.md) ----
  'US-REFUND-4D': {
    summary: 'US: refund a received seller-fulfilled return within 4 calendar days of receipt, or Amazon refunds the buyer automatically.',
    sources: ['ecomcrew.com FBM refund update 2026', 'sellerpolicywatch.com FBM refund window', 'ecommercebytes.com/nvfx'],
    helpUrl: null,
    lastVerified: VERIFIED_2026,
    dated: [ECB_REFUND, ECOMCREW, SPW, SC_RETURNS, SC_PREPAID],
    note: 'Reports of Amazon\'s notice say 4 calendar days from 2026-01-26; Amazon\'s stored help pages still say 2 business days. ' +
      'The earlier of the two is used, which meets both.',
  },
  'US-SAFET-AUTOREFUND': {
    summary: 'US: a refund Amazon issues automatically after the refund window cannot be claimed through SAFE-T, unless the return was lost or wrongly marked delivered.',
    sources: ['sellersasksellers.com/t/update-to-fbm-returns/6810', 'ecommercebytes.com/nvfx'],
    helpUrl: null,
    lastVerified: VERIFIED_2026,
    dated: [SAS_FBM, ECB_REFUND, ECOMCREW],
  },
  'US-SAFET-60D': {
    summary: 'US (until 2026-02-15): file a SAFE-T claim within 60 days of the refund.',
    sources: ['sellercentral.amazon.com/gp/help/external/GYLYQWNG8LZ9JNJP (stored copy)'],
    helpUrl: null,
    lastVerified: VERIFIED_2026,
    dated: [SC_RFS],
  },
  'US-SAFET-30D': {
    summary: 'US: file a SAFE-T claim within 30 days of the later of the return delivery scan and the refund; for a lost shipment, of the last carrier scan.',
    sources: ['bigbcc.com SAFE-T window 30 days', 'benoscales.com SAFE-T 30 days'],
    helpUrl: null,
    lastVerified: VERIFIED_2026,
    dated: [BIGBCC, BENOSCALES, SC_RFS],
    note: 'Reports of Amazon\'s notice say 30 days from 2026-02-16; Amazon\'s stored Refund at First Scan page still says 60 days. ' +
      '30 days is used.',
  },
  'US-APRL-ALL': {
    summary: 'US: every seller-fulfilled return needs an Amazon prepaid return label, whatever the item value (category exemptions stay).',
    sources: ['ecomcrew.com FBM refund update 2026', 'sellerpolicywatch.com'],
    helpUrl: null,
    lastVerified: VERIFIED_2026,
    dated: [ECOMCREW, SPW, SC_PREPAID],
  },
  'US-HOLIDAY-RET-2025': {
    summary: 'US: purchases from 2025-11-01 to 2025-12-31 can be returned until 2026-01-31 (Apple-brand items until 2026-01-15).',
    sources: ['ppc.land holiday return window 2026', 'estorefactory.com holiday return window 2025'],
    helpUrl: null,
    lastVerified: VERIFIED_2026,
    dated: [
      { name: 'PPC Land, "Amazon extends holiday return window through January 2026"', address: 'ppc.land/amazon-extends-holiday-return-window-through-january-2026', confidence: 'reported' },
      { name: 'eStore Factory, "Amazon Extends Holiday Return Window for 2025"', address: 'www.estorefactory.com/amazon-update/amazon-extends-holiday-return-window-2025', confidence: 'reported' },
    ],
  },
  'AZ-NR-NO-CONTACT': {
    summary: 'US: a buyer need not contact the seller before a "not received" claim; asked to represent, the seller has 3 calendar days.',
    sources: ['sellercentral.amazon.com/gp/help/external/27951'],
    helpUrl: 'https://sellercentral.amazon.com/gp/help/external/27951',
    lastVerified: VERIFIED_2026,
    dated: [SC_AZ_27951, SC_AZ_Q67],
    note: 'Amazon\'s "About A-to-z Guarantee" page says no contact is needed first and gives 3 calendar days to represent; ' +
      '"Amazon\'s A-to-z Guarantee Claims" still says the buyer contacts the seller first, with 48 hours. ' +
      'A claim is expected with no earlier message, and Amazon\'s requests are answered within 48 hours (the earlier figure).',
  },} as const satisfies Record<PolicyRuleId, PolicySource>;

/** The help page the popup links `id` to, or null when its sources are not an Amazon help page. */
export function helpUrlFor(id: RuleId): string | null {
  return isPolicyRuleId(id) ? POLICY_SOURCES[id].helpUrl : null;
}

/** What sources disagree on for `id`, if they do. */
export function policyNote(id: RuleId): string | null {
  if (!isPolicyRuleId(id)) return null;
  const source: PolicySource = POLICY_SOURCES[id];
  return source.note ?? null;
}
