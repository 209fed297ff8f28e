// Hand-written drafts for the general causes behind the fourth retired set's misses, in new words and other
// languages than the misses were in (no draft of a retired set copied), each cause with clean drafts beside it.
// [lang, kinds ('' when clean), text]
//  1. something given once the review is written or changed, however vaguely ("a little surprise", a draw, "on us");
//  2. the happy ones picked out ("we only ask the customers who loved it"), a condition on the buyer's mood before
//     telling others on Amazon, the unhappy ones sent to the seller instead of to a review;
//  3. a rating taken down or raised with the verbs people use ("offline halen", "plocka bort", "hochsetzen", "撤掉");
//  4. praise asked for ("only good things", "enthusiastic", "w pozytywnym tonie");
//  5. promotion: something new or back in stock with a push, a price cut on the seller's range, a visit to the shop,
//     mailing lists, draws, other marketplaces;
//  6. phone numbers in words with "and" between tens and units, glued to digits, or given after a cue;
//  7. chat apps and wallets by local names or ids.
// The clean ones: neutral review requests, refusals and quoted rules, news about the order, ids and prices.
import type { Lang } from './record.ts';

export const CAUSES_5: [Lang, string, string][] = [
  // ---- 1. something given for the review ----
  ['en', 'review-manipulation', 'Anyone who posts a few words about the lamp on Amazon gets a little treat tucked into their next order.'],
  ['de', 'review-manipulation', 'Für alle, die uns auf Amazon eine Bewertung schreiben, gibt es bei der nächsten Bestellung eine kleine Überraschung.'],
  ['fr', 'review-manipulation', 'Ceux qui laissent un avis sur Amazon participent à notre tirage au sort du mois, avec une théière à gagner.'],
  ['es', 'review-manipulation', 'A quien nos deje una reseña le mandamos un detallito con el próximo pedido, ya verá.'],
  ['pt', 'review-manipulation', 'Quem deixar uma avaliação na Amazon ganha uma surpresa no próximo pacote.'],
  ['nl', 'review-manipulation', 'Voor iedereen die een review plaatst, stoppen we iets leuks in het volgende pakket.'],
  ['sv', 'review-manipulation', 'Alla som skriver en recension är med i utlottningen av en ny kaffekvarn i december.'],
  ['zh', 'review-manipulation', '写好评价的顾客，下次下单我们送您一份小礼物。'],
  ['en', '', 'We sent the replacement today. If you have a minute later on, a review helps other buyers, whatever you think of it.'],
  ['de', '', 'Die Überraschung war leider eine falsche Farbe: die richtige Tasse ist unterwegs, die Rücksendung übernehmen wir.'],
  ['nl', '', 'We hebben de terugbetaling van 12 euro gedaan; je ziet het bedrag binnen een paar dagen op je rekening.'],
  // ---- 2. the happy ones picked out; the unhappy ones sent to the seller ----
  ['fr', 'review-manipulation', 'Nous ne demandons un avis qu’aux clients vraiment ravis, et vous en faites partie.'],
  ['it', 'review-manipulation', 'Chiediamo una recensione solo ai clienti che sono rimasti soddisfatti, e lei ci sembra uno di loro.'],
  ['pt', 'review-manipulation', 'Só pedimos avaliação aos clientes que ficaram satisfeitos, e você parece ser um deles.'],
  ['pl', 'review-manipulation', 'Jeśli jest Pani zadowolona, prosimy o kilka słów na Amazonie, a jeśli nie, proszę najpierw napisać do nas.'],
  ['tr', 'review-manipulation', 'Memnun kaldıysanız Amazon\'da birkaç kelime yazarsanız seviniriz; memnun değilseniz önce bize yazın.'],
  ['de', 'review-manipulation', 'Wenn Sie nicht überzeugt sind, schreiben Sie bitte keine Rezension, sondern melden Sie sich direkt bei uns.'],
  ['en', 'review-manipulation', 'If it isn\'t right, please skip the review and message us instead, we will sort it.'],
  ['ja', 'review-manipulation', 'ご満足いただけた場合のみ、レビューをお願いしております。'],
  ['fr', '', 'Les règles d’Amazon ne nous permettent pas de demander un avis seulement aux clients satisfaits : nous le demandons à tous.'],
  ['it', '', 'Se qualcosa non va, ci scriva pure qui: sistemiamo tutto noi.'],
  ['pl', '', 'Jeśli coś jest nie tak z czajnikiem, proszę napisać do nas tutaj, od razu wyślemy nową pokrywkę.'],
  ['tr', '', 'Ürünle ilgili bir sorun olursa bize buradan yazabilirsiniz; yorumunuzu ise dilediğiniz gibi bırakabilirsiniz.'],
  // ---- 3. taken down or raised ----
  ['nl', 'review-manipulation', 'Zou je die beoordeling van twee sterren offline willen halen nu het nieuwe deksel er is?'],
  ['sv', 'review-manipulation', 'Kan du ta ner recensionen om det trasiga locket nu när vi har löst det?'],
  ['de', 'review-manipulation', 'Wir haben Ihre Bewertung gelesen. Könnten Sie die Sterne etwas hochsetzen, jetzt wo alles passt?'],
  ['zh', 'review-manipulation', '您留的那个差评，方便的话能帮我们撤掉吗？'],
  ['pt', 'review-manipulation', 'Agora que a peça chegou, você pode tirar a avaliação de uma estrela?'],
  ['it', 'review-manipulation', 'Visto che il problema è risolto, potrebbe alzare il voto che ci ha dato?'],
  ['es', 'review-manipulation', 'Ya le llegó la tapa nueva: ¿podría subir la valoración que nos dejó?'],
  ['nl', '', 'We halen de aanbieding offline zodra de nieuwe voorraad binnen is; je bestelling is al onderweg.'],
  ['sv', '', 'Vi tog bort den gamla adressen från leveransen, paketet går nu till den nya.'],
  ['de', '', 'Wir bitten Sie nicht, Ihre Bewertung zu ändern; uns ist wichtig, dass die Mühle jetzt läuft.'],
  ['zh', '', '我们不能请您修改或删除评价，这是亚马逊的规定；新的配件已经寄出。'],
  // ---- 4. praise asked for ----
  ['en', 'review-manipulation', 'Could you write a glowing review on Amazon? It would mean a lot to our small team.'],
  ['es', 'review-manipulation', 'Si puede, cuente en Amazon lo contenta que quedó, solo cosas buenas, ¿eh?'],
  ['fr', 'review-manipulation', 'Un avis enthousiaste sur Amazon nous aiderait énormément, si vous avez deux minutes.'],
  ['nl', 'review-manipulation', 'Zou u een positieve review willen achterlaten? Dat helpt ons enorm.'],
  ['ar', 'review-manipulation', 'لو تكرمت تكتب لنا كلمتين حلوة في تقييمك على أمازون نكون ممنونين.'],
  ['en', '', 'A review helps other buyers whether it is positive or critical; we read every one.'],
  ['es', '', 'Gracias por su reseña positiva del mes pasado; hoy le escribimos por el cambio de dirección.'],
  ['pl', '', 'Opinia może być pozytywna albo krytyczna, każda pomaga innym kupującym.'],
  // ---- 5. promotion ----
  ['en', 'marketing', 'We just launched the matching saucers too, worth a look before they sell out!'],
  ['fr', 'marketing', 'Nous vendons aussi la housse assortie, et elle est à moitié prix pour nos clients cette semaine.'],
  ['es', 'marketing', 'Ya tenemos de nuevo en stock la taza grande, ¡no se la pierda, que vuela! Hasta agotar existencias.'],
  ['pt', 'marketing', 'P.S.: a nossa linha de toalhas está pela metade do preço até domingo.'],
  ['sv', 'marketing', 'Kom gärna förbi vår butik i Uppsala, där finns hela sortimentet.'],
  ['tr', 'marketing', 'Aynı ürünleri sahibinden üzerinde de satıyoruz, mağaza adımızla aratabilirsiniz.'],
  ['it', 'marketing', 'Se vuole, la aggiungiamo alla nostra mailing list: gli iscritti hanno accesso anticipato ai saldi.'],
  ['de', 'marketing', 'Diesen Monat verlosen wir unter allen Kunden ein Kochbuch, einfach mit JA antworten.'],
  ['zh', 'marketing', '配套的杯垫已经到货了，欢迎选购！'],
  ['en', '', 'The spare lid is back in stock, so we shipped yours this morning with tracking.'],
  ['fr', '', 'Votre commande a été payée au prix promotionnel affiché par Amazon ce jour-là ; le remboursement suit ce prix.'],
  ['sv', '', 'Vår butik heter Norrljus på Amazon; det är därför namnet står på fakturan.'],
  ['it', '', 'Non la aggiungeremo a nessuna mailing list: il suo indirizzo resta ad Amazon.'],
  ['de', '', 'Die Ware kommt aus unserem Lager in Kassel, nicht aus einem Laden; Sie müssen nichts abholen.'],
  // ---- 6. phone numbers in words ----
  ['pt', 'phone', 'É mais rápido por telefone: nove um dois, trinta e quatro, cinquenta e seis, setenta e oito.'],
  ['fr', 'phone', 'Appelez l’atelier : zéro six, vingt et un, trente-deux, quarante-trois, cinquante-quatre.'],
  ['en', 'phone', 'Our technician is on 2one2 - 55five - 0198, mornings only.'],
  ['it', 'phone', 'Il numero del laboratorio comincia con tre tre nove, uno due quattro.'],
  ['nl', 'phone', 'Bel even naar O2O - 55 - l2 - 34 voor de afstelling.'],
  ['en', '', 'The box holds two or three cups and one saucer, and the lid is twenty centimetres wide.'],
  ['es', '', 'Su pedido lleva dos cajas y una bolsa; pesan unos cuarenta y cinco kilos en total.'],
  ['fr', '', 'Le colis 6A12345678901 est parti le 3 mars et arrive sous deux à trois jours.'],
  // ---- 7. chat apps and wallets by local names ----
  ['tr', 'messaging-app', 'Faturayı BiP üzerinden gönderebilirim, numaram orada kayıtlı.'],
  ['sv', 'off-amazon-payment', 'Skicka mellanskillnaden till vårt nummer 123 556 10 44 så är det klart.'],
  ['pt', 'off-amazon-payment', 'Nossa chave aleatória é 3f2a9c10-7b4e-4d21-a6c3-90e1f5b2d7a8, pode mandar a diferença por lá.'],
  ['nl', 'social', 'Stel je vraag gerust in onze Instagramgroep, daar reageren we snel.'],
  ['tr', '', 'BiP ya da WhatsApp üzerinden yazışamıyoruz; lütfen buradan devam edelim.'],
  ['sv', '', 'Vi kan inte ta emot Swish; återbetalningen går via Amazon till ditt kort.'],
  ['pt', '', 'O reembolso de R$ 45,90 foi feito pela Amazon no dia 12; não usamos Pix.'],
];
