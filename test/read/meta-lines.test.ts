// Threads whose bubbles carry a meta line above the card ("<name> · Comprador", "Tú · Enviado por <store>"): the
// line decides the sender and never becomes the text; the order panel without a known class is read by its labels;
// bubbles the reader cannot tell apart leave the thread unread rather than read in part.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/pages/messages-thread-es-meta-lines.html', import.meta.url));
const URL_ES = 'https://sellercentral.amazon.es/messaging/inbox-v3?fi=ALL&ss=406-2284619-5530472';

describe('a Spanish thread with meta lines above the bubbles (amazon.es)', () => {
  const r = readHtml(readFileSync(FIXTURE, 'utf8'), URL_ES);

  it('reads each bubble with the sender its meta line names, its <time>, and the card as text', () => {
    expect(r.messages).toEqual([
      { orderId: '406-2284619-5530472', from: 'buyer', sentAt: '2026-12-07T09:14:00+01:00', text: 'Hola, ¿pueden enviarlo antes del viernes? Es un regalo.' },
      { orderId: '406-2284619-5530472', from: 'seller', sentAt: '2026-12-07T11:02:00+01:00', text: 'Hola Andrés, lo enviamos mañana por la mañana con mensajería urgente.' },
      { orderId: '406-2284619-5530472', from: 'amazon', sentAt: '2026-12-08T08:30:00+01:00', text: 'Se informó al comprador que el vendedor respondió a su mensaje.' },
    ]);
  });

  it('no message text is a meta line', () => {
    for (const m of r.messages) expect(m.text).not.toMatch(/Enviado por|· Comprador/);
  });

  it('reads the order panel by its labels though its class is unknown', () => {
    expect(r.orders).toEqual([expect.objectContaining({ orderId: '406-2284619-5530472', status: 'unshipped',
      shipBy: '2026-12-09T23:59:59+01:00', deliverBy: '2026-12-16T23:59:59+01:00' })]);
    expect(r.missing).not.toContain('orders');
  });
});

describe('bubbles that cannot be told apart', () => {
  const thread = (bubbles: string) => page(`<div id="sc-content-container"><div id="thread-view">
    <p>Numéro de commande : <a class="thread-order-id" href="/orders-v3/order/171-5520381-6604412">171-5520381-6604412</a></p>
    <div class="fil" role="log">${bubbles}</div></div></div>`, { lang: 'fr-FR' });
  const bubble = (meta: string, text: string, when: string) =>
    `<div class="bulle"><div class="meta">${meta}</div><div class="carte"><p>${text}</p></div><time>${when}</time></div>`;
  const url = 'https://sellercentral.amazon.fr/messaging/inbox-v3?fi=ALL&ss=171-5520381-6604412';

  it('reads a thread whose every bubble names its sender', () => {
    const r = readHtml(thread(bubble('Claire Martin · Acheteur', 'Bonjour, où en est ma commande ?', '4 déc. 2026 10:05') +
      bubble('Vous · Envoyé par Atelier Lune', 'Bonjour Claire, elle part demain.', '4 déc. 2026 11:20')), url);
    expect(r.messages.map((m) => [m.from, m.text])).toEqual([
      ['buyer', 'Bonjour, où en est ma commande ?'], ['seller', 'Bonjour Claire, elle part demain.']]);
  });

  it('a bubble with no sender line among them: no message is read and the thread is listed in missing', () => {
    const r = readHtml(thread(bubble('Claire Martin · Acheteur', 'Bonjour, où en est ma commande ?', '4 déc. 2026 10:05') +
      bubble('Atelier Lune', 'Bonjour Claire, elle part demain.', '4 déc. 2026 11:20')), url);
    expect(r.messages).toEqual([]);
    expect(r.missing).toContain('messages');
  });

  it('a meta line naming two senders decides nothing', () => {
    const r = readHtml(thread(bubble('Claire Martin · Acheteur', 'Bonjour, où en est ma commande ?', '4 déc. 2026 10:05') +
      bubble('Vous · Acheteur', 'Bonjour Claire, elle part demain.', '4 déc. 2026 11:20')), url);
    expect(r.messages).toEqual([]);
    expect(r.missing).toContain('messages');
  });
});
