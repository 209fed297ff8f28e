// The checker's wording in one UI language (see ../hints.ts): what to write instead, and the short name of each kind.
import type { CheckWording } from '../hints.ts';

const wording: CheckWording = {
  hints: {
    'link': 'Elimine el enlace; describa el paso por escrito o remita a «Mis pedidos» en Amazon.',
    'link-shortener': 'Elimine el enlace acortado: oculta adónde lleva. Solo se permiten enlaces de Amazon.',
    'link-lookalike': 'Esta dirección imita a Amazon con caracteres parecidos. Elimínela.',
    'website-mention': 'No remita al comprador a su sitio web; dé la información aquí.',
    'email': 'Elimine la dirección de correo electrónico; pida al comprador que responda aquí.',
    'phone': 'Elimine el número de teléfono; siga en la mensajería entre compradores y vendedores.',
    'contact-outside': 'No invite a contactar fuera de Amazon; pida al comprador que responda a este mensaje.',
    'messaging-app': 'No pase a una aplicación de mensajería; pida las fotos o vídeos como archivos adjuntos aquí.',
    'social': 'Elimine nombres, páginas y perfiles de redes sociales.',
    'off-amazon-payment': 'Nada de dinero fuera de Amazon: reembolse desde la página del pedido o con una devolución de Amazon.',
    'review-incentive': 'No ofrezca nada a cambio de una opinión; resuelva el problema por separado.',
    'review-change': 'No pida que se modifique o elimine una opinión.',
    'feedback-change': 'Una vez resuelto, puede decir una sola vez que la valoración se puede cambiar; sin presión ni nada a cambio.',
    'review-positive': 'Pida una opinión sincera, no una positiva.',
    'review-happy-only': 'Pida lo mismo a todos los compradores; no disuada a los insatisfechos de dejar una opinión.',
    'review-stars': 'No mencione una valoración en estrellas.',
    'review-steer': 'No dirija la opinión (recompensa, condición, cambio, espera, palabras dictadas): pida lo mismo a todos los compradores o no pida nada.',
    'marketing': 'Elimine la promoción (cupones, códigos, otros productos, su tienda); escriba solo sobre este pedido.',
    'other-marketplace': 'No remita al comprador a otro marketplace o tienda.',
    'attachment': 'Adjunte solo instrucciones, facturas o documentos de garantía.',
    'emoji': 'Elimine los emojis; los mensajes con emojis pueden bloquearse.',
  },
  kinds: {
    'link': 'Enlace externo',
    'email': 'Correo electrónico',
    'phone': 'Número de teléfono',
    'messaging-app': 'Aplicación de mensajería',
    'social': 'Redes sociales',
    'off-amazon-payment': 'Pago fuera de Amazon',
    'review-manipulation': 'Solicitud de opinión no permitida',
    'marketing': 'Promoción',
    'attachment': 'Archivo adjunto',
    'other': 'No permitido en los mensajes',
  },
};

export default wording;
