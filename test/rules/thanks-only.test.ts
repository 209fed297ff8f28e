// A buyer message that only says thank you asks nothing: "No response needed" (MSG-24H), never a reply that only
// thanks back (MSG-PROHIBITED). Read precision first — the words and the model must agree — so a thanks beside any ask
// stays a message to answer. Languages other than the scored scenarios that showed it (en, ja, it).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../src/rules/intent/load-model.ts';
import { advise } from '../../src/rules/index.ts';
import { onlyThanks } from '../../src/rules/intent/thanks-only.ts';
import { askOf, toStoredCase } from '../../src/rules/storable.ts';
import type { MessageFacts } from '../../src/model.ts';
import { caseOf, NOW, type CaseSpec } from './builders.ts';

describe('the words of a message that only thanks', () => {
  it.each([
    'Vielen Dank, alles gut angekommen!',
    'Merci beaucoup, colis bien reçu, parfait.',
    '¡Muchas gracias! Llegó perfecto.',
    'Muito obrigada, chegou tudo certinho!',
    'Bedankt, alles netjes ontvangen.',
    'Dziękuję, wszystko doszło w porządku.',
    'Tack så mycket, allt kom fram fint!',
    'Teşekkürler, ürün sorunsuz geldi.',
    'شكرا جزيلا، وصل كل شيء سليم',
    '收到了，谢谢！',
  ])('%s', (text) => { expect(onlyThanks(text)).toBe(true); });

  it.each([
    'Vielen Dank, aber der Deckel fehlt.',
    'Merci, pouvez-vous m’envoyer la facture ?',
    'Gracias, pero llegó roto',
    'Obrigado, quando chega?',
    'Bedankt, maar de verkeerde kleur.',
    'Dziękuję, proszę o fakturę',
    'Tack, men den fungerar inte',
    'Teşekkürler ama hala gelmedi',
    'شكرا بس ما وصلني',
    '谢谢，但是还没收到',
    'Danke im Voraus',
  ])('not: %s', (text) => {
    // "Danke im Voraus": thanks ahead of an ask is no thank-you alone.
    expect(onlyThanks(text)).toBe(false);
  });
});

describe('thanks beside an ask the model has no intent for (money back, a new one, an empty box) is no thanks', () => {
  it.each(['Thanks, refund me.', 'Thanks. Send a replacement.', "Thanks, I'd like my money back", 'Thanks a lot, the box was empty.',
    'Thanks for sending a used item', 'Thanks, I was charged twice', 'Thanks, the item is fake', 'Merci, je veux être remboursé',
    '谢谢，我要退款', '谢谢，再发一个', 'Danke, schicken Sie mir Ersatz', 'Danke, Paket leer', 'Gracias, envíen otro', 'Grazie, scatola vuota',
    'Obrigado, me reembolsem', 'Bedankt, stuur een nieuwe', 'Dziękuję, zwrot pieniędzy', 'Tack, lådan var tom', 'Teşekkürler, paramı geri verin',
    'شكرا، رجعوا فلوسي', 'ありがとう。箱が空でした'])('%s', (text) => {
    expect(onlyThanks(text)).toBe(false);
  });
});

describe('read from a labelled message, the model and the words agree or it is no thanks', () => {
  const dirs = ['natural', ...['1', '2', '3', '4', '5', '6'].map((n) => `retired/set-${n}`)].map((d) => new URL(`../intents/${d}/`, import.meta.url));
  const labelled = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; intents: string[] })));
  const msg = (text: string): MessageFacts => ({ orderId: null, from: 'buyer', sentAt: null, text });

  it('no message that asks something is read as thanks only', () => {
    const asks = labelled.filter((x) => !x.intents.includes('other'));
    expect(asks.length).toBeGreaterThan(5000);
    expect(asks.filter((x) => askOf(msg(x.text)).thanksOnly).map((x) => x.id)).toEqual([]);
  });

  it('messages that ask nothing are read as thanks only, some of them', () => {
    const nothing = labelled.filter((x) => x.intents.includes('other'));
    expect(nothing.filter((x) => askOf(msg(x.text)).thanksOnly).length).toBeGreaterThan(nothing.length / 50);
  });
});

describe('the advice', () => {
  const delivered: CaseSpec = { marketplace: 'DE', order: { status: 'delivered', purchaseDate: '2026-11-16T10:00:00+01:00',
    shipBy: '2026-11-18T23:59:59+01:00', shippedAt: '2026-11-17T10:00:00+01:00', deliveredAt: '2026-11-20T12:00:00+01:00' },
  messages: [['buyer', '2026-11-24T09:00:00+01:00', 'Vielen Dank, alles gut angekommen!']] };

  it('a German buyer who only thanks: no reply advised, "No response needed" said, from the page and from memory', () => {
    for (const c of [caseOf(delivered), toStoredCase(caseOf(delivered))]) {
      const out = advise([c], NOW);
      expect(out.map((a) => a.action)).toEqual(['no-action']);
      expect(out[0]!.rules).toContain('MSG-PROHIBITED');
      expect(out[0]!.why).toMatch(/No response needed/u);
    }
  });

  it('thanks beside an ask is answered', () => {
    const asking: CaseSpec = { ...delivered, messages: [['buyer', '2026-11-24T09:00:00+01:00', 'Vielen Dank! Können Sie mir bitte noch die Rechnung schicken?']] };
    expect(advise([caseOf(asking)], NOW).map((a) => a.action)).toContain('reply-to-buyer');
  });
});

describe('thanks only, beside another step', () => {
  it('an unshipped order (PL) whose buyer only thanks: ship by the ship-by date, no reply deadline of 24 hours', () => {
    const spec: CaseSpec = { marketplace: 'PL', order: { status: 'unshipped', purchaseDate: '2026-11-23T10:00:00+01:00', shipBy: '2026-11-26T23:59:59+01:00' },
      messages: [['buyer', '2026-11-24T09:00:00+01:00', 'Dziękuję bardzo, pozdrawiam!']] };
    const out = advise([caseOf(spec)], NOW);
    expect(out.map((a) => a.action)).toEqual(['ship-by-deadline']);
    expect(out[0]!.rules).not.toContain('MSG-24H');
  });
});
