// A claim page that says the seller has appealed only in a notice (an alert above the claim), its status left as the
// decision ("Granted/Seller Funded"): the reading carries `appealMade` so the advice does not ask for a second
// appeal. A notice that only offers the appeal, or says none was made, is not an appeal made.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const claimPage = (notice: string, lang: string, labels: { order: string; status: string; value: string }) =>
  page(`<main id="sc-content-container">${notice}<section class="claim">
    <div class="row"><span class="k">${labels.order}</span> <a href="/orders-v3/order/205-3318820-4471930">205-3318820-4471930</a></div>
    <div class="row"><span class="k">${labels.status}</span> <span class="v">${labels.value}</span></div></section></main>`, { lang });

describe('an appeal made, said only in a notice', () => {
  const ca = 'https://sellercentral.amazon.ca/gp/guarantee-claims/claim-details.html?claimId=8810293374';
  const en = { order: 'Order ID', status: 'Claim status', value: 'Granted/Seller Funded' };

  it('a Katal alert "your appeal was submitted … under review" (amazon.ca)', () => {
    const r = readHtml(claimPage('<kat-alert variant="info" header="Appeal">Your appeal was submitted on Dec 3, 2026 and is under review.</kat-alert>', 'en-CA', en), ca);
    expect(r.claims).toEqual([expect.objectContaining({ orderId: '205-3318820-4471930', status: 'Granted/Seller Funded', appealMade: true })]);
    expect(r.missing).not.toContain('claims[0].appealMade');
  });

  it('a role="alert" box in German (amazon.de)', () => {
    const r = readHtml(claimPage('<div role="alert"><b>Hinweis:</b> Sie haben am 3. Dezember 2026 Widerspruch eingelegt. Wir melden uns.</div>', 'de-DE',
      { order: 'Bestellnummer', status: 'Status', value: 'Stattgegeben/Vom Verkäufer finanziert' }),
    'https://sellercentral.amazon.de/gp/guarantee-claims/claim-details.html?claimId=8810293375');
    expect(r.claims[0]?.appealMade).toBe(true);
  });

  it('a notice in Japanese (amazon.co.jp)', () => {
    const r = readHtml(claimPage('<div class="a-alert a-alert-info"><div class="a-alert-content">この申請への異議申し立てを受け付けました。</div></div>', 'ja-JP',
      { order: '注文番号', status: 'ステータス', value: '承認（出品者負担）' }),
    'https://sellercentral.amazon.co.jp/gp/guarantee-claims/claim-details.html?claimId=8810293376');
    expect(r.claims[0]?.appealMade).toBe(true);
  });

  it.each([
    ['an offer to appeal', '<kat-alert>You can appeal this decision until Dec 20, 2026. Submit an appeal with your evidence.</kat-alert>'],
    ['an appeal said not to be made', '<kat-alert>No appeal submitted for this claim.</kat-alert>'],
    ['a help text outside the page content', ''],
    ['a question in the words of one made', '<kat-alert>Appeal submitted? Track it under Claims &gt; Appeals.</kat-alert>'],
    ['a time limit in them', '<kat-alert>An appeal submitted after Dec 20, 2026 will not be considered.</kat-alert>'],
    ['"can be appealed on"', '<kat-alert>This decision can be appealed on or before Dec 20, 2026.</kat-alert>'],
    ['a condition', '<div role="alert">Once submitted, your appeal is under review for up to 7 days.</div>'],
    ['"haven\'t"', '<kat-alert>You haven\'t submitted an appeal.</kat-alert>'],
  ])('%s is no appeal made', (_, notice) => {
    const html = claimPage(notice, 'en-CA', en).replace('</main>', '</main><aside class="help"><div role="alert">Appeal submitted? See how decisions are made.</div></aside>');
    const r = readHtml(html, ca);
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).not.toHaveProperty('appealMade');
  });
});

describe('notices in the words of an appeal made that say something else, in other UI languages', () => {
  const de = { order: 'Bestellnummer', status: 'Status', value: 'Stattgegeben/Vom Verkäufer finanziert' };
  it.each([
    ['de', 'https://sellercentral.amazon.de', 'Wenn Sie Widerspruch eingelegt haben, melden wir uns innerhalb von 7 Tagen.'],
    ['de', 'https://sellercentral.amazon.de', 'Sie haben noch keinen Widerspruch eingelegt.'],
    ['fr', 'https://sellercentral.amazon.fr', 'Un appel soumis après le 20 décembre ne sera pas examiné.'],
    ['es', 'https://sellercentral.amazon.es', '¿Recurso enviado? Consulte su estado aquí.'],
    ['it', 'https://sellercentral.amazon.it', 'Nessun ricorso presentato.'],
    ['pt', 'https://sellercentral.amazon.com.br', 'Recurso enviado após essa data não será analisado.'],
    ['ja', 'https://sellercentral.amazon.co.jp', '異議申し立て済みの場合は、こちらで状況を確認できます。'],
    ['zh', 'https://sellercentral.amazon.com', '如您已申诉，请勿重复提交。'],
    ['de', 'https://sellercentral.amazon.de', 'Widerspruch eingelegt: Nein. Sie können bis zum 20. Dezember Widerspruch einlegen.'],
    ['en', 'https://sellercentral.amazon.com', 'An appeal submitted late will be rejected.'],
  ])('%s: %s … is no appeal made', (lang, host, notice) => {
    const r = readHtml(claimPage(`<kat-alert>${notice}</kat-alert>`, lang, de), `${host}/gp/guarantee-claims/claim-details.html?claimId=8810293380`);
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).not.toHaveProperty('appealMade');
  });

  it('one plain sentence among others still says it (Brazilian Portuguese)', () => {
    const r = readHtml(claimPage('<kat-alert>Recurso enviado em 3 de dezembro de 2026. Você receberá a decisão por e-mail.</kat-alert>', 'pt-BR', de),
      'https://sellercentral.amazon.com.br/gp/guarantee-claims/claim-details.html?claimId=8810293381');
    expect(r.claims[0]?.appealMade).toBe(true);
  });
});
