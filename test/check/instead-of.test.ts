// "Instead of" refuses only its own object: "instead of PayPal" keeps the talk on Amazon, while "rather than a return I
// can pay you back by bank transfer" offers the transfer; Turkish "yerine" follows its object.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';

const payments = (text: string) => check(text).filter((f) => f.kind === 'off-amazon-payment').map((f) => f.text);

describe('"instead of" and what it refuses', () => {
  it('refuses the way to pay right after it', () => {
    for (const text of ['Instead of Venmo, the refund goes through Amazon.', 'Anstatt über PayPal erstatten wir über Amazon.',
      'En lugar de Bizum, el reembolso se hace por Amazon.', 'Invece di Satispay, rimborsiamo tramite Amazon.',
      'Havale yerine Amazon üzerinden iade yapıyoruz.', 'Instead of contacting us on WhatsApp, please reply to this message.',
      'Zamiast pisać do nas na WhatsAppie, proszę odpowiedzieć tutaj.', 'Statt einer Überweisung per PayPal erstatten wir über Amazon.',
      'بدلاً من واتساب، يرجى الرد هنا.']) expect(check(text).map((f) => f.kind), text).toEqual([]);
  });

  it('offers a way to pay that follows its own object', () => {
    expect(payments('Instead of a replacement I could send you the £8 by bank transfer, just share your details.')).not.toEqual([]);
    expect(payments('Au lieu d\'un retour, je vous rembourse la différence par Lydia.')).not.toEqual([]);
    expect(payments('Istället för byte swishar jag tillbaka 80 kr.')).not.toEqual([]);
    expect(payments('Em vez da devolução, te mando a diferença no Pix.')).not.toEqual([]);
    expect(payments('Değişim yerine farkı Papara ile gönderebilirim.')).not.toEqual([]);
  });
});
