// French buyer replies (vous). Same facts and limits as the English wording: nothing invented, no refund or
// reship promised for a protected order (BS-CLAIMS-PROTECTED), nothing outside Amazon (MSG-PROHIBITED, OFF-AMAZON).
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

// French typography: no-break spaces inside guillemets and before two-part punctuation.
const NB = '\u00a0';
const s = (...p: (string | null | undefined | false)[]): string | null => sentences(' ', ...p);
const ORDERS = `«${NB}Vos commandes${NB}» sur Amazon`;
const CANCEL = `«${NB}Demander l’annulation${NB}»`;

/** "de DHL" but "d’UPS": French elides before a vowel sound. */
function ofCarrier(carrier: string): string {
  return /^[aeiouyhàâéèêîôû]/i.test(carrier) ? `d’${carrier}` : `de ${carrier}`;
}

function thanks(f: BuyerFacts): string {
  return `Merci pour votre message concernant la commande ${f.orderId}.`;
}

function via(f: BuyerFacts): string {
  if (f.carrier && f.trackingId) return ` avec ${f.carrier} (numéro de suivi ${f.trackingId})`;
  if (f.carrier) return ` avec ${f.carrier}`;
  if (f.trackingId) return ` (numéro de suivi ${f.trackingId})`;
  return '';
}

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return 'Cette commande a été annulée.';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `D’après le suivi, votre commande a été livrée le ${f.deliveredAt}.` : 'D’après le suivi, votre commande a été livrée.';
  }
  const arrival = f.deliverBy && `Elle devrait vous parvenir au plus tard le ${f.deliverBy}.`;
  if (f.shippedAt) return s(`Votre commande a été expédiée le ${f.shippedAt}${via(f)}.`, arrival);
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`Votre commande a été expédiée${via(f)}.`, arrival);
  if (f.status === 'unshipped' && f.shipBy) return `Votre commande sera expédiée au plus tard le ${f.shipBy}.`;
  return null;
}

export const fr: BuyerWording = {
  greeting: 'Bonjour,',
  signOff: (sig) => (sig ? `Cordialement,\n${sig}` : 'Cordialement'),
  templates: {
    'dont-ship-pending': (f) => [
      `Merci pour votre commande ${f.orderId}.`,
      'Amazon est encore en train de vérifier cette commande, et nous ne pouvons l’expédier qu’une fois cette vérification terminée. Nous préparerons votre commande dès que ce sera le cas.',
      `Pour toute question concernant la vérification ou votre paiement, veuillez contacter le Service client Amazon${NB}: seul Amazon peut consulter et régler ce point.`,
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `Votre commande sera expédiée au plus tard le ${f.shipBy}.` : 'Votre commande sera expédiée dans le délai de préparation indiqué sur Amazon.',
        f.deliverBy && `Elle devrait vous parvenir au plus tard le ${f.deliverBy}.`),
      `Une fois le colis expédié, vous pourrez le suivre dans ${ORDERS}.`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `Nous sommes désolés de ne pas avoir pu expédier votre commande ${f.orderId} à temps.`,
      'La commande est donc annulée et elle ne vous sera pas facturée.',
      'Veuillez nous excuser pour ce désagrément.',
    ] : [
      s(`Nous sommes désolés que votre commande ${f.orderId} n’ait pas encore été expédiée.`, f.shipBy && `Elle aurait dû être expédiée au plus tard le ${f.shipBy}.`),
      `Nous faisons le nécessaire et, une fois le colis expédié, vous pourrez le suivre dans ${ORDERS}.`,
      `Si vous préférez ne pas attendre, veuillez choisir ${CANCEL} pour cette commande dans «${NB}Vos commandes${NB}», ou répondre à ce message, et nous annulerons la commande.`,
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `Votre commande a été annulée comme vous l’avez demandé. L’annulation est visible dans ${ORDERS}.`]
      : [thanks(f), `Pour l’annuler, veuillez ouvrir la commande dans ${ORDERS} et choisir ${CANCEL}. Dès réception de votre demande, nous annulerons la commande.`],
    'cancel-and-reorder': (f) => [
      `Merci de nous avoir indiqué une nouvelle adresse de livraison pour la commande ${f.orderId}.`,
      'Nous ne pouvons expédier qu’à l’adresse indiquée dans la commande Amazon et nous ne pouvons pas la modifier nous-mêmes.',
      `Si vous souhaitez recevoir l’article à la nouvelle adresse, veuillez annuler cette commande (${CANCEL} dans ${ORDERS}) et passer une nouvelle commande avec la nouvelle adresse. Nous annulerons cette commande dès réception de votre demande.`,
    ],
    'carrier-intercept': (f) => [
      `Merci de nous avoir indiqué une nouvelle adresse de livraison pour la commande ${f.orderId}.`,
      `Votre commande a déjà été expédiée${via(f)}, l’adresse de la commande ne peut donc plus être modifiée.`,
      `Nous allons demander ${f.carrier ? `à ${f.carrier}` : 'au transporteur'} si le colis peut être réacheminé vers la nouvelle adresse et nous reviendrons vers vous avec la réponse. Nous ne pouvons toutefois pas garantir que ce réacheminement sera possible.`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `Vous pouvez suivre votre colis à tout moment dans ${ORDERS}.`,
    ],
    'direct-to-a-to-z': (f) => [
      `Nous sommes désolés d’apprendre que vous n’avez pas reçu votre commande ${f.orderId}.`,
      f.status === 'delivered' || f.deliveredAt
        ? `D’après le suivi${f.carrier ? ` ${ofCarrier(f.carrier)}` : ''}${f.trackingId ? ` (numéro de suivi ${f.trackingId})` : ''}, le colis a été livré${f.deliveredAt ? ` le ${f.deliveredAt}` : ''}.`
        : f.shippedAt ? `Votre commande a été expédiée le ${f.shippedAt}${via(f)} et le suivi ne l’indique pas encore comme livrée.`
          : f.trackingId ? `Le numéro de suivi est ${f.trackingId}.` : null,
      'Pourriez-vous vérifier autour de votre domicile (boîte aux lettres, entrée ou tout autre endroit sûr) et demander à vos voisins ou à toute personne ayant pu réceptionner le colis pour vous\u00a0?',
      `Si vous ne le trouvez toujours pas, veuillez déposer une réclamation au titre de la Garantie A à Z d’Amazon depuis la page de votre commande dans ${ORDERS}. Amazon examinera la situation et la réglera avec vous.`,
    ],
    'refund-or-reship': (f) => [
      `Nous sommes vraiment désolés que votre commande ${f.orderId} ne vous soit pas parvenue${f.deliverBy ? ` dans le délai prévu (au plus tard le ${f.deliverBy})` : ''}.`,
      `Nous souhaitons y remédier${NB}: nous pouvons vous envoyer un article de remplacement ou vous rembourser intégralement la commande, selon votre préférence.`,
      'Merci de répondre à ce message pour nous indiquer votre choix.',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `Merci pour votre demande de retour concernant la commande ${f.orderId}.`,
      `Le délai de retour de cette commande a pris fin le ${f.returnWindowEnded}. Nous examinons votre demande et revenons très vite vers vous avec une solution.`,
    ] : [
      `Merci pour votre demande de retour concernant la commande ${f.orderId}.`,
      `Nous avons autorisé le retour. Veuillez suivre les instructions de retour dans ${ORDERS}.`,
      'Nous traiterons votre remboursement rapidement dès réception de l’article.',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `Votre retour pour la commande ${f.orderId} nous est parvenu le ${f.returnReceivedAt}.`
        : `Votre retour pour la commande ${f.orderId} nous est bien parvenu.`,
      s(f.refundedAt ? `Votre remboursement a été émis le ${f.refundedAt}.` : 'Nous procédons dès maintenant à votre remboursement.',
        'Selon votre moyen de paiement, il peut s’écouler quelques jours avant qu’il n’apparaisse sur votre compte.'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      'Nous examinons votre demande et revenons vers vous très rapidement.',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      `Conformément aux règles d’Amazon, nous ne pouvons communiquer avec vous et accepter un paiement que par l’intermédiaire d’Amazon${NB}; nous ne pouvons donc pas passer par un autre moyen.`,
      'Nous restons à votre disposition pour toute question sur votre commande ici même, via la messagerie Amazon.',
    ],
  },
};
