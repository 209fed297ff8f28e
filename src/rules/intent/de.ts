// German buyer phrases.
import type { PhraseSet } from './types.ts';

export const DE: PhraseSet = {
  wholeWords: true,
  phrases: {
    'not-received': [
      'nicht (?:angekommen|erhalten|bekommen|geliefert|zugestellt|eingetroffen)',
      'nie (?:angekommen|erhalten|bekommen|eingetroffen|geliefert)',
      'kein(?:e|en)? (?:paket|lieferung|sendung|ware|päckchen|bestellung) (?:erhalten|bekommen|angekommen)',
      '(?:paket|sendung|lieferung|päckchen|bestellung) (?:ist |wurde |scheint )?(?:verloren|verschwunden|gestohlen|weg)',
      'zugestellt,? (?:aber|jedoch)',
      'falsche(?:n)? (?:adresse|anschrift|haus|hausnummer) (?:geliefert|zugestellt)',
      'nicht (?:mein|meine|unser|unsere) (?:haus|haustür|tür|adresse|briefkasten|wohnung)',
      '(?:foto|bild)~ .{0,80}nicht (?:mein|meine|unser|unsere)',
      '(?:kann|können) (?:das paket|die sendung|es|die lieferung) nicht finden',
    ],
    'where-is-my-order': [
      'wo (?:ist|bleibt) (?:meine?|die|das|unsere?) (?:bestellung|paket|lieferung|sendung|ware|päckchen)',
      'wann (?:kommt|wird|erhalte|bekomme|kann ich|trifft|kommen)',
      'sendungsnummer', 'sendungsverfolgung', 'tracking-?nummer', 'lieferstatus',
      '(?:schon|bereits) (?:versendet|verschickt|versandt|unterwegs)',
      'status (?:meiner|der|meines) (?:bestellung|lieferung|pakets|sendung)',
      '(?:warte|warten) (?:immer )?noch auf',
    ],
    'damaged': [
      'beschädigt~', 'kaputt~', 'zerbrochen~', 'gebrochen', 'zerkratzt', 'defekt~', 'funktioniert (?:nicht|gar nicht)',
      'geht nicht (?:an|mehr)', 'ausgelaufen', 'eingedrückt', 'gerissen', 'zersprungen', 'in (?:einzelteilen|stücken)',
    ],
    'wrong-item': [
      'falsche(?:n|s|r)? (?:artikel|produkt|ware|größe|farbe|modell|teil|buch|ausführung)',
      'nicht (?:das|den|die),? (?:was|den|die) ich bestellt',
      'nicht bestellt',
      '(?:anderen|anderes|andere) (?:artikel|produkt|farbe|größe|modell) (?:erhalten|bekommen|geliefert|geschickt)',
      'entspricht nicht (?:der |dem )?(?:beschreibung|abbildung|bild|angebot)',
      'falsch geliefert', 'verwechselt',
    ],
    'return': [
      'zurückschicken', 'zurücksenden', 'zurückgeben', 'zurück senden', 'rücksendung~', 'retoure~', 'retournieren',
      'rückgabe', 'umtausch~',
    ],
    'cancel': ['stornier~', 'storno', 'abbestellen', '(?:bestellung|kauf) (?:zurückziehen|rückgängig)'],
    'address-change': [
      '(?:liefer)?(?:adresse|anschrift) (?:zu )?(?:ändern|korrigieren|aktualisieren|anpassen)',
      '(?:adress|anschrifts)änderung',
      '(?:neue|andere|geänderte) (?:lieferadresse|adresse|anschrift)',
      'an (?:die |eine )?(?:neue|andere) (?:adresse|anschrift)',
      '(?:statt|anstatt) an die alte (?:adresse|anschrift)',
      'ziehe (?:[a-zäöüß]+ ){0,3}um', 'umgezogen', 'umzug',
      'falsche (?:adresse|anschrift) angegeben',
    ],
    'off-amazon': [
      'ruf(?:en sie)? mich (?:bitte )?an', 'rufen sie mich',
      'meine (?:handynummer|telefonnummer|nummer|e-?mail|e-?mail-?adresse|mailadresse) (?:ist|lautet|:)',
      'schreiben sie mir (?:eine e-?mail|per e-?mail|direkt|an|auf)',
      'per (?:e-?mail|whatsapp|telefon)', 'außerhalb (?:von )?amazon', 'überweis~', 'direkt (?:bezahlen|zahlen)',
      'kontaktieren sie mich (?:direkt|per|unter)',
    ],
  },
};
