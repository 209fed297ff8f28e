// A return the same message takes back (src/rules/intent/withdrawn.ts takenBackHere, decide.ts decideTakingBack): a
// buyer who reports a fault often says first that they meant to send it back, then gives that up for a replacement or
// the money. The return is not asked, and the fault its words held down is read instead. In the 13 languages, beside
// look-alikes whose return stands.
import { describe, expect, it } from 'vitest';
import '../../src/rules/intent/load-model.ts';
import { withdrawalOf } from '../../src/rules/intent/withdrawn.ts';
import { classifyIntents } from '../../src/rules/intent/detect.ts';
import { decideTakingBack } from '../../src/rules/intent/decide.ts';
import type { SignalIntent } from '../../src/rules/intent/types.ts';

const TAKEN_BACK: Record<string, string> = {
  en: 'The fan rattles and the blades scrape the cage. I was going to return it, but forget the return, just send me a new one.',
  es: 'El secador echa chispas por detrás. Quería devolverlo, pero olvídenlo: mándenme uno nuevo y ya.',
  fr: 'Le fer à repasser fuit de partout. Je voulais le renvoyer, mais oubliez le retour, envoyez-m\'en un autre.',
  de: 'Der Föhn wird nach einer Minute kalt. Ich wollte ihn zurückschicken, aber lassen wir das mit der Rücksendung, schicken Sie einfach einen neuen.',
  it: 'Il ventilatore fa un rumore metallico. Stavo per chiedere il reso, ma lasciamo stare: mandatemene uno nuovo.',
  ja: '扇風機の首が回りません。返品しようと思いましたが、返品はやめておきます。新しいものを送ってください。',
  zh: '电风扇摇头功能坏了。本来打算退货，还是算了，给我补发一台新的吧。',
  pt: 'O secador solta faíscas atrás. Ia pedir a devolução, mas desisti de devolver: mandem só um novo.',
  nl: 'De föhn wordt na een minuut koud. Ik wilde hem retourneren, maar vergeet de retour, stuur gewoon een nieuwe.',
  pl: 'Suszarka iskrzy z tyłu. Chciałam ją odesłać, ale zapomnijcie o zwrocie, przyślijcie nową.',
  sv: 'Fläkten skramlar och bladen skrapar mot gallret. Jag tänkte skicka tillbaka den, men glöm returen, skicka en ny.',
  tr: 'Saç kurutma makinesi bir dakikada soğuyor. İade etmek istiyordum ama iadeyi unutun, yenisini gönderin yeter.',
  ar: 'المروحة تصدر صوت طقطقة والريش يحتك بالشبكة. كنت أريد إرجاعها، لكن انسوا الإرجاع، أرسلوا لي واحدة جديدة.',
};

// The return stands: asked plainly, asked again after a take-back of something else, the item (not the return) no longer
// needed, a label not yet come, or a return only meant and never taken back.
const STANDS: string[] = [
  'It works fine, I just don\'t need it anymore and want to return it.',
  'I haven\'t received the return label yet, how do I send the heater back?',
  'Forget the cancellation, it has shipped. When it arrives I will send it back.',
  'Wie kann ich den Artikel zurücksenden? Er passt nicht.',
  'Je n\'en ai plus besoin et je souhaite le retourner.',
  'Não preciso mais e quero devolver.',
  'Ich wollte es zurückschicken. Wie bekomme ich das Etikett?',
  'Volevo restituirlo, mi mandate l\'etichetta?',
  '返品したいです。着払いで送ってもいいですか。',
  '我想退货，请告诉我退货地址。',
];

describe('a return the same message takes back', () => {
  it('is read as taken back in the 13 languages', () => {
    for (const [lang, text] of Object.entries(TAKEN_BACK)) expect(withdrawalOf(text).takenBackHere, lang).toContain('return');
  });

  it('is not asked, whatever the model reads in its words', () => {
    for (const [lang, text] of Object.entries(TAKEN_BACK)) expect(classifyIntents(text).intents, lang).not.toContain('return');
  });

  it('a return asked plainly, or only meant, stands', () => {
    for (const text of STANDS) expect(withdrawalOf(text).takenBackHere, text).not.toContain('return');
  });

  it('paying the money back is no return to take back or keep ("betaal me terug", "paramı geri verin")', () => {
    expect(withdrawalOf('Eerst wilde ik hem retourneren; maakt niet uit, betaal me terug.').takenBackHere).toContain('return');
    expect(withdrawalOf('Önce iade etmek istiyordum; neyse, paramı geri verin.').takenBackHere).toContain('return');
  });

  it('leaves the reading decided again without the return, so the fault comes up (under the floor, unsure)', () => {
    const intents: SignalIntent[] = ['damaged', 'return', 'cancel'];
    const params = { accept: [0.2, 0.2, 0.2], floor: 0.1, unclear: 1 };
    const d = decideTakingBack(intents, [0.15, 0.9, 0.01], params, () => ({ takenBackHere: ['return'], forFix: false }));
    expect([...d.held]).toEqual(['damaged']);
    expect(d.unsure).toBe(true);
    expect([...decideTakingBack(intents, [0.15, 0.9, 0.01], params, () => ({ takenBackHere: [], forFix: false })).held]).toEqual(['return']);
    // A cancel taken back is dropped as before, with nothing read in its place.
    expect([...decideTakingBack(intents, [0.15, 0.01, 0.9], params, () => ({ takenBackHere: ['cancel'], forFix: false })).held]).toEqual([]);
  });
});
