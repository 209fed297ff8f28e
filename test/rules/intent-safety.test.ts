// BS-CLAIMS-PROTECTED in every marketplace language: on a delivered, Claims Protected order shipped on time, a buyer
// who says it never came, asks for another one or asks for their money back gets "do not refund or reship; direct
// the buyer to A-to-z" — through advise(), with the intent model loaded as the CLI and popup load it. The same words
// with a stated other reason, or withdrawn, do not.
import { describe, expect, it } from 'vitest';
import '../../src/rules/intent/load-model.ts';
import { advise } from '../../src/rules/index.ts';
import { caseOf, FORUM_CASE, NOW } from './builders.ts';

const ASKS: Record<string, { notHere: string; another: string; refund: string }> = {
  en: { notHere: 'Says delivered yesterday but there is nothing at my door.', another: 'Nothing came. Please send a new one.', refund: 'Please just refund me.' },
  es: { notHere: 'Pone entregado pero no me ha llegado nada a casa.', another: 'Por favor mándenme otro.', refund: 'Quiero el reembolso, por favor.' },
  fr: { notHere: "Marqué livré mais je n'ai rien reçu, rien devant ma porte.", another: 'Merci de me renvoyer un autre colis.', refund: 'Je veux être remboursé.' },
  de: { notHere: 'Laut Tracking zugestellt, aber bei mir ist nichts angekommen.', another: 'Bitte schicken Sie mir Ersatz.', refund: 'Ich möchte eine Erstattung.' },
  it: { notHere: 'Risulta consegnato ma a casa non è arrivato niente.', another: 'Per favore mandatemi un altro pacco, un nuovo.', refund: 'Voglio il rimborso.' },
  ja: { notHere: '配達済みになっていますが、何も届いていません。', another: 'もう一度送ってください。', refund: '返金してください。' },
  zh: { notHere: '显示已签收，但是我根本没收到。', another: '麻烦给我补发一个。', refund: '请给我退款。' },
  pt: { notHere: 'Aparece como entregue mas não chegou nada aqui.', another: 'Por favor mandem outro.', refund: 'Quero o estorno do valor.' },
  nl: { notHere: 'Er staat bezorgd maar ik heb niks ontvangen.', another: 'Stuur me aub een nieuwe.', refund: 'Ik wil mijn geld terug.' },
  pl: { notHere: 'Status doręczona, ale paczki nie ma.', another: 'Proszę wysłać jeszcze raz.', refund: 'Proszę o zwrot pieniędzy.' },
  sv: { notHere: 'Det står levererat men jag har inte fått något.', another: 'Kan ni skicka en ny?', refund: 'Jag vill ha pengarna tillbaka.' },
  tr: { notHere: 'Teslim edildi yazıyor ama bana hiçbir şey gelmedi.', another: 'Lütfen yenisini gönderin.', refund: 'Paramı iade edin lütfen.' },
  ar: { notHere: 'مكتوب تم التسليم لكن ما وصلني شي.', another: 'ممكن ترسلون لي واحد بديل؟', refund: 'أبي استرجاع المبلغ.' },
};

function actionsFor(text: string): string[] {
  const spec = { ...FORUM_CASE, messages: [['buyer', '2026-11-24T08:15:00-08:00', text] as ['buyer', string, string]] };
  return advise([caseOf(spec)], NOW).map((a) => a.action);
}

describe('Claims Protected, delivered, on time: the buyer is sent to A-to-z in every language', () => {
  for (const [lang, asks] of Object.entries(ASKS)) {
    for (const [kind, text] of Object.entries(asks)) {
      it(`${lang}, ${kind}: ${text}`, () => {
        const actions = actionsFor(text);
        expect(actions).toContain('direct-to-a-to-z');
        expect(actions).not.toContain('refund-or-reship');
        expect(actions).not.toContain('reply-to-buyer');
      });
    }
  }
});

describe('the same order when the buyer gives another reason or takes the ask back', () => {
  it.each([
    'It arrived broken, please refund me.',
    'Wrong colour in the box, send me a new one please.',
    'No need to refund, it turned up this morning.',
    '不用退款了，今天早上到了。',
    'Thanks, all good!',
  ])('%s', (text) => {
    expect(actionsFor(text)).not.toContain('direct-to-a-to-z');
  });
});

describe('the refund ask needs the protected, on-time, delivered facts', () => {
  it('a not-protected order does not get the A-to-z advice for "refund me"', () => {
    const spec = { ...FORUM_CASE, order: { ...FORUM_CASE.order, claimsProtected: false }, messages: [['buyer', '2026-11-24T08:15:00-08:00', 'Please just refund me.'] as ['buyer', string, string]] };
    expect(advise([caseOf(spec)], NOW).map((a) => a.action)).not.toContain('direct-to-a-to-z');
  });
});
