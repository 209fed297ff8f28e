// The scenario table: hand-written order cases, one or more per action code and per rule id the situations cite.
// Now is Tue 2026-11-24 10:00 PST (18:00 UTC) unless a scenario says otherwise.
import { describe, expect, it } from 'vitest';
import { ACTION_CODES, type ActionCode, type Advice, type RuleId } from '../../src/model.ts';
import { advise } from '../../src/rules/index.ts';
import { ALL_SITUATIONS } from '../../src/rules/situations/index.ts';
import { isPolicyRuleId } from '../../src/rules/policy.ts';
import { caseOf, FORUM_CASE, NOW, type CaseSpec } from './builders.ts';

interface Scenario {
  name: string;
  spec: CaseSpec;
  now?: string;
  /** The actions for the order, most urgent first. */
  actions: ActionCode[];
  /** Exact ISO deadline per action (null = none). */
  deadlines?: Partial<Record<ActionCode, string | null>>;
  rules?: RuleId[];
  confirm?: string[];
  whyIncludes?: string[];
  titleIncludes?: string[];
  doNotIncludes?: string[];
  notesInclude?: string[];
}

const PST = (d: string, t = '00:00:00') => `2026-${d}T${t}-08:00`;
const delivered = { status: 'delivered' as const, shipBy: PST('11-17'), deliverBy: PST('11-23'), shippedAt: PST('11-16'), deliveredAt: PST('11-19'), carrier: 'UPS', trackingId: '1Z999' };
const inTransit = { status: 'shipped' as const, shipBy: PST('11-23'), deliverBy: PST('11-30'), shippedAt: PST('11-23'), carrier: 'USPS', trackingId: '9400' };
const unshipped = { status: 'unshipped' as const, purchaseDate: PST('11-23', '13:05:00'), shipBy: PST('11-26'), deliverBy: PST('12-03') };
const buyerAt = (text: string, at = PST('11-24', '08:00:00')): CaseSpec['messages'] => [['buyer', at, text]];

export const SCENARIOS: Scenario[] = [
  // ---- order handling ----
  { name: 'pending order', spec: { order: { status: 'pending', purchaseDate: PST('11-24', '09:00:00'), shipBy: PST('11-27') } },
    actions: ['dont-ship-pending'], deadlines: { 'dont-ship-pending': null }, rules: ['ORD-PENDING'], doNotIncludes: ['Do not buy a label'] },
  { name: 'pending order, buyer asks where it is', spec: { order: { status: 'pending' }, messages: buyerAt('Where is my order? When will it ship?') },
    actions: ['dont-ship-pending'], deadlines: { 'dont-ship-pending': PST('11-25', '08:00:00') }, rules: ['ORD-PENDING', 'MSG-24H'] },
  { name: 'unshipped, ship-by in two days', spec: { order: unshipped },
    actions: ['ship-by-deadline'], deadlines: { 'ship-by-deadline': PST('11-26', '23:59:59') }, rules: ['ORD-LATE-SHIP', 'AZ-AUTO-GRANT', 'ORD-UNSHIPPED'] },
  { name: 'unshipped past ship-by: auto-cancel at ship-by + 7 business days', spec: { order: { status: 'unshipped', purchaseDate: PST('11-20', '08:00:00'), shipBy: PST('11-23') } },
    actions: ['ship-or-cancel-late'], deadlines: { 'ship-or-cancel-late': PST('12-02', '23:59:59') }, rules: ['ORD-AUTO-CANCEL'],
    notesInclude: ['30 days after the order date', 'Thanksgiving (2026-11-26)'] },
  { name: 'unshipped long past ship-by: the older 30-days-after-order date is earlier and already passed',
    spec: { order: { status: 'unshipped', purchaseDate: PST('10-05', '08:00:00'), shipBy: PST('11-02') } },
    actions: ['ship-or-cancel-late'], deadlines: { 'ship-or-cancel-late': null }, rules: ['ORD-UNSHIPPED'],
    titleIncludes: ['Missed: not shipped by Wed, Nov 4, 2026'], whyIncludes: ['cancels it automatically', 'cancel it yourself now'], doNotIncludes: ['Do not ship it now'] },
  { name: 'long past ship-by and the buyer waits: the cancellation reply answers them, and the 24-hour reply window is still stated',
    spec: { order: { status: 'unshipped', purchaseDate: PST('10-05', '08:00:00'), shipBy: PST('11-02') }, messages: buyerAt('Have you sent it yet? It has been weeks.') },
    actions: ['ship-or-cancel-late'], deadlines: { 'ship-or-cancel-late': PST('11-25', '08:00:00') }, rules: ['ORD-AUTO-CANCEL', 'MSG-24H'],
    titleIncludes: ['Missed: not shipped by Wed, Nov 4, 2026'], whyIncludes: ['cancel it yourself now', 'Reply by'] },
  { name: 'unshipped without a ship-by date', spec: { order: { status: 'unshipped' } },
    actions: ['confirm-facts'], confirm: ['shipBy'], rules: ['ORD-LATE-SHIP', 'ORD-AUTO-CANCEL'] },
  { name: 'order read without a status', spec: { order: { purchaseDate: PST('11-22', '08:00:00') } },
    actions: ['confirm-facts'], confirm: ['status'], rules: ['ORD-UNSHIPPED', 'ORD-PENDING'] },
  { name: 'canceled order: nothing, even with a message', spec: { order: { status: 'canceled' }, messages: buyerAt('Where is my order?') },
    actions: ['no-action'], rules: ['ORD-UNSHIPPED'] },
  { name: 'cancel request on an unshipped order', spec: { order: unshipped, messages: buyerAt('Please cancel my order, I bought it by mistake.') },
    actions: ['cancel-on-request'], deadlines: { 'cancel-on-request': PST('11-25', '08:00:00') }, rules: ['ORD-CANCEL-REQUEST', 'MSG-24H'] },
  { name: 'cancel request on a shipped order: reply, it cannot be canceled', spec: { order: inTransit, messages: buyerAt('Bitte stornieren Sie meine Bestellung.') },
    actions: ['reply-to-buyer'], rules: ['ORD-CANCEL-REQUEST', 'MSG-24H'], whyIncludes: ['already shipped'] },
  { name: 'address change on an unshipped order', spec: { order: unshipped, messages: buyerAt('I entered the wrong address, can you ship it to my new address?') },
    actions: ['cancel-and-reorder'], rules: ['ORD-ADDRESS'] },
  { name: 'address change on a shipped order', spec: { order: inTransit, messages: buyerAt('Can I change the delivery address? I moved.') },
    actions: ['carrier-intercept'], rules: ['ORD-ADDRESS'], whyIncludes: ['USPS tracking 9400'] },
  { name: 'address change on a delivered order', spec: { order: delivered, messages: buyerAt('Can you change my shipping address please', PST('11-24', '08:00:00')) },
    actions: ['reply-to-buyer'], rules: ['ORD-ADDRESS'] },
  { name: 'address change, order status unknown', spec: { order: { purchaseDate: PST('11-22') }, messages: buyerAt('Please update my address to the new one') },
    actions: ['confirm-facts'], confirm: ['status'], rules: ['ORD-ADDRESS', 'ORD-CANCEL-REQUEST'] },
  { name: 'buyer asks about delivery of an unshipped order', spec: { order: unshipped, messages: buyerAt('When will I receive my order?') },
    actions: ['reply-to-buyer', 'ship-by-deadline'], rules: ['AZ-AUTO-GRANT', 'AZ-CONTACT-48H'] },

  // ---- delivery problems ----
  { name: 'where is my order, still within the promise', spec: { order: { ...inTransit, purchaseDate: PST('11-20', '09:41:00') }, messages: buyerAt('Where is my package?') },
    actions: ['share-tracking'], deadlines: { 'share-tracking': PST('11-25', '08:00:00') }, rules: ['AZ-ELIG-INR', 'AZ-CONTACT-48H', 'MSG-24H'],
    whyIncludes: ['Thu, Dec 3, 2026'] },
  { name: 'seller forum case: Claims Protected, on time, delivery photo not the buyer\'s address', spec: FORUM_CASE,
    actions: ['direct-to-a-to-z'], deadlines: { 'direct-to-a-to-z': PST('11-25', '08:15:00') },
    rules: ['BS-CLAIMS-PROTECTED', 'AZ-OUTCOMES', 'AZ-FILE-WINDOW', 'MSG-24H'],
    whyIncludes: ['proof of delivery', 'A-to-z'], doNotIncludes: ['Do not refund', 'Do not send a replacement'] },
  { name: 'Claims Protected and late past the promise (not delivered)', spec: { order: { ...inTransit, deliverBy: PST('11-20'), shipBy: PST('11-18'), shippedAt: PST('11-18'), boughtThroughAmazon: true, claimsProtected: true }, messages: buyerAt('Still waiting for my order, it never arrived') },
    actions: ['direct-to-a-to-z'] },
  { name: 'own label, delivered per tracking, buyer says not received', spec: { order: { ...delivered, boughtThroughAmazon: false, claimsProtected: false }, messages: buyerAt("I haven't received my package") },
    actions: ['refund-or-reship'], rules: ['AZ-CONTACT-48H', 'ODR-1PCT', 'AZ-AUTO-GRANT', 'MSG-24H'] },
  { name: 'own label, late past the promise, buyer asks where it is', spec: { order: { ...inTransit, deliverBy: PST('11-20'), boughtThroughAmazon: false }, messages: buyerAt('Where is my order??') },
    actions: ['refund-or-reship'] },
  { name: 'not received after a denied claim: refund still counts in ODR', spec: { order: { ...delivered, claimsProtected: false }, claims: [{ status: 'Closed/Denied', decidedAt: PST('11-10') }], messages: buyerAt('I still have not received it') },
    actions: ['refund-or-reship'], rules: ['AZ-OUTCOMES'], notesInclude: ['still counts in your Order Defect Rate'] },
  { name: 'Buy Shipping label, protection unknown, buyer says not received', spec: { order: { ...delivered, boughtThroughAmazon: true }, messages: buyerAt('Package never arrived') },
    actions: ['confirm-facts'], confirm: ['claimsProtected'], rules: ['BS-CLAIMS-PROTECTED'],
    whyIncludes: ['the Buy Shipping badge next to the shipping service in the package box'], doNotIncludes: ['Do not refund or reship until you know'] },
  { name: 'not delivered, deliver-by unknown', spec: { order: { status: 'shipped', shippedAt: PST('11-20'), claimsProtected: true }, messages: buyerAt('Not received yet') },
    actions: ['confirm-facts'], confirm: ['deliverBy'], rules: ['AZ-ELIG-INR'] },
  { name: 'Claims Protected, ship-by unknown', spec: { order: { ...delivered, shipBy: null, claimsProtected: true }, messages: buyerAt('I did not receive it') },
    actions: ['confirm-facts'], confirm: ['shipBy'] },
  { name: 'Claims Protected but shipped after ship-by: confirm, never refund', spec: { order: { ...delivered, shippedAt: PST('11-18'), claimsProtected: true }, messages: buyerAt('I did not receive it') },
    actions: ['confirm-facts'], confirm: ['claimsProtected', 'firstScanAt'] },
  { name: 'Claims Protected but late, seller confirmed it is not protected', spec: { order: { ...delivered, shippedAt: PST('11-18'), claimsProtected: true }, confirmed: { claimsProtected: false }, messages: buyerAt('I did not receive it') },
    actions: ['refund-or-reship'] },
  { name: 'Claims Protected, first scan on time although confirmed late', spec: { order: { ...delivered, shippedAt: PST('11-18'), firstScanAt: PST('11-17', '18:00:00'), claimsProtected: true }, messages: buyerAt('I did not receive it') },
    actions: ['direct-to-a-to-z'], whyIncludes: ['first carrier scan'] },
  { name: 'delivered, tracking shows it: a where-is-my-order sent before delivery is moot', spec: { order: delivered, messages: [['buyer', PST('11-18', '09:00:00'), 'Where is my order?'], ['seller', PST('11-18', '10:00:00'), 'It ships today.']] },
    actions: ['no-action'] },

  // ---- claims ----
  { name: 'open A-to-z claim with a respond-by time', spec: { claims: [{ reason: 'Item not received', status: 'Action required', filedAt: PST('11-23', '09:00:00'), respondBy: PST('11-25', '09:00:00'), amount: { value: 64.99, currency: 'USD' } }] },
    actions: ['respond-to-claim'], deadlines: { 'respond-to-claim': PST('11-25', '09:00:00') }, rules: ['AZ-INFO-REQUEST', 'AZ-OUTCOMES', 'ODR-1PCT'],
    doNotIncludes: ['still counts'] },
  { name: 'open A-to-z claim without respond-by: filed + 48 hours (sources differ: 72), and the respond-by to confirm', spec: { claims: [{ reason: 'Item not received', status: 'Action required', filedAt: PST('11-23', '09:00:00') }] },
    actions: ['respond-to-claim', 'confirm-facts'], confirm: ['claim.respondBy'], deadlines: { 'respond-to-claim': PST('11-25', '09:00:00') }, notesInclude: ['72 hours'] },
  { name: 'open claim on a Claims Protected on-time order', spec: { order: { ...delivered, claimsProtected: true }, claims: [{ reason: 'Item not received', status: 'Action required', respondBy: PST('11-26', '12:00:00') }], messages: buyerAt('I never received it') },
    actions: ['respond-to-claim', 'reply-to-buyer'], rules: ['BS-CLAIMS-PROTECTED'], doNotIncludes: ['Do not refund: the label is Claims Protected'] },
  { name: 'open A-to-z claim whose respond-by passed: say so, answer if still open, appeal by', spec: { order: delivered, claims: [{ reason: 'Item not received', status: 'Action required', filedAt: PST('11-19', '09:00:00'), respondBy: PST('11-21', '09:00:00') }] },
    actions: ['respond-to-claim'], deadlines: { 'respond-to-claim': PST('12-21', '09:00:00') }, rules: ['AZ-APPEAL-30D', 'AZ-INFO-REQUEST'],
    titleIncludes: ['The deadline passed', 'appeal by Mon, Dec 21, 2026'], whyIncludes: ['proof of delivery'] },
  { name: 'open claim whose respond-by passed more than the appeal window ago', spec: { claims: [{ reason: 'Item not received', status: 'Action required', respondBy: PST('09-01', '09:00:00') }] },
    actions: ['respond-to-claim'], deadlines: { 'respond-to-claim': null }, whyIncludes: ['look up the decision date'] },
  { name: 'chargeback whose respond-by passed', spec: { claims: [{ claimType: 'chargeback', status: 'Action required', respondBy: PST('11-20', '12:00:00') }] },
    actions: ['respond-to-claim'], deadlines: { 'respond-to-claim': null }, titleIncludes: ['Missed'] },
  { name: 'chargeback', spec: { claims: [{ claimType: 'chargeback', status: 'Action required', respondBy: PST('11-30', '12:00:00') }] },
    actions: ['respond-to-claim'], rules: ['ODR-1PCT'] },
  { name: 'claim under review', spec: { order: delivered, claims: [{ status: 'Under review', filedAt: PST('11-20') }] },
    actions: ['no-action'], rules: ['AZ-INFO-REQUEST'] },
  { name: 'granted, seller funded, within 30 days', spec: { claims: [{ reason: 'Item not received', status: 'Granted/Seller Funded', decidedAt: PST('11-12'), fundedBy: 'seller' }] },
    actions: ['appeal-claim'], deadlines: { 'appeal-claim': PST('12-12') }, rules: ['AZ-APPEAL-30D', 'ODR-1PCT'],
    whyIncludes: ['Buy Shipping badge next to the shipping service'] },
  { name: 'granted, seller funded, protected and on time: strong grounds', spec: { order: { ...delivered, claimsProtected: true }, claims: [{ status: 'Granted/Seller Funded', decidedAt: PST('11-20') }] },
    actions: ['appeal-claim'], rules: ['BS-CLAIMS-PROTECTED'], whyIncludes: ['strong grounds'] },
  { name: 'granted, seller funded safety claim: dispute within 30 days', spec: { claims: [{ claimType: 'safety', status: 'Granted/Seller Funded', decidedAt: PST('11-20') }] },
    actions: ['appeal-claim'], rules: ['AZ-SAFETY', 'AZ-APPEAL-30D'] },
  { name: 'granted, seller funded, appeal window closed', spec: { claims: [{ status: 'Granted/Seller Funded', decidedAt: PST('10-01'), fundedBy: 'seller' }] },
    actions: ['no-action'], rules: ['AZ-APPEAL-30D'], whyIncludes: ['can no longer be appealed'] },
  { name: 'granted, funding not shown', spec: { claims: [{ status: 'Granted', decidedAt: PST('11-20') }] },
    actions: ['confirm-facts'], confirm: ['claim.fundedBy'], rules: ['AZ-APPEAL-30D'] },
  { name: 'seller funded, decision date not shown', spec: { claims: [{ status: 'Granted/Seller Funded' }] },
    actions: ['confirm-facts'], confirm: ['claim.decidedAt'] },
  { name: 'property damage claim: insurance within 7 days of the notice', spec: { claims: [{ claimType: 'safety', reason: 'Product caused property damage (overheating)', status: 'Action required', filedAt: PST('11-20', '11:00:00') }] },
    actions: ['provide-insurance'], deadlines: { 'provide-insurance': PST('11-27', '11:00:00') }, rules: ['AZ-SAFETY'] },

  { name: 'property damage claim, insurance deadline missed: send it now, dispute by', spec: { claims: [{ claimType: 'safety', reason: 'Product caused property damage (overheating)', status: 'Action required', filedAt: PST('11-10', '11:00:00') }] },
    actions: ['provide-insurance'], deadlines: { 'provide-insurance': PST('12-17', '11:00:00') }, titleIncludes: ['Missed'], whyIncludes: ['Thu, Dec 17, 2026'] },
  { name: 'property damage claim missed long ago', spec: { claims: [{ claimType: 'safety', status: 'Action required', filedAt: PST('09-10', '11:00:00') }] },
    actions: ['provide-insurance'], deadlines: { 'provide-insurance': null }, whyIncludes: ['decision date'] },

  // ---- returns ----
  { name: 'return asked after the window: the seller chooses, with the policy id', spec: { order: { ...delivered, purchaseDate: PST('10-30') }, returns: [{ status: 'pending-authorization', requestedAt: PST('12-24', '08:00:00'), reason: 'No longer needed' }] },
    now: '2026-12-24T18:00:00Z', actions: ['authorize-return'], rules: ['RET-WINDOW-30D'], titleIncludes: ['after the window (ended Sat, Dec 19, 2026)'],
    whyIncludes: ['authorize it anyway'], doNotIncludes: ['Do not tell the buyer the return is authorized'] },
  { name: 'defective item asked after the window: the buyer can still file A-to-z', spec: { order: { ...delivered, purchaseDate: PST('10-10') }, returns: [{ status: 'pending-authorization', requestedAt: PST('12-24', '08:00:00'), reason: "Item defective or doesn't work" }] },
    now: '2026-12-24T18:00:00Z', actions: ['authorize-return'], rules: ['RET-WINDOW-30D', 'AZ-FILE-WINDOW', 'RET-SHIPPING-COST'], whyIncludes: ['until Sun, Feb 21, 2027'] },
  { name: 'holiday purchase asked in January: still within the window', spec: { order: { ...delivered, purchaseDate: PST('11-14') }, returns: [{ status: 'pending-authorization', requestedAt: '2027-01-20T08:00:00-08:00', reason: 'No longer needed' }] },
    now: '2027-01-20T18:00:00Z', actions: ['authorize-return'], rules: ['RET-AUTHORIZE'] },
  { name: 'return request answer overdue', spec: { returns: [{ status: 'pending-authorization', requestedAt: PST('11-20', '08:00:00'), reason: 'No longer needed' }] },
    actions: ['authorize-return'], deadlines: { 'authorize-return': PST('11-21', '08:00:00') }, titleIncludes: ['Missed: the answer was due'] },
  { name: 'refund overdue: check Amazon has not refunded, then refund', spec: { returns: [{ status: 'received', receivedAt: PST('11-16', '14:00:00'), reason: 'Bought by mistake' }] },
    actions: ['refund-return'], deadlines: { 'refund-return': PST('11-18', '14:00:00') }, titleIncludes: ['Missed: the refund was due'], whyIncludes: ['refund history'] },
  { name: 'return request waiting for authorization', spec: { returns: [{ status: 'pending-authorization', requestedAt: PST('11-24', '08:00:00'), reason: 'No longer needed' }] },
    actions: ['authorize-return'], deadlines: { 'authorize-return': PST('11-25', '08:00:00') }, rules: ['RET-AUTHORIZE', 'AZ-CONTACT-48H'] },
  { name: 'return request for a wrong item: seller pays return shipping', spec: { returns: [{ status: 'pending-authorization', requestedAt: PST('11-24', '08:00:00'), reason: 'Wrong item was sent' }] },
    actions: ['authorize-return'], rules: ['RET-SHIPPING-COST'] },
  { name: 'return received Monday: refund by Wednesday', spec: { returns: [{ status: 'received', requestedAt: PST('11-16'), receivedAt: PST('11-23', '14:00:00'), reason: "Item defective or doesn't work" }] },
    actions: ['refund-return'], deadlines: { 'refund-return': PST('11-25', '14:00:00') }, rules: ['RET-REFUND-2D', 'RET-SHIPPING-COST'] },
  { name: 'return received Friday: refund by Tuesday (weekend skipped)', spec: { returns: [{ status: 'received', receivedAt: PST('11-20', '15:00:00'), reason: 'Bought by mistake' }] },
    actions: ['refund-return'], deadlines: { 'refund-return': PST('11-24', '15:00:00') } },
  { name: 'return received with an A-to-z claim filed: refund flagged', spec: { returns: [{ status: 'received', receivedAt: PST('11-23', '14:00:00') }], claims: [{ status: 'Action required', respondBy: PST('11-26', '10:00:00'), reason: 'Refund not received in time for returned package' }] },
    actions: ['respond-to-claim', 'refund-return'], rules: ['AZ-OUTCOMES'], notesInclude: ['still counts in your Order Defect Rate'] },
  { name: 'refunded at first scan, not yet back: SAFE-T by 30 days after the refund', spec: { order: delivered, returns: [{ status: 'authorized', requestedAt: PST('11-10'), refundedAt: PST('11-12', '09:00:00') }] },
    actions: ['file-safe-t'], deadlines: { 'file-safe-t': PST('12-12', '23:59:59') }, rules: ['US-SAFET-30D', 'SAFET-30D'], whyIncludes: ['last carrier scan'] },
  { name: 'refunded at first scan before 2026-02-16: the 60-day SAFE-T window of then', spec: { order: delivered, returns: [{ status: 'authorized', requestedAt: PST('02-05'), refundedAt: PST('02-10', '09:00:00') }] },
    now: '2026-02-20T18:00:00Z', actions: ['file-safe-t'], deadlines: { 'file-safe-t': '2026-04-11T23:59:59-07:00' }, rules: ['US-SAFET-60D'], notesInclude: ['US-SAFET-60D still applies'] },
  { name: 'return completed', spec: { order: delivered, returns: [{ status: 'completed', receivedAt: PST('11-16'), refundedAt: PST('11-17') }] },
    actions: ['no-action'] },

  // ---- messages ----
  { name: 'buyer asks to pay by PayPal and talk on WhatsApp', spec: { order: delivered, messages: buyerAt('Can I pay you by PayPal? Send me your WhatsApp number.') },
    actions: ['keep-on-amazon'], rules: ['OFF-AMAZON', 'MSG-PROHIBITED', 'MSG-24H'], doNotIncludes: ['payment link'] },
  { name: 'not received and asks for WeChat (zh)', spec: { order: { ...delivered, claimsProtected: true }, messages: buyerAt('我没有收到包裹，请加我微信') },
    actions: ['direct-to-a-to-z', 'keep-on-amazon'] },
  { name: 'a question with no known intent', spec: { order: delivered, messages: buyerAt('Does this come with batteries?') },
    actions: ['reply-to-buyer'], deadlines: { 'reply-to-buyer': PST('11-25', '08:00:00') }, rules: ['MSG-24H'] },
  { name: 'damaged on arrival', spec: { order: delivered, messages: buyerAt('The box arrived and the mug is broken.') },
    actions: ['reply-to-buyer'], rules: ['RET-SHIPPING-COST', 'AZ-CONTACT-48H'] },
  { name: 'buyer wants to return', spec: { order: delivered, messages: buyerAt('Je voudrais retourner cet article.') },
    actions: ['reply-to-buyer'], rules: ['RET-WINDOW-30D'] },
  { name: 'message already answered', spec: { order: delivered, messages: [['buyer', PST('11-23', '08:00:00'), 'Does it come with batteries?'], ['seller', PST('11-23', '09:00:00'), 'Yes.']] },
    actions: ['no-action'] },
  { name: 'message overdue: critical', spec: { order: delivered, messages: buyerAt('Does it come with batteries?', PST('11-22', '08:00:00')) },
    actions: ['reply-to-buyer'], deadlines: { 'reply-to-buyer': PST('11-23', '08:00:00') }, titleIncludes: ['Overdue (it was due Mon, Nov 23, 2026, 8:00 AM PST)'] },

  // ---- nothing due ----
  { name: 'delivered, nothing waiting: the return window is still open', spec: { order: { ...delivered, purchaseDate: PST('10-30') } }, actions: ['no-action'], rules: ['RET-WINDOW-30D'], whyIncludes: ['until Sat, Dec 19, 2026'] },
  { name: 'holiday purchase delivered: returnable until January 31', spec: { order: { ...delivered, purchaseDate: PST('11-14') } }, actions: ['no-action'], whyIncludes: ['until Sun, Jan 31, 2027'] },
  { name: 'shipped, late, no message, label unknown: confirm the badge before refunding', spec: { order: { ...inTransit, deliverBy: PST('11-20') } },
    actions: ['confirm-facts'], confirm: ['claimsProtected'], rules: ['BS-CLAIMS-PROTECTED'] },
  { name: 'Claims Protected, late, no message: watch, the buyer can file soon', spec: { order: { ...inTransit, deliverBy: PST('11-20'), shipBy: PST('11-18'), shippedAt: PST('11-18'), claimsProtected: true } },
    actions: ['no-action'], rules: ['AZ-ELIG-INR'], whyIncludes: ['Mon, Nov 23, 2026'] },
  { name: 'Claims Protected but shipped late, past the promise, no message: confirm, never refund', spec: { order: { ...inTransit, deliverBy: PST('11-20'), shipBy: PST('11-16'), shippedAt: PST('11-18'), claimsProtected: true } },
    actions: ['confirm-facts'], confirm: ['claimsProtected', 'firstScanAt'] },
  { name: 'own label, late, no message, the buyer can already file: offer refund or replacement today', spec: { order: { ...inTransit, deliverBy: PST('11-05'), boughtThroughAmazon: false } },
    actions: ['refund-or-reship'], deadlines: { 'refund-or-reship': PST('11-24', '23:59:59') }, rules: ['AZ-ELIG-INR', 'MSG-PERMITTED', 'ODR-1PCT'],
    titleIncludes: ['can file an A-to-z claim now'], whyIncludes: ['carrier for a trace', 'USPS tracking 9400'] },
  { name: 'own label, one day late, no message: act before the buyer can file', spec: { order: { ...inTransit, deliverBy: PST('11-23'), boughtThroughAmazon: false } },
    actions: ['refund-or-reship'], deadlines: { 'refund-or-reship': PST('11-26', '23:59:59') }, titleIncludes: ['by Thu, Nov 26, 2026'] },
  { name: 'shipped long ago, never delivered: the A-to-z window closed', spec: { order: { ...inTransit, shipBy: PST('06-01'), shippedAt: PST('06-01'), deliverBy: PST('06-10'), boughtThroughAmazon: false } },
    actions: ['no-action'], rules: ['AZ-FILE-WINDOW'], titleIncludes: ['A-to-z window closed on Tue, Sep 8, 2026'], whyIncludes: ['never showed it delivered'] },
  { name: 'shipped long ago, delivery date not read: confirm it, never "on its way"', spec: { order: { status: 'shipped', purchaseDate: PST('09-01'), shippedAt: PST('09-02') } },
    actions: ['confirm-facts'], confirm: ['deliverBy'], rules: ['AZ-ELIG-INR'] },
  { name: 'delivered long ago: the A-to-z and return windows closed', spec: { order: { ...delivered, shipBy: PST('03-01'), deliverBy: PST('03-09'), shippedAt: PST('03-01'), deliveredAt: PST('03-06') } },
    actions: ['no-action'], rules: ['AZ-FILE-WINDOW', 'RET-WINDOW-30D'], titleIncludes: ['A-to-z window closed on Sun, Jun 7, 2026'], whyIncludes: ['return window ended on Sun, Apr 5, 2026'] },
  { name: 'nothing known about the order: nothing due, answer the buyer if they write', spec: {}, actions: ['no-action'], rules: ['MSG-24H'] },
];

function adviceFor(s: Scenario): Advice[] {
  return advise([caseOf(s.spec)], s.now ? new Date(s.now) : NOW);
}

describe('scenario table', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const advice = adviceFor(s);
    expect(advice.map((a) => a.action)).toEqual(s.actions);
    for (const [action, deadline] of Object.entries(s.deadlines ?? {})) {
      expect(advice.find((a) => a.action === action)?.deadline, action).toBe(deadline);
    }
    const rules = new Set(advice.flatMap((a) => a.rules));
    for (const r of s.rules ?? []) expect([...rules], r).toContain(r);
    if (s.confirm) expect(advice.find((a) => a.action === 'confirm-facts')?.confirm).toEqual(s.confirm);
    const text = (pick: (a: Advice) => string[]) => advice.flatMap(pick).join('\n');
    for (const w of s.whyIncludes ?? []) expect(text((a) => [a.why])).toContain(w);
    for (const w of s.titleIncludes ?? []) expect(text((a) => [a.title])).toContain(w);
    for (const w of s.doNotIncludes ?? []) expect(text((a) => a.doNot)).toContain(w);
    for (const w of s.notesInclude ?? []) expect(text((a) => a.notes ?? [])).toContain(w);
  });

  it('reaches every action code of CONTRACT.md §3', () => {
    const reached = new Set(SCENARIOS.flatMap((s) => adviceFor(s).map((a) => a.action)));
    expect([...ACTION_CODES].filter((a) => !reached.has(a))).toEqual([]);
  });

  it('cites every rule id a situation can cite, and only ids of the policy table', () => {
    const cited = new Set(SCENARIOS.flatMap((s) => adviceFor(s).flatMap((a) => a.rules)));
    const citable = new Set(ALL_SITUATIONS.flatMap((s) => s.cites));
    expect([...citable].filter((r) => !cited.has(r))).toEqual([]);
    expect([...cited].filter((r) => !citable.has(r))).toEqual([]);
    expect([...cited].filter((r) => !isPolicyRuleId(r))).toEqual([]);
  });

  it('every advice has a title, plain-words why, and an ISO deadline with an offset or null', () => {
    for (const s of SCENARIOS) {
      for (const a of adviceFor(s)) {
        expect(a.title.length).toBeGreaterThan(5);
        expect(a.why.length).toBeGreaterThan(20);
        expect(Array.isArray(a.doNot)).toBe(true);
        if (a.deadline !== null) expect(a.deadline).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      }
    }
  });
});
