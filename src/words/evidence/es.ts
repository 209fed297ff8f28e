// Spanish evidence wording for Amazon (amazon.es / amazon.com.mx support answers in Spanish).
import type { EvidenceWording } from './types.ts';

const versus = (shipBy: string | null, onTime: boolean | null): string => shipBy === null || onTime === null ? '.'
  : onTime ? `, a más tardar en la fecha límite de envío (${shipBy}).` : `, después de la fecha límite de envío (${shipBy}).`;

export const es: EvidenceWording = {
  title: (action, orderId, claimId) => {
    const claim = claimId ? ` n.º ${claimId}` : '';
    switch (action) {
      case 'respond-to-claim': return `Pedido ${orderId}: nuestra respuesta a la reclamación${claim} de la Garantía de la A a la Z`;
      case 'appeal-claim': return `Pedido ${orderId}: recurso contra la decisión sobre la reclamación${claim} de la Garantía de la A a la Z`;
      case 'provide-insurance': return `Pedido ${orderId}: nuestra respuesta a la reclamación${claim} por daños materiales o personales`;
    }
  },
  claimFiled: (d) => `La reclamación se presentó el ${d}.`,
  claimReason: (r) => `Motivo indicado: «${r}».`,
  claimAmount: (a) => `El importe de la reclamación es de ${a}.`,
  claimDecided: (d, debited) => debited ? `La reclamación se concedió el ${d} y se cargó en nuestra cuenta.` : `La reclamación se resolvió el ${d}.`,
  appealWithin: (last, days) => `Este recurso se presenta dentro de los ${days} días siguientes a esa decisión (plazo hasta el ${last}).`,
  safetyWithin: (notice, days) => `Esta respuesta se envía dentro de los ${days} días siguientes al aviso de reclamación del ${notice}.`,
  shipped: (d, shipBy, onTime) => `El envío se confirmó el ${d}${versus(shipBy, onTime)}`,
  firstScan: (d, shipBy, onTime) => `El primer escaneo del transportista fue el ${d}${versus(shipBy, onTime)}`,
  buyShipping: () => 'La etiqueta de envío se compró a través de Amazon Buy Shipping.',
  claimsProtected: () => 'La etiqueta lleva el distintivo «Claims Protected».',
  carrierTracking: (carrier, tracking) => carrier && tracking ? `Transportista: ${carrier}, número de seguimiento ${tracking}.`
    : carrier ? `Transportista: ${carrier}.` : `Número de seguimiento: ${tracking ?? ''}.`,
  deliverBy: (d) => `La fecha de entrega estimada más tardía era el ${d}.`,
  delivered: (d) => `El seguimiento del transportista muestra el paquete como entregado el ${d}.`,
  deliveredNoDate: () => 'El pedido figura como entregado.',
  notDelivered: () => 'El pedido figura como enviado, pero aún no como entregado.',
  buyerWrote: (d) => `El comprador nos escribió por primera vez el ${d}.`,
  sellerAnswered: (d, within) => `Respondimos el ${d}${within ? `, en menos de ${within} horas` : ''}.`,
  returnRequested: (d) => `El comprador solicitó una devolución el ${d}.`,
  returnNotReceived: () => 'El artículo devuelto aún no nos ha llegado.',
  returnTracking: (t) => `Número de seguimiento de la devolución: ${t}.`,
  returnReceived: (d) => `Recibimos el artículo devuelto el ${d}.`,
  refunded: (d, within) => within ? `Emitimos el reembolso el ${d}, dentro de los ${within} días hábiles siguientes a la recepción de la devolución.`
    : `Emitimos el reembolso el ${d}.`,
  protection: (basis) => `La etiqueta se compró a través de Amazon Buy Shipping con el distintivo «Claims Protected», y ${basis === 'scan'
    ? 'el primer escaneo del transportista se realizó' : 'el envío se confirmó'} a más tardar en la fecha límite de envío. Según la protección de reclamaciones de Buy Shipping, una reclamación porque este paquete no llegó debe correr a cargo de Amazon y no cargarse en nuestra cuenta.`,
  request: {
    'respond-to-claim': 'Solicitamos a Amazon que tenga en cuenta estos hechos al resolver esta reclamación.',
    'appeal-claim': 'Solicitamos a Amazon que revise estos hechos y revoque la decisión sobre esta reclamación.',
    'provide-insurance': 'Solicitamos a Amazon que tenga en cuenta los datos de nuestro seguro de responsabilidad civil para esta reclamación.',
  },
  blank: {
    shipBy: 'fecha límite de envío', shippedAt: 'fecha de confirmación del envío', firstScan: 'fecha del primer escaneo del transportista',
    carrier: 'transportista', trackingId: 'número de seguimiento', deliveredAt: 'estado y fecha de entrega',
    trackingStatus: 'último evento de seguimiento y su fecha', buyShipping: 'etiqueta comprada con Amazon Buy Shipping (sí/no)',
    claimsProtected: 'distintivo «Claims Protected» en la etiqueta (sí/no)', buyerFirstMessage: 'fecha del primer mensaje del comprador',
    sellerReply: 'fecha de nuestra respuesta', returnTracking: 'número de seguimiento de la devolución', returnReceived: 'fecha de recepción de la devolución',
    refundDate: 'fecha del reembolso', claimDecided: 'fecha en que se concedió la reclamación', claimNotice: 'fecha del aviso de reclamación',
    insurer: 'aseguradora', policyNumber: 'número de póliza', coverage: 'importe de la cobertura', policyPeriod: 'periodo de vigencia de la póliza',
  },
  attach: {
    proofOfDelivery: 'Prueba de entrega del transportista (escaneo de entrega, ubicación GPS o firma, foto si la hay)',
    trackingHistory: 'Historial de seguimiento completo del transportista, incluido el primer escaneo',
    returnProof: 'Seguimiento de la devolución que muestre su entrega a nosotros',
    returnPhotos: 'Fotos del artículo devuelto tal como se recibió',
    insuranceCertificate: 'Certificado del seguro de responsabilidad civil',
    productPhotos: 'Fotos del producto, su etiquetado y sus advertencias de seguridad',
    productCompliance: 'Certificados de seguridad del producto o informes de ensayo',
  },
};
