// The checker's wording in one UI language (see ../hints.ts): what to write instead, and the short name of each kind.
import type { CheckWording } from '../hints.ts';

const wording: CheckWording = {
  hints: {
    'link': 'Link entfernen; den Schritt in Worten beschreiben oder auf „Meine Bestellungen“ verweisen.',
    'link-shortener': 'Kurzlink entfernen: Er verbirgt das Ziel. Erlaubt sind nur Amazon-Links.',
    'link-lookalike': 'Diese Adresse ahmt Amazon mit ähnlichen Zeichen nach. Entfernen.',
    'website-mention': 'Nicht auf Ihre Website verweisen; die Information hier geben.',
    'email': 'E-Mail-Adresse entfernen; um Antwort hier bitten.',
    'phone': 'Telefonnummer entfernen; im Nachrichtenservice bleiben.',
    'contact-outside': 'Nicht zu Kontakt außerhalb von Amazon einladen; um Antwort auf diese Nachricht bitten.',
    'messaging-app': 'Nicht in eine Chat-App wechseln; Fotos oder Videos als Anhang hier erbitten.',
    'social': 'Social-Media-Namen, Seiten und Handles entfernen.',
    'off-amazon-payment': 'Kein Geld außerhalb von Amazon: über die Bestellseite oder eine Amazon-Rücksendung erstatten.',
    'review-incentive': 'Für Bewertungen nichts anbieten; das Problem für sich lösen.',
    'review-change': 'Nicht um Änderung oder Löschung einer Rezension bitten.',
    'feedback-change': 'Nach der Lösung einmal erwähnen, dass Feedback änderbar ist; ohne Druck und Gegenleistung.',
    'review-positive': 'Um eine ehrliche, nicht um eine positive Bewertung bitten.',
    'review-happy-only': 'Alle Käufer gleich bitten; Unzufriedene nicht vom Bewerten abhalten.',
    'review-stars': 'Keine Sternezahl nennen.',
    'review-steer': 'Die Bewertung nicht lenken (Belohnung, Bedingung, Änderung, Aufschub, vorgegebene Worte): alle Käufer gleich bitten oder gar nicht.',
    'marketing': 'Werbung entfernen (Gutscheine, Codes, andere Produkte, Shop); nur über diese Bestellung schreiben.',
    'other-marketplace': 'Nicht auf andere Marktplätze oder Shops verweisen.',
    'attachment': 'Nur Anleitungen, Rechnungen oder Garantieunterlagen anhängen.',
    'emoji': 'Emojis entfernen; solche Nachrichten können blockiert werden.',
  },
  kinds: {
    'link': 'Externer Link',
    'email': 'E-Mail-Adresse',
    'phone': 'Telefonnummer',
    'messaging-app': 'Chat-App',
    'social': 'Social Media',
    'off-amazon-payment': 'Zahlung außerhalb von Amazon',
    'review-manipulation': 'Unzulässige Bewertungsbitte',
    'marketing': 'Werbung',
    'attachment': 'Anhang',
    'other': 'In Nachrichten nicht erlaubt',
  },
};

export default wording;
