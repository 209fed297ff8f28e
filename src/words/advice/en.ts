// English advice: every sentence the rules can say, by key. This table defines the keys and each phrase's
// parameters (src/words/advice/types.ts); the other UI languages are typed against it. Parameters arrive worded
// (dates in the marketplace's zone, windows, rates); figures come from the policy table, never from here.
import { POLICY, type PolicyRule, type PolicyRuleId, type Window } from '../../rules/policy.ts';
import { confidenceName, policyNoteOf, sourceList, differPhrases, notePhrases } from './policy-words.ts';
import type { AdviceLanguage } from './types.ts';

const UNIT: Record<Window['unit'], [string, string]> = {
  'hours': ['hour', 'hours'],
  'calendar-days': ['day', 'days'],
  'business-days': ['business day', 'business days'],
};

/** "24 hours", "2 business days", "30 days", "30 minutes". */
export function span(w: Window): string {
  if (w.unit === 'hours' && w.amount < 1) return `${Math.round(w.amount * 60)} minutes`;
  const [one, many] = UNIT[w.unit];
  return `${w.amount} ${w.amount === 1 ? one : many}`;
}

/** 0.04 -> "4%" */
export const pct = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

const BUSINESS_DAYS = 'Business days are counted Monday to Friday; public holidays are not skipped (no holiday calendar is built in), so the date shown is the earliest it can be.';

const FACT_WORDS: Record<string, string> = {
  claimsProtected: 'whether the label is Claims Protected',
  deliverBy: 'the latest delivery date',
  shipBy: 'the ship-by date',
  status: 'the order status',
  firstScanAt: 'the first carrier scan date',
  shippedAt: 'the ship date',
  'claim.decidedAt': 'the claim\'s decision date',
  'claim.respondBy': 'the claim\'s respond-by date',
  'return.receivedAt': 'the date the return arrived',
  'return.status': "the return's status",
  'claim.fundedBy': 'who paid the granted claim',
};

const noteOf = (id: PolicyRuleId) => `${id}: ${policyNoteOf(id)}`;
const differ = (id: PolicyRuleId) =>
  `Sources differ (${id}): ${policyNoteOf(id) || `Amazon's own page for this was not found; the advice follows what is known (${confidenceName((POLICY[id] as PolicyRule).confidence)}).`} Sources: ${sourceList(id)}.`;

export const EN_PHRASES = {
  'appeal.doNot.facts': () => 'Do not appeal without facts the first decision did not have.',
  'appeal.doNot.money': () => 'Do not ask the buyer to withdraw or change anything in exchange for money.',
  'appeal.grounds': () => 'Appeal only with grounds, for example valid tracking that shows delivery to the buyer\'s address, a buyer who ' +
    'never contacted you first, or a refund you had already given.',
  'appeal.grounds.badge': () => ' Check the Buy Shipping badge next to the shipping service in the package box of the order page: if it says "Claims Protected" and the package shipped on time, Amazon should have funded the claim.',
  'appeal.grounds.strong': () => 'You have strong grounds: the label was Buy Shipping "Claims Protected" and shipped on time, so Amazon should have funded the claim.',
  'appeal.title': (p: { until: string }) => `Appeal the granted claim by ${p.until} if you have grounds`,
  'appeal.why': (p: { reason: string; decided: string; until: string; window: string }) => `Amazon granted the buyer's claim${p.reason ? ` ("${p.reason}")` : ''} on ${p.decided} ` +
        'and charged it to you; it counts in your Order Defect Rate. You can appeal until ' +
        `${p.until} (${p.window} after the decision) with "Appeal decision" under A-to-z Guarantee Claims > Option to Appeal. `,
  'appeal.why.reason': (p: { reason: string; decided: string; until: string; window: string }) => `Amazon granted the buyer's claim${p.reason ? ` ("${p.reason}")` : ''} on ${p.decided} ` +
        'and charged it to you; it counts in your Order Defect Rate. You can appeal until ' +
        `${p.until} (${p.window} after the decision) with "Appeal decision" under A-to-z Guarantee Claims > Option to Appeal. `,
  'appeal.why.undated': (p: { reason: string; filed: string; until: string; window: string }) => `Amazon granted the buyer's claim${p.reason ? ` ("${p.reason}")` : ''} ` +
        'and charged it to you; it counts in your Order Defect Rate. The page does not show the decision date; the window runs ' +
        `${p.window} from it, and a claim is decided after it is filed (${p.filed}): you can appeal at least until ${p.until} with ` +
        '"Appeal decision" under A-to-z Guarantee Claims > Option to Appeal. Confirm the decision date for the exact end. ',
  'appealClosed.title': (p: { ended: string }) => `The appeal window closed on ${p.ended}`,
  'appealClosed.why': (p: { decided: string; window: string; ended: string }) => `Amazon granted the buyer's claim on ${p.decided} and charged it to you. A decision can be ` +
        `appealed only within ${p.window}; that time ended on ${p.ended}, so this claim can no longer ` +
        'be appealed. Nothing else is due for it.',
  'atoz.doNot.refund': () => 'Do not refund: a refund from you voids the Buy Shipping protection and the loss becomes yours.',
  'atoz.doNot.reship': () => 'Do not send a replacement: Amazon reimburses you only through the buyer\'s A-to-z claim.',
  'atoz.doNot.unanswered': (p: { answerWithin: string }) => `Do not leave delivery questions unanswered: the protection needs an answer within ${p.answerWithin}.`,
  'atoz.note.confirmation': () => '"On time" was judged by the ship date in the package box; Amazon judges by the carrier\'s first scan.',
  'atoz.note.fileUntil': (p: { until: string; window: string }) => `The buyer can file an A-to-z claim until ${p.until} (${p.window} after the latest delivery date).`,
  'atoz.status.delivered': () => 'Tracking shows it delivered, but the buyer says they do not have it.',
  'atoz.status.deliveredOn': (p: { delivered: string }) => `Tracking shows it delivered on ${p.delivered}, but the buyer says they do not have it.`,
  'atoz.status.late': (p: { deliverBy: string }) => `The delivery promise (${p.deliverBy}) has passed and tracking does not show it delivered.`,
  'atoz.title': () => 'Do not refund or reship: give the tracking facts, the buyer files an A-to-z claim',
  'atoz.why.scan': (p: { shippedDay: string; shipByDay: string; status: string; tracking: string }) => 'You bought the label through Buy Shipping with the "Claims Protected" badge and the package shipped on time ' +
        `(first carrier scan ${p.shippedDay}, ship by ${p.shipByDay}). ${p.status} ` +
        'In this case Amazon pays the buyer\'s A-to-z claim and it does not count against your Order Defect Rate — but only ' +
        'if the buyer files the claim and you have not refunded. Reply with the facts: carrier and tracking ID ' +
        `(${p.tracking}), the delivery date and the carrier's proof of delivery (photo or signature). If the ` +
        'delivery photo does not show the buyer\'s address, say so plainly. Then tell the buyer to file an A-to-z ' +
        'Guarantee claim in Your Orders ("Problem with order"): that is how they get their money back.',
  'atoz.why.shipped': (p: { shippedDay: string; shipByDay: string; status: string; tracking: string }) => 'You bought the label through Buy Shipping with the "Claims Protected" badge and the package shipped on time ' +
        `(shipped ${p.shippedDay}, ship by ${p.shipByDay}). ${p.status} ` +
        'In this case Amazon pays the buyer\'s A-to-z claim and it does not count against your Order Defect Rate — but only ' +
        'if the buyer files the claim and you have not refunded. Reply with the facts: carrier and tracking ID ' +
        `(${p.tracking}), the delivery date and the carrier's proof of delivery (photo or signature). If the ` +
        'delivery photo does not show the buyer\'s address, say so plainly. Then tell the buyer to file an A-to-z ' +
        'Guarantee claim in Your Orders ("Problem with order"): that is how they get their money back.',
  'authorize.doNot.outside': () => 'Do not ask the buyer to send the item back outside Amazon\'s return process.',
  'authorize.doNot.unanswered': () => 'Do not leave the request unanswered.',
  'authorize.note.noDate': () => 'The page did not show when the request was made: answer it today.',
  'authorize.outside.doNot.promise': () => 'Do not tell the buyer the return is authorized before you have chosen to authorize it.',
  'authorize.outside.title': (p: { by: string; ended: string }) => `Return asked after the window (ended ${p.ended}): authorize anyway or decline, by ${p.by}`,
  'authorize.outside.title.missed': (p: { by: string; ended: string }) => `Missed: the answer was due ${p.by} — return asked after the window (ended ${p.ended}): authorize anyway or decline now`,
  'authorize.outside.why': (p: { ended: string; window: string }) => ` The request came after the return window ended on ${p.ended} (${p.window} after delivery, RET-WINDOW-30D), ` +
    'so you choose: decline it with the reason "outside the return window", or authorize it anyway as a goodwill return.',
  'authorize.outside.why.claim': (p: { until: string }) => ' The buyer says the item is damaged, defective or wrong: they can still file an A-to-z claim' +
      `${p.until ? ` until ${p.until}` : ''}, which you would pay and which counts in your Order Defect Rate, so authorizing may cost you less.`,
  'authorize.outside.why.claim.until': (p: { until: string }) => ' The buyer says the item is damaged, defective or wrong: they can still file an A-to-z claim' +
      `${p.until ? ` until ${p.until}` : ''}, which you would pay and which counts in your Order Defect Rate, so authorizing may cost you less.`,
  'authorize.title': () => 'Answer the return request',
  'authorize.title.by': (p: { by: string }) => `Answer the return request by ${p.by}`,
  'authorize.title.missed': (p: { by: string }) => `Missed: the answer was due ${p.by} — answer the return request now`,
  'authorize.why': (p: { reason: string; requested: string; answer: string; resolve: string }) => `The buyer asked to return the item${p.reason ? ` ("${p.reason}")` : ''}` +
        `${p.requested ? ` on ${p.requested}` : ''} and the request was not authorized automatically, ` +
        `so it waits for you. Authorize it, or close it with a reason, within ${p.answer}: ` +
        `a buyer whose return request is not resolved within ${p.resolve} may file an A-to-z claim.`,
  'authorize.why.aprl': () => ' In the US every seller-fulfilled return needs an Amazon prepaid return label, whatever the item\'s value ' +
          '(category exemptions stay): authorize it with Amazon\'s prepaid label, not a label of your own.',
  'authorize.why.missed': (p: { by: string }) => ` That time passed on ${p.by}: answer it now.`,
  'authorize.why.sellerPays': () => ' For this reason you pay the return shipping: authorize it with a prepaid label.',
  'business': () => BUSINESS_DAYS,
  'business.holidays': (p: { holidays: string }) => `${BUSINESS_DAYS} ${p.holidays} falls in this window: if Amazon does not count it as a business day, the real deadline is one business day later per holiday. Sources do not say.`,
  'cancel.doNot.reason': () => 'Do not choose a reason other than "Buyer canceled" (other reasons count against you).',
  'cancel.doNot.ship': () => 'Do not ship the order.',
  'cancel.title': () => 'Cancel the order as the buyer asked',
  'cancel.why': () => 'The buyer asked to cancel and the order has not shipped. Cancel it in Seller Central with the reason ' +
      '"Buyer canceled": that does not count against your cancellation rate. If the request came only by message, ' +
      'you can ask the buyer to use "Request cancellation" in Your Orders, or cancel it yourself with that reason.',
  'canceled.doNot': () => 'Do not ship a canceled order.',
  'canceled.note.claim': () => 'A claim on this order is still shown as open: check it under Performance > A-to-z Guarantee Claims.',
  'canceled.title': () => 'Nothing to do: the order is canceled',
  'canceled.why': () => 'Amazon shows this order as canceled. Do not ship it; nothing else is due.',
  'claim.answer.atoz': (p: { by: string }) => `Open it under Performance > A-to-z Guarantee Claims and choose "Respond to Amazon"${p.by ? ` before ${p.by}` : ''}: without your answer Amazon decides on the buyer's word, and a claim that is not denied counts in your Order Defect Rate.`,
  'claim.answer.chargeback': (p: { by: string }) => `Answer the chargeback request under Performance > Chargeback Claims${p.by ? ` before ${p.by}` : ''}: without your answer Amazon decides on the buyer's word, and a claim that is not denied counts in your Order Defect Rate.`,
  'claim.doNot.deadline': () => 'Do not let the deadline pass without answering.',
  'claim.doNot.refund': () => 'Do not refund expecting the claim to leave your ODR: a refund after a claim is filed still counts.',
  'claim.doNot.refundProtected': () => 'Do not refund: the label is Claims Protected, Amazon should pay this claim, and your refund would void that.',
  'claim.filed.atoz': (p: { reason: string; value: string; currency: string }) => `The buyer filed a A-to-z Guarantee claim${p.reason ? ` ("${p.reason}"${p.value ? `, ${p.value} ${p.currency}` : ''})` : p.value ? `, ${p.value} ${p.currency}` : ''}. `,
  'claim.filed.chargeback': (p: { reason: string; value: string; currency: string }) => `The buyer filed a chargeback${p.reason ? ` ("${p.reason}"${p.value ? `, ${p.value} ${p.currency}` : ''})` : p.value ? `, ${p.value} ${p.currency}` : ''}. `,
  'claim.missed.doNot.ignore': () => 'Do not assume it is over: a granted claim charged to you can still be appealed.',
  'claim.missed.title': (p: { due: string; appealBy: string }) => `The deadline passed (${p.due}): answer now if the claim still asks, and appeal by ${p.appealBy} if it is granted against you`,
  'claim.missed.title.chargeback': (p: { due: string }) => `Missed: the chargeback response was due ${p.due}`,
  'claim.missed.title.late': (p: { due: string }) => `The deadline passed (${p.due}): check the claim's decision and whether it can still be appealed`,
  'claim.missed.why': (p: { due: string }) => `The deadline to answer the buyer's A-to-z claim passed on ${p.due}. Without your answer Amazon decides on the buyer's word, ` +
      'usually granting the claim and charging it to you. What you can still do: reload the claim under Performance > A-to-z Guarantee Claims. ' +
      'If it still asks for your answer, respond now with the facts.',
  'claim.missed.why.appeal': (p: { span: string; appealBy: string }) => ` If Amazon granted it and charged you, appeal within ${p.span} of the decision ("Appeal decision" under Option to Appeal): ` +
        `that is until ${p.appealBy} at the earliest, later if the decision came later.`,
  'claim.missed.why.appealLate': (p: { span: string }) => ` An appeal is possible only within ${p.span} of the decision: look up the decision date on the claim to see whether that time is still open.`,
  'claim.missed.why.chargeback': (p: { due: string }) => `The deadline to answer the chargeback request passed on ${p.due}. What you can still do: open it under ` +
        'Performance > Chargeback Claims. If it still asks for your answer, send the order, tracking and delivery facts now; if it was decided ' +
        'against you, it counts in your Order Defect Rate and there is no appeal through A-to-z.',
  'claim.note.noDeadline': () => 'The page did not show a respond-by date: open the claim to see its deadline.',
  'claim.title.atoz': () => 'Respond to Amazon on the A-to-z Guarantee claim',
  'claim.title.atoz.by': (p: { by: string }) => `Respond to Amazon on the A-to-z Guarantee claim by ${p.by}`,
  'claim.title.chargeback': () => 'Respond to Amazon on the chargeback',
  'claim.title.chargeback.by': (p: { by: string }) => `Respond to Amazon on the chargeback by ${p.by}`,
  'claim.what.notAsDescribed': () => ' Give the listing details and photos of what you shipped.',
  'claim.what.notReceived': () => ' Give the carrier, the tracking ID and the proof of delivery (photo or signature).',
  'claim.what.other': () => ' Give the facts that answer the buyer\'s reason, with tracking and dates.',
  'claim.what.protected': () => ' The label was Buy Shipping "Claims Protected" and shipped on time: say so and give the tracking; Amazon should fund this claim.',
  'claim.what.return': () => ' Show when the return arrived and when you refunded, or refund now if you have not.',
  'confirm.doNot.guess': () => 'Do not act on a guess.',
  'confirm.doNot.protection': () => 'Do not refund or reship until you know: if the label is Claims Protected, a refund from you voids the protection.',
  'confirm.here': () => ' Confirm it here and the advice follows from it.',
  'confirm.join': () => ' ',
  'confirm.title': (p: { facts: string }) => `Confirm ${p.facts.split(' ').map((f) => FACT_WORDS[f] ?? f).join(' and ')}`,
  'dateOnly.lastDay': (p: { what: string; until: string }) => `The page showed only the date ${p.what}, not the time: the window closes on ${p.until} at that hour, which the page does not show, so it may close at any time that day: appeal as early as you can.`,
  'dateOnly': (p: { what: string }) => `The page showed only the date ${p.what}, not the time: the deadline is counted from the start of that day (the earliest it can be).`,
  'doNot.noTracking': () => 'Do not confirm shipment without a valid tracking ID.',
  'doNot.offAmazon': () => 'Do not ask the buyer to pay, or to talk, outside Amazon.',
  'intercept.doNot.promise': () => 'Do not promise the new address before the carrier confirms the redirect.',
  'intercept.doNot.second': () => 'Do not send a second package to the new address.',
  'intercept.title': () => 'Already shipped: ask the carrier to intercept or redirect',
  'intercept.why': (p: { tracking: string }) => `The package is on its way to the address in the order (${p.tracking}). The only way to change that ` +
      'now is a carrier intercept or redirect, if the carrier offers one. If it cannot be redirected, tell the buyer ' +
      'it will go to the original address.',
  'join.sentences': () => ' ',
  'late.doNot.shipPassed': () => 'Do not ship it now: a canceled order is not paid for.',
  'late.doNot.wait': () => 'Do not leave it waiting for the automatic cancellation.',
  'late.title': (p: { cancelDay: string }) => `Late: ship now or cancel — Amazon cancels it after ${p.cancelDay}`,
  'late.title.passed': (p: { cancelDay: string }) => `Missed: not shipped by ${p.cancelDay}, so Amazon cancels the order automatically`,
  'late.why': (p: { shipByDay: string; cancelDay: string }) => `The ship-by date (${p.shipByDay}) has passed and the order is still Unshipped. Ship it now with a ` +
        'valid tracking ID, or cancel it if you cannot ship (out of stock: cancel it yourself). It already counts as a ' +
        `late shipment, and an A-to-z claim on it would be granted automatically. If it is not shipped and confirmed by the end of ${p.cancelDay}, ` +
        'Amazon cancels it and the cancellation counts in your cancellation rate.',
  'late.why.passed': (p: { shipByDay: string; cancelDay: string }) => `The ship-by date (${p.shipByDay}) passed and the order was not shipped and confirmed by ${p.cancelDay}, ` +
      'the automatic cancellation date. Amazon cancels it automatically (it may already have done so) and refunds the buyer; the cancellation ' +
      'counts in your cancellation rate. What you can still do: reload the order page. If it shows Canceled, there is nothing to ship. ' +
      'If it still shows Unshipped, cancel it yourself now rather than ship it, and tell the buyer, if they write, that the order was canceled ' +
      'and that they will not be charged for it.',
  'none.amazonFunded': () => 'Amazon granted the claim and paid it itself.',
  'none.appealed': () => 'The claim\'s status shows an appeal already made: Amazon decides it, and there is no second appeal to file.',
  'none.atozClosed': (p: { closed: string; window: string }) => `The A-to-z window closed on ${p.closed} (${p.window} after the latest delivery date): the buyer can no longer file a claim on this order.`,
  'none.claimableFrom': (p: { from: string }) => `The buyer can file an A-to-z "not received" claim from ${p.from}.`,
  'none.delivered': (p: { on: string }) => `The order was delivered${p.on ? ` on ${p.on}` : ''} and nothing is waiting for you.`,
  'none.denied': () => 'The claim was denied: it does not count in your Order Defect Rate.',
  'none.ifBuyerWrites': (p: { reply: string }) => `If the buyer writes, answer within ${p.reply}.`,
  'none.neverDelivered': (p: { deliverBy: string }) => `The order shipped but tracking never showed it delivered; its latest delivery date was ${p.deliverBy}.`,
  'none.thanksOnly': () => 'The buyer only thanks you and asks nothing: mark the message "No response needed" in Buyer-Seller Messaging. A reply that only thanks back is not needed (Amazon does not want thank-you-only messages).',
  'none.nothing': () => 'Nothing in what Claimwise has seen of this order needs action now.',
  'none.onItsWay': (p: { deliverBy: string }) => `The order is on its way${p.deliverBy ? ` (deliver by ${p.deliverBy})` : ''}.`,
  'none.overdue': (p: { deliverBy: string; reply: string }) => `The order shipped but tracking does not show it delivered, and the delivery promise (${p.deliverBy}) has passed. Watch the tracking and answer any buyer message within ${p.reply}.`,
  'none.returnAuthorized': (p: { refund: string }) => `The return is authorized: wait for the item to come back, then refund within ${p.refund}.`,
  'none.returnClosed': (p: { ended: string }) => `The return window ended on ${p.ended}.`,
  'none.returnOpen': (p: { until: string; answer: string }) => `The buyer can ask to return it until ${p.until}; a request that comes to you must be answered within ${p.answer}.`,
  'none.title': () => 'Nothing to do now',
  'none.title.closed': (p: { closed: string }) => `Nothing to do: the A-to-z window closed on ${p.closed}`,
  'none.underReview': (p: { respond: string }) => `Amazon is reviewing the claim; if it asks you for information, answer within ${p.respond}.`,
  'none.withdrawn': () => 'The buyer withdrew the claim: it does not count in your Order Defect Rate.',
  'offAmazon.doNot.contact': () => 'Do not send an email address, phone number, messaging-app ID or payment link.',
  'offAmazon.doNot.pay': () => 'Do not accept payment outside Amazon.',
  'offAmazon.title': () => 'Keep the conversation and the payment on Amazon',
  'offAmazon.why': () => 'The buyer asks to pay or talk outside Amazon (a payment app, a messaging app, email or phone). Decline ' +
      'politely and keep everything in Buyer-Seller Messaging: moving a buyer off Amazon is prohibited and can cost ' +
      'you your selling privileges, and a payment outside Amazon has no A-to-z protection for either of you.',
  'pending.doNot.label': () => 'Do not buy a label or ship while the order is Pending.',
  'pending.doNot.pay': () => 'Do not ask the buyer to pay you another way.',
  'pending.title': () => 'Do not ship: the order is Pending',
  'pending.why': (p: { hold: string; cancel: string }) => `Amazon has not finished checking the buyer's payment (this can take up to ${p.hold}). ` +
    'A Pending order must not be shipped, even if the buyer asks; it moves to Unshipped when it is ready. The buyer ' +
    `can cancel it in the first ${p.cancel}, later through Amazon Customer ` +
    'Service, which is also where to send any question about the payment.',

  'refund.doNot.deduct': () => 'Do not deduct return shipping or a restocking fee for a damaged, defective or wrong item.',
  'refund.doNot.wait': () => 'Do not wait for the buyer to ask.',
  'refund.note.noDate': () => 'The page did not show when the return arrived: refund it now.',
  'refund.title': () => 'Refund the returned item',
  'refund.title.by': (p: { by: string }) => `Refund the returned item by ${p.by}`,
  'refund.title.missed': (p: { by: string }) => `Missed: the refund was due ${p.by} — refund now unless Amazon already has`,
  'refund.why': (p: { received: string; within: string; by: string }) => `The return${p.received ? ` arrived on ${p.received}` : ' has arrived'} and has not been refunded. ` +
      `Refund it within ${p.within} of receipt${p.by ? ` (by ${p.by})` : ''}, otherwise ` +
      'Amazon may refund the buyer itself and debit your account.',
  'refund.why.auto': (p: { received: string; within: string; days: string; by: string }) => `The return${p.received ? ` arrived on ${p.received}` : ' has arrived'} and has not been refunded. ` +
      `Refund it, or grade it in the Guided Refund Workflow, by the earlier of ${p.within} and ${p.days} after receipt${p.by ? ` (by ${p.by})` : ''}: ` +
      'after that Amazon refunds the buyer automatically and you can no longer claim that refund through SAFE-T.',
  'refund.why.missed': () => ' That time has passed: check the order\'s refund history first (Amazon may have refunded the buyer and debited you), and refund now if no refund was issued.',
  'refund.why.sellerPays': (p: { reason: string }) => ` The reason given ("${p.reason}") is one you pay the return shipping for: refund the full amount.`,
  'refundAfterClaim': () => 'An A-to-z claim has been filed on this order: a refund from you now ends the money ' +
  'dispute but the claim still counts in your Order Defect Rate (AZ-OUTCOMES).',
  'reorder.doNot.label': () => 'Do not change the address on the label by hand.',
  'reorder.doNot.message': () => 'Do not ship to the address written in the message.',
  'reorder.note.sfp': () => 'Seller Fulfilled Prime orders: send the buyer to Amazon Customer Service instead.',
  'reorder.title': () => 'Address change: cancel, and the buyer orders again with the new address',
  'reorder.why': () => 'You may ship only to the address shown in Seller Central, and it cannot be changed on an existing order. ' +
      'The order has not shipped, so cancel it with the reason "Buyer canceled" and ask the buyer to place a new ' +
      'order with the new address.',
  'reply.by': (p: { reply: string; due: string }) => ` Reply by ${p.due} (${p.reply} after the buyer's message, weekends included).`,
  'reply.doNot.auto': () => 'Do not rely on an autoresponder.',
  'reply.doNot.links': () => 'Do not include links, email addresses or phone numbers in the reply.',
  'reply.late': (p: { reply: string; due: string }) => ` The buyer's message has waited more than ${p.reply} (the reply was due ${p.due}): answer now.`,
  'reply.timeUnknown': (p: { reply: string }) => `The time of the buyer's message was not shown: answer as soon as you can, within ${p.reply} of it (MSG-24H).`,
  'reply.title': (p: { reply: string }) => `Reply to the buyer within ${p.reply}`,
  'reply.topic.addressDelivered': () => 'The buyer asks to change the delivery address, but the order has already been delivered. Tell them where ' +
        'it was delivered according to the tracking.',
  'reply.topic.cancelShipped': () => 'The buyer asked to cancel, but the order has already shipped, so it can no longer be canceled. Tell them ' +
        'they can refuse the delivery or return the item through Your Orders once it arrives.',
  'reply.topic.claimOpen': () => 'The buyer writes about delivery and has already filed an A-to-z claim: answer with the tracking facts; ' +
        'the claim itself is answered to Amazon (see the claim advice).',
  'reply.topic.damaged': () => 'The buyer says the item arrived damaged or does not work. ' +
    'Ask for a photo and offer a replacement or a refund through Amazon\'s return process; for a damaged, ' +
    'defective or wrong item you pay the return shipping. Buy Shipping protection does not cover damage in transit.',
  'reply.topic.notShipped': (p: { shipBy: string }) => `The buyer asks about delivery, but the order has not shipped yet${p.shipBy ? ` (ship by ${p.shipBy})` : ''}. ` +
    'Tell them when it will ship. A delivery question left unanswered gets an A-to-z claim granted automatically.',
  'reply.topic.invoice': () => 'The buyer asks for an invoice. Upload it to the order in Manage Orders ("Upload invoice"), or attach it to your reply in Buyer-Seller Messaging: an invoice is a message you may send. Answer this part even if another step answers the rest.',
  'reply.topic.other': () => 'The buyer wrote and is waiting for an answer. Reply in Buyer-Seller Messaging; an autoresponder does not ' +
      'count. If the message needs no answer (a thank-you), choose "No response needed" so it counts as answered.',
  'reply.topic.return': (p: { window: string; resolve: string }) => 'The buyer wants to return the item. Point them to the return request in Your Orders (Amazon\'s return ' +
    `process, within ${p.window} of delivery, longer in the holiday season) and ` +
    `resolve it within ${p.resolve}.`,
  'reply.topic.wrongItem': () => 'The buyer says the item is not what they ordered. ' +
    'Ask for a photo and offer a replacement or a refund through Amazon\'s return process; for a damaged, ' +
    'defective or wrong item you pay the return shipping. Buy Shipping protection does not cover damage in transit.',
  'reply.within': (p: { reply: string }) => ` The buyer is waiting for an answer: reply within ${p.reply} of their message, weekends included.`,
  'reship.doNot.unanswered': () => 'Do not leave the message unanswered: a claim after an unanswered delivery message is granted automatically.',
  'reship.late.doNot.wait': () => 'Do not wait for the buyer to file: a claim filed first counts against you even if you refund then.',
  'reship.late.title': (p: { by: string }) => `Offer a refund or a replacement by ${p.by}, before the buyer can file an A-to-z claim`,
  'reship.late.title.now': () => 'The buyer can file an A-to-z claim now: offer a refund or a replacement today',
  'reship.late.why': (p: { deliverBy: string; by: string; tracking: string; rate: string; label: string }) => `The latest delivery date (${p.deliverBy}) has passed and tracking does not show the package delivered. ` +
      `${p.label === 'own' ? 'The label was not bought through Buy Shipping' : 'The label is not Claims Protected'}, so an A-to-z "not received" claim would be paid by you and, unless Amazon denies it, count in your Order Defect Rate (keep it under ${p.rate}). ` +
      `The buyer can file one from ${p.by}. Check the tracking (${p.tracking}) and ask the carrier for a trace; ` +
      'then write to the buyer through Buyer-Seller Messaging and offer a refund or a replacement, whichever they prefer.',
  'reship.late.why.now': (p: { deliverBy: string; by: string; tracking: string; rate: string; label: string }) => `The latest delivery date (${p.deliverBy}) has passed and tracking does not show the package delivered. ` +
      `${p.label === 'own' ? 'The label was not bought through Buy Shipping' : 'The label is not Claims Protected'}, so an A-to-z "not received" claim would be paid by you and, unless Amazon denies it, count in your Order Defect Rate (keep it under ${p.rate}). ` +
      `The buyer can already file one. Check the tracking (${p.tracking}) and ask the carrier for a trace; ` +
      'then write to the buyer through Buyer-Seller Messaging and offer a refund or a replacement, whichever they prefer.',
  'reship.note.noContact': (p: { resolve: string; info: string; represent: string }) => 'In the US a buyer need not write to you before a "not received" claim and may file as soon as ' +
          `it is allowed: do not count on ${p.resolve} to resolve it, act now. If Amazon asks you about a claim, answer within ${p.info} ` +
          `(Amazon's A-to-z page gives ${p.represent}; the earlier is used).`,
  'reship.state.delivered': () => 'Tracking shows the package delivered, but the buyer says it did not arrive.',
  'reship.state.deliveredOn': (p: { delivered: string }) => `Tracking shows the package delivered on ${p.delivered}, but the buyer says it did not arrive.`,
  'reship.state.late': (p: { deliverBy: string }) => `The delivery promise (${p.deliverBy}) has passed and tracking does not show the package delivered.`,
  'reship.title': () => 'Refund or send a replacement before the buyer files a claim',
  'reship.why.ownLabel': (p: { state: string; rate: string; resolve: string }) => `${p.state} The label was not bought through Buy Shipping, so an A-to-z claim would be paid by you and, unless Amazon denies it, count in your Order Defect ` +
        `Rate (which must stay under ${p.rate}). Answer the buyer and resolve it within ` +
        `${p.resolve} of their message: offer a refund or a replacement, whichever they prefer.`,
  'reship.why.unprotected': (p: { state: string; rate: string; resolve: string }) => `${p.state} The label is not Claims Protected, so an A-to-z claim would be paid by you and, unless Amazon denies it, count in your Order Defect ` +
        `Rate (which must stay under ${p.rate}). Answer the buyer and resolve it within ` +
        `${p.resolve} of their message: offer a refund or a replacement, whichever they prefer.`,
  'respondByDateOnly': () => 'The page showed the respond-by date without a time: it is taken as the end of ' +
  'that day in the marketplace\'s time zone. Answer earlier if you can.',
  'safet.doNot.discard': () => 'Do not throw away the returned item or its packaging before the claim is decided: photograph both.',
  'safet.doNot.refund': () => 'Do not refund the buyer again: Amazon has already refunded them.',
  'safet.title': (p: { by: string }) => `If the return does not come back as sent, file SAFE-T by ${p.by}`,
  'safet.title.missed': (p: { by: string }) => `Missed: a SAFE-T claim for this return was due by ${p.by}`,
  'safet.why': (p: { refunded: string; by: string; span: string }) => `Amazon refunded the buyer on ${p.refunded}, before the return reached you. If the return does not arrive, ` +
        `or arrives damaged, used or not the item you sent, file a SAFE-T claim within ${p.span} (by ${p.by}). The ${p.span} run from the later of ` +
        'the return\'s delivery to you and the refund; for a return lost in transit, from its last carrier scan, which can be earlier: check the return tracking.',
  'safet.why.missed': () => ' That date has passed: Amazon no longer accepts a SAFE-T claim for this refund.',
  'safety.doNot.fault': () => 'Do not admit fault or promise the buyer money yourself.',
  'safety.doNot.ignore': () => 'Do not ignore the notice.',
  'safety.doNot.outside': () => 'Do not contact the buyer outside Amazon.',
  'safety.missed.title': (p: { due: string }) => `Missed: the insurance details were due ${p.due} — send them now`,
  'safety.missed.why': (p: { due: string; dispute: string }) => `Proof of liability insurance for this property damage or personal injury claim was due by ${p.due}. Amazon may already ` +
      'have paid the buyer and recovered the money from you. What you can still do: send your insurer, policy number and evidence now under ' +
      'A-to-z Guarantee Claims, and if Amazon decided against you, dispute the decision within ' +
      `${p.dispute} of it.`,
  'safety.missed.why.check': () => ' Look up the decision date on the claim to see whether that time is still open.',
  'safety.missed.why.until': (p: { until: string }) => ` That is until ${p.until} at the earliest.`,
  'safety.note.noDate': () => 'The page did not show the notice date: open the claim to see its deadline.',
  'safety.title': () => 'Send your liability insurance details',
  'safety.title.by': (p: { by: string }) => `Send your liability insurance details by ${p.by}`,
  'safety.why': (p: { reason: string; value: string; currency: string; respond: string; by: string; dispute: string }) => `The buyer filed a property damage or personal injury claim${p.reason ? ` ("${p.reason}"${p.value ? `, ${p.value} ${p.currency}` : ''})` : p.value ? `, ${p.value} ${p.currency}` : ''}. ` +
        'Respond under A-to-z Guarantee Claims with your liability insurer, policy number and your evidence within ' +
        `${p.respond} of the notice${p.by ? ` (by ${p.by})` : ''}. Without proof of coverage Amazon may pay the ` +
        `buyer and recover the money from you. You can dispute the decision within ${p.dispute}.`,
  'share.doNot.link': () => 'Do not send a link to an outside tracking site: give the carrier and tracking ID.',
  'share.doNot.refund': () => 'Do not refund or reship while the package is still on time.',
  'share.title': () => 'Share the tracking: the package is still on time',
  'share.why': (p: { deliverBy: string; tracking: string }) => `The package is on its way and still within its delivery promise (deliver by ${p.deliverBy}). ` +
        `Reply with the carrier, the tracking ID (${p.tracking}) and the expected delivery date.`,
  'share.why.from': (p: { from: string }) => ` The buyer can file an A-to-z "not received" claim from ${p.from} if it has not arrived by then.`,
  'shipBy.doNot.address': () => 'Do not ship to any address other than the one in Seller Central.',
  'shipBy.title': (p: { by: string }) => `Ship and confirm with tracking by ${p.by}`,
  'shipBy.why': (p: { by: string; rate: string }) => `Ship the order and confirm the shipment with a valid tracking ID by the end of ${p.by} (the ship-by date). ` +
        `A shipment confirmed later counts in your late shipment rate (keep it under ${p.rate}), ` +
        'and an A-to-z claim on an order not confirmed by its ship-by date is granted automatically and charged to you.',
  'start.after': (p: { event: string; day: string; date: string; id: string }) => `${p.event} on ${p.day}, on or after ${p.date}, when ${p.id} took effect in this marketplace: it applies.`,
  'start.before': (p: { event: string; day: string; date: string; id: string }) => `${p.event} on ${p.day}, before ${p.date}, when ${p.id} takes effect in this marketplace: it does not apply yet.`,
  'tracking.both': (p: { carrier: string; trackingId: string }) => `${p.carrier} tracking ${p.trackingId}`,
  'tracking.carrier': (p: { carrier: string }) => `${p.carrier} (tracking ID not read: copy it from the order page)`,
  'tracking.id': (p: { trackingId: string }) => `tracking ${p.trackingId}`,
  'tracking.none': () => 'the tracking ID from the order page',
  'version.after': (p: { event: string; day: string; date: string; older: string; newer: string; used: string }) => `${p.event} on ${p.day}, on or after ${p.date}, when ${p.newer} replaced ${p.older} in this marketplace: ${p.used} applies.`,
  'version.before': (p: { event: string; day: string; date: string; older: string; newer: string; used: string }) => `${p.event} on ${p.day}, before ${p.date}, when ${p.newer} replaced ${p.older} in this marketplace: ${p.used} still applies.`,
  'version.event.refunded': () => 'Amazon refunded the buyer',
  'version.event.returnArrived': () => 'The return arrived',
  'version.event.returnRequested': () => 'The return was requested',
  'zoneUnknown': () => 'The marketplace is not known: dates are shown in UTC. Open the order on its Seller Central site to see local dates.',
  'confirm.need.status|ORD-UNSHIPPED': () => "Look at the order status on the order page (Unshipped, Shipped, Delivered): it decides whether the package is on its way at all.",
  'confirm.need.deliverBy|AZ-ELIG-INR': () => "Look at \"Deliver by\" in the order summary (the last date of the range): it decides whether the package is still within its delivery promise or late.",
  'confirm.need.claimsProtected|BS-CLAIMS-PROTECTED': () => "Look at the Buy Shipping badge next to the shipping service in the package box of the order page (\"Claims Protected\" or \"Late Delivery Risk\"); no badge or a label you bought elsewhere means not protected: it decides whether Amazon pays this claim (do not refund) or you should refund or reship.",
  'confirm.need.shipBy|BS-CLAIMS-PROTECTED': () => "Look at \"Ship by\" in the order summary: it decides whether the package shipped on time, which Buy Shipping protection requires.",
  'confirm.need.shippedAt+firstScanAt|BS-CLAIMS-PROTECTED': () => "Look at the ship date in the package box and the first carrier scan in the tracking events: it decides whether the package shipped on time, which Buy Shipping protection requires.",
  'confirm.need.claimsProtected+firstScanAt|BS-CLAIMS-PROTECTED': () => "Look at the first carrier scan in the tracking events and whether Buy Shipping still shows the order as Claims Protected: it decides whether Amazon still funds a claim although the shipment looks late (first scan after the ship-by date).",
  'confirm.need.status|ORD-ADDRESS+ORD-CANCEL-REQUEST': () => "Look at the order status on the order page (Unshipped, Shipped, Delivered): it decides whether the order can still be cancelled (Unshipped) or needs a carrier intercept (Shipped).",
  'confirm.need.shipBy|ORD-LATE-SHIP+ORD-AUTO-CANCEL': () => "Look at \"Ship by\" in the order summary: it decides the date the order must ship by, and when Amazon cancels it.",
  'confirm.need.status|ORD-UNSHIPPED+ORD-PENDING': () => "Look at the order status on the order page (Pending, Unshipped, Shipped, Delivered, Canceled): it decides whether the order must be shipped, must not be shipped yet, or needs nothing.",
  'confirm.need.claim.fundedBy|AZ-APPEAL-30D': () => "Look at the claim's status under A-to-z Guarantee Claims (\"Granted/Seller Funded\" or \"Granted/Amazon Funded\"): it decides whether you can appeal it (only claims charged to you).",
  'confirm.need.claim.decidedAt|AZ-APPEAL-30D': (p: { appeal: string }) => `Look at the decision date on the claim under A-to-z Guarantee Claims > Option to Appeal: it decides until when you can appeal (${p.appeal} after the decision).`,
  'confirm.need.claim.respondBy|AZ-SAFETY': () => "Open the claim under A-to-z Guarantee Claims and note the date of Amazon's notice or its respond-by date: the 7 days to send proof of insurance run from the notice.",
  'confirm.need.claim.respondBy|AZ-INFO-REQUEST': () => "Look at the respond-by date on the claim under A-to-z Guarantee Claims (\"Respond by\"): it decides how long you have to answer before Amazon decides the claim without you.",
  'confirm.need.return.receivedAt|RET-REFUND-2D': () => "Look at the date the return arrived on the return under Manage Returns (\"Return delivered\" / received): it decides the day the refund is due.",
  'confirm.need.return.status|RET-AUTHORIZE+RET-REFUND-2D': () => "Look at the return's status under Manage Returns (awaiting your authorization, authorized and on its way, or received): it decides whether you must authorize it now, wait for it, or refund it.",
  ...notePhrases(noteOf),
  ...differPhrases(differ),
  'dateOnly.request': () => 'of the request',
  'dateOnly.decision': () => 'of the decision',
  'dateOnly.filing': () => 'of the filing',
  'dateOnly.notice': () => 'of the notice',
  'dateOnly.returnArrived': () => 'the return arrived',
  'unread.title': () => 'Claimwise could not read this page — save a redacted capture and check it yourself',
  'unread.why': (p: { kind: string; what: string }) => `This ${p.kind ? `${p.kind} page` : 'page'} shows records Claimwise could not read (${p.what}). ` +
    'Nothing is known to be due, and nothing is known not to be: check those records on the page yourself, and save a ' +
    'capture with buyer details removed so the reading can be fixed.',
  'unread.doNot': () => 'Do not take "nothing to do" from a page Claimwise could not read.',
  'unread.note': (p: { region: string }) => `Not read: ${p.region}`,
  'overdue.title': (p: { due: string; title: string }) => `Overdue (it was due ${p.due}): ${p.title}`,
  'doubt.note': (p: { maybe: string }) => `Claimwise is not sure what the buyer asks (maybe: ${p.maybe}): read the message and correct "The buyer asks" in the popup; this advice follows your choice.`,
  'doubt.note.plain': () => "Claimwise is not sure what the buyer asks: read the message and correct \"The buyer asks\" in the popup; this advice follows your choice.",
  'doubt.intent.not-received': () => "not received",
  'doubt.intent.damaged': () => "damaged",
  'doubt.intent.wrong-item': () => "wrong item",
  'doubt.intent.return': () => "a return",
  'doubt.intent.cancel': () => "to cancel",
  'doubt.intent.address-change': () => "an address change",
  'doubt.intent.where-is-my-order': () => "where the order is",
  'doubt.intent.off-amazon': () => "contact off Amazon",
  'doubt.intent.other': () => "something else",
  'doubt.title.cancel': () => "Read the buyer's message before you cancel: it may not ask to cancel",
  'doubt.title.address': () => "Read the buyer's message before you cancel or redirect: it may not ask for a new address",
  'doubt.title.delivery': () => "Read the buyer's message before you refund, reship or point to A-to-z: it may not report a missing package",
  'doubt.why.cancel': () => "The message reads like a request to cancel, but not clearly. If the buyer does ask to cancel, cancel the order with the reason \"Buyer canceled\"; if not, ship it by its ship-by date as usual. Set what the buyer asks and the advice follows your choice.",
  'doubt.why.address': () => "The message reads like a request to change the shipping address, but not clearly. If it is one: before shipping, cancel and let the buyer order again with the new address; once shipped, ask the carrier to intercept or redirect. Set what the buyer asks and the advice follows your choice.",
  'doubt.why.delivery': () => "The message reads like a report that the package did not arrive, but not clearly. If it is one, the advice for a missing package applies; if not, a refund, a second parcel or a pointer to an A-to-z claim would answer something the buyer did not ask. Set what the buyer asks and the advice follows your choice.",
  'doubt.doNot.cancel': () => "Do not cancel the order before you have read the message yourself.",
  'doubt.doNot.address': () => "Do not cancel, redirect or ship to another address before you have read the message yourself.",
  'doubt.doNot.delivery': () => "Do not refund, reship or send the buyer to A-to-z before you have read the message yourself.",
  'doubt.title.contact': () => "Read the buyer's message before you answer it as a request to leave Amazon: it may not be one",
  'doubt.why.contact': () => "The message reads like a request to pay or talk outside Amazon, but not clearly. If it is one, decline politely and keep the conversation and the payment on Amazon; if not, answer what the buyer does ask. Set what the buyer asks and the advice follows your choice.",
  'doubt.doNot.contact': () => "Whatever the message asks, do not share contact details or take payment outside Amazon.",
  'doubt.shipBy': (p: { by: string }) => `If the buyer does not ask for this, the order must still ship by ${p.by}.`,
};

export const EN: AdviceLanguage = { locale: 'en-US', span, pct, phrases: EN_PHRASES };
