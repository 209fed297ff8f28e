// The causes of the development drafts dev-9's misses and false alarms, in other words than theirs: an address read
// out with Arabic "على" for the sign, phones split by asterisks or followed by the days they answer, and names that
// keep to Amazon (its gift card, its checkout, a card declined there, the seller bound to stay in its messages).
import { describe, expect, it } from 'vitest';
import { check, mustChange } from '../../src/check/index.ts';

function expectBlocked(kind: string, texts: string[]) {
  for (const text of texts) expect(check(text).filter((f) => f.severity === 'block').map((f) => f.kind), text).toContain(kind);
}
function expectClean(texts: string[]) {
  for (const text of texts) expect(mustChange(check(text)), JSON.stringify(check(text).map((f) => [f.kind, f.text]))).toBe(false);
}

describe('dev-9 misses, said otherwise', () => {
  it('blocks an address with Arabic "على" for the sign, and phones split by asterisks or given with their hours', () => {
    expectBlocked('email', ['راسلنا على sales على دار-العطور نقطة com وسنرد خلال يوم.']);
    expectBlocked('phone', ['Servis hattımız 0212*555*01*23, her gün açık.', 'Il laboratorio risponde al 555—017—2290 dal lunedì al venerdì.',
      'Our workshop: 555-019-4471, Monday to Friday.']);
  });
  it('leaves "على" in prose and a short number before opening hours alone', () => {
    expectClean(['حصلنا على القطعة البديلة اليوم، وسنرسلها لك غداً.', 'Il pacco arriva entro 3—5 giorni dal lunedì al venerdì.']);
  });
});

describe('dev-9 false alarms, said otherwise', () => {
  it('leaves Amazon\'s gift card, a way to pay tried again at Amazon\'s checkout and a declined card alone', () => {
    expectClean([
      'Amazon erstattet Ihnen den Betrag auf Ihr Amazon-Gutscheinkonto, wenn Sie mit einem Amazon-Gutschein bezahlt haben.',
      'Probeer de betaling opnieuw met iDEAL bij het afrekenen op Amazon.',
      '银行卡被拒的话，换一张卡在亚马逊重新下单就可以了。',
    ]);
  });
  it('leaves an app the buyer prefers alone when the seller must stay in Amazon\'s messages, but not an invitation there', () => {
    expectClean(['Je comprends que Telegram vous arrange, mais nous devons rester dans la messagerie Amazon.',
      'LINEでのやり取りをご提案いただきありがとうございます。ただ、Amazonの規約によりこちらでのみ対応しております。']);
    expectBlocked('messaging-app', ['Écrivez-nous sur Telegram, nous devons juste rester polis.']);
  });
  it('still blocks a voucher of the seller\'s', () => {
    expectBlocked('marketing', ['Als Dank schicken wir Ihnen einen Gutschein für Ihre nächste Bestellung in unserem Shop.']);
  });
});
