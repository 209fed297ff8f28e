// How a box where the seller writes is told apart on Seller Central pages: the messaging inboxes and the
// contact-buyer page (#ayb-contact-buyer, evidenced), the claim pages where the seller answers Amazon (A-to-z,
// SAFE-T, chargebacks; paths from PAGES.md), and the words Seller Central puts in a box's id, name, class, label or
// placeholder, in the UI languages read here (modeled on the reference pages).

/** The contact-buyer page's form: every box in it is a reply to the buyer. */
export const CONTACT_BUYER = '#ayb-contact-buyer';

/** Attributes where Seller Central says what a box is for (data-test-id is its own; the rest are the HTML ones). */
export const DESCRIBING_ATTRIBUTES = ['id', 'name', 'class', 'aria-label', 'placeholder', 'label', 'data-test-id', 'data-testid'] as const;

/** Pages whose text boxes are all replies: messaging, contact buyer, claims (respond to Amazon). */
export const REPLY_PAGES = /\/messaging\/|contact-buyer|\/gp\/help\/contact|\/gp\/guarantee-claims\/|\/safet-claims|\/gp\/chargebacks|claim/i;
/** Words that mark a box as a reply box on other pages. */
export const REPLY_WORDS = /reply|message|respon|contact|antwort|nachricht|réponse|respuesta|risposta|回复|消息|留言|答复|返信|メッセージ|回答|連絡/i;
/** Boxes that are never replies, even on a messaging page. */
export const NOT_REPLY = /search|filter|note|memo|suche|recherche|buscar|cerca|検索|搜索|备注|メモ/i;

/** Words that mark a box, or the form or panel around it, as the answer to Amazon on a claim (AZ-INFO-REQUEST). */
export const RESPONSE_WORDS = /respon|appeal|explain|explanation|statement|antwort|stellungnahme|widerspruch|réponse|contestation|respuesta|apelaci|risposta|ricorso|回复|答复|申诉|回答|異議|申し立て/i;
/** Boxes that are never the answer: search, filters, notes, feedback on help articles. */
export const NOT_RESPONSE = /search|filter|note|memo|feedback|suche|recherche|buscar|cerca|検索|搜索|备注|メモ|反馈/i;
