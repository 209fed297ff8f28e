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

describe('a code for other products in a friendly reply', () => {
  it('is promotion in the languages whose "with the code" was not listed', () => {
    expectBlocked('marketing', [
      'Przy okazji: mamy teraz w sklepie lampki LED i bombki szklane pasujące do tej choinki, z kodem SWIETA15 kupi je Pan 15% taniej.',
      'Bu arada mağazamızda uyumlu ışıklar ve süsler de var, YILBASI15 koduyla %15 indirimli alabilirsiniz.',
      'Bij ons in de winkel hebben we ook bijpassende lampjes; met de code KERST15 krijgt u 15% korting.',
    ]);
  });
});

describe('set 8\'s false alarms and their look-alikes', () => {
  it('leaves a voucher or code named only to say there is none or that Amazon does not allow one', () => {
    expectClean([
      'Amazon erlaubt uns nicht, Ihnen per Nachricht einen Gutschein für eine spätere Bestellung zu schicken. Für dieses Problem erstatten wir Ihnen aber 8 € über Amazon.',
      "There is no discount code. Please stop asking for one; the price is what's on the listing.",
      'Danke für Ihre Bewertung. Bei Ihrer nächsten Bestellung finden Sie die neue Größentabelle direkt auf der Produktseite.',
    ]);
  });
  it('leaves a change of the review left to the buyer alone, but not one asked after "no need to return it"', () => {
    expectClean([
      'Ob Sie Ihre Bewertung ändern, entscheiden allein Sie, darum bitten wir nicht. Das Ersatzteil geht unabhängig davon morgen raus.',
      'No hace falta que cambie su opinión, el reembolso no depende de eso.',
      'Whether you change your review is entirely your decision; we will not ask you to.',
      "Que vous modifiiez votre avis ou non, c'est à vous seul d'en décider ; nous ne vous le demandons pas.",
    ]);
    expectBlocked('review-manipulation', ['No need to return it, just remove your review, please.', '不用退货了，麻烦把差评删一下。']);
  });
  it('reads Polish "temu" as "ago" or "that", and Temu after "auf" as the marketplace', () => {
    expectClean([
      'Dzień dobry, zamówienie 406-5550712-3381946 zostało doręczone tydzień temu. Jeśli znajdzie Pan chwilę, prosimy o opinię o produkcie na Amazon, niezależnie od wrażeń.',
      'Rok temu zmieniliśmy dostawcę kartonów. Dzięki temu paczki są lżejsze.',
      'Temu klientowi, o którym Pan pisze, również wysłaliśmy nową część.',
    ]);
    expectBlocked('marketing', ['Den gleichen Topf bekommen Sie auf Temu günstiger, schauen Sie dort.', 'Temu sells the same pot for less, have a look there.']);
  });
  it('leaves other marketplaces named only to warn, and Amazon\'s rule on contact details, alone', () => {
    expectClean([
      '我们只在亚马逊上开店，淘宝和拼多多上用我们店名的都不是我们，请不要在那边下单。',
      'We only sell on Amazon. Shops on eBay or Etsy using our name are not us, so please do not order there.',
      '根据亚马逊的规定，卖家不得向买家提供电话号码、电子邮箱或其他站外联系方式，所以我们只能在这里为您服务。',
      'Amazon rules say sellers may not give buyers a phone number, an email address or any other contact details outside Amazon, so we can only help you here.',
    ]);
    expectBlocked('marketing', ['Our shop on eBay has the same lid for less, have a look there.']);
  });
});
