// Spanish advice (Spain), in the words of Seller Central's Spanish help pages (sellercentral.amazon.es):
// "reclamación bajo la Garantía de la A a la Z", "ratio de pedidos defectuosos", "Comprar envío", "Gestión de pedidos",
// "Servicio de mensajes de Amazon", "Responder a Amazon", "Mis pedidos", "Cancelado por el comprador", menu
// "Performance" (Amazon.es keeps that name in English). Labels whose Spanish name was not confirmed stay in Amazon's
// English, in quotes («Claims Protected», «Appeal decision», «Option to Appeal», «Chargeback Claims»). Addressed as
// "usted". Typed against en.ts (src/words/advice/types.ts); figures and dates arrive as parameters, already worded.
import type { PolicyRuleId, Window } from '../../rules/policy.ts';
import { sourceList, differPhrases, notePhrases } from './policy-words.ts';
import type { AdviceLanguage, PhraseOf, PhraseTable } from './types.ts';

const UNIT: Record<Window['unit'], [string, string]> = {
  'hours': ['hora', 'horas'],
  'calendar-days': ['día', 'días'],
  'business-days': ['día hábil', 'días hábiles'],
};

const NUMBER = new Intl.NumberFormat('es-ES', { maximumFractionDigits: 1 });

/** Spanish takes the singular for exactly one: "1 día", "1,5 horas", "2 días hábiles". */
const counted = (n: number, [one, many]: [string, string]) => `${NUMBER.format(n)} ${n === 1 ? one : many}`;

/** "24 horas", "2 días hábiles", "30 días", "30 minutos". */
export function span(w: Window): string {
  if (w.unit === 'hours' && w.amount < 1) return counted(Math.round(w.amount * 60), ['minuto', 'minutos']);
  return counted(w.amount, UNIT[w.unit]);
}

/** 0.04 -> "4 %", 0.015 -> "1,5 %" (Spanish writes a space before the sign; no-break so it stays on the line). */
export const pct = (rate: number) => `${NUMBER.format(Math.round(rate * 1000) / 10)}\u00a0%`;

// Seller Central's Spanish names, each written once.
const AZ = 'reclamación bajo la Garantía de la A a la Z';
const AZ_NR = `${AZ} por producto no recibido`;
const AZ_MENU = 'Reclamaciones bajo la Garantía de la A a la Z';
const AZ_PAGE = `Performance > ${AZ_MENU}`;
const CB_PAGE = 'Performance > «Chargeback Claims»';
const ODR = 'ratio de pedidos defectuosos';
const COUNTS = `computa en su ${ODR}`;
const BS = 'Comprar envío';
const CP = '«Claims Protected»';
const MESSAGING = 'Servicio de mensajes de Amazon';
const YOUR_ORDERS = '«Mis pedidos»';
const BUYER_CANCELED = '«Cancelado por el comprador»';
const RESPOND = '«Responder a Amazon»';
const APPEAL_BUTTON = '«Appeal decision»';
const APPEAL_TAB = '«Option to Appeal»';
const CUSTOMER_SERVICE = 'servicio de atención al cliente de Amazon';
const UNSHIPPED = '«Sin enviar»';
const PENDING = '«Pendiente»';
const SHIP_BY = 'la fecha prevista de envío («Ship by») en el resumen del pedido';
const BADGE_WHERE = `el distintivo de ${BS} junto al servicio de envío, en el recuadro del paquete de la página del pedido`;
const ON_BUYERS_WORD = `sin su respuesta, Amazon decide según la versión del comprador, y una reclamación que no se rechaza ${COUNTS}.`;
const ONE_OR_OTHER = 'ofrezca un reembolso o un reemplazo, lo que prefiera el comprador.';
const ON_TIME_NEEDED = `si el paquete se envió a tiempo, algo que exige la protección de ${BS}.`;
const LOOK_STATUS = 'Consulte el estado del pedido en la página del pedido';
const DAMAGE_NOTE = `La protección de ${BS} no cubre los daños durante el transporte.`;

/** A buyer's own words (claim or return reason), quoted as written. */
const quoted = (s: string) => (s ? ` («${s}»)` : '');
/** The claim's reason and amount, as English words them: " (reason, amount)" or ", amount". */
const reasonAndAmount = (p: { reason: string; value: string; currency: string }) => {
  const amount = p.value ? `${p.value} ${p.currency}` : '';
  if (p.reason) return ` («${p.reason}»${amount ? `, ${amount}` : ''})`;
  return amount ? `, ${amount}` : '';
};

const BUSINESS = 'Los días hábiles se cuentan de lunes a viernes; los festivos no se excluyen (no hay ningún calendario de ' +
  'festivos integrado), por lo que la fecha indicada es la más temprana posible.';

/** holidays.ts's English names; a marketplace's own-language names stay as they are. */
const HOLIDAYS: Record<string, string> = {
  'New Year\'s Day': 'Año Nuevo', 'Christmas Day': 'Navidad', 'Boxing Day / St Stephen\'s Day': 'San Esteban (Boxing Day)',
  'Independence Day': 'Día de la Independencia (EE. UU.)', 'Canada Day': 'Día de Canadá', 'New Year holiday': 'festivo de Año Nuevo',
  'Australia Day': 'Día de Australia', 'Thanksgiving': 'Acción de Gracias', 'Armistice': 'Armisticio',
};
const holidayNames = (list: string) => list.replace(/(\s*)([^,(]+?) \((\d{4}-\d{2}-\d{2})\)/gu,
  (_m, gap: string, name: string, date: string) => `${gap}${HOLIDAYS[name.trim()] ?? name.trim()} (${date})`);

const FACT_WORDS: Record<string, string> = {
  claimsProtected: `si la etiqueta es ${CP}`,
  deliverBy: 'la fecha de entrega máxima',
  shipBy: 'la fecha prevista de envío',
  status: 'el estado del pedido',
  firstScanAt: 'la fecha del primer escaneo del transportista',
  shippedAt: 'la fecha de envío',
  'claim.decidedAt': 'la fecha de decisión de la reclamación',
  'claim.respondBy': 'la fecha límite de respuesta de la reclamación',
  'return.receivedAt': 'la fecha en que llegó la devolución',
  'return.status': "el estado de la devolución",
  'claim.fundedBy': 'quién pagó la reclamación concedida',
};

/** The reader's page kinds (unread pages); the region names it reports stay as it words them. */
const PAGE_KINDS: Record<string, string> = {
  'order-details': 'detalles del pedido', 'order-list': 'lista de pedidos', 'claim': 'reclamación',
  'claim-list': 'lista de reclamaciones', 'messages': 'mensajes', 'returns': 'devoluciones',
};

const appealWhy: PhraseOf<'appeal.why'> = (p) => `Amazon concedió la reclamación del comprador${quoted(p.reason)} el ` +
  `${p.decided} y se la cargó a usted; la reclamación ${COUNTS}. Puede recurrir hasta el ${p.until} (${p.window} ` +
  `después de la decisión) con ${APPEAL_BUTTON} en ${AZ_MENU} > ${APPEAL_TAB}. `;

const atozWhy = (basis: string): PhraseOf<'atoz.why.scan'> => (p) => `Compró la etiqueta a través de ${BS} con el ` +
  `distintivo ${CP} y el paquete se envió a tiempo (${basis} ${p.shippedDay}; fecha prevista de envío: ${p.shipByDay}). ` +
  `${p.status} En este caso, Amazon paga la ${AZ} del comprador y esta no ${COUNTS}, pero solo si el comprador ` +
  'presenta la reclamación y usted no ha reembolsado. Responda con los hechos: transportista y número de seguimiento ' +
  `(${p.tracking}), fecha de entrega y justificante de entrega del transportista (foto o firma). Si la foto de la ` +
  'entrega no muestra la dirección del comprador, dígalo claramente. Después, indique al comprador que presente una ' +
  `${AZ} en ${YOUR_ORDERS} («Problema con el pedido»): así es como recupera su dinero.`;

const outsideClaim: PhraseOf<'authorize.outside.why.claim'> = (p) => ' El comprador indica que el producto está dañado, ' +
  `es defectuoso o no es el correcto: aún puede presentar una ${AZ}${p.until ? ` hasta el ${p.until}` : ''}, que pagaría ` +
  `usted y que ${COUNTS}, por lo que autorizar la devolución puede costarle menos.`;

const replyDamaged = (what: string) => `El comprador indica que ${what}. Pídale una foto y ofrezca un reemplazo o un ` +
  'reembolso a través del proceso de devoluciones de Amazon; si el producto está dañado, es defectuoso o no es el ' +
  `correcto, usted paga el envío de la devolución. ${DAMAGE_NOTE}`;

const labelWords = (label: string) => (label === 'own'
  ? `La etiqueta no se compró a través de ${BS}` : `La etiqueta no es ${CP}`);

const wouldCount = (claim: string, rate: string, keep: string) => `por lo que una ${claim} la pagaría usted y, salvo que Amazon la ` +
  `rechace, computaría en su ${ODR} (${keep} ${rate})`;

const reshipLateWhy = (now: boolean): PhraseOf<'reship.late.why'> => (p) => `La fecha de entrega máxima (${p.deliverBy}) ` +
  `ha pasado y el seguimiento no muestra el paquete como entregado. ${labelWords(p.label)}, ` +
  `${wouldCount(AZ_NR, p.rate, 'manténgala por debajo del')}. ` +
  `${now ? 'El comprador ya puede presentarla.' : `El comprador puede presentarla a partir del ${p.by}.`} Compruebe el ` +
  `seguimiento (${p.tracking}) y pida al transportista que localice el envío; después, escriba al comprador a través ` +
  `del ${MESSAGING} y ${ONE_OR_OTHER}`;

const reshipWhy = (label: string): PhraseOf<'reship.why.ownLabel'> => (p) => `${p.state} ${label}, ` +
  `${wouldCount(AZ, p.rate, 'que debe mantenerse por debajo del')}. Responda al comprador y resuélvalo en un plazo de ` +
  `${p.resolve} desde su mensaje: ${ONE_OR_OTHER}`;

const claimTitle = (what: string) => (p: { by: string }) => `Responda a Amazon sobre ${what} a más tardar el ${p.by}`;

/** The policy table's notes (policy.ts `note:`), in Spanish. */
const NOTES = {
  'AZ-ELIG-INR': 'La página actual para compradores de EE. UU. indica 3 días después de la fecha de entrega estimada máxima, ' +
    'o en cuanto el seguimiento muestre la entrega, lo que ocurra primero; una redacción anterior indica 3 días naturales después ' +
    'de la fecha de entrega estimada máxima o 30 días después de la fecha del pedido, lo que ocurra antes. Se usa la más temprana de estas fechas.',
  'AZ-CONTACT-48H': 'Las páginas para compradores del Reino Unido y de Alemania dan al vendedor dos días hábiles en lugar de ' +
    '48 horas; 48 horas nunca terminan más tarde, por lo que se aplican en todas partes.',
  'AZ-INFO-REQUEST': 'Las páginas de Amazon no coinciden: la de EE. UU. y Australia indica 48 horas; otras versiones indican ' +
    '72 horas o 3 días naturales. Se usa el plazo más temprano (48 horas desde que se presentó la reclamación) cuando la página ' +
    'de la reclamación no muestra una fecha límite de respuesta.',
  'AZ-APPEAL-30D': 'Solicitudes de información durante un recurso: 72 horas en el texto actual, 48 horas en un texto anterior ' +
    `(se usan 48). Revertir el efecto en la ${ODR} tras un recurso aceptado puede tardar hasta 7 días.`,
  'AZ-SAFETY': 'Amazon paga las reclamaciones válidas inferiores a 1000 USD / 1000 EUR / 1000 GBP (texto posterior: solo para ' +
    'vendedores con seguro); la cobertura empezó el 2021-09-01 en EE. UU. y en mayo de 2024 en Canadá, el Reino Unido y la UE.',
  'BS-CLAIMS-PROTECTED': 'A tiempo significa que el primer escaneo del transportista se produce a más tardar en la fecha prevista ' +
    'de envío; si no se conoce el primer escaneo, se usa la fecha de confirmación del envío. Los daños durante el transporte no ' +
    'están cubiertos (opinión de los foros).',
  'ORD-AUTO-CANCEL': 'Desde el 2020-09-30, Amazon cancela 7 días hábiles después de la fecha prevista de envío; un texto ' +
    'anterior (aún en la guía de procesamiento de pedidos) indica 30 días después de la fecha del pedido. Se muestra la más temprana de las dos.',
  'RET-WINDOW-30D': 'En temporada navideña se aplican ampliaciones (por ejemplo, las compras de noviembre y diciembre se pueden ' +
    'devolver hasta el 31 de enero).',
  'SAFET-30D': 'En EE. UU., el plazo se redujo de 60 a 30 días el 2026-02-16.',
  'US-REFUND-4D': 'Los informes sobre el aviso de Amazon indican 4 días naturales a partir del 2026-01-26; las páginas de ayuda ' +
    'de Amazon guardadas siguen indicando 2 días hábiles. Se usa el más temprano de los dos, que cumple ambos.',
  'US-SAFET-30D': 'Los informes sobre el aviso de Amazon indican 30 días a partir del 2026-02-16; la página de Amazon guardada ' +
    '«Refund at First Scan» sigue indicando 60 días. Se usan 30 días.',
  'AZ-NR-NO-CONTACT': 'La página de Amazon «About A-to-z Guarantee» indica que no hace falta contactar antes y da 3 días ' +
    'naturales para presentar alegaciones; «Amazon\'s A-to-z Guarantee Claims» sigue indicando que el comprador contacta primero ' +
    'con el vendedor, con 48 horas. Se cuenta con una reclamación sin mensaje previo, y las solicitudes de Amazon se responden ' +
    'en un plazo de 48 horas (la cifra más temprana).',
} as const satisfies Partial<Record<PolicyRuleId, string>>;

const noteOf = (id: keyof typeof NOTES) => `${id}: ${NOTES[id]}`;

/** How sure a source is, as policy-words.ts names it in English, in Spanish. */
const CONFIDENCE: Record<string, string> = {
  'Amazon page': 'página de Amazon', 'report of an Amazon notice': 'informe sobre un aviso de Amazon', 'single source': 'fuente única',
};
const sources = (id: PolicyRuleId) => sourceList(id).replace(/\((Amazon page|report of an Amazon notice|single source)\)/gu,
  (_m, c: string) => `(${CONFIDENCE[c] ?? c})`);

/** Rules with no note rest on reports of an Amazon notice (policy.ts `confidence: 'reported'`). */
const NOT_FOUND = 'No se encontró una página propia de Amazon sobre esto; el consejo sigue lo que se sabe ' +
  `(${CONFIDENCE['report of an Amazon notice'] ?? ''}).`;
const differ = (id: PolicyRuleId, note: string = NOT_FOUND) => `Las fuentes no coinciden (${id}): ${note} Fuentes: ${sources(id)}.`;

export const ES_PHRASES: PhraseTable = {
  'appeal.doNot.facts': () => 'No recurra sin hechos que la primera decisión no tuviera en cuenta.',
  'appeal.doNot.money': () => 'No pida al comprador que retire o cambie nada a cambio de dinero.',
  'appeal.grounds': () => 'Recurra solo si tiene motivos; por ejemplo, un seguimiento válido que muestre la entrega en la ' +
    'dirección del comprador, un comprador que nunca se puso en contacto con usted antes o un reembolso que ya había emitido.',
  'appeal.grounds.badge': () => ` Compruebe ${BADGE_WHERE}: si indica ${CP} y el paquete se envió a tiempo, Amazon ` +
    'debería haber pagado la reclamación.',
  'appeal.grounds.strong': () => `Tiene motivos sólidos: la etiqueta se compró a través de ${BS} con el distintivo ${CP} y se envió a tiempo, por lo que ` +
    'Amazon debería haber pagado la reclamación.',
  'appeal.title': (p) => `Recurra la reclamación concedida a más tardar el ${p.until} si tiene motivos`,
  'appeal.why': appealWhy,
  'appeal.why.reason': appealWhy,
  'appeal.why.undated': (p) => `Amazon concedió la reclamación del comprador${quoted(p.reason)} y se la cargó a usted; la ` +
    `reclamación ${COUNTS}. La página no muestra la fecha de la decisión; el plazo es de ${p.window} desde ella, y una reclamación se ` +
    `decide después de presentarse (${p.filed}): puede recurrir al menos hasta el ${p.until} con ${APPEAL_BUTTON} en ` +
    `${AZ_MENU} > ${APPEAL_TAB}. Confirme la fecha de la decisión para saber el final exacto del plazo. `,
  'appealClosed.title': (p) => `El plazo para recurrir terminó el ${p.ended}`,
  'appealClosed.why': (p) => `Amazon concedió la reclamación del comprador el ${p.decided} y se la cargó a usted. Una decisión ` +
    `solo se puede recurrir en un plazo de ${p.window}; ese plazo terminó el ${p.ended}, por lo que esta reclamación ya no se ` +
    'puede recurrir. No hay nada más pendiente al respecto.',
  'atoz.doNot.refund': () => `No reembolse: un reembolso suyo anula la protección de ${BS} y la pérdida pasa a ser suya.`,
  'atoz.doNot.reship': () => `No envíe un reemplazo: Amazon solo le compensa a través de la ${AZ} del comprador.`,
  'atoz.doNot.unanswered': (p) => `No deje sin responder las preguntas sobre la entrega: la protección exige una respuesta en un plazo de ${p.answerWithin}.`,
  'atoz.note.confirmation': () => '«A tiempo» se ha valorado según la fecha de envío del recuadro del paquete; Amazon lo valora ' +
    'según el primer escaneo del transportista.',
  'atoz.note.fileUntil': (p) => `El comprador puede presentar una ${AZ} hasta el ${p.until} (${p.window} después de la fecha de entrega máxima).`,
  'atoz.status.delivered': () => 'El seguimiento lo muestra como entregado, pero el comprador dice que no lo tiene.',
  'atoz.status.deliveredOn': (p) => `El seguimiento lo muestra como entregado el ${p.delivered}, pero el comprador dice que no lo tiene.`,
  'atoz.status.late': (p) => `La fecha de entrega prometida (${p.deliverBy}) ha pasado y el seguimiento no lo muestra como entregado.`,
  'atoz.title': () => `No reembolse ni vuelva a enviar: facilite los datos del seguimiento; el comprador presenta una ${AZ}`,
  'atoz.why.scan': atozWhy('primer escaneo del transportista el'),
  'atoz.why.shipped': atozWhy('enviado el'),
  'authorize.doNot.outside': () => 'No pida al comprador que devuelva el producto fuera del proceso de devoluciones de Amazon.',
  'authorize.doNot.unanswered': () => 'No deje la solicitud sin respuesta.',
  'authorize.note.noDate': () => 'La página no mostraba cuándo se hizo la solicitud: respóndala hoy.',
  'authorize.outside.doNot.promise': () => 'No diga al comprador que la devolución está autorizada antes de haber decidido autorizarla.',
  'authorize.outside.title': (p) => `Devolución solicitada fuera de plazo (terminó el ${p.ended}): autorícela igualmente o ` +
    `rechácela a más tardar el ${p.by}`,
  'authorize.outside.title.missed': (p) => `Vencido: la respuesta debía darse a más tardar el ${p.by}. Devolución solicitada ` +
    `fuera de plazo (terminó el ${p.ended}): autorícela igualmente o rechácela ahora`,
  'authorize.outside.why': (p) => ` La solicitud llegó después de que terminara el plazo de devolución el ${p.ended} ` +
    `(${p.window} después de la entrega, RET-WINDOW-30D), así que usted decide: rechácela con el motivo «fuera del plazo de ` +
    'devolución» o autorícela igualmente como devolución de cortesía.',
  'authorize.outside.why.claim': outsideClaim,
  'authorize.outside.why.claim.until': outsideClaim,
  'authorize.title': () => 'Responda a la solicitud de devolución',
  'authorize.title.by': (p) => `Responda a la solicitud de devolución a más tardar el ${p.by}`,
  'authorize.title.missed': (p) => `Vencido: la respuesta debía darse a más tardar el ${p.by}. Responda ahora a la solicitud de devolución`,
  'authorize.why': (p) => `El comprador solicitó devolver el producto${quoted(p.reason)}${p.requested ? ` el ${p.requested}` : ''} ` +
    'y la solicitud no se autorizó automáticamente, por lo que está pendiente de usted. Autorícela, o ciérrela indicando un ' +
    `motivo, en un plazo de ${p.answer}: un comprador cuya solicitud de devolución no se resuelva en un plazo de ${p.resolve} ` +
    `puede presentar una ${AZ}.`,
  'authorize.why.aprl': () => ' En EE. UU., toda devolución de un pedido gestionado por el vendedor necesita una etiqueta de ' +
    'devolución prepagada de Amazon, sea cual sea el valor del producto (se mantienen las exenciones por categoría): ' +
    'autorícela con la etiqueta prepagada de Amazon, no con una etiqueta propia.',
  'authorize.why.missed': (p) => ` Ese plazo venció el ${p.by}: respóndala ahora.`,
  'authorize.why.sellerPays': () => ' Con este motivo, usted paga el envío de la devolución: autorícela con una etiqueta prepagada.',
  'business': () => BUSINESS,
  'business.holidays': (p) => {
    const many = (p.holidays.match(/\(\d{4}-\d{2}-\d{2}\)/gu) ?? []).length > 1;
    return `${BUSINESS} ${holidayNames(p.holidays)} ${many ? 'caen' : 'cae'} en este plazo: si Amazon no ` +
      `${many ? 'los cuenta como días hábiles' : 'lo cuenta como día hábil'}, el plazo real termina un día hábil más tarde` +
      `${many ? ' por cada festivo' : ''}. Las fuentes no lo indican.`;
  },
  'cancel.doNot.reason': () => `No elija un motivo distinto de ${BUYER_CANCELED} (los demás motivos cuentan en su contra).`,
  'cancel.doNot.ship': () => 'No envíe el pedido.',
  'cancel.title': () => 'Cancele el pedido, como ha solicitado el comprador',
  'cancel.why': () => 'El comprador ha solicitado la cancelación y el pedido no se ha enviado. Cancélelo en Seller Central ' +
    `con el motivo ${BUYER_CANCELED}: así no computa en su ratio de cancelaciones. Si la solicitud llegó solo por mensaje, ` +
    `puede pedir al comprador que use «Solicitar cancelación» en ${YOUR_ORDERS}, o cancelarlo usted mismo con ese motivo.`,
  'canceled.doNot': () => 'No envíe un pedido cancelado.',
  'canceled.note.claim': () => `Una reclamación de este pedido aún aparece como abierta: compruébela en ${AZ_PAGE}.`,
  'canceled.title': () => 'No hay nada que hacer: el pedido está cancelado',
  'canceled.why': () => 'Amazon muestra este pedido como cancelado. No lo envíe; no hay nada más pendiente.',
  'claim.answer.atoz': (p) => `Ábrala en ${AZ_PAGE} y elija ${RESPOND}${p.by ? ` antes del ${p.by}` : ''}: ${ON_BUYERS_WORD}`,
  'claim.answer.chargeback': (p) => `Responda a la solicitud de devolución de cargo en ${CB_PAGE}` +
    `${p.by ? ` antes del ${p.by}` : ''}: ${ON_BUYERS_WORD}`,
  'claim.doNot.deadline': () => 'No deje pasar el plazo sin responder.',
  'claim.doNot.refund': () => `No reembolse esperando que la reclamación deje de computar en su ${ODR}: un reembolso después ` +
    'de presentarse una reclamación sigue computando.',
  'claim.doNot.refundProtected': () => `No reembolse: la etiqueta es ${CP}, Amazon debería pagar esta reclamación y su ` +
    'reembolso anularía esa protección.',
  'claim.filed.atoz': (p) => `El comprador ha presentado una ${AZ}${reasonAndAmount(p)}. `,
  'claim.filed.chargeback': (p) => `El comprador ha presentado una devolución de cargo${reasonAndAmount(p)}. `,
  'claim.missed.doNot.ignore': () => 'No dé el asunto por cerrado: una reclamación concedida y cargada a usted todavía se puede recurrir.',
  'claim.missed.title': (p) => `El plazo venció (${p.due}): responda ahora si la reclamación aún lo solicita, y recurra a más ` +
    `tardar el ${p.appealBy} si se resuelve en su contra`,
  'claim.missed.title.chargeback': (p) => `Vencido: la respuesta a la devolución de cargo debía darse a más tardar el ${p.due}`,
  'claim.missed.title.late': (p) => `El plazo venció (${p.due}): compruebe la decisión sobre la reclamación y si todavía se puede recurrir`,
  'claim.missed.why': (p) => `El plazo para responder a la ${AZ} del comprador venció el ${p.due}. Sin su respuesta, Amazon ` +
    'decide según la versión del comprador y, por lo general, concede la reclamación y se la carga a usted. Lo que aún puede ' +
    `hacer: vuelva a cargar la reclamación en ${AZ_PAGE}. Si todavía solicita su respuesta, responda ahora con los hechos.`,
  'claim.missed.why.appeal': (p) => ` Si Amazon la concedió y se la cargó a usted, recurra en un plazo de ${p.span} desde la ` +
    `decisión (${APPEAL_BUTTON} en ${APPEAL_TAB}): es decir, como mínimo hasta el ${p.appealBy}, o más tarde si la decisión ` +
    'fue posterior.',
  'claim.missed.why.appealLate': (p) => ` Solo se puede recurrir en un plazo de ${p.span} desde la decisión: consulte la ` +
    'fecha de la decisión en la reclamación para saber si ese plazo sigue abierto.',
  'claim.missed.why.chargeback': (p) => `El plazo para responder a la solicitud de devolución de cargo venció el ${p.due}. ` +
    `Lo que aún puede hacer: ábrala en ${CB_PAGE}. Si todavía solicita su respuesta, envíe ahora los datos del pedido, del ` +
    `seguimiento y de la entrega; si se resolvió en su contra, ${COUNTS} y no hay recurso a través de la Garantía de la A a la Z.`,
  'claim.note.noDeadline': () => 'La página no mostraba una fecha límite de respuesta: abra la reclamación para ver su plazo.',
  'claim.title.atoz': () => `Responda a Amazon sobre la ${AZ}`,
  'claim.title.atoz.by': claimTitle(`la ${AZ}`),
  'claim.title.chargeback': () => 'Responda a Amazon sobre la devolución de cargo',
  'claim.title.chargeback.by': claimTitle('la devolución de cargo'),
  'claim.what.notAsDescribed': () => ' Facilite los datos del anuncio y fotos de lo que envió.',
  'claim.what.notReceived': () => ' Facilite el transportista, el número de seguimiento y el justificante de entrega (foto o firma).',
  'claim.what.other': () => ' Facilite los hechos que responden al motivo del comprador, con el seguimiento y las fechas.',
  'claim.what.protected': () => ` La etiqueta se compró a través de ${BS} con el distintivo ${CP} y se envió a tiempo: indíquelo y facilite el ` +
    'seguimiento; Amazon debería pagar esta reclamación.',
  'claim.what.return': () => ' Indique cuándo llegó la devolución y cuándo reembolsó, o reembolse ahora si aún no lo ha hecho.',
  'confirm.doNot.guess': () => 'No actúe basándose en suposiciones.',
  'confirm.doNot.protection': () => 'No reembolse ni vuelva a enviar hasta saberlo: si la etiqueta es ' +
    `${CP}, un reembolso suyo anula la protección.`,
  'confirm.here': () => ' Confírmelo aquí y el consejo se basará en ello.',
  'confirm.join': () => ' ',
  'confirm.title': (p) => `Confirme ${p.facts.split(' ').map((f) => FACT_WORDS[f] ?? f).join(' y ')}`,
  'dateOnly.lastDay': (p) => `La página solo mostraba la fecha ${p.what}, sin la hora: el plazo termina el ${p.until} a esa hora, que la página no muestra, así que puede cerrarse en cualquier momento de ese día: apele lo antes posible.`,
  'dateOnly': (p) => `La página solo mostraba la fecha ${p.what}, sin la hora: el plazo se cuenta desde el inicio de ese día ` +
    '(lo más temprano posible).',
  'doNot.noTracking': () => 'No confirme el envío sin un número de seguimiento válido.',
  'doNot.offAmazon': () => 'No pida al comprador que pague ni que se comunique fuera de Amazon.',
  'intercept.doNot.promise': () => 'No prometa la nueva dirección antes de que el transportista confirme el desvío.',
  'intercept.doNot.second': () => 'No envíe un segundo paquete a la nueva dirección.',
  'intercept.title': () => 'Ya enviado: pida al transportista que intercepte o desvíe el envío',
  'intercept.why': (p) => `El paquete va de camino a la dirección del pedido (${p.tracking}). La única forma de cambiarlo ` +
    'ahora es que el transportista intercepte o desvíe el envío, si ofrece ese servicio. Si no se puede desviar, informe al ' +
    'comprador de que llegará a la dirección original.',
  'join.sentences': () => ' ',
  'late.doNot.shipPassed': () => 'No lo envíe ahora: un pedido cancelado no se paga.',
  'late.doNot.wait': () => 'No espere a la cancelación automática.',
  'late.title': (p) => `Con retraso: envíelo ahora o cancélelo; Amazon lo cancelará después del ${p.cancelDay}`,
  'late.title.passed': (p) => `Vencido: no se envió a más tardar el ${p.cancelDay}, por lo que Amazon cancela el pedido automáticamente`,
  'late.why': (p) => `La fecha prevista de envío (${p.shipByDay}) ha pasado y el pedido sigue ${UNSHIPPED}. Envíelo ahora con ` +
    'un número de seguimiento válido, o cancélelo si no puede enviarlo (sin existencias: cancélelo usted mismo). Ya cuenta ' +
    `como envío con retraso, y una ${AZ} sobre él se concedería automáticamente. Si no se envía y confirma antes de que ` +
    `termine el ${p.cancelDay}, Amazon lo cancela y la cancelación computa en su ratio de cancelaciones.`,
  'late.why.passed': (p) => `La fecha prevista de envío (${p.shipByDay}) pasó y el pedido no se envió ni se confirmó a más ` +
    `tardar el ${p.cancelDay}, la fecha de cancelación automática. Amazon lo cancela automáticamente (puede que ya lo haya ` +
    'hecho) y reembolsa al comprador; la cancelación computa en su ratio de cancelaciones. Lo que aún puede hacer: vuelva a ' +
    `cargar la página del pedido. Si muestra «Cancelado», no hay nada que enviar. Si sigue mostrando ${UNSHIPPED}, cancélelo ` +
    'usted mismo ahora en lugar de enviarlo y, si el comprador escribe, infórmele de que el pedido se ha cancelado y de que no ' +
    'se le cobrará.',
  'none.amazonFunded': () => 'Amazon concedió la reclamación y la pagó por su cuenta.',
  'none.appealed': () => 'El estado de la reclamación muestra un recurso ya presentado: lo decide Amazon y no hay un segundo recurso que presentar.',
  'none.atozClosed': (p) => `El plazo de la Garantía de la A a la Z terminó el ${p.closed} (${p.window} después de la fecha de ` +
    'entrega máxima): el comprador ya no puede presentar una reclamación sobre este pedido.',
  'none.claimableFrom': (p) => `El comprador puede presentar una ${AZ_NR} a partir del ${p.from}.`,
  'none.delivered': (p) => `El pedido se entregó${p.on ? ` el ${p.on}` : ''} y no hay nada pendiente de su parte.`,
  'none.denied': () => `La reclamación se rechazó: no ${COUNTS}.`,
  'none.ifBuyerWrites': (p) => `Si el comprador escribe, responda en un plazo de ${p.reply}.`,
  'none.neverDelivered': (p) => 'El pedido se envió, pero el seguimiento nunca lo mostró como entregado; su fecha de entrega ' +
    `máxima era el ${p.deliverBy}.`,
  'none.thanksOnly': () => 'El comprador solo le da las gracias y no pide nada: marque el mensaje como «No es necesario responder» en Mensajes entre compradores y vendedores. No hace falta una respuesta que solo agradezca (Amazon no quiere mensajes que solo den las gracias).',
  'none.nothing': () => 'Nada de lo que Claimwise ha visto de este pedido requiere ninguna acción ahora.',
  'none.onItsWay': (p) => `El pedido va de camino${p.deliverBy ? ` (entrega a más tardar el ${p.deliverBy})` : ''}.`,
  'none.overdue': (p) => 'El pedido se envió, pero el seguimiento no lo muestra como entregado, y la fecha de entrega ' +
    `prometida (${p.deliverBy}) ha pasado. Vigile el seguimiento y responda a cualquier mensaje del comprador en un plazo de ${p.reply}.`,
  'none.returnAuthorized': (p) => 'La devolución está autorizada: espere a que vuelva el producto y después reembólselo en un ' +
    `plazo de ${p.refund}.`,
  'none.returnClosed': (p) => `El plazo de devolución terminó el ${p.ended}.`,
  'none.returnOpen': (p) => `El comprador puede solicitar la devolución hasta el ${p.until}; una solicitud que le llegue debe ` +
    `responderse en un plazo de ${p.answer}.`,
  'none.title': () => 'No hay nada que hacer ahora',
  'none.title.closed': (p) => `No hay nada que hacer: el plazo de la Garantía de la A a la Z terminó el ${p.closed}`,
  'none.underReview': (p) => `Amazon está revisando la reclamación; si le pide información, responda en un plazo de ${p.respond}.`,
  'none.withdrawn': () => `El comprador retiró la reclamación: no ${COUNTS}.`,
  'offAmazon.doNot.contact': () => 'No envíe una dirección de correo electrónico, un número de teléfono, un identificador de ' +
    'aplicación de mensajería ni un enlace de pago.',
  'offAmazon.doNot.pay': () => 'No acepte pagos fuera de Amazon.',
  'offAmazon.title': () => 'Mantenga la conversación y el pago en Amazon',
  'offAmazon.why': () => 'El comprador pide pagar o comunicarse fuera de Amazon (una aplicación de pago, una aplicación de ' +
    'mensajería, correo electrónico o teléfono). Rechácelo con cortesía y mantenga todo en el ' +
    `${MESSAGING}: desviar a un comprador fuera de Amazon está prohibido y puede costarle sus privilegios de venta, y un pago ` +
    'fuera de Amazon no tiene la protección de la Garantía de la A a la Z para ninguno de los dos.',
  'pending.doNot.label': () => `No compre una etiqueta ni envíe mientras el pedido esté ${PENDING}.`,
  'pending.doNot.pay': () => 'No pida al comprador que le pague de otra forma.',
  'pending.title': () => `No lo envíe: el pedido está ${PENDING}`,
  'pending.why': (p) => `Amazon no ha terminado de verificar el pago del comprador (puede tardar hasta ${p.hold}). Un pedido ` +
    `${PENDING} no debe enviarse, aunque el comprador lo pida; pasa a ${UNSHIPPED} cuando está listo. El comprador puede ` +
    `cancelarlo en un plazo de ${p.cancel} desde la compra y, después, a través del ${CUSTOMER_SERVICE}, que es también adonde debe ` +
    'dirigirse cualquier pregunta sobre el pago.',
  'refund.doNot.deduct': () => 'No descuente el envío de la devolución ni una tarifa de reposición de existencias si el ' +
    'producto está dañado, es defectuoso o no es el correcto.',
  'refund.doNot.wait': () => 'No espere a que el comprador lo pida.',
  'refund.note.noDate': () => 'La página no mostraba cuándo llegó la devolución: reembólsela ahora.',
  'refund.title': () => 'Reembolse el producto devuelto',
  'refund.title.by': (p) => `Reembolse el producto devuelto a más tardar el ${p.by}`,
  'refund.title.missed': (p) => `Vencido: el reembolso debía hacerse a más tardar el ${p.by}. Reembolse ahora, salvo que Amazon ya lo haya hecho`,
  'refund.why': (p) => `La devolución${p.received ? ` llegó el ${p.received}` : ' ha llegado'} y no se ha reembolsado. ` +
    `Reembólsela en un plazo de ${p.within} desde su recepción${p.by ? ` (a más tardar el ${p.by})` : ''}; de lo contrario, ` +
    'Amazon puede reembolsar al comprador por su cuenta y cargarlo en su cuenta de vendedor.',
  'refund.why.auto': (p) => `La devolución${p.received ? ` llegó el ${p.received}` : ' ha llegado'} y no se ha reembolsado. ` +
    'Reembólsela, o evalúela en el «Guided Refund Workflow», en un plazo de ' +
    `${p.within} o de ${p.days} desde su recepción, el que termine antes${p.by ? ` (a más tardar el ${p.by})` : ''}: después, Amazon reembolsa al ` +
    'comprador automáticamente y usted ya no puede reclamar ese reembolso mediante SAFE-T.',
  'refund.why.missed': () => ' Ese plazo ha vencido: compruebe primero el historial de reembolsos del pedido (puede que Amazon ' +
    'haya reembolsado al comprador y se lo haya cargado a usted) y reembolse ahora si no se ha emitido ningún reembolso.',
  'refund.why.sellerPays': (p) => ` El motivo indicado («${p.reason}») es uno por el que usted paga el envío de la ` +
    'devolución: reembolse el importe completo.',
  'refundAfterClaim': () => `Se ha presentado una ${AZ} sobre este pedido: un reembolso suyo ahora pone fin a la disputa ` +
    `por el dinero, pero la reclamación sigue computando en su ${ODR} (AZ-OUTCOMES).`,
  'reorder.doNot.label': () => 'No cambie a mano la dirección de la etiqueta.',
  'reorder.doNot.message': () => 'No envíe a la dirección escrita en el mensaje.',
  'reorder.note.sfp': () => `Pedidos del servicio Prime gestionado por el vendedor: remita al comprador al ${CUSTOMER_SERVICE}.`,
  'reorder.title': () => 'Cambio de dirección: cancele y el comprador vuelve a hacer el pedido con la nueva dirección',
  'reorder.why': () => 'Solo puede enviar a la dirección que muestra Seller Central, y no se puede cambiar en un pedido ya ' +
    `existente. El pedido no se ha enviado, así que cancélelo con el motivo ${BUYER_CANCELED} y pida al comprador que haga ` +
    'un nuevo pedido con la nueva dirección.',
  'reply.by': (p) => ` Responda a más tardar el ${p.due} (${p.reply} después del mensaje del comprador, fines de semana incluidos).`,
  'reply.doNot.auto': () => 'No confíe en una respuesta automática.',
  'reply.doNot.links': () => 'No incluya enlaces, direcciones de correo electrónico ni números de teléfono en la respuesta.',
  'reply.late': (p) => ` El mensaje del comprador lleva más de ${p.reply} esperando (la respuesta debía darse a más tardar ` +
    `el ${p.due}): responda ahora.`,
  'reply.timeUnknown': (p) => 'No se mostraba la hora del mensaje del comprador: responda lo antes posible, en un plazo de ' +
    `${p.reply} desde que llegó (MSG-24H).`,
  'reply.title': (p) => `Responda al comprador en un plazo de ${p.reply}`,
  'reply.topic.addressDelivered': () => 'El comprador pide cambiar la dirección de entrega, pero el pedido ya se ha entregado. ' +
    'Indíquele dónde se entregó según el seguimiento.',
  'reply.topic.cancelShipped': () => 'El comprador ha pedido cancelar, pero el pedido ya se ha enviado, así que ya no se puede ' +
    'cancelar. Indíquele que puede rechazar la entrega o devolver el producto a través de ' +
    `${YOUR_ORDERS} cuando lo reciba.`,
  'reply.topic.claimOpen': () => `El comprador escribe sobre la entrega y ya ha presentado una ${AZ}: responda con los ` +
    'datos del seguimiento; la reclamación en sí se responde a Amazon (consulte el consejo sobre la reclamación).',
  'reply.topic.damaged': () => replyDamaged('el producto llegó dañado o no funciona'),
  'reply.topic.notShipped': (p) => 'El comprador pregunta por la entrega, pero el pedido aún no se ha enviado' +
    `${p.shipBy ? ` (fecha prevista de envío: ${p.shipBy})` : ''}. Indíquele cuándo se enviará. Si una pregunta sobre la ` +
    `entrega queda sin respuesta, una ${AZ} se concede automáticamente.`,
  'reply.topic.invoice': () => 'El comprador pide una factura. Súbala al pedido en Gestionar pedidos («Subir factura») o adjúntela a su respuesta en Mensajes entre compradores y vendedores: una factura es un mensaje que puede enviar. Responda a esta parte aunque otro paso responda al resto.',
  'reply.topic.other': () => `El comprador ha escrito y espera una respuesta. Responda en el ${MESSAGING}; una respuesta ` +
    'automática no cuenta. Si el mensaje no necesita respuesta (un agradecimiento), elija «No es necesario responder» para que ' +
    'cuente como respondido.',
  'reply.topic.return': (p) => `El comprador quiere devolver el producto. Remítale a la solicitud de devolución en ${YOUR_ORDERS} ` +
    `(el proceso de devoluciones de Amazon, en un plazo de ${p.window} desde la entrega, más largo en temporada navideña) y ` +
    `resuélvala en un plazo de ${p.resolve}.`,
  'reply.topic.wrongItem': () => replyDamaged('el producto no es el que pidió'),
  'reply.within': (p) => ` El comprador espera una respuesta: responda en un plazo de ${p.reply} desde su mensaje, fines de semana incluidos.`,
  'reship.doNot.unanswered': () => 'No deje el mensaje sin respuesta: una reclamación tras un mensaje sobre la entrega sin ' +
    'responder se concede automáticamente.',
  'reship.late.doNot.wait': () => 'No espere a que el comprador presente una reclamación: una reclamación presentada primero ' +
    'cuenta en su contra aunque usted reembolse después.',
  'reship.late.title': (p) => `Ofrezca un reembolso o un reemplazo a más tardar el ${p.by}, antes de que el comprador pueda presentar una ${AZ}`,
  'reship.late.title.now': () => `El comprador ya puede presentar una ${AZ}: ofrezca hoy un reembolso o un reemplazo`,
  'reship.late.why': reshipLateWhy(false),
  'reship.late.why.now': reshipLateWhy(true),
  'reship.note.noContact': (p) => 'En EE. UU., el comprador no tiene que escribirle antes de una reclamación por producto no ' +
    `recibido y puede presentarla en cuanto se le permita: no cuente con ${p.resolve} para resolverlo, actúe ahora. Si Amazon ` +
    `le pregunta por una reclamación, responda en un plazo de ${p.info} (la página de la Garantía de la A a la Z de Amazon ` +
    `indica ${p.represent}; se usa el plazo más temprano).`,
  'reship.state.delivered': () => 'El seguimiento muestra el paquete como entregado, pero el comprador dice que no ha llegado.',
  'reship.state.deliveredOn': (p) => `El seguimiento muestra el paquete como entregado el ${p.delivered}, pero el comprador dice que no ha llegado.`,
  'reship.state.late': (p) => `La fecha de entrega prometida (${p.deliverBy}) ha pasado y el seguimiento no muestra el paquete como entregado.`,
  'reship.title': () => 'Reembolse o envíe un reemplazo antes de que el comprador presente una reclamación',
  'reship.why.ownLabel': reshipWhy(labelWords('own')),
  'reship.why.unprotected': reshipWhy(labelWords('unprotected')),
  'respondByDateOnly': () => 'La página mostraba la fecha límite de respuesta sin hora: se toma como el final de ese día en ' +
    'la zona horaria del marketplace. Responda antes si puede.',
  'safet.doNot.discard': () => 'No tire el producto devuelto ni su embalaje antes de que se resuelva la reclamación: fotografíe ambos.',
  'safet.doNot.refund': () => 'No vuelva a reembolsar al comprador: Amazon ya le ha reembolsado.',
  'safet.title': (p) => `Si la devolución no llega tal como se envió, presente una reclamación SAFE-T a más tardar el ${p.by}`,
  'safet.title.missed': (p) => `Vencido: una reclamación SAFE-T para esta devolución debía presentarse a más tardar el ${p.by}`,
  'safet.why': (p) => `Amazon reembolsó al comprador el ${p.refunded}, antes de que la devolución le llegara a usted. Si la ` +
    'devolución no llega, o llega dañada, usada o no es el producto que usted envió, presente una reclamación SAFE-T en un ' +
    `plazo de ${p.span} (a más tardar el ${p.by}). El plazo de ${p.span} se cuenta desde lo que ocurra más tarde: la entrega de la ` +
    'devolución a usted o el reembolso; para una devolución perdida en tránsito, desde su último escaneo del transportista, que ' +
    'puede ser anterior: compruebe el seguimiento de la devolución.',
  'safet.why.missed': () => ' Esa fecha ha pasado: Amazon ya no acepta una reclamación SAFE-T por este reembolso.',
  'safety.doNot.fault': () => 'No admita la culpa ni prometa dinero al comprador por su cuenta.',
  'safety.doNot.ignore': () => 'No ignore la notificación.',
  'safety.doNot.outside': () => 'No se ponga en contacto con el comprador fuera de Amazon.',
  'safety.missed.title': (p) => `Vencido: los datos del seguro debían enviarse a más tardar el ${p.due}. Envíelos ahora`,
  'safety.missed.why': (p) => 'La prueba del seguro de responsabilidad civil para esta reclamación por daños materiales o ' +
    `personales debía enviarse a más tardar el ${p.due}. Puede que Amazon ya haya pagado al comprador y le haya cobrado el ` +
    'importe a usted. Lo que aún puede hacer: envíe ahora los datos de su aseguradora, el número de póliza y las pruebas en ' +
    `${AZ_MENU} y, si Amazon resolvió en su contra, impugne la decisión en un plazo de ${p.dispute} desde ella.`,
  'safety.missed.why.check': () => ' Consulte la fecha de la decisión en la reclamación para saber si ese plazo sigue abierto.',
  'safety.missed.why.until': (p) => ` Es decir, como mínimo hasta el ${p.until}.`,
  'safety.note.noDate': () => 'La página no mostraba la fecha de la notificación: abra la reclamación para ver su plazo.',
  'safety.title': () => 'Envíe los datos de su seguro de responsabilidad civil',
  'safety.title.by': (p) => `Envíe los datos de su seguro de responsabilidad civil a más tardar el ${p.by}`,
  'safety.why': (p) => `El comprador ha presentado una reclamación por daños materiales o personales${reasonAndAmount(p)}. ` +
    `Responda en ${AZ_MENU} con su aseguradora de responsabilidad civil, el número de póliza y sus pruebas en un plazo de ` +
    `${p.respond} desde la notificación${p.by ? ` (a más tardar el ${p.by})` : ''}. Sin prueba de cobertura, Amazon puede ` +
    `pagar al comprador y cobrarle el importe a usted. Puede impugnar la decisión en un plazo de ${p.dispute}.`,
  'share.doNot.link': () => 'No envíe un enlace a un sitio de seguimiento externo: facilite el transportista y el número de seguimiento.',
  'share.doNot.refund': () => 'No reembolse ni vuelva a enviar mientras el paquete siga dentro de plazo.',
  'share.title': () => 'Comparta el seguimiento: el paquete sigue dentro de plazo',
  'share.why': (p) => 'El paquete va de camino y sigue dentro de la fecha de entrega prometida (entrega a más tardar el ' +
    `${p.deliverBy}). Responda con el transportista, el número de seguimiento (${p.tracking}) y la fecha de entrega prevista.`,
  'share.why.from': (p) => ` El comprador puede presentar una ${AZ_NR} a partir del ${p.from} si para entonces no ha llegado.`,
  'shipBy.doNot.address': () => 'No envíe a ninguna dirección distinta de la que figura en Seller Central.',
  'shipBy.title': (p) => `Envíe y confirme con número de seguimiento a más tardar el ${p.by}`,
  'shipBy.why': (p) => 'Envíe el pedido y confirme el envío con un número de seguimiento válido antes de que termine el ' +
    `${p.by} (la fecha prevista de envío). Un envío confirmado más tarde computa en su ratio de envíos atrasados ` +
    `(manténgala por debajo del ${p.rate}), y una ${AZ} sobre un pedido no confirmado en su fecha prevista de envío se ` +
    'concede automáticamente y se le carga a usted.',
  'start.after': (p) => `${p.event} el ${p.day}, en o después del ${p.date}, fecha en que ${p.id} entró en vigor en este ` +
    'marketplace: se aplica.',
  'start.before': (p) => `${p.event} el ${p.day}, antes del ${p.date}, fecha en que ${p.id} entra en vigor en este ` +
    'marketplace: todavía no se aplica.',
  'tracking.both': (p) => `${p.carrier}, número de seguimiento ${p.trackingId}`,
  'tracking.carrier': (p) => `${p.carrier} (número de seguimiento no leído: cópielo de la página del pedido)`,
  'tracking.id': (p) => `número de seguimiento ${p.trackingId}`,
  'tracking.none': () => 'el número de seguimiento de la página del pedido',
  'version.after': (p) => `${p.event} el ${p.day}, en o después del ${p.date}, fecha en que ${p.newer} sustituyó a ` +
    `${p.older} en este marketplace: se aplica ${p.used}.`,
  'version.before': (p) => `${p.event} el ${p.day}, antes del ${p.date}, fecha en que ${p.newer} sustituye a ${p.older} ` +
    `en este marketplace: todavía se aplica ${p.used}.`,
  'version.event.refunded': () => 'Amazon reembolsó al comprador',
  'version.event.returnArrived': () => 'La devolución llegó',
  'version.event.returnRequested': () => 'La devolución se solicitó',
  'zoneUnknown': () => 'No se conoce el marketplace: las fechas se muestran en UTC. Abra el pedido en su sitio de Seller ' +
    'Central para ver las fechas locales.',
  'confirm.need.status|ORD-UNSHIPPED': () => `${LOOK_STATUS} (${UNSHIPPED}, «Enviado», «Entregado»): determina si el ` +
    'paquete está en camino o no.',
  'confirm.need.deliverBy|AZ-ELIG-INR': () => 'Consulte la fecha de entrega («Deliver by») en el resumen del pedido (la ' +
    'última fecha del intervalo): determina si el paquete sigue dentro de la fecha de entrega prometida o va con retraso.',
  'confirm.need.claimsProtected|BS-CLAIMS-PROTECTED': () => `Consulte ${BADGE_WHERE} (${CP} o «Late Delivery Risk»); ` +
    'sin distintivo, o con una etiqueta comprada en otro sitio, no está protegida: determina si Amazon paga esta ' +
    'reclamación (no reembolse) o si usted debe reembolsar o volver a enviar.',
  'confirm.need.shipBy|BS-CLAIMS-PROTECTED': () => `Consulte ${SHIP_BY}: determina ${ON_TIME_NEEDED}`,
  'confirm.need.shippedAt+firstScanAt|BS-CLAIMS-PROTECTED': () => 'Consulte la fecha de envío en el recuadro del paquete y el ' +
    `primer escaneo del transportista en los eventos de seguimiento: determinan ${ON_TIME_NEEDED}`,
  'confirm.need.claimsProtected+firstScanAt|BS-CLAIMS-PROTECTED': () => 'Consulte el primer escaneo del transportista en los ' +
    `eventos de seguimiento y si ${BS} sigue mostrando el pedido como ${CP}: determina si Amazon sigue pagando una ` +
    'reclamación aunque el envío parezca tardío (primer escaneo después de la fecha prevista de envío).',
  'confirm.need.status|ORD-ADDRESS+ORD-CANCEL-REQUEST': () => `${LOOK_STATUS} (${UNSHIPPED}, «Enviado», «Entregado»): ` +
    `determina si el pedido aún se puede cancelar (${UNSHIPPED}) o si requiere que el transportista intercepte el envío («Enviado»).`,
  'confirm.need.shipBy|ORD-LATE-SHIP+ORD-AUTO-CANCEL': () => `Consulte ${SHIP_BY}: determina la fecha en la que debe ` +
    'enviarse el pedido y cuándo lo cancela Amazon.',
  'confirm.need.status|ORD-UNSHIPPED+ORD-PENDING': () => `${LOOK_STATUS} (${PENDING}, ${UNSHIPPED}, «Enviado», «Entregado», ` +
    '«Cancelado»): determina si el pedido debe enviarse, si todavía no debe enviarse o si no requiere nada.',
  'confirm.need.claim.fundedBy|AZ-APPEAL-30D': () => `Consulte el estado de la reclamación en ${AZ_MENU} ` +
    '(«Granted/Seller Funded» o «Granted/Amazon Funded»): determina si puede recurrirla (solo las reclamaciones que se le ' +
    'cargaron a usted).',
  'confirm.need.claim.decidedAt|AZ-APPEAL-30D': (p) => `Consulte la fecha de la decisión de la reclamación en ${AZ_MENU} > ` +
    `${APPEAL_TAB}: determina hasta cuándo puede recurrir (${p.appeal} después de la decisión).`,
  'confirm.need.claim.respondBy|AZ-SAFETY': () => "Abra la reclamación en Reclamaciones bajo la Garantía de la A a la Z y anote la fecha del aviso de Amazon o la fecha límite de respuesta: los 7 días para enviar la prueba del seguro cuentan desde el aviso.",
  'confirm.need.claim.respondBy|AZ-INFO-REQUEST': () => "Consulte la fecha límite de respuesta («Responder antes del») de la reclamación en Reclamaciones bajo la Garantía de la A a la Z: determina cuánto tiempo tiene para responder antes de que Amazon decida sin usted.",
  'confirm.need.return.receivedAt|RET-REFUND-2D': () => "Consulte en Gestionar devoluciones la fecha en que llegó la devolución: determina el día en que vence el reembolso.",
  'confirm.need.return.status|RET-AUTHORIZE+RET-REFUND-2D': () => "Consulte en Gestionar devoluciones el estado de la devolución (pendiente de su autorización, autorizada y en camino, o recibida): determina si debe autorizarla ahora, esperarla o reembolsarla.",
  ...notePhrases(noteOf),
  ...differPhrases((id) => differ(id, (NOTES as Partial<Record<string, string>>)[id])),
  'dateOnly.request': () => 'de la solicitud',
  'dateOnly.decision': () => 'de la decisión',
  'dateOnly.filing': () => 'de la presentación',
  'dateOnly.notice': () => 'de la notificación',
  'dateOnly.returnArrived': () => 'de llegada de la devolución',
  'unread.title': () => 'Claimwise no pudo leer esta página: guarde una captura anonimizada y revísela usted mismo',
  'unread.why': (p) => `Esta página${p.kind ? ` (${PAGE_KINDS[p.kind] ?? p.kind})` : ''} muestra registros que Claimwise no ` +
    `pudo leer (${p.what}). No consta que haya nada pendiente, pero tampoco consta que no lo haya: revise usted mismo esos registros en ` +
    'la página y guarde una captura sin los datos del comprador para que se pueda corregir la lectura.',
  'unread.doNot': () => 'No concluya que «no hay nada que hacer» a partir de una página que Claimwise no pudo leer.',
  'unread.note': (p) => `No leído: ${p.region}`,
  'overdue.title': (p) => `Vencido (debía hacerse a más tardar el ${p.due}): ${p.title}`,
  'doubt.note': (p) => `Claimwise no está seguro de lo que pide el comprador (quizá: ${p.maybe}): lea el mensaje y corrija «El comprador pide» en la ventana de la extensión; este consejo sigue su elección.`,
  'doubt.note.plain': () => "Claimwise no está seguro de lo que pide el comprador: lea el mensaje y corrija «El comprador pide» en la ventana de la extensión; este consejo sigue su elección.",
  'doubt.intent.not-received': () => "no recibido",
  'doubt.intent.damaged': () => "dañado",
  'doubt.intent.wrong-item': () => "artículo equivocado",
  'doubt.intent.return': () => "una devolución",
  'doubt.intent.cancel': () => "cancelar",
  'doubt.intent.address-change': () => "un cambio de dirección",
  'doubt.intent.where-is-my-order': () => "dónde está el pedido",
  'doubt.intent.off-amazon': () => "contacto fuera de Amazon",
  'doubt.intent.other': () => "otra cosa",
  'doubt.title.cancel': () => "Lea el mensaje del comprador antes de cancelar: quizá no pide la cancelación",
  'doubt.title.address': () => "Lea el mensaje del comprador antes de cancelar o redirigir: quizá no pide una dirección nueva",
  'doubt.title.delivery': () => "Lea el mensaje del comprador antes de reembolsar, reenviar o remitir a la Garantía de la A a la Z: quizá no informa de un paquete perdido",
  'doubt.why.cancel': () => "El mensaje parece una solicitud de cancelación, pero no está claro. Si el comprador la pide, cancele el pedido con el motivo «Cancelado por el comprador»; si no, envíelo como siempre antes de la fecha límite de envío. Indique lo que pide el comprador y el consejo seguirá su elección.",
  'doubt.why.address': () => "El mensaje parece una solicitud de cambio de la dirección de envío, pero no está claro. Si lo es: antes del envío, cancele y el comprador vuelve a pedir con la dirección nueva; una vez enviado, pida al transportista que intercepte o redirija el paquete. Indique lo que pide el comprador y el consejo seguirá su elección.",
  'doubt.why.delivery': () => "El mensaje parece un aviso de que el paquete no ha llegado, pero no está claro. Si lo es, se aplica el consejo para un paquete perdido; si no, un reembolso, un segundo paquete o remitir a una reclamación de la A a la Z responderían a algo que el comprador no ha preguntado. Indique lo que pide el comprador y el consejo seguirá su elección.",
  'doubt.doNot.cancel': () => "No cancele el pedido antes de haber leído el mensaje usted mismo.",
  'doubt.doNot.address': () => "No cancele, no redirija ni envíe a otra dirección antes de haber leído el mensaje usted mismo.",
  'doubt.doNot.delivery': () => "No reembolse, no reenvíe ni remita al comprador a la Garantía de la A a la Z antes de haber leído el mensaje usted mismo.",
  'doubt.title.contact': () => "Lea el mensaje del comprador antes de responderlo como una petición de salir de Amazon: quizá no lo sea",
  'doubt.why.contact': () => "El mensaje parece una petición de pagar o comunicarse fuera de Amazon, pero no está claro. Si lo es, rechácela con cortesía y mantenga la conversación y el pago en Amazon; si no, responda a lo que el comprador pide de verdad. Indique lo que pide el comprador y el consejo seguirá su elección.",
  'doubt.doNot.contact': () => "Pida lo que pida el mensaje, no comparta datos de contacto ni acepte pagos fuera de Amazon.",
  'doubt.shipBy': (p) => `Si el comprador no lo pide, el pedido debe enviarse igualmente a más tardar el ${p.by}.`,
};

export const ES: AdviceLanguage = { locale: 'es-ES', span, pct, phrases: ES_PHRASES };
