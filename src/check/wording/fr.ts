// The checker's wording in one UI language (see ../hints.ts): what to write instead, and the short name of each kind.
import type { CheckWording } from '../hints.ts';

const wording: CheckWording = {
  hints: {
    'link': 'Supprimez le lien ; décrivez l’étape par écrit ou renvoyez vers « Vos commandes » sur Amazon.',
    'link-shortener': 'Supprimez le lien raccourci : il masque sa destination. Seuls les liens Amazon sont autorisés.',
    'link-lookalike': 'Cette adresse imite Amazon avec des caractères ressemblants. Supprimez-la.',
    'website-mention': 'Ne renvoyez pas l’acheteur vers votre site web ; donnez l’information ici.',
    'email': 'Supprimez l’adresse e-mail ; demandez à l’acheteur de répondre ici.',
    'phone': 'Supprimez le numéro de téléphone ; restez dans la messagerie acheteur-vendeur.',
    'contact-outside': 'N’invitez pas à un contact hors d’Amazon ; demandez à l’acheteur de répondre à ce message.',
    'messaging-app': 'Ne passez pas à une application de messagerie ; demandez les photos ou vidéos en pièce jointe ici.',
    'social': 'Supprimez les noms, pages et identifiants de réseaux sociaux.',
    'off-amazon-payment': 'Pas d’argent hors d’Amazon : remboursez depuis la page de la commande ou par un retour Amazon.',
    'review-incentive': 'N’offrez rien en échange d’un avis ; résolvez le problème indépendamment.',
    'review-change': 'Ne demandez pas de modifier ou de supprimer un avis.',
    'feedback-change': 'Une fois résolu, vous pouvez dire une seule fois que l’évaluation peut être modifiée ; sans pression ni contrepartie.',
    'review-positive': 'Demandez un avis sincère, pas un avis positif.',
    'review-happy-only': 'Sollicitez tous les acheteurs de la même façon ; ne dissuadez pas les mécontents de laisser un avis.',
    'review-stars': 'Ne mentionnez pas de nombre d’étoiles.',
    'review-steer': 'N’orientez pas l’avis (récompense, condition, modification, délai, mots imposés) : sollicitez tous les acheteurs de la même façon, ou pas du tout.',
    'marketing': 'Supprimez la promotion (coupons, codes, autres produits, votre boutique) ; ne parlez que de cette commande.',
    'other-marketplace': 'Ne renvoyez pas l’acheteur vers une autre place de marché ou boutique.',
    'attachment': 'Ne joignez que des instructions, des factures ou des documents de garantie.',
    'emoji': 'Supprimez les emojis ; un message qui en contient peut être bloqué.',
  },
  kinds: {
    'link': 'Lien externe',
    'email': 'Adresse e-mail',
    'phone': 'Numéro de téléphone',
    'messaging-app': 'Application de messagerie',
    'social': 'Réseaux sociaux',
    'off-amazon-payment': 'Paiement hors d’Amazon',
    'review-manipulation': 'Demande d’avis non autorisée',
    'marketing': 'Contenu promotionnel',
    'attachment': 'Pièce jointe',
    'other': 'Interdit dans les messages',
  },
};

export default wording;
