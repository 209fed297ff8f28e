// An app the buyer would find easier, answered after "but" by Amazon keeping the talk with it ("Amazon asks us to keep
// all contact in Buyer-Seller Messaging", "ma Amazon ci chiede di restare nella messaggistica") is refused, not offered;
// the same name with an invitation, or with the buyer sent over there, is still a finding.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';

const kinds = (text: string) => check(text).map((f) => f.kind);

describe('a messaging app answered by Amazon keeping the talk', () => {
  it('is no finding, in several languages and wordings', () => {
    for (const text of [
      'Signal would be quicker for you, I know, but Amazon wants every conversation to stay in Buyer-Seller Messaging.',
      'Verstehe, per WhatsApp wäre es einfacher, aber Amazon verlangt, dass wir in den Käufer-Verkäufer-Nachrichten bleiben.',
      'Je comprends que Messenger serait plus simple, mais Amazon nous demande de rester dans la messagerie acheteur-vendeur.',
      'Sé que por Telegram sería más cómodo, pero Amazon pide que sigamos en los mensajes entre comprador y vendedor.',
      'Sei que no Telegram seria mais fácil, mas a Amazon pede que a conversa fique nas mensagens do pedido.',
      'Ik begrijp dat Signal makkelijker is, maar Amazon wil dat we via berichten van koper en verkoper blijven praten.',
      'Wiem, że Telegram byłby wygodniejszy, ale Amazon wymaga, żebyśmy zostali w wiadomościach na Amazonie.',
    ]) expect(kinds(text), text).toEqual([]);
  });

  it('is still a finding when the buyer is invited over or sent there', () => {
    expect(kinds('Add me on WhatsApp, but Amazon keeps the order open.')).toContain('messaging-app');
    expect(kinds('Message us on Telegram, but stay with Amazon for the refund.')).toContain('messaging-app');
  });

  it('is still a finding when Amazon is only named beside a keep-like word ("messages stay unread")', () => {
    for (const text of ['Our WhatsApp is faster for photos, but Amazon messages stay unread for days.',
      'Via WhatsApp gaat het sneller, maar bij Amazon blijven berichten liggen.',
      'Su WhatsApp rispondiamo subito, ma su Amazon tutto è più lento.']) expect(kinds(text), text).toContain('messaging-app');
  });
});
