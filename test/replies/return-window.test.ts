// A return asked for after the return window (RET-WINDOW-30D) is the seller's choice: the reply says when the window
// ended and promises nothing, in every language, and still passes the checker. In time, the reply is unchanged.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';
import type { OrderCase, ReturnFacts } from '../../src/model.ts';
import { replyFor } from '../../src/replies/index.ts';
import { BUYER_LANGS } from '../../src/words/langs.ts';
import { kase, ORDER_ID } from './cases.ts';

/** The sentence each language uses to say the return was authorized. */
const AUTHORIZED: Record<string, RegExp> = {
  en: /authori[sz]ed the return/u, de: /Rücksendung genehmigt/u, fr: /autorisé le retour/u, es: /autorizado la devolución/u,
  it: /autorizzato il reso/u, ja: /返品を承認いたしました/u, zh: /已批准退货/u, pt: /Autorizamos a devolução/u,
  nl: /retourzending goedgekeurd/u, pl: /Zatwierdziliśmy zwrot/u, sv: /godkänt returen/u, tr: /İadeyi onayladık/u,
  ar: /وافقنا على الإرجاع/u,
};
/** The window's end (Sat, Oct 31, 2026 in Los Angeles) as each language's reply writes dates. */
const ENDED: Record<string, RegExp> = { en: /October 31, 2026/u, de: /31\. Oktober 2026/u, fr: /31 octobre 2026/u,
  es: /31 de octubre de 2026/u, it: /31 ottobre 2026/u, ja: /2026年10月31日/u, zh: /2026年10月31日/u,
  pt: /31 de outubro de 2026/u, nl: /31 oktober 2026/u, pl: /31 października 2026/u, sv: /31 oktober 2026/u,
  tr: /31 Ekim 2026/u, ar: /31 أكتوبر 2026/u };

function returnCase(requestedAt: string): OrderCase {
  const ret: ReturnFacts = { orderId: ORDER_ID, status: 'pending-authorization', requestedAt, receivedAt: null, refundedAt: null, reason: 'No longer needed' };
  return kase({ returns: [ret] }, { status: 'delivered', purchaseDate: '2026-09-25T10:00:00-07:00', deliverBy: '2026-10-03T00:00:00-07:00', deliveredAt: '2026-10-01T15:00:00-07:00' });
}

describe('reply to a return request after the window', () => {
  it.each(BUYER_LANGS.map((l) => [l]))('%s: says when the window ended, authorizes nothing, passes the checker', (lang) => {
    const text = replyFor('authorize-return', returnCase('2026-11-20T09:00:00-08:00'), lang)!.text;
    expect(text).toContain(ORDER_ID);
    expect(text).toMatch(ENDED[lang]!);
    expect(text).not.toMatch(AUTHORIZED[lang]!);
    expect(check(text).filter((f) => f.severity === 'block')).toEqual([]);
  });

  it.each(BUYER_LANGS.map((l) => [l]))('%s: a request in time is still answered as authorized', (lang) => {
    const text = replyFor('authorize-return', returnCase('2026-10-20T09:00:00-07:00'), lang)!.text;
    expect(text).toMatch(AUTHORIZED[lang]!);
    expect(text).not.toMatch(ENDED[lang]!);
  });
});
