// The buyer's language decides the language of the reply Claimwise words. A wrong guess is worse than none (none falls
// back to the marketplace's language): a Swedish buyer answered in German, a Polish one in Portuguese. Messages written
// for this file, in the ten Latin-script languages, most without the words the phrase lists know.
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/rules/intent/language.ts';

describe('the language a buyer wrote in', () => {
  it.each([
    ['Hej, jag har inte fått mitt paket än och spårningen har inte ändrats på en vecka.', 'sv'],
    ['Lampan kom trasig, glaset var krossat när jag öppnade lådan. Vad gör vi nu?', 'sv'],
    ['Dzień dobry, paczka miała być w piątek, a dalej jej nie ma. Co się dzieje?', 'pl'],
    ['Kurtka przyszła w złym rozmiarze, zamawiałam M a dostałam XL.', 'pl'],
    ['Merhaba, siparişim hâlâ gelmedi, kargo takip numarası çalışmıyor.', 'tr'],
    ['Ürün kırık geldi, değişim yapabilir misiniz?', 'tr'],
    ['A tampa veio rachada e o mel vazou na caixa toda, não dá pra usar.', 'pt'],
    ['Vou me mudar no sábado, podem mandar para o endereço novo?', 'pt'],
    ['Het pakket is nog steeds niet bezorgd, kunt u kijken waar het is?', 'nl'],
    ['La cafetera llegó con el asa rota, ¿me mandan otra?', 'es'],
    ['Il pacco non è ancora arrivato, potete controllare?', 'it'],
    ["Le colis n'est toujours pas arrivé, pouvez-vous vérifier ?", 'fr'],
    ['Das Paket ist immer noch nicht da, können Sie nachsehen?', 'de'],
    ['The parcel still has not arrived, could you check where it is?', 'en'],
  ])('%s -> %s', (text, lang) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it('a word several languages share tells nothing on its own ("de", "en", "do")', () => {
    expect(guessLanguage('de en do')).toBeNull();
  });

  it('one telling letter alone is not enough: a name with "ł" in an English message stays English', () => {
    expect(guessLanguage('Hi, please send it to Paweł at the same address, thanks, I will be away that week.')).toBe('en');
  });

  // A name or an address tells who and where the buyer is, not the language they wrote in.
  it.each([
    'The item is broken. Regards, Łukasz Wiśniewski',
    'Hi, please ship to ul. Świętokrzyska 12, 00-001 Łódź',
    "Do you ship to Poland? I'm at ul. Długa 3, Gdańsk",
    'I sent it to Łódź',
    'Where is my parcel? Şükrü Yılmaz',
    'Ship to Jürgen Müller, Hauptstraße 5 — has it shipped?',
  ])('an English message with a foreign name or address is not read as that language: %s', (text) => {
    expect([null, 'en']).toContain(guessLanguage(text));
  });

  it('short English messages stay English where a shared word could tip them ("i", "to")', () => {
    expect(guessLanguage('The item arrived damaged, I want a refund')).toBe('en');
    expect(guessLanguage('Hey How do I send it back?')).toBe('en');
  });

  it('Turkish capital İ does not split the word it begins', () => {
    expect(guessLanguage('İade edebilir miyim? Ürün kırık geldi.')).toBe('tr');
  });
});
