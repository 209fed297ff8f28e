// Buyer message intent in en, de, fr, es, it, ja, zh, and the buyer-language guess.
import { describe, expect, it } from 'vitest';
import type { BuyerIntent } from '../../src/model.ts';
import { detectIntents } from '../../src/rules/intent/detect.ts';
import { guessLanguage } from '../../src/rules/intent/language.ts';

const PHRASINGS: Record<Exclude<BuyerIntent, 'other'>, string[]> = {
  'not-received': [
    "Hi, the tracking says my package was delivered on Thursday, but I never got it.",
    "I haven't received my order yet.",
    'Package shows delivered but nothing is here.',
    'The delivery photo is not my house!',
    'It was delivered to the wrong address.',
    'My parcel is missing, the driver left it somewhere.',
    'Ich habe das Paket leider nicht erhalten.',
    'Die Sendung ist laut Tracking zugestellt, aber ich habe nichts bekommen.',
    "Je n'ai toujours pas reçu ma commande.",
    'No he recibido el paquete todavía.',
    'Il pacco non è mai arrivato.',
    'Non ho ricevuto il mio ordine.',
    '荷物がまだ届いていません。',
    '配達済みになっていますが、受け取っていません。',
    '我还没收到包裹。',
    '显示已送达但是我没有收到',
  ],
  'where-is-my-order': [
    'Where is my order?',
    "Where's my package? It's been a week.",
    'When will I receive my order?',
    'Can I get an update on my order please?',
    'Could you send me the tracking number?',
    'Wo bleibt meine Bestellung?',
    'Wann kommt mein Paket an?',
    'Où est ma commande ?',
    '¿Dónde está mi pedido?',
    'Quando arriva il mio pacco?',
    'いつ届きますか？',
    '我的订单在哪里？什么时候到？',
  ],
  'damaged': [
    'The mug arrived broken.',
    'The box was crushed and the screen is cracked.',
    "It doesn't work at all.",
    'Der Artikel ist beschädigt angekommen.',
    'Das Gerät ist defekt.',
    'Le produit est arrivé cassé.',
    'El artículo llegó dañado.',
    'Il vaso è arrivato rotto.',
    '商品が破損していました。',
    '收到的时候已经坏了。',
  ],
  'wrong-item': [
    'You sent me the wrong item.',
    'This is not what I ordered.',
    'Wrong size, I ordered a medium.',
    'The color does not match the picture.',
    'Ich habe den falschen Artikel erhalten.',
    "J'ai reçu le mauvais produit.",
    'Me enviaron otro modelo, no es lo que pedí.',
    'Mi avete mandato un articolo sbagliato.',
    '注文と違う商品が届きました。',
    '你们发错货了。',
  ],
  'return': [
    'I would like to return this item.',
    'How do I send it back?',
    'Can I get a return label?',
    'Ich möchte den Artikel zurückschicken.',
    'Wie funktioniert die Rücksendung?',
    'Je voudrais retourner le produit.',
    'Quiero devolver el pedido.',
    'Vorrei fare il reso.',
    '返品したいです。',
    '我想退货。',
  ],
  'cancel': [
    'Please cancel my order.',
    'I need to cancel, I ordered by mistake.',
    'Can you cancel the order before it ships?',
    'Bitte stornieren Sie die Bestellung.',
    "Pouvez-vous annuler ma commande ?",
    'Quiero cancelar mi pedido.',
    "Vorrei annullare l'ordine.",
    '注文をキャンセルしてください。',
    '请取消订单。',
    'I want a cancellation.',
  ],
  'address-change': [
    'Can I change the shipping address?',
    'I entered the wrong address, please ship to my new address.',
    "I've moved, can you send it to a different address?",
    'Ich ziehe am Wochenende um und habe vergessen, die Lieferadresse zu ändern.',
    'Bitte an die neue Adresse schicken statt an die alte Adresse.',
    "Je voudrais modifier l'adresse de livraison.",
    'Necesito cambiar la dirección de envío.',
    "Posso cambiare l'indirizzo di consegna?",
    '届け先を変更したいです。',
    '我想修改地址。',
  ],
  'off-amazon': [
    'Can I pay you with PayPal instead?',
    'Add me on WhatsApp please.',
    'Email me at buyer.name@example.com',
    'Just call me, my number is below.',
    'Can we talk outside Amazon?',
    'Rufen Sie mich bitte an.',
    'Contactez-moi par e-mail.',
    'Escríbeme por WhatsApp.',
    'Chiamami al mio cellulare.',
    'LINEで連絡してください、メールアドレスも送ります。',
    '请加我微信。',
    'Ｗｈａｔｓａｐｐ me',
  ],
};

describe('buyer intent', () => {
  for (const [intent, phrases] of Object.entries(PHRASINGS)) {
    it(`recognises ${intent} in ${phrases.length} phrasings`, () => {
      expect(phrases.length).toBeGreaterThanOrEqual(10);
      const missed = phrases.filter((p) => !detectIntents(p).includes(intent as BuyerIntent));
      expect(missed).toEqual([]);
    });
  }

  it('does not read a question it does not know as anything but "other"', () => {
    for (const p of ['Does this come with batteries?', 'Thank you, all good!', 'Vielen Dank für die schnelle Lieferung.', '¿Es compatible con iPhone?']) {
      expect(detectIntents(p), p).toEqual(['other']);
    }
  });

  it('an empty or missing text has no intent (unknown, not "other")', () => {
    expect(detectIntents('')).toEqual([]);
    expect(detectIntents('   ')).toEqual([]);
  });

  it('keeps close phrasings apart', () => {
    expect(detectIntents('I received it, thanks!')).toEqual(['other']);
    expect(detectIntents('It was delivered to the wrong address')).not.toContain('address-change');
    expect(detectIntents('The tracking says it was returned to sender')).not.toContain('return');
    expect(detectIntents('Can you please send a replacement or refund me?')).not.toContain('return');
    expect(detectIntents('Le colis a été retourné à l\'expéditeur')).not.toContain('return');
    expect(detectIntents('The reception was great')).toEqual(['other']);
    // An order id or tracking number is not a phone number.
    expect(detectIntents('Order 113-4829137-5520614, tracking 1Z4A87V20398215649')).toEqual(['other']);
  });

  it('finds several intents in one message', () => {
    expect(detectIntents("I never received it. Call me at home.")).toEqual(['not-received', 'off-amazon']);
    expect(detectIntents('It arrived broken, I want to return it')).toEqual(['damaged', 'return']);
  });
});

describe('buyer language', () => {
  it.each([
    ['Hi, the tracking says my package was delivered but I never got it. Can you please help?', 'en'],
    ['Guten Tag, ich ziehe am Wochenende um und habe vergessen, die Lieferadresse zu ändern. Vielen Dank', 'de'],
    ["Bonjour, je n'ai pas reçu mon colis. Merci de vérifier.", 'fr'],
    ['Hola, todavía no he recibido mi pedido. Muchas gracias.', 'es'],
    ['Buongiorno, non ho ancora ricevuto il mio pacco. Grazie', 'it'],
    ['荷物がまだ届いていません。確認してください。', 'ja'],
    ['我还没收到包裹', 'zh'],
    ['배송이 안 왔어요', 'ko'],
  ])('%s -> %s', (text, lang) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it('says nothing when the text is too short or empty', () => {
    expect(guessLanguage('OK')).toBeNull();
    expect(guessLanguage('')).toBeNull();
    expect(guessLanguage('113-4829137-5520614')).toBeNull();
  });
});
