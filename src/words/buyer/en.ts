// English buyer replies. Replies mention only what the order shows; they never promise a refund or reship for a
// protected order (BS-CLAIMS-PROTECTED) and never point anywhere outside Amazon (MSG-PROHIBITED, OFF-AMAZON).
import type { BuyerFacts, BuyerWording, Paragraphs } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences(' ', ...p);

interface Spelling { authorised: string; cancelled: string; apologise: string; parcel: string; neighbours: string }
const US: Spelling = { authorised: 'authorized', cancelled: 'canceled', apologise: 'apologize', parcel: 'package', neighbours: 'neighbors' };
const UK: Spelling = { authorised: 'authorised', cancelled: 'cancelled', apologise: 'apologise', parcel: 'parcel', neighbours: 'neighbours' };

function thanks(f: BuyerFacts): string {
  return `Thank you for your message about order ${f.orderId}.`;
}

function via(f: BuyerFacts): string {
  if (f.carrier && f.trackingId) return ` with ${f.carrier} (tracking number ${f.trackingId})`;
  if (f.carrier) return ` with ${f.carrier}`;
  if (f.trackingId) return ` (tracking number ${f.trackingId})`;
  return '';
}

/** Where the order stands, from what is known; null when nothing is. */
function whereItIs(f: BuyerFacts, sp: Spelling): string | null {
  if (f.status === 'canceled') return `This order has been ${sp.cancelled}.`;
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `According to the tracking information, your order was delivered on ${f.deliveredAt}.`
      : 'According to the tracking information, your order has been delivered.';
  }
  if (f.shippedAt) return s(`Your order was shipped on ${f.shippedAt}${via(f)}.`, f.deliverBy && `It is expected to arrive by ${f.deliverBy}.`);
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`Your order has been shipped${via(f)}.`, f.deliverBy && `It is expected to arrive by ${f.deliverBy}.`);
  if (f.status === 'unshipped' && f.shipBy) return `Your order will be shipped by ${f.shipBy}.`;
  return null;
}

function wording(sp: Spelling): BuyerWording {
  const P = sp.parcel;
  return {
    greeting: 'Hello,',
    signOff: (sig) => (sig ? `Kind regards,\n${sig}` : 'Kind regards'),
    templates: {
      'dont-ship-pending': (f): Paragraphs => [
        `Thank you for your order ${f.orderId}.`,
        `Amazon is still verifying this order, and we can only ship it once Amazon has completed the verification. We will prepare your order for shipment as soon as that is done.`,
        'If you have any questions about the verification or your payment, please contact Amazon Customer Service, as only Amazon can see and resolve this.',
      ],
      'ship-by-deadline': (f) => [
        thanks(f),
        s(f.shipBy ? `Your order will be shipped by ${f.shipBy}.` : 'Your order will be shipped within the handling time shown on Amazon.',
          f.deliverBy && `It is expected to arrive by ${f.deliverBy}.`),
        `Once it has shipped, you can follow the ${P} under "Your Orders" on Amazon.`,
      ],
      'ship-or-cancel-late': (f) => f.autoCanceled ? [
        `We ${sp.apologise} that we could not ship your order ${f.orderId} in time.`,
        `The order is therefore ${sp.cancelled}, and you will not be charged for it.`,
        `We ${sp.apologise} for the inconvenience.`,
      ] : [
        s(`We ${sp.apologise} that your order ${f.orderId} has not been shipped yet.`, f.shipBy && `It should have been shipped by ${f.shipBy}.`),
        `We are working on it, and once it has shipped you can follow the ${P} under "Your Orders" on Amazon.`,
        'If you would rather not wait, please choose "Request cancellation" for this order under "Your Orders", or reply to this message, and we will cancel the order.',
      ],
      'cancel-on-request': (f) => f.status === 'canceled'
        ? [thanks(f), `Your order has been ${sp.cancelled} as you requested. You can see the cancellation under "Your Orders" on Amazon.`]
        : [thanks(f), 'To cancel it, please open the order under "Your Orders" on Amazon and choose "Request cancellation". As soon as your request reaches us, we will cancel the order.'],
      'cancel-and-reorder': (f) => [
        `Thank you for letting us know about the new delivery address for order ${f.orderId}.`,
        'We can only ship to the address in the Amazon order, and we are not able to change it ourselves.',
        'If you would like the item sent to the new address, please cancel this order ("Request cancellation" under "Your Orders" on Amazon) and place a new order with the new address. We will cancel this order as soon as your request reaches us.',
      ],
      'carrier-intercept': (f) => [
        `Thank you for letting us know about the new delivery address for order ${f.orderId}.`,
        `Your order has already been shipped${via(f)}, so the address in the order can no longer be changed.`,
        `We will ask ${f.carrier ?? 'the carrier'} whether the ${P} can be redirected to the new address and let you know the result. Please note that we cannot guarantee that a redirection will be possible.`,
      ],
      'share-tracking': (f) => [
        thanks(f),
        whereItIs(f, sp),
        !settled(f) && `You can follow the ${P} at any time under "Your Orders" on Amazon ("Track package").`,
      ],
      'direct-to-a-to-z': (f) => [
        `We are sorry to hear that you have not received your order ${f.orderId}.`,
        f.status === 'delivered' || f.deliveredAt
          ? `The ${f.carrier ? `${f.carrier} ` : ''}tracking${f.trackingId ? ` (tracking number ${f.trackingId})` : ''} shows the ${P} as delivered${f.deliveredAt ? ` on ${f.deliveredAt}` : ''}.`
          : f.shippedAt ? `Your order was shipped on ${f.shippedAt}${via(f)}, and the tracking does not show it as delivered yet.`
            : f.trackingId ? `The tracking number is ${f.trackingId}.` : null,
        `Please check around your home, such as your mailbox, porch or another safe place, and ask your ${sp.neighbours} or anyone who may have accepted the ${P} for you.`,
        'If you still cannot find it, please file a claim through "Problem with order" on your Amazon order page (A-to-z Guarantee). Amazon will look into it and resolve it with you.',
      ],
      'refund-or-reship': (f) => [
        `We are very sorry that your order ${f.orderId} has not reached you${f.deliverBy ? ` by the estimated delivery date of ${f.deliverBy}` : ''}.`,
        'We would like to put this right: we can send you a replacement or refund the order in full, whichever you prefer.',
        'Please reply to this message to let us know your choice.',
      ],
      'authorize-return': (f) => f.returnWindowEnded ? [
        `Thank you for your return request for order ${f.orderId}.`,
        `The return window for this order ended on ${f.returnWindowEnded}. We are looking at your request and will let you know shortly what we can offer.`,
      ] : [
        `Thank you for your return request for order ${f.orderId}.`,
        `We have ${sp.authorised} the return. Please follow the return instructions under "Your Orders" on Amazon.`,
        'We will process your refund promptly once the item reaches us.',
      ],
      'refund-return': (f) => [
        f.returnReceivedAt ? `Your return for order ${f.orderId} reached us on ${f.returnReceivedAt}.` : `Your return for order ${f.orderId} has reached us.`,
        s(f.refundedAt ? `Your refund was issued on ${f.refundedAt}.` : 'We are issuing your refund now.',
          'Depending on your payment method, it may take a few days to show in your account.'),
      ],
      'reply-to-buyer': (f) => [
        thanks(f),
        whereItIs(f, sp),
        'We are looking into your question and will get back to you shortly.',
      ],
      'keep-on-amazon': (f) => [
        thanks(f),
        'Under Amazon\'s rules, we can only communicate with you and accept payment through Amazon, so we are not able to use any other way.',
        'We are happy to help with anything about your order right here in Amazon\'s messages.',
      ],
    },
  };
}

export const enUS = wording(US);
export const enGB = wording(UK);
