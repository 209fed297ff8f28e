// Spanish buyer phrases.
import type { PhraseSet } from './types.ts';

export const ES: PhraseSet = {
  wholeWords: true,
  phrases: {
    'not-received': [
      'no (?:lo |la |los |las |me )?(?:he |ha |hemos |han )?(?:recibido|llegado)',
      'no (?:lo |la |me )?(?:recibí|recibi|llegó|llego)',
      'nunca (?:me )?(?:llegó|llego|recibí|recibi|ha llegado|lo recibí)',
      'todavía no (?:me )?(?:ha llegado|llega|lo he recibido|he recibido)',
      '(?:paquete|pedido|envío|artículo) (?:se ha |fue |está |ha sido )?(?:perdido|extraviado|robado)',
      '(?:aparece|figura|dice|marca|pone) (?:como |que fue |que está )?entregad~,? pero',
      'entregad~ (?:en|a) (?:la |una )?dirección (?:equivocada|incorrecta)',
      'no es mi (?:casa|puerta|dirección|portal)',
      '(?:foto|imagen)~ .{0,80}no es (?:mi|nuestra)',
    ],
    'where-is-my-order': [
      '(?:dónde|donde) (?:está|esta) (?:mi|el) (?:pedido|paquete|envío|artículo|compra)',
      '(?:cuándo|cuando) (?:llega|llegará|llegara|voy a recibir|recibiré|recibire|me llega|lo recibo|lo envían|enviarán|van a enviar)',
      'número de (?:seguimiento|rastreo|guía)',
      'seguimiento (?:de|del) (?:mi )?(?:pedido|paquete|envío)',
      '(?:ya )?(?:ha sido|fue) enviad~', 'sigo esperando', 'estado de mi (?:pedido|envío)', 'rastreo',
    ],
    'damaged': [
      'dañad~', 'rot[oa]s?', 'estropead~', 'defectuos~', 'no funciona', 'golpead~', 'agrietad~', 'quebrad~',
      'rayad~', 'abollad~', 'en pedazos', 'deteriorad~',
    ],
    'wrong-item': [
      '(?:artículo|producto|talla|color|modelo|pieza|libro|pedido) (?:equivocad~|incorrect~|erróne~|distint~)',
      'no es (?:lo|el|la) que (?:pedí|compré|ordené)',
      '(?:me )?(?:enviaron|mandaron|llegó|han enviado|han mandado) (?:otro|otra|un producto diferente|algo diferente|el equivocado|la equivocada)',
      'no corresponde', 'producto diferente', 'no coincide con (?:la )?(?:descripción|foto|imagen)',
    ],
    'return': ['devol~', 'devuelv~', 'cambiar(?:lo|la)? por'],
    'cancel': ['anul~'],
    'address-change': [
      '(?:cambiar|modificar|corregir|actualizar) (?:la |mi )?dirección',
      'cambio de dirección', 'nueva dirección', 'otra dirección',
      'puse (?:la |una )?dirección (?:equivocada|incorrecta|antigua)',
      '(?:me he |me )?mudado', 'me mudo', 'mudanza',
    ],
    'off-amazon': [
      'llámame', 'llamame', 'llámeme', 'llameme',
      'mi (?:número|numero|correo|email|e-mail|teléfono|telefono|celular|móvil|movil|whatsapp)',
      '(?:escríbeme|escribeme|escríbame|escribame) (?:a|al|por|en|directamente)',
      'por (?:correo|email|e-mail|teléfono|telefono|whatsapp)', 'fuera de amazon',
      'transferencia (?:bancaria)?', 'pagar(?:le|te)? directamente', 'bizum', 'mercado ?pago',
    ],
  },
};
