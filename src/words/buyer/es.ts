// Spanish buyer replies (usted). Same facts and limits as the English wording: nothing invented, no refund or
// reship promised for a protected order (BS-CLAIMS-PROTECTED), nothing outside Amazon (MSG-PROHIBITED, OFF-AMAZON).
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences(' ', ...p);
const ORDERS = '«Mis pedidos» de Amazon';
const CANCEL = '«Solicitar cancelación»';

function thanks(f: BuyerFacts): string {
  return `Gracias por su mensaje sobre el pedido ${f.orderId}.`;
}

function via(f: BuyerFacts): string {
  if (f.carrier && f.trackingId) return ` con ${f.carrier} (número de seguimiento ${f.trackingId})`;
  if (f.carrier) return ` con ${f.carrier}`;
  if (f.trackingId) return ` (número de seguimiento ${f.trackingId})`;
  return '';
}

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return 'Este pedido se ha cancelado.';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `Según la información de seguimiento, su pedido se entregó el ${f.deliveredAt}.`
      : 'Según la información de seguimiento, su pedido ya se ha entregado.';
  }
  const arrival = f.deliverBy && `Debería llegarle a más tardar el ${f.deliverBy}.`;
  if (f.shippedAt) return s(`Su pedido se envió el ${f.shippedAt}${via(f)}.`, arrival);
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`Su pedido ya se ha enviado${via(f)}.`, arrival);
  if (f.status === 'unshipped' && f.shipBy) return `Su pedido se enviará a más tardar el ${f.shipBy}.`;
  return null;
}

export const es: BuyerWording = {
  greeting: 'Hola:',
  signOff: (sig) => (sig ? `Saludos cordiales,\n${sig}` : 'Saludos cordiales'),
  templates: {
    'dont-ship-pending': (f) => [
      `Gracias por su pedido ${f.orderId}.`,
      'Amazon todavía está verificando este pedido y solo podemos enviarlo cuando Amazon haya completado la verificación. Prepararemos su pedido en cuanto esto ocurra.',
      'Si tiene alguna pregunta sobre la verificación o sobre su pago, póngase en contacto con Atención al Cliente de Amazon, ya que solo Amazon puede consultarlo y resolverlo.',
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `Su pedido se enviará a más tardar el ${f.shipBy}.` : 'Su pedido se enviará dentro del plazo de preparación indicado en Amazon.',
        f.deliverBy && `Debería llegarle a más tardar el ${f.deliverBy}.`),
      `Una vez enviado, podrá seguir el paquete en ${ORDERS}.`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `Lamentamos no haber podido enviar su pedido ${f.orderId} a tiempo.`,
      'Por ello, el pedido se cancela y no se le cobrará.',
      'Disculpe las molestias.',
    ] : [
      s(`Lamentamos que su pedido ${f.orderId} aún no se haya enviado.`, f.shipBy && `Debería haberse enviado a más tardar el ${f.shipBy}.`),
      `Estamos trabajando en ello y, una vez enviado, podrá seguir el paquete en ${ORDERS}.`,
      `Si prefiere no esperar, elija ${CANCEL} para este pedido en «Mis pedidos» o responda a este mensaje, y cancelaremos el pedido.`,
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `Su pedido se ha cancelado tal como nos pidió. Puede ver la cancelación en ${ORDERS}.`]
      : [thanks(f), `Para cancelarlo, abra el pedido en ${ORDERS} y elija ${CANCEL}. En cuanto recibamos su solicitud, cancelaremos el pedido.`],
    'cancel-and-reorder': (f) => [
      `Gracias por informarnos de la nueva dirección de entrega del pedido ${f.orderId}.`,
      'Solo podemos enviar a la dirección que figura en el pedido de Amazon y no podemos modificarla nosotros.',
      `Si desea recibir el artículo en la nueva dirección, cancele este pedido (${CANCEL} en ${ORDERS}) y haga un nuevo pedido con la nueva dirección. Cancelaremos este pedido en cuanto recibamos su solicitud.`,
    ],
    'carrier-intercept': (f) => [
      `Gracias por informarnos de la nueva dirección de entrega del pedido ${f.orderId}.`,
      `Su pedido ya se ha enviado${via(f)}, por lo que la dirección del pedido ya no se puede cambiar.`,
      `Preguntaremos ${f.carrier ? `a ${f.carrier}` : 'a la empresa de transporte'} si es posible desviar el paquete a la nueva dirección y le informaremos del resultado. Tenga en cuenta que no podemos garantizar que el desvío sea posible.`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `Puede seguir el paquete en cualquier momento en ${ORDERS}.`,
    ],
    'direct-to-a-to-z': (f) => [
      `Lamentamos mucho que no haya recibido su pedido ${f.orderId}.`,
      f.status === 'delivered' || f.deliveredAt
        ? `Según el seguimiento${f.carrier ? ` de ${f.carrier}` : ''}${f.trackingId ? ` (número de seguimiento ${f.trackingId})` : ''}, el paquete se entregó${f.deliveredAt ? ` el ${f.deliveredAt}` : ''}.`
        : f.shippedAt ? `Su pedido se envió el ${f.shippedAt}${via(f)} y el seguimiento aún no lo muestra como entregado.`
          : f.trackingId ? `El número de seguimiento es ${f.trackingId}.` : null,
      'Le rogamos que revise los alrededores de su domicilio (buzón, portal u otro lugar seguro) y pregunte a sus vecinos o a cualquier persona que haya podido recibir el paquete por usted.',
      `Si aun así no lo encuentra, presente una reclamación de la Garantía de la A a la Z de Amazon desde la página de su pedido en ${ORDERS}. Amazon revisará el caso y lo resolverá con usted.`,
    ],
    'refund-or-reship': (f) => [
      `Sentimos mucho que su pedido ${f.orderId} no le haya llegado${f.deliverBy ? ` en la fecha de entrega prevista (${f.deliverBy})` : ''}.`,
      'Queremos solucionarlo: podemos enviarle un artículo de sustitución o reembolsarle el importe íntegro del pedido, como usted prefiera.',
      'Por favor, responda a este mensaje para indicarnos su elección.',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `Gracias por su solicitud de devolución del pedido ${f.orderId}.`,
      `El plazo de devolución de este pedido terminó el ${f.returnWindowEnded}. Estamos revisando su solicitud y le responderemos en breve con lo que podemos ofrecerle.`,
    ] : [
      `Gracias por su solicitud de devolución del pedido ${f.orderId}.`,
      `Hemos autorizado la devolución. Siga las instrucciones de devolución que encontrará en ${ORDERS}.`,
      'Tramitaremos su reembolso sin demora en cuanto recibamos el artículo.',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `Hemos recibido su devolución del pedido ${f.orderId} el ${f.returnReceivedAt}.`
        : `Hemos recibido su devolución del pedido ${f.orderId}.`,
      s(f.refundedAt ? `Su reembolso se emitió el ${f.refundedAt}.` : 'Estamos tramitando su reembolso en este momento.',
        'Según su método de pago, puede tardar unos días en aparecer en su cuenta.'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      'Estamos revisando su consulta y le responderemos en breve.',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      'Según las normas de Amazon, solo podemos comunicarnos con usted y aceptar pagos a través de Amazon, por lo que no podemos utilizar ninguna otra vía.',
      'Con mucho gusto le ayudaremos con cualquier cuestión sobre su pedido aquí mismo, a través de los mensajes de Amazon.',
    ],
  },
};
