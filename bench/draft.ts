// A 2,000-character reply draft as a seller might type it: mostly ordinary wording, with the things `check` must
// find (an outside link, a phone number) next to things it must leave alone (order id, tracking id, an Amazon link).

export const DRAFT_LENGTH = 2_000;

const OPENING = 'Hello Dana,\n\nThank you for contacting us about order 113-4829137-5520614. I am sorry to hear the ' +
  'kettle has not reached you yet. I checked the shipment this morning: it left our warehouse on November 16 with ' +
  'UPS, tracking number 1Z999AA10123456784, and the carrier scanned it at the local facility on November 18. ' +
  'You can follow it on the order page at https://www.amazon.com/gp/your-account/order-history as well. ';

const RISKY = 'If it is easier, you can also see our care guide at https://www.kettle-care-example.com/guide or ' +
  'call our support line at +1 (206) 555-0142 between 9 and 5 Pacific time. ';

// Ordinary sentences repeated to reach the length: wording that must not trip the checker.
const FILLER = [
  'Packages sometimes arrive a day or two after the estimate during the busy season, and the carrier usually ',
  'completes the delivery within two business days of the last scan. Please check with neighbours and around the ',
  'entrance in case the driver left it in a safe place. The parcel is a brown box about 30 cm long, marked with ',
  'our return label. If nothing arrives by Friday, reply to this message and we will look into it again with the ',
  'carrier so that the matter is settled quickly for you. We appreciate your patience and your order. ',
].join('');

const CLOSING = '\n\nKind regards,\nThe Brewline team';

/** Exactly DRAFT_LENGTH UTF-16 code units; the risky part sits in the middle, where a real draft would have it. */
export function makeDraft(): string {
  let body = OPENING;
  while (body.length < 700) body += FILLER;
  body += RISKY;
  while (body.length < DRAFT_LENGTH) body += FILLER;
  return body.slice(0, DRAFT_LENGTH - CLOSING.length) + CLOSING;
}
