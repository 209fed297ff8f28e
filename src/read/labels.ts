// Every word the readers look for on a page, per UI language: field labels and status words.
// Sources: en from PAGES.md and the reference pages; ja and zh labels as the reference pages model them
// (README "Labels used on the Japanese and Chinese order pages", marked modeled there); de/fr/es/it are Amazon's
// usual wording and not verified on a live page. data-test-id selectors come first wherever they exist, so a wrong
// label here costs a fallback, not a fact.
import type { OrderStatus, ReturnStatus } from '../model.ts';
import type { PageLang } from '../words/langs.ts';

// pt is the Portuguese (Brazil) UI: the SAFE-T labels are from public scrapers of amazon.com.br (PAGES.md); the
// other pt labels are Amazon's usual Brazilian wording, not verified on a live page.
export type Words = Partial<Record<PageLang, string[]>>;

/** Labels that precede a value ("Ship by:" <value>). Matched whole, case-insensitively, without the colon. */
export const FIELD_LABELS = {
  orderId: { en: ['Order ID', 'Order #', 'Order number'], ja: ['注文番号'], zh: ['订单编号', '订单号'],
    de: ['Bestellnummer'], fr: ['N° de commande', 'Numéro de commande'], es: ['N.º de pedido', 'Número de pedido'],
    it: ['Numero ordine', 'N. ordine', 'ID ordine', 'ID dell\'ordine'],
    pt: ['ID do pedido', 'Número do pedido', 'Nº do pedido'] },
  shipBy: { en: ['Ship by', 'Ship by date', 'Ship-by date', 'Dispatch by', 'Dispatch by date'], ja: ['出荷予定日', '出荷期限', '発送期限', '出荷期限日'], zh: ['发货日期', '最晚发货日期'],
    de: ['Versand bis', 'Versanddatum bis'], fr: ['Expédier avant le', 'Date limite d\'expédition', 'Expédier au plus tard le', 'Expédier d\'ici le'],
    es: ['Enviar antes del', 'Fecha límite de envío'], it: ['Spedire entro il', 'Data di spedizione entro', 'Spedire entro'],
    pt: ['Enviar até', 'Data limite de envio', 'Enviar até a data'] },
  // "Deliver between" names a window: its end is the deliver-by date.
  deliverBy: { en: ['Deliver by', 'Deliver by date', 'Delivery by', 'Expected delivery', 'Expected delivery date', 'Estimated delivery date',
    'Deliver between', 'Delivery between', 'Delivery window'], ja: ['お届け予定日', '配達予定日', '配送予定日', 'お届け期限'],
    zh: ['配送日期', '送达日期', '预计送达日期'], de: ['Zustellung bis', 'Lieferung bis', 'Voraussichtliches Lieferdatum', 'Voraussichtliche Zustellung',
      'Zustellung zwischen', 'Lieferung zwischen', 'Lieferzeitraum'], fr: ['Livraison entre le', 'Livrer entre le', 'Livraison entre', 'Livraison avant le', 'Livrer avant le', 'Livraison prévue', 'Date de livraison prévue', 'Date de livraison estimée', 'Livrer au plus tard le', 'Livraison au plus tard le', 'Livraison d\'ici le'],
    es: ['Entregar entre', 'Entrega entre', 'Entregar antes del', 'Entrega antes del', 'Entrega prevista', 'Fecha límite de entrega', 'Fecha de entrega prevista', 'Fecha de entrega estimada'], it: ['Consegna tra il', 'Consegnare tra il', 'Consegna tra', 'Consegna entro il', 'Consegnare entro il', 'Consegnare entro', 'Consegna entro', 'Consegna prevista', 'Data di consegna prevista', 'Data di consegna stimata'],
    pt: ['Entregar entre', 'Entrega entre', 'Entregar até', 'Data limite de entrega', 'Entrega até', 'Entrega prevista', 'Data de entrega prevista', 'Data prevista de entrega'] },
  // Also worded as what happened and when ("Purchased on", "Ordered", "Bestellt am").
  purchaseDate: { en: ['Purchase date', 'Order date', 'Purchase Date', 'Purchased on', 'Ordered on', 'Purchased', 'Ordered'], ja: ['購入日', '注文日'], zh: ['购买日期', '订购日期'],
    de: ['Kaufdatum', 'Bestelldatum', 'Bestellt am', 'Gekauft am'], fr: ['Date d\'achat', 'Date de commande', 'Commandé le', 'Acheté le', 'Commandée le'],
    es: ['Fecha de compra', 'Fecha del pedido', 'Comprado el', 'Pedido el', 'Fecha de la compra'],
    it: ['Data di acquisto', 'Data dell\'ordine', 'Data dell\'acquisto', 'Ordinato il', 'Acquistato il'],
    pt: ['Data da compra', 'Data do pedido', 'Comprado em', 'Pedido em'] },
  shippingService: { en: ['Shipping service'], ja: ['配送サービス'], zh: ['配送服务'], de: ['Versandservice'],
    fr: ['Service d\'expédition'], es: ['Servicio de envío'], it: ['Servizio di spedizione'],
    pt: ['Serviço de envio'] },
  fulfillment: { en: ['Fulfillment', 'Fulfilment', 'Fulfillment method', 'Fulfilment method', 'Fulfillment channel', 'Fulfilment channel',
    'Fulfilled by', 'Fulfillment by', 'Fulfilment by'],
    ja: ['フルフィルメント', 'フルフィルメント方法'], zh: ['配送渠道', '配送方式'],
    // "Versandart" names the fulfillment method in German Manage Orders rows ("Versandart: Verkäufer").
    de: ['Versand durch', 'Versandmethode', 'Versandart', 'Versandkanal', 'Abwicklung durch'],
    fr: ['Expédié par', 'Méthode d\'expédition', 'Mode d\'expédition', 'Canal d\'expédition', 'Canal de traitement'],
    es: ['Gestionado por', 'Método de envío', 'Cumplimiento', 'Logística', 'Método de gestión logística', 'Canal de gestión logística', 'Canal de logística', 'Canal de cumplimiento',
      'Canal de gestión', 'Método de cumplimiento', 'Cumplido por'],
    it: ['Gestito da', 'Metodo di spedizione', 'Gestione', 'Logistica', 'Canale di evasione', 'Canale logistico', 'Metodo di evasione',
      'Canale di gestione', 'Metodo di gestione', 'Evaso da'],
    pt: ['Enviado por', 'Método de atendimento', 'Canal de atendimento', 'Logística', 'Atendimento', 'Atendimento por'] },
  salesChannel: { en: ['Sales channel'], ja: ['販売チャネル'], zh: ['销售渠道'], de: ['Vertriebskanal'], fr: ['Canal de vente'],
    es: ['Canal de venta'], it: ['Canale di vendita'],
    pt: ['Canal de vendas', 'Canal de venda'] },
  // Also worded as what happened and when ("Shipped on", "Spedito il").
  shipDate: { en: ['Ship date', 'Shipped on', 'Shipping date', 'Dispatch date', 'Dispatched on'], ja: ['出荷日'], zh: ['发货时间'],
    de: ['Versanddatum', 'Versendet am', 'Verschickt am'],
    fr: ['Date d\'expédition', 'Expédié le', 'Expédiée le'], es: ['Fecha de envío', 'Enviado el'], it: ['Data di spedizione', 'Spedito il', 'Spedita il'],
    pt: ['Data de envio', 'Enviado em'] },
  carrier: { en: ['Carrier'], ja: ['配送業者'], zh: ['承运人'], de: ['Versandunternehmen', 'Transportunternehmen', 'Versanddienstleister', 'Paketdienst', 'Zusteller'],
    fr: ['Transporteur'], es: ['Transportista'], it: ['Corriere'],
    pt: ['Transportadora'] },
  trackingId: { en: ['Tracking ID', 'Tracking number'], ja: ['お問い合わせ伝票番号', '追跡番号'], zh: ['追踪编码', '追踪编号'],
    de: ['Sendungsnummer', 'Tracking-ID'], fr: ['Numéro de suivi', 'N° de suivi'], es: ['Número de seguimiento', 'ID de rastreo', 'Número de rastreo', 'ID de seguimiento'], it: ['Numero di tracciabilità', 'ID di tracciabilità', 'ID di tracciamento', 'ID spedizione', 'Codice di tracciamento', 'Numero di tracking', 'Numero di tracciamento', 'Codice di tracciabilità'],
    pt: ['Código de rastreamento', 'ID de rastreamento', 'Número de rastreamento'] },
  deliveryStatus: { en: ['Delivery status'], ja: ['配達状況'], zh: ['配送状态'], de: ['Zustellstatus'], fr: ['Statut de livraison'],
    es: ['Estado de la entrega'], it: ['Stato della consegna'],
    pt: ['Status da entrega'] },
  orderStatus: { en: ['Order status', 'Status'], ja: ['注文ステータス', 'ステータス'], zh: ['订单状态', '状态'],
    de: ['Bestellstatus', 'Status'], fr: ['Statut de la commande', 'Statut'], es: ['Estado del pedido', 'Estado'],
    it: ['Stato dell\'ordine', 'Stato'],
    pt: ['Status do pedido', 'Status'] },
  marketplace: { en: ['Marketplace'], ja: ['マーケットプレイス'], zh: ['商城', '站点'], de: ['Marketplace', 'Marktplatz'],
    fr: ['Marketplace'], es: ['Marketplace'], it: ['Marketplace'],
    pt: ['Marketplace', 'Loja'] },
  claimId: { en: ['Claim ID', 'SAFE-T claim ID', 'Chargeback ID', 'Case ID'], ja: ['申請ID'], zh: ['索赔编号'], de: ['Antrags-ID', 'Anspruchs-ID'], fr: ['ID de réclamation'],
    es: ['ID de reclamación'], it: ['ID reclamo'],
    pt: ['ID da reivindicação SAFE-T', 'ID da reivindicação'] },
  claimType: { en: ['Claim type'], ja: ['申請の種類'], zh: ['索赔类型'], de: ['Antragsart'], fr: ['Type de réclamation'],
    es: ['Tipo de reclamación'], it: ['Tipo di reclamo'],
    pt: ['Tipo de reivindicação'] },
  claimReason: { en: ['Claim reason', 'Reason', 'Reimbursement reason', 'Chargeback reason'], ja: ['申請理由'], zh: ['索赔原因'], de: ['Antragsgrund', 'Grund'], fr: ['Motif de la réclamation', 'Motif'],
    es: ['Motivo de la reclamación', 'Motivo'], it: ['Motivo del reclamo', 'Motivo'],
    pt: ['Motivo da reivindicação', 'Motivo'] },
  claimAmount: { en: ['Claim amount', 'Amount', 'Amount claimed'], ja: ['申請額'], zh: ['索赔金额'], de: ['Antragsbetrag', 'Geforderter Betrag', 'Betrag'],
    fr: ['Montant de la réclamation', 'Montant réclamé', 'Montant', 'Montant demandé'], es: ['Importe de la reclamación', 'Importe reclamado', 'Importe', 'Importe solicitado'],
    it: ['Importo del reclamo', 'Importo richiesto', 'Importo'],
    pt: ['Valor da reivindicação', 'Valor', 'Valor solicitado', 'Valor reivindicado'] },
  claimFiled: { en: ['Claim filed', 'Filed', 'Filed on', 'Claim date', 'Date filed', 'Opened on'], ja: ['申請日'], zh: ['索赔提交日期', '提交日期'],
    de: ['Antrag gestellt', 'Antragsdatum', 'Eingereicht am', 'Eröffnet am'], fr: ['Date de la réclamation', 'Déposée le', 'Ouverte le'],
    es: ['Fecha de la reclamación', 'Fecha de presentación', 'Abierta el', 'Presentada el'], it: ['Data del reclamo', 'Data di presentazione', 'Aperto il', 'Presentato il'],
    pt: ['Data da reivindicação', 'Aberta em', 'Aberto em'] },
  respondBy: { en: ['Respond by', 'Response due', 'Reply by'], ja: ['回答期限'], zh: ['回复截止日期', '响应截止日期'],
    de: ['Antworten bis'], fr: ['Répondre avant le'], es: ['Responder antes del'], it: ['Rispondere entro il', 'Rispondere entro', 'Rispondi entro', 'Rispondi entro il'],
    pt: ['Responder até'] },
  decisionDate: { en: ['Decision date', 'Decided', 'Decided on'], ja: ['決定日'], zh: ['决定日期'], de: ['Entscheidungsdatum', 'Entschieden am'],
    fr: ['Date de la décision', 'Date de décision', 'Décidée le', 'Décidé le'], es: ['Fecha de la decisión', 'Fecha de decisión', 'Decidida el', 'Decidido el'],
    it: ['Data della decisione', 'Data decisione', 'Deciso il', 'Decisa il'],
    pt: ['Data de negação', 'Data da decisão', 'Data de aprovação', 'Decidida em', 'Decidido em'] },
  // "Decision" alone labels what was decided or when: its value says which (a status word or a date).
  decision: { en: ['Decision'], de: ['Entscheidung'], fr: ['Décision'], es: ['Decisión'], it: ['Decisione'], pt: ['Decisão'], ja: ['決定'] },
  appealBy: { en: ['Appeal by', 'Appeal before'], pt: ['Recorrer por', 'Recorrer até'] },
  amazonComment: { en: ['Amazon comment', 'Comment from Amazon'], pt: ['Comentário da Amazon'] },
  denialReason: { en: ['Denial reason', 'Reason for denial'], pt: ['Motivo da negação'] },
  // The bare word ("Status", "Stato") labels the claim's status on a claim page, as "Status" does in English.
  claimStatus: { en: ['Claim status', 'Status'], ja: ['申請ステータス', 'ステータス'], zh: ['索赔状态'], de: ['Antragsstatus', 'Status'],
    fr: ['Statut de la réclamation', 'Statut'], es: ['Estado de la reclamación', 'Estado'], it: ['Stato del reclamo', 'Stato'],
    pt: ['Status da reivindicação'] },
  returnRequestDate: { en: ['Return request date', 'Requested on', 'Request date', 'Requested', 'Return requested on'], ja: ['返品リクエスト日'], zh: ['退货请求日期'],
    de: ['Datum der Rücksendeanfrage', 'Anfragedatum', 'Angefordert am', 'Rücksendung angefordert am', 'Beantragt am'],
    fr: ['Date de la demande de retour', 'Date de la demande', 'Demandé le', 'Retour demandé le'],
    es: ['Fecha de la solicitud de devolución', 'Fecha de la solicitud', 'Solicitado el', 'Devolución solicitada el'],
    it: ['Data della richiesta di reso', 'Data della richiesta', 'Richiesto il', 'Reso richiesto il'],
    pt: ['Data da solicitação de devolução', 'Solicitado em'] },
  returnDelivered: { en: ['Return delivered', 'Return delivered on', 'Return received', 'Received on', 'Received'], ja: ['返品受領日'], zh: ['退货送达日期', '退货已送达'],
    de: ['Rücksendung zugestellt', 'Rücksendung erhalten', 'Eingegangen am', 'Erhalten am'], fr: ['Retour livré', 'Retour reçu', 'Reçu le'],
    es: ['Devolución entregada', 'Devolución recibida', 'Recibido el'], it: ['Reso consegnato', 'Reso ricevuto', 'Ricevuto il'],
    pt: ['Devolução entregue', 'Devolução recebida', 'Recebido em'] },
  refundIssued: { en: ['Refund issued', 'Refunded on', 'Refund date', 'Refunded'], ja: ['返金日'], zh: ['退款日期', '已退款'],
    de: ['Erstattet am', 'Erstattung veranlasst', 'Erstattung veranlasst am'], fr: ['Remboursé le'], es: ['Reembolsado el'], it: ['Rimborsato il'],
    pt: ['Reembolsado em', 'Data do reembolso'] },
  returnReason: { en: ['Return reason'], ja: ['返品理由'], zh: ['退货原因'], de: ['Rücksendegrund'], fr: ['Motif du retour'],
    es: ['Motivo de la devolución'], it: ['Motivo del reso'],
    pt: ['Motivo da devolução'] },
  returnStatus: { en: ['Return request status', 'Return status', 'Status'], ja: ['返品リクエストのステータス', 'ステータス', '返品ステータス'], zh: ['退货请求状态'],
    de: ['Status der Rücksendeanfrage', 'Status'], fr: ['Statut de la demande de retour', 'Statut'], es: ['Estado de la solicitud de devolución', 'Estado'],
    it: ['Stato della richiesta di reso', 'Stato'],
    pt: ['Status da solicitação de devolução', 'Status da devolução'] },
  returnTrackingId: { en: ['Return tracking ID'], ja: ['返品追跡番号'], zh: ['退货追踪编码'], de: ['Sendungsnummer der Rücksendung'],
    fr: ['Numéro de suivi du retour'], es: ['Número de seguimiento de la devolución'], it: ['Numero di tracciabilità del reso'],
    pt: ['Código de rastreamento da devolução'] },
} satisfies Record<string, Words>;

export type FieldKey = keyof typeof FIELD_LABELS;

/** Lower case, single spaces, no trailing colon / full-width colon / "#". */
export function normalizeLabel(text: string): string {
  return text.replace(/[’‘ʼ´`]/gu, "'").replace(/\s+/g, ' ').trim().replace(/[\s:：#＃]+$/u, '').replace(/^[\s#＃]+/u, '').toLowerCase();
}

/**
 * The little word a date label may end in or leave out ("Enviar antes del" / "antes de", "Rücksendung angefordert am"
 * / "angefordert", "Expédier avant le" / "avant"): dropped, so both wordings name the field. Only after two words
 * or more: "Erstattet am" is a label, "Erstattet" alone a status.
 */
const TRAILING_LINK = /^(\S+(?: \S+)+?) (?:am|um|vom|le|la|les|du|el|del|de|il|lo|dal|em|no|na|do|da)$/u;

function withoutLink(key: string): string {
  return TRAILING_LINK.exec(key)?.[1] ?? key;
}

/** A lookup from label text to field, restricted to the fields a page kind has (labels overlap across kinds). */
export function labelLookup(fields: readonly FieldKey[]): (text: string) => FieldKey | undefined {
  const map = new Map<string, FieldKey>();
  const loose = new Map<string, FieldKey | null>();
  for (const f of fields) {
    for (const words of Object.values(FIELD_LABELS[f] as Words)) {
      for (const w of words ?? []) {
        const key = normalizeLabel(w);
        if (!map.has(key)) map.set(key, f);
        // A loose form two fields share names neither.
        const k = withoutLink(key);
        loose.set(k, loose.has(k) && loose.get(k) !== f ? null : f);
      }
    }
  }
  return (text) => {
    if (text.length > 60) return undefined;
    const key = normalizeLabel(text);
    return map.get(key) ?? loose.get(withoutLink(key)) ?? undefined;
  };
}

const phraseCache = new WeakMap<Words, string[]>();

function phrases(words: Words): string[] {
  let p = phraseCache.get(words);
  if (!p) phraseCache.set(words, p = Object.values(words).flat().map((w) => w.toLowerCase()));
  return p;
}

/** Does `text` contain one of the phrases (case-insensitive)? */
export function mentions(text: string, words: Words): boolean {
  const t = text.toLowerCase();
  return phrases(words).some((p) => t.includes(p));
}

/** A negation right before a word ("not refunded", "nicht erstattet", "non remboursé", "未退款"). */
const NEGATED_BEFORE = /(?:(?:^|[^\p{L}])(?:not|nicht|kein|keine|non|no|não|nao|pas|sin|senza|sem)(?:\s+(?:yet|noch|ainda|ancora|todavía|encore))?\s*|未|没有|尚未)$/iu;

/** Like `mentions`, but a phrase right after a negation does not count: "Received, not refunded" is not refunded. */
export function mentionsAffirmed(text: string, words: Words): boolean {
  const t = text.toLowerCase();
  for (const p of phrases(words)) {
    for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
      if (!NEGATED_BEFORE.test(t.slice(Math.max(0, at - 24), at))) return true;
    }
  }
  return false;
}

/** Order status words as shown in `.main-status` (class names come first; these are for pages without them). */
export const ORDER_STATUS_WORDS: Record<OrderStatus, Words> = {
  pending: { en: ['Pending'], ja: ['保留中'], zh: ['等待中', '待处理'], de: ['Ausstehend'], fr: ['En attente'], es: ['Pendiente'],
    it: ['In sospeso'], pt: ['Pendente'] },
  unshipped: { en: ['Unshipped', 'Not shipped'], ja: ['未出荷'], zh: ['未发货'], de: ['Nicht versandt', 'Unversandt'],
    fr: ['Non expédiée', 'Non expédié'], es: ['No enviado', 'Sin enviar'], it: ['Non spedito'], pt: ['Não enviado'] },
  shipped: { en: ['Shipped'], ja: ['出荷済み'], zh: ['已发货'], de: ['Versandt', 'Versendet', 'Verschickt'], fr: ['Expédiée', 'Expédié'], es: ['Enviado'],
    it: ['Spedito'], pt: ['Enviado'] },
  delivered: { en: ['Delivered'], ja: ['配達済み', '配達完了'], zh: ['已送达', '已妥投'], de: ['Zugestellt'], fr: ['Livrée', 'Livré'],
    es: ['Entregado'], it: ['Consegnato'], pt: ['Entregue'] },
  canceled: { en: ['Canceled', 'Cancelled'], ja: ['キャンセル済み'], zh: ['已取消'], de: ['Storniert'], fr: ['Annulée', 'Annulé'],
    es: ['Cancelado'], it: ['Annullato'], pt: ['Cancelado'] },
};

const STATUS_BY_WORD = new Map<string, OrderStatus>();
for (const [status, words] of Object.entries(ORDER_STATUS_WORDS) as [OrderStatus, Words][]) {
  for (const w of phrases(words)) STATUS_BY_WORD.set(w, status);
}

/** The order status a status word names exactly ("Shipped", "未出荷"), or null. */
export function orderStatusFromWord(text: string): OrderStatus | null {
  return STATUS_BY_WORD.get(text.replace(/\s+/g, ' ').trim().toLowerCase()) ?? null;
}

/**
 * The order status a labelled value names: the whole value, or its first part when the row goes on after a separator
 * ("Statut : Expédiée · Lampe de chevet · Qté 1", "Status: Shipped | 2 items"). Only the first part: a later part
 * is about something else, and a status word there ("· Delivered 3 Dec") is not this field's value.
 */
export function orderStatusFromValue(text: string): OrderStatus | null {
  const whole = orderStatusFromWord(text);
  if (whole) return whole;
  const first = text.split(/\s[·•|]\s/u)[0]!;
  return first !== text ? orderStatusFromWord(first) : null;
}

/** The "Delivered" word of a package's delivery line ("Delivery status: Delivered <date>"). */
export const DELIVERED_WORDS: Words = {
  en: ['Delivered'], ja: ['配達完了', '配達済み'], zh: ['已送达', '已签收', '已妥投'], de: ['Zugestellt'], fr: ['Livré'],
  es: ['Entregado'], it: ['Consegnato'], pt: ['Entregue'],
};

/** Buy Shipping service badges (BS-CLAIMS-PROTECTED). Only en and zh are on the reference pages. */
export const CLAIMS_PROTECTED_WORDS: Words = { en: ['Claims Protected'], zh: ['索赔保护'], fr: ['Protégé contre les réclamations'] };
export const LATE_DELIVERY_RISK_WORDS: Words = { en: ['Late Delivery Risk'], zh: ['延迟配送风险', '延迟交货风险'] };

/** Tracking events that are the seller's label, not a carrier scan: they must not count as a first scan. */
export const LABEL_ONLY_EVENT_WORDS: Words = {
  en: ['label created', 'created a label', 'label has been created', 'pre-shipment', 'shipment information sent',
    'shipping label created', 'awaiting item', 'order processed'],
  ja: ['ラベル作成', '伝票番号発行'], zh: ['已创建标签', '标签已创建', '电子信息已收到', '已创建运单'],
  de: ['Etikett erstellt', 'Sendungsdaten übermittelt'], fr: ['Étiquette créée'], es: ['Etiqueta creada'], it: ['Etichetta creata'],
};

/** Values of the fulfillment field. */
export const FULFILLMENT_WORDS: { MFN: Words; AFN: Words } = {
  // "Self-Ship" is India's name for the seller shipping itself (beside "Easy Ship", where Amazon's carrier collects).
  MFN: { en: ['Seller', 'Merchant', 'Merchant Fulfilled', 'Seller Fulfilled', 'Self-Ship', 'Self Ship'], ja: ['出品者'], zh: ['卖家', '卖家自配送'], de: ['Verkäufer'],
    fr: ['Vendeur'], es: ['Vendedor'], it: ['Venditore'], pt: ['Vendedor'] },
  AFN: { en: ['Amazon', 'Fulfilled by Amazon', 'FBA'], ja: ['Amazon', 'フルフィルメント by Amazon'], zh: ['亚马逊', '亚马逊配送'],
    de: ['Amazon', 'Versand durch Amazon'], fr: ['Amazon', 'Expédié par Amazon'], es: ['Amazon', 'Logística de Amazon'],
    it: ['Amazon', 'Logistica di Amazon'], pt: ['Amazon', 'Logística da Amazon'] },
};

/** Claims that are about property damage or personal injury (AZ-SAFETY): type, reason or notice wording. */
export const SAFETY_CLAIM_WORDS: Words = {
  en: ['property damage', 'personal injury'], ja: ['物的損害', '人身傷害'], zh: ['财产损失', '人身伤害'],
  de: ['Sachschaden', 'Personenschaden'], fr: ['dommages matériels', 'dommage matériel', 'blessure'],
  es: ['daños materiales', 'lesiones personales'], it: ['danni materiali', 'lesioni personali'],
  pt: ['danos materiais', 'lesão corporal'],
};

/** Who paid a granted claim, from its status ("Granted/Seller Funded"). */
export const FUNDED_BY_WORDS: { seller: Words; amazon: Words } = {
  seller: { en: ['Seller Funded', 'seller-funded'], ja: ['出品者負担'], zh: ['卖家承担', '卖家出资'], de: ['vom Verkäufer finanziert'],
    fr: ['financé par le vendeur', 'financée par le vendeur'], es: ['financiado por el vendedor'], it: ['finanziato dal venditore'], pt: ['financiado pelo vendedor'] },
  amazon: { en: ['Amazon Funded', 'amazon-funded'], ja: ['Amazon負担'], zh: ['亚马逊承担', '亚马逊出资'], de: ['von Amazon finanziert'],
    fr: ['financé par Amazon', 'financée par Amazon'], es: ['financiado por Amazon'], it: ['finanziato da Amazon'], pt: ['financiado pela Amazon'] },
};

/** Claim tabs whose name is the status of every claim in them (other tabs, like "Option to Appeal", are not). */
export const CLAIM_STATUS_TAB_WORDS: Words = {
  en: ['Action required', 'Under review', 'Pending'], ja: ['要対応', '審査中'], zh: ['需要采取措施', '需要处理', '审核中'],
  de: ['Maßnahme erforderlich', 'In Prüfung'], fr: ['Action requise', 'En cours d\'examen'], es: ['Acción requerida', 'En revisión'],
  it: ['Azione richiesta', 'In revisione'], pt: ['Ação necessária', 'Em análise', 'Informações solicitadas'],
};

/**
 * Claim statuses as pages display them, for a status cell that has no label to say it is one (a table drawn
 * without row or column headers). Only whole-cell matches count.
 */
export const CLAIM_STATUS_WORDS: Words = {
  en: ['Action required', 'Under review', 'Pending', 'Granted', 'Denied', 'Withdrawn', 'Closed', 'Information requested',
    'Closed/Denied', 'Closed/Refunded', 'Closed/Seller Funded', 'Granted/Amazon Funded', 'Granted/Seller Funded'],
  ja: ['要対応', '審査中'], zh: ['需要采取措施', '需要处理', '审核中'],
  de: ['Maßnahme erforderlich', 'In Prüfung'], fr: ['Action requise', 'En cours d\'examen'], es: ['Acción requerida', 'En revisión'],
  it: ['Azione richiesta', 'In revisione'],
  pt: ['Ação necessária', 'Em análise', 'Informações solicitadas', 'Negado', 'Aprovado', 'Concedido', 'Pendente', 'Em andamento'],
};

/**
 * A notice on a claim's page saying the seller has already appealed (submitted, under review, decided). Words that
 * only offer an appeal ("You can appeal until…", "Submit an appeal") are not here; a phrase right after a negation
 * ("No appeal submitted") does not count. Modeled wording, not verified on a live page.
 */
export const APPEAL_MADE_WORDS: Words = {
  en: ['appeal submitted', 'appeal was submitted', 'appeal has been submitted', 'appeal received', 'received your appeal',
    'appeal is under review', 'appeal under review', 'appeal is being reviewed', 'appeal in progress', 'appeal pending',
    'appeal is pending', 'you appealed', 'you have appealed', 'submitted an appeal', 'appealed on', 'appeal was denied',
    'appeal denied', 'appeal was granted', 'appeal granted', 'appeal was rejected', 'appeal rejected'],
  de: ['widerspruch eingelegt', 'widerspruch eingereicht', 'widerspruch wurde eingereicht', 'widerspruch erhalten',
    'widerspruch wird geprüft', 'widerspruch in prüfung', 'einspruch eingelegt', 'einspruch eingereicht',
    'einspruch wird geprüft', 'widerspruch abgelehnt', 'widerspruch stattgegeben', 'einspruch abgelehnt'],
  fr: ['appel soumis', 'appel envoyé', 'appel a été soumis', 'appel a été envoyé', 'appel reçu', 'appel en cours',
    'avez fait appel', 'avez interjeté appel', 'appel refusé', 'appel rejeté', 'appel accepté', 'contestation envoyée',
    'contestation en cours'],
  es: ['recurso presentado', 'recurso enviado', 'recurso recibido', 'recurso en revisión', 'recurso en curso',
    'presentado un recurso', 'apelación presentada', 'apelación enviada', 'apelación en revisión', 'recurso rechazado',
    'recurso denegado', 'recurso aceptado'],
  it: ['ricorso presentato', 'ricorso inviato', 'ricorso ricevuto', 'ricorso in corso', 'ricorso in revisione',
    'ricorso in esame', 'presentato ricorso', 'presentato un ricorso', 'ricorso respinto', 'ricorso accolto'],
  ja: ['異議申し立て済', '異議申立て済', '異議申し立てを受け付け', '異議申し立て中', '異議申立中', '異議申し立てを送信しました',
    '異議申し立ては審査中', '異議申し立てを行いました', '異議申し立てが却下', '異議申し立てが承認'],
  zh: ['申诉已提交', '已提交申诉', '申诉处理中', '申诉审核中', '申诉正在审核', '已申诉', '申诉已被拒绝', '申诉被拒', '申诉已通过',
    '申訴已提交', '已提交申訴', '申訴處理中', '申訴審核中'],
  pt: ['recurso enviado', 'recurso apresentado', 'recurso recebido', 'recurso em análise', 'recurso em andamento',
    'você recorreu', 'recurso negado', 'recurso aceito', 'contestação enviada', 'contestação em análise'],
};

/**
 * A-to-z claim reasons as claim cards print them without a label ("Item not received" under the status badge). Only a
 * whole element's text that is one of these is a reason; the reading keeps the page's own string. de/fr/es/it/pt/ja/zh
 * are Amazon's usual wording, not verified on a live page.
 */
export const CLAIM_REASON_WORDS: Words = {
  en: ['Item not received', 'Item materially different', 'Item materially different from description',
    'Item arrived damaged or defective', 'Item damaged or defective', 'Received damaged or defective item', 'Wrong item received',
    'Return refund not issued', 'Refund not issued for return'],
  ja: ['商品未着', '商品が届かない', '商品説明と著しく異なる', '商品の破損または不良'],
  zh: ['未收到商品', '商品与描述严重不符', '商品损坏或有缺陷'],
  de: ['Artikel nicht erhalten', 'Artikel erheblich abweichend', 'Artikel beschädigt oder defekt', 'Falscher Artikel erhalten'],
  fr: ['Article non reçu', 'Article sensiblement différent', 'Article endommagé ou défectueux', 'Mauvais article reçu'],
  es: ['Artículo no recibido', 'Artículo sustancialmente diferente', 'Artículo dañado o defectuoso', 'Artículo incorrecto recibido'],
  it: ['Articolo non ricevuto', 'Articolo sostanzialmente diverso', 'Articolo danneggiato o difettoso', 'Articolo errato ricevuto'],
  pt: ['Item não recebido', 'Item materialmente diferente', 'Item danificado ou com defeito', 'Item errado recebido'],
};

/** Return request status wordings, checked in this order (the first that matches wins). */
export const RETURN_STATUS_WORDS: [ReturnStatus, Words][] = [
  // en-GB spells it "authorisation" (UK, IN, AU, SG pages).
  ['pending-authorization', { en: ['authorization required', 'pending authorization', 'awaiting authorization', 'needs authorization',
    'requires authorization', 'pending action', 'authorisation required', 'pending authorisation', 'awaiting authorisation',
    'needs authorisation', 'requires authorisation', 'pending seller authorization', 'pending seller authorisation'], ja: ['承認待ち', '承認が必要'], zh: ['待授权', '需要授权'],
    de: ['Genehmigung erforderlich', 'Genehmigung ausstehend', 'Autorisierung erforderlich', 'Autorisierung ausstehend', 'Wartet auf Autorisierung', 'Wartet auf Genehmigung'], fr: ['autorisation requise', 'en attente d\'autorisation'], es: ['autorización requerida', 'pendiente de autorización'],
    it: ['autorizzazione richiesta', 'in attesa di autorizzazione'], pt: ['autorização necessária', 'aguardando autorização'] }],
  // Done either way: refunded, closed, or a request rejected or cancelled; nothing is due on it.
  ['completed', { en: ['completed', 'refunded', 'closed', 'refund issued', 'rejected', 'declined', 'denied', 'cancelled', 'canceled'],
    ja: ['完了', '返金済み', 'クローズ', 'キャンセル', '却下'], zh: ['已完成', '已退款', '已关闭', '已拒绝', '已取消'],
    de: ['abgeschlossen', 'erstattet', 'geschlossen', 'abgelehnt', 'storniert'],
    fr: ['terminé', 'terminée', 'remboursé', 'remboursée', 'clôturé', 'clôturée', 'refusé', 'refusée', 'annulé', 'annulée'],
    es: ['completado', 'completada', 'reembolsado', 'reembolsada', 'cerrado', 'cerrada', 'rechazado', 'rechazada', 'cancelado', 'cancelada'],
    it: ['completato', 'completata', 'rimborsato', 'rimborsata', 'chiuso', 'chiusa', 'rifiutato', 'rifiutata', 'annullato', 'annullata'],
    pt: ['concluído', 'concluída', 'reembolsado', 'reembolsada', 'encerrado', 'encerrada', 'recusado', 'recusada', 'cancelado', 'cancelada'] }],
  ['received', { en: ['received', 'return delivered'], ja: ['受領済み', '返品受領'], zh: ['已收到'], de: ['erhalten', 'eingegangen'], fr: ['reçu', 'reçue'],
    es: ['recibido', 'recibida'], it: ['ricevuto', 'ricevuta'], pt: ['recebido', 'recebida'] }],
  ['authorized', { en: ['authorized', 'authorised', 'approved'], ja: ['承認済み'], zh: ['已授权', '已批准'], de: ['genehmigt', 'autorisiert'],
    fr: ['autorisé', 'autorisée'], es: ['autorizado', 'autorizada'], it: ['autorizzato', 'autorizzata'],
    pt: ['autorizado', 'autorizada', 'aprovado', 'aprovada'] }],
];

/** Message sender tags printed next to a name ("(Buyer)"). */
export const SENDER_WORDS: { buyer: Words; seller: Words; amazon: Words } = {
  buyer: { en: ['Buyer', 'Customer'], ja: ['購入者'], zh: ['买家'], de: ['Käufer'], fr: ['Acheteur'], es: ['Comprador'], it: ['Acquirente'], pt: ['Comprador', 'Cliente'] },
  seller: { en: ['Seller', 'You'], ja: ['出品者', 'あなた'], zh: ['卖家', '您'], de: ['Verkäufer', 'Sie'], fr: ['Vendeur', 'Vous'],
    es: ['Vendedor', 'Usted', 'Tú'], it: ['Venditore', 'Tu'], pt: ['Vendedor', 'Você'] },
  amazon: { en: ['Amazon'], ja: ['Amazon'], zh: ['亚马逊'], de: ['Amazon'], fr: ['Amazon'], es: ['Amazon'], it: ['Amazon'], pt: ['Amazon'] },
};

/** Does `text` equal one of the words exactly (case-insensitive, whitespace collapsed)? */
export function isWord(text: string, words: Words): boolean {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return phrases(words).includes(t);
}

/**
 * A status as a chip or badge shows it ("Return delivered", "Shipped", "Action required"): some of these are also
 * field labels, and a chip is never a label.
 */
export function isStatusWording(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 40) return false;
  if (orderStatusFromWord(t) || isWord(t, CLAIM_STATUS_WORDS)) return true;
  return RETURN_STATUS_WORDS.some(([, words]) => isWord(t, words));
}
