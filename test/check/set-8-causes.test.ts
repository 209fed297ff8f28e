// The causes of retired set 8's misses and false alarms, one block each, with the drafts that showed them and the
// edges of their fixes (the fuller wording in corpus/causes-11.ts, asserted in causes-11.test.ts).
import { describe, expect, it } from 'vitest';
import { check, mustChange } from '../../src/check/index.ts';

function expectBlocked(kind: string, texts: string[]) {
  for (const text of texts) {
    const findings = check(text);
    expect(findings.filter((f) => f.severity === 'block').map((f) => f.kind), text).toContain(kind);
  }
}
function expectClean(texts: string[]) {
  for (const text of texts) expect(mustChange(check(text)), JSON.stringify(check(text).map((f) => [f.kind, f.text]))).toBe(false);
}

describe('an address read out with the local words for "at" and "dot"', () => {
  it('is an address, the example ending spelled too and the word for "at" written right after the name', () => {
    expectBlocked('email', [
      'أرسلي لنا مقطعاً قصيراً على support آت hawaa-naqi دوت example ليطّلع عليه الفني',
      'haiso アットマーク kagu-yamato ドット example 宛にお知らせください。',
      '把发票抬头和税号发到 service艾特 lanshan-jiaju 点 example 就行。',
      'kısa bir videosunu destek et işareti kahvedukkani nokta example adresine gönderin',
      'muhasebe at işareti tekstil-ada nokta example adresine yazın',
    ]);
  });
  it('leaves "for example", a point of the manual and a cosy shop alone', () => {
    expectClean([
      'For example, point 4 of the manual shows how to fit the leg.',
      'Por ejemplo, en el punto 3 de las instrucciones verá cómo montar la base.',
      '当店はアットホームな雰囲気のお店です。例えば説明書のポイントをご覧ください。',
    ]);
  });
});

describe('review steering in fresh forms', () => {
  it('blocks what the review should say, whatever the praise', () => {
    expectBlocked('review-manipulation', [
      'Wenn Sie eine Rezension schreiben, erwähnen Sie bitte die Handarbeit und den schnellen Versand.',
      'If you do write a review, could you mention that it is hand-stitched and arrived in two days?',
      'Skriv gärna i recensionen att tröjan är stickad i Sverige.',
      '如果您写评价的话，麻烦提一下是纯手工做的。',
    ]);
  });
  it('blocks a review put off until a gift or a replacement arrives', () => {
    expectBlocked('review-manipulation', [
      'Aspetta a lasciare la recensione finché non ricevi il nostro pensierino di ringraziamento, ci teniamo!',
      'Segura a avaliação só até chegar o mimo que a gente vai mandar, combinado?',
      'Bitte bewerten Sie erst, wenn das Ersatzteil da ist.',
      'Yorum yazmak için lütfen değişim ürününün gelmesini bekleyin.',
      'ننتظر منك التقييم بعد ما توصلك هديتنا الصغيرة، بتنشحن الأسبوع الجاي.',
    ]);
  });
  it('blocks "stars if all is well; if not, no review, write to us"', () => {
    expectBlocked('review-manipulation', [
      'Jeżeli wszystko gra, będziemy wdzięczni za gwiazdki. A jeżeli coś nie gra, to proszę nie wystawiać opinii, tylko napisać do nas.',
      'Gostou? Avalia a gente! Não gostou? Chama aqui antes e deixa a avaliação de lado, tá?',
    ]);
  });
  it('blocks a reward for telling friends and reviewing, and a thank-you promised for the next order', () => {
    expectBlocked('review-manipulation', [
      'Parlez de nous à vos amis et laissez un avis : chacun de vous recevra un bon de 10 € sur notre boutique.',
      'Si vous avez un moment pour écrire un avis, nous saurons vous remercier comme il se doit lors de votre prochaine visite.',
      'Se deixar uma avaliação, saberemos agradecer à altura na sua próxima compra.',
    ]);
  });
  it('leaves the time and the choice to the buyer, and a mention asked of Amazon, alone', () => {
    expectClean([
      'You can leave a review whenever you like, before or after the replacement arrives; that is entirely up to you.',
      'Puede dejar su opinión cuando quiera, antes o después de recibir el repuesto; es decisión suya.',
      'Bitte warten Sie mit dem Einbau, bis das Ersatzteil da ist.',
      'If the size is wrong, mention the size you need in your return request to Amazon.',
      'As you mention in your review, the lid was loose; the new one left today.',
      'Thank you for your review! On your next order, you will find the updated size chart on the listing.',
    ]);
  });
});

describe('phones in words and digits, in kanji digits, split by " / " and " . "', () => {
  it('are phones', () => {
    expectBlocked('phone', [
      'Ufficio resi – Salotti Brianza\ntel. zero due, 555, zero zero trentuno',
      '文具の杜　名入れ担当　森\nＴＥＬ　〇六‐五五五五‐〇〇三一',
      'ご不明点はＴＥＬ　０６‐５５５５‐〇〇三一まで。',
      'Ring vår kundtjänst om garantin: 08 / 555 . 000 . 61, fråga efter Linnea.',
      'Call us about your warranty: 020 / 7946 . 0031.',
    ]);
  });
  it('leaves a part number under its label, a short kanji model number and counted things alone', () => {
    expectClean([
      'Die Ersatzteilnummer für die Kohlebürsten lautet 0 555 021 704. Sie steht auch auf dem Typenschild unter „E-Nr.“',
      'Het onderdeelnummer is 1 617 000 525; het staat ook op het typeplaatje.',
      '品番は〇三‐五五五のシリーズで、色違いもAmazonの商品ページからお選びいただけます。',
      'Ha due figli e tre nipoti? Allora il set da sei tazze è quello giusto.',
    ]);
  });
});
