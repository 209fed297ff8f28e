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
