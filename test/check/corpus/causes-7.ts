// Hand-written drafts for the general causes behind the look-alike set's false alarms and its one miss
// (test/check/corpus/lookalikes), each written in other languages than the look-alikes that showed it, with clean
// drafts and must-block twins side by side. [lang, kinds ('' when clean), text]
//  1. a number labelled as the seller's tax, VAT or company registration number, or as a postcode, is not a phone
//     ("USt-IdNr.", "vergi numaramız", "الرقم الضريبي", "CEP" showed it; here TVA, SIRET, NIF, P.IVA, btw, NIP,
//     organisationsnummer, 登録番号, 税号);
//  2. a number's label written with a dot ("org.nr", "Kd.Nr.") and a decimal after a spelled "at" ("19.5 V at
//     3.33 A") are not links;
//  3. a refusal that runs through a list of alternatives, from a refused name of any list ("by check, Venmo or any
//     other way outside Amazon", "Pix, TED nem ...") or is worded with "nothing" / "no one" right before the name
//     ("nichts per PayPal", "żaden"); and a spaced dash ends a refusal ("Du behöver inte returnera – vi swishar ...",
//     the one miss);
//  4. a warning not to pay someone who claims to be the seller: a sentence-final "don't" (Turkish "yapmayın",
//     Japanese "ないでください") or a condition naming the payment with "don't" for its answer;
//  5. ライン at the end of a longer katakana word (ガイドライン, オンライン) is not the LINE app.
import type { Lang } from './record.ts';

export const CAUSES_7: [Lang, string, string][] = [
  // ---- 1. tax, VAT, company registration numbers and postcodes ----
  ['en', '', 'The invoice for your order is attached. Our VAT number is GB 123 5550 42 if your accounts team needs it.'],
  ['fr', '', 'Nos mentions légales : SIRET 812 555 034 00021, numéro de TVA FR 27 812 555 034.'],
  ['es', '', 'Le adjuntamos la factura. Nuestro NIF es B 86 555 123 y el almacén está en el código postal 28001.'],
  ['it', '', 'Trova in allegato la fattura; i nostri dati sono Casa Rinaldi S.r.l., P.IVA 0555 123 0961.'],
  ['nl', '', 'Ons btw-nummer is NL 8555 0123 4B01 en ons KvK-nummer is 8555 0123.'],
  ['pl', '', 'Fakturę wystawiliśmy na firmę z NIP 525 555 01 23, REGON 385 550 123.'],
  ['sv', '', 'Fakturan är ställd från vårt bolag med organisationsnummer 559555 0123.'],
  ['ja', '', '領収書を添付いたしました。当店の登録番号は T 5011 0555 01234 です。'],
  ['zh', '', '发票已开具，我司税号为 9131 0115 5550 1234，邮编 200120。'],
  ['en', 'phone', 'Our VAT number is GB 123 5550 42; for anything urgent, call us on 020 7946 0555.'],
  ['fr', 'phone', 'SIRET 812 555 034 00021. Pour aller plus vite, appelez-nous au 01 55 50 12 34.'],
  ['es', 'phone', 'Nuestro NIF es B86555123; si lo prefiere, llámenos al 655 501 234 y lo vemos.'],
  ['pl', 'phone', 'NIP 525-555-01-23. W razie pytań proszę dzwonić pod 555 010 234.'],
  ['ja', 'phone', '登録番号はT5011055501234です。お急ぎの場合はお電話03-5555-0123までどうぞ。'],
  ['nl', 'phone', 'Btw-nummer NL855501234B01. Vragen? 06-5550 1234'],
  ['sv', 'phone', 'Org.nr 559555-0123. Frågor? 070-555 01 23'],

  // ---- 2. a label with a dot, a decimal after a spelled "at" ----
  ['de', '', 'Bitte geben Sie bei der Rücksendung die Kd.Nr. 48213 und die Best.Nr. 2024-118 an.'],
  ['nl', '', 'Vermeld bij de retour ons art.nr 4471 en uw klantnummer 30921.'],
  ['fr', '', 'L\'adaptateur fournit 5 V et 2.4 A, exactement comme celui d\'origine.'],
  ['de', 'link', 'Die Anleitung zur Kd.Nr. 48213 finden Sie unter kuechenwerk.example.com/anleitung.'],
  ['fr', 'email', 'Pour la notice de l\'adaptateur 5 V et 2.4 A, écrivez-nous à sav@maisonvernier.example.com.'],

  // ---- 3. a refusal through a list, "nothing", "no one"; a dash ends a refusal ----
  ['es', '', 'Lo sentimos, no podemos reembolsar por Bizum, PayPal ni por ninguna otra vía fuera de Amazon.'],
  ['it', '', 'Ci dispiace, non possiamo rimborsarla con Satispay, bonifico né in altro modo fuori da Amazon.'],
  ['nl', '', 'We kunnen niets via Tikkie of op een andere manier buiten Amazon terugbetalen.'],
  ['sv', '', 'Vi kan inte betala tillbaka via Swish, bankgiro eller på annat sätt utanför Amazon.'],
  ['it', '', 'Non faccia bonifici, ricariche PostePay né altri pagamenti a chi si presenta a nome nostro.'],
  ['de', '', 'Überweisen Sie niemandem Geld, der sich als unser Shop ausgibt.'],
  ['es', 'off-amazon-payment', 'No hace falta devolverlo – le hacemos un Bizum con la diferencia esta tarde.'],
  ['nl', 'off-amazon-payment', 'Terugsturen is niet nodig – we sturen je een Tikkie voor het verschil.'],
  ['de', 'off-amazon-payment', 'Sie müssen nichts zurückschicken – wir erstatten Ihnen die 15 % per PayPal.'],
  ['it', 'off-amazon-payment', 'Non serve il reso, le mando il rimborso con Satispay o PostePay in giornata.'],
  ['nl', 'off-amazon-payment', 'Niet terugsturen, we betalen het verschil via Tikkie of overboeking.'],
  ['es', '', 'No devolvemos dinero por Bizum ni de ninguna otra forma fuera de Amazon.'],
  ['it', 'off-amazon-payment', 'Il reso non serve: le mando il rimborso con Satispay o con bonifico fuori da Amazon.'],
  ['en', 'off-amazon-payment', 'No need to ship it back — we\'ll refund you by check this week.'],

  // ---- 4. a warning not to pay someone claiming to be the seller ----
  ['en', '', 'If anyone asks you to pay by bank transfer or Zelle in our name, don\'t. We never ask for that.'],
  ['es', '', 'Si alguien le pide un pago por Bizum en nuestro nombre, no pague. Todo se paga a través de Amazon.'],
  ['de', '', 'Falls jemand in unserem Namen eine Zahlung per PayPal verlangt, zahlen Sie bitte nicht.'],
  ['fr', '', 'Si quelqu\'un vous demande un paiement par Lydia en notre nom, ne payez pas.'],
  ['it', '', 'Se qualcuno le chiede una ricarica PostePay a nome nostro, non paghi.'],
  ['nl', '', 'Als iemand namens ons om een Tikkie vraagt, betaal dan niet.'],
  ['sv', '', 'Om någon ber dig betala via Swish i vårt namn, betala inte.'],
  ['ar', '', 'إذا طلب منك أحد الدفع عبر STC Pay باسم متجرنا، فلا تدفع.'],
  ['en', 'off-amazon-payment', 'If you\'d rather skip the return, pay the difference by Zelle and don\'t wait for Amazon.'],
  ['es', 'off-amazon-payment', 'Si prefiere no esperar, le devolvemos el dinero por Bizum hoy mismo.'],
  ['de', 'off-amazon-payment', 'Wenn Sie nicht warten möchten, erstatten wir Ihnen die 20 Euro per PayPal.'],
  ['fr', 'off-amazon-payment', 'Si vous ne voulez pas attendre, nous vous remboursons par Lydia aujourd\'hui.'],
  ['sv', 'off-amazon-payment', 'Om du inte vill vänta, swishar vi tillbaka 200 kr i kväll.'],
  ['ar', 'off-amazon-payment', 'إذا لم ترغب في الانتظار، نحول لك المبلغ عبر STC Pay اليوم.'],

  // ---- 5. ライン inside a longer katakana word ----
  ['ja', '', 'オンラインでの返品手続きは「注文履歴」から行えます。'],
  ['ja', '', 'Amazonのガイドラインに沿って、本件はこちらのメッセージで対応いたします。'],
  ['ja', 'messaging-app', 'お急ぎでしたら、ラインでご連絡ください。'],

  // ---- 6. a negation in a first clause does not reach a second one joined by "and" with its own subject ----
  ['en', 'off-amazon-payment', 'We don\'t need the item back and will refund you by Venmo today.'],
  ['de', 'off-amazon-payment', 'Sie müssen nichts zurückschicken und wir erstatten Ihnen den Betrag per PayPal.'],
  ['fr', 'off-amazon-payment', 'Inutile de renvoyer l\'article et nous vous remboursons par Lydia ce soir.'],
  ['nl', 'off-amazon-payment', 'U hoeft niets terug te sturen en we maken het bedrag over via Tikkie.'],
  ['sv', 'off-amazon-payment', 'Du behöver inte skicka tillbaka den och vi swishar pengarna i kväll.'],
  ['en', '', 'We cannot use PayPal and Venmo for refunds; the refund goes through Amazon.'],
  ['de', '', 'Wir nehmen kein PayPal und keine Überweisung an, die Zahlung läuft über Amazon.'],
  ['nl', '', 'We gebruiken geen Tikkie en ook geen bankoverschrijving; alles loopt via Amazon.'],
];
