// French buyer phrases.
import type { PhraseSet } from './types.ts';

export const FR: PhraseSet = {
  wholeWords: true,
  phrases: {
    'not-received': [
      '(?:pas|jamais|rien) (?:encore )?(?:reçu|arrivé~|été livré~|livré~|été distribué~)',
      'non (?:reçu|livré~|arrivé~)',
      '(?:colis|commande|paquet|article) (?:a été |est )?(?:perdu|égaré|volé|introuvable)',
      '(?:marqué|indiqué|noté|affiché) (?:comme )?livré~,? (?:mais|alors)',
      'livré~ (?:à|a) (?:la |une )?mauvaise adresse',
      "(?:ce n'est|c'est) pas (?:ma|mon) (?:maison|porte|adresse|boîte aux lettres)",
      "(?:photo|image)~ .{0,80}(?:pas|n'est pas) (?:ma|mon|chez moi)",
      'je ne (?:le |la |les )?trouve pas',
    ],
    'where-is-my-order': [
      'où (?:est|en est) (?:ma|mon|la|le) (?:commande|colis|paquet|livraison)',
      'quand (?:vais-je|vais je|est-ce que je vais|pourrais-je|sera|arrivera|allez-vous|recevrai)',
      'numéro de (?:suivi|colis)',
      'suivi (?:de|du) (?:ma |mon |la |le )?(?:commande|colis|livraison)',
      '(?:a-t-elle|a-t-il|est-elle|est-il) (?:bien |déjà )?(?:été )?(?:expédié~|envoyé~)',
      'toujours en attente', "j'attends (?:toujours|encore)", 'délai de livraison', 'date de livraison',
    ],
    'damaged': [
      'endommagé~', 'cassé~', 'abîmé~', 'abimé~', 'brisé~', 'défectueu~', 'fissuré~', 'rayé~',
      'ne fonctionne (?:pas|plus)', 'ne marche (?:pas|plus)', 'en morceaux', 'écrasé~', 'déchiré~',
    ],
    'wrong-item': [
      'mauvais(?:e)? (?:article|produit|taille|couleur|modèle|pièce|livre|référence)',
      "pas (?:ce|celui|celle) (?:que|qu'on) j'ai commandé~",
      '(?:article|produit) (?:différent|erroné)',
      'ne correspond pas', 'pas conforme',
      '(?:reçu|envoyé) (?:le |la |un |une )?mauvais~',
      "erreur (?:de|dans la) (?:commande|article|envoi|expédition)",
    ],
    'return': ["retour(?!~? (?:à|a) l'expéditeur)~", 'renvoyer', 'renvoi', 'échanger', 'un échange'],
    'cancel': ['annul~'],
    'address-change': [
      "(?:changer|modifier|corriger|mettre à jour) (?:l'|mon |d'|de l')?adresse",
      "changement d'adresse", 'nouvelle adresse', 'autre adresse',
      'mauvaise adresse (?:indiquée|saisie|renseignée|entrée)', 'déménag~',
    ],
    'off-amazon': [
      'appelez-moi', 'appelle-moi', 'appelez moi',
      'mon (?:numéro|portable|téléphone|e-?mail|mail|adresse e-?mail|adresse mail) (?:est|:)',
      '(?:écrivez|écris|contactez|contacte)-?moi (?:à|par|sur|au|directement)',
      'par (?:e-?mail|mail|téléphone|whatsapp|sms)', "en dehors d'amazon", "hors (?:d'|de )amazon",
      'virement', 'payer directement', 'paiement direct',
    ],
  },
};
