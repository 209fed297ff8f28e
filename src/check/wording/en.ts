// The checker's wording in one UI language (see ../hints.ts): what to write instead, and the short name of each kind.
import type { CheckWording } from '../hints.ts';

const wording: CheckWording = {
  hints: {
    'link': 'Remove the link; describe the step in words or point to Your Orders on Amazon.',
    'link-shortener': 'Remove the short link: it hides where it leads. Only Amazon links are allowed.',
    'link-lookalike': 'This address imitates Amazon with look-alike letters. Remove it.',
    'website-mention': 'Do not send the buyer to your website; give the information here.',
    'email': 'Remove the email address; ask the buyer to reply here.',
    'phone': 'Remove the phone number; keep the conversation in Buyer-Seller Messaging.',
    'contact-outside': 'Do not invite contact outside Amazon; ask the buyer to reply to this message.',
    'messaging-app': 'Do not move to a chat app; ask for photos or videos as attachments here.',
    'social': 'Remove social media names, pages and handles.',
    'off-amazon-payment': 'No money outside Amazon: refund from the order page or through an Amazon return.',
    'review-incentive': 'Offer nothing for a review; solve the problem on its own.',
    'review-change': 'Do not ask to change or remove a review.',
    'feedback-change': 'Once solved, you may say once that feedback can be updated; no pressure, nothing in return.',
    'review-positive': 'Ask for an honest review, not a positive one.',
    'review-happy-only': 'Ask every buyer alike; do not steer unhappy buyers away from reviewing.',
    'review-stars': 'Do not mention a star rating.',
    'review-steer': 'Do not steer the review (a reward, a condition, a change, a delay, words to use): ask every buyer alike, or not at all.',
    'marketing': 'Remove promotions (coupons, codes, other products, your store); write only about this order.',
    'other-marketplace': 'Do not point the buyer to another marketplace or shop.',
    'attachment': 'Attach only instructions, invoices or warranty documents.',
    'emoji': 'Remove emojis; messages with emojis may be blocked.',
  },
  kinds: {
    'link': 'Outside link',
    'email': 'Email address',
    'phone': 'Phone number',
    'messaging-app': 'Chat app',
    'social': 'Social media',
    'off-amazon-payment': 'Payment outside Amazon',
    'review-manipulation': 'Review request not allowed',
    'marketing': 'Promotion',
    'attachment': 'Attachment',
    'other': 'Not allowed in messages',
  },
};

export default wording;
