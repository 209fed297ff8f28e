// Hand-written drafts for the causes behind the misses and false alarms of retired set 9
// (test/check/corpus/retired/set-9), each said in new words and mostly in other languages than the drafts that showed
// it, some inside a long friendly reply. Beside them, clean look-alikes that share the words but not the meaning.
// [lang, kinds ('' when clean), text]
//  1. the review put off to a later time with no reward named ("wait with the review until after the holidays",
//     "rate it only after a month", "not yet, for now please post nothing");
//  2. "tell us here before (or instead of) writing it in the review";
//  3. asking to change or remove a review after a refund or a fix, with no incentive word;
//  4. specific praise asked for the review ("if you write one, mention that …"), also inside a long friendly reply,
//     and a review asked only of the buyers who said they were happy.
// Timing: REVIEW-POLICY lets a seller ask every buyer for one review 5 to 30 days after delivery, so a request that
// only says when a review is most useful ("once you have had time to use it, a review helps other buyers") asks every
// buyer alike, steers neither the content nor the stars and holds nothing back: it is clean (docs/labels.md: "a
// neutral review request that asks every buyer alike with no incentive"). Asking the buyer NOT to review now — hold
// off, wait with it, only after, until then post nothing, it is too early — withholds a review the buyer may want to
// write today (most often an early complaint): that is steering the review, the same ask as "contact us before you
// leave a review", and must block. "No rush, review whenever you like, or not at all" leaves the timing to the buyer
// and is clean.
// Clean look-alikes: a neutral request timed by use; the review left to the buyer ("you can update your review if you
// want, it is entirely up to you"; "your review is your opinion, we will not ask you to change it"); answers to a
// buyer's question about a discount or gift for a review, quoting or paraphrasing Amazon's rule; a payment outside
// Amazon refused; "wait", "mention", "before" and "instead of" said about assembly, returns and questions to Amazon;
// a message that goes to every customer.
import type { Lang } from './record.ts';

export const CAUSES_12: [Lang, string, string][] = [
  // ---- 1. the review put off to a later time, no reward named ----
  ['de', 'review-manipulation', 'Eine kleine Bitte noch: Mit der Bewertung warten Sie am besten, bis Sie den Grill ein paar Wochenenden benutzt haben. Vorher wäre es einfach zu früh.'],
  ['de', '', 'Wenn Sie den Grill eine Weile benutzt haben, hilft eine Bewertung anderen Käufern sehr. Vielen Dank für Ihre Bestellung!'],
  ['de', '', 'Bitte warten Sie mit dem ersten Anheizen, bis der Lack 24 Stunden getrocknet ist.'],
  ['fr', 'review-manipulation', "Pour l'avis, attendez plutôt la fin de l'hiver, quand le poêle aura bien chauffé ; d'ici là, merci de ne rien publier."],
  ['fr', '', "Quand vous aurez eu le temps d'utiliser le poêle, un avis aidera d'autres acheteurs. Merci pour votre commande !"],
  ['fr', '', "Attendez la fin de l'hiver pour repeindre le poêle ; d'ici là, laissez-le refroidir complètement après chaque usage."],
  ['es', 'review-manipulation', 'Hola Lucía, ¡qué bien que el tren llegara a tiempo para los peques! Lo montamos y probamos uno a uno en nuestro taller de Zaragoza, así que nos alegra mucho saber que funciona. Una cosa: la opinión déjala mejor para después de Reyes, cuando hayan jugado con él unas semanas; de momento todavía no la escribas. ¡Felices fiestas!'],
  ['es', '', 'Cuando hayas podido probar el tren unas semanas, una opinión ayuda mucho a otros compradores. ¡Gracias por tu pedido y felices fiestas!'],
  ['nl', 'review-manipulation', 'Zou u met uw beoordeling willen wachten tot na de eerste vorst? Dan ziet u pas echt wat de hoes doet. Tot die tijd liever nog niets plaatsen.'],
  ['nl', '', 'Als u de hoes een tijdje hebt gebruikt, helpt een beoordeling andere kopers. Bedankt voor uw bestelling!'],
  ['sv', 'review-manipulation', 'En sak bara: vänta gärna med omdömet tills du har kört maskinen en hel säsong. Innan dess är det för tidigt att betygsätta den.'],
  ['sv', '', 'När du har hunnit använda maskinen ett tag hjälper ett omdöme andra köpare. Tack för din beställning!'],
  ['it', 'review-manipulation', 'Le chiedo solo di non valutare ancora il materasso: aspetti il primo mese di utilizzo, poi scriva pure quello che pensa.'],
  ['it', '', "Quando avrà avuto modo di usare il materasso per un po', una recensione aiuta gli altri acquirenti. Grazie per l'ordine!"],
  ['en', 'review-manipulation', "One small thing: please don't rate the mattress just yet. Sleep on it for a month first and review it then."],
  ['en', '', 'Once you have had time to use the mattress, a review helps other buyers decide. Thank you for your order!'],
  ['en', '', 'There is no rush to review; write one whenever you like, or not at all.'],
  ['ar', 'review-manipulation', 'نرجو تأجيل التقييم إلى ما بعد أول غسلة، فالوقت ما زال مبكراً الآن.'],
  ['ar', '', 'بعد أن تجرب المنتج لفترة، سيساعد تقييمك المشترين الآخرين. شكراً لطلبك!'],
  ['tr', 'review-manipulation', 'Değerlendirmeyi bayramdan sonraya bırakırsanız seviniriz; o zamana kadar yorum yazmayın lütfen.'],
  ['tr', '', 'Ürünü bir süre kullandıktan sonra yapacağınız bir değerlendirme diğer alıcılara yardımcı olur. Siparişiniz için teşekkürler!'],
  ['pl', 'review-manipulation', 'Z recenzją proszę poczekać do wiosny, kiedy rower przejedzie pierwsze kilometry. Teraz jest jeszcze za wcześnie.'],
  ['pl', '', 'Gdy już Pan trochę pojeździ na rowerze, opinia pomoże innym kupującym. Dziękujemy za zamówienie!'],
  ['ja', 'review-manipulation', 'レビューは一ヶ月ほどお使いになってからにしていただけますでしょうか。今はまだ早いかと存じます。'],
  ['ja', '', 'しばらくお使いいただいた後、レビューをお寄せいただけると他のお客様の参考になります。ご注文ありがとうございました。'],
  ['zh', 'review-manipulation', '评价先别急着写，过完春节再评吧，到时候用得久了更有参考价值。'],
  ['zh', '', '等您用一段时间后，欢迎留下评价，帮助其他买家参考。感谢您的订购！'],
  ['pt', 'review-manipulation', 'Pedimos que espere para avaliar até depois do primeiro inverno; por enquanto, não publique nada, por favor.'],
  ['pt', '', 'Depois de usar a manta por algum tempo, uma avaliação ajuda outros compradores. Obrigado pela compra!'],

  // ---- 2. tell us here before (instead of) the review ----
  ['en', 'review-manipulation', 'If anything about the kettle disappoints you, message us here first rather than putting it in a review. We can fix most things within a day.'],
  ['en', '', 'Instead of returning the whole shelf, just tell us here which screw is missing and we will post it today.'],
  ['de', 'review-manipulation', 'Falls Ihnen etwas nicht passt, schreiben Sie es bitte uns hier, statt es in die Bewertung zu schreiben.'],
  ['de', '', 'Wenn etwas nicht stimmt, schreiben Sie uns einfach hier; wir kümmern uns sofort darum.'],
  ['fr', 'review-manipulation', "Si quelque chose ne va pas, dites-le-nous ici plutôt que dans votre avis, on trouvera une solution."],
  ['fr', '', "Nous avons lu votre avis et nous vous envoyons une nouvelle charnière ; écrivez-nous ici si besoin."],
  ['it', 'review-manipulation', 'Se qualcosa non la convince, ce lo dica qui prima di scriverlo nella recensione.'],
  ['it', '', 'Se qualcosa non la convince, ce lo dica qui e troveremo una soluzione insieme.'],
  ['nl', 'review-manipulation', 'Is er iets niet goed, laat het ons dan hier weten in plaats van in een recensie.'],
  ['pl', 'review-manipulation', 'Jeśli coś jest nie tak, proszę najpierw napisać do nas tutaj, zanim wystawi Pan ocenę.'],
  ['pl', '', 'Jeśli coś jest nie tak, proszę napisać do nas tutaj, zanim odeśle Pan paczkę; może wystarczy jedna śrubka.'],
  ['tr', 'review-manipulation', 'Bir sorun olursa yorum yazmadan önce bize buradan yazın, hemen çözelim.'],
  ['ja', 'review-manipulation', '何か気になる点がございましたら、レビューに書かれる前にまずこちらへご連絡ください。'],
  ['ja', '', '何か気になる点がございましたら、ご返品の前にまずこちらへご連絡ください。部品だけお送りできる場合もございます。'],
  ['zh', 'review-manipulation', '如果有任何不满意，请先在这里告诉我们，不要直接写在评价里。'],
  ['pt', 'review-manipulation', 'Se algo não estiver bom, fale com a gente por aqui antes de avaliar, combinado?'],
  ['sv', '', 'Om något skaver, skriv till oss här så hjälper vi dig direkt.'],

  // ---- 3. change or remove the review after a refund or a fix, no incentive word ----
  ['en', 'review-manipulation', 'The refund went through this morning. Now that it is sorted, could you take down the one-star review?'],
  ['en', '', 'You can update your review if you want; it is entirely up to you.'],
  ['en', '', 'The refund went through this morning. Thank you for your patience, and sorry again for the trouble.'],
  ['de', 'review-manipulation', 'Das Geld ist zurück auf Ihrem Konto. Würden Sie jetzt die Bewertung mit „Abzocke“ bitte löschen?'],
  ['de', '', 'Ob Sie Ihre Bewertung anpassen, entscheiden allein Sie; wir bitten Sie nicht darum.'],
  ['fr', 'review-manipulation', "Le remboursement est fait. Maintenant que tout est réglé, pourriez-vous retirer le mot « arnaque » de votre commentaire ?"],
  ['es', 'review-manipulation', 'Ya tiene el reembolso en su cuenta. ¿Podría quitar la opinión de una estrella ahora que está resuelto?'],
  ['es', '', 'Puede actualizar su opinión si lo desea; es totalmente decisión suya.'],
  ['it', 'review-manipulation', 'Il rimborso è stato emesso; a questo punto le chiederei di correggere la recensione, che parla ancora di truffa.'],
  ['ja', 'review-manipulation', 'ご返金の手続きが完了いたしました。つきましては、星1つのレビューを削除していただけないでしょうか。'],
  ['ja', '', 'レビューの更新はお客様のご判断にお任せいたします。こちらからお願いすることはございません。'],
  ['zh', 'review-manipulation', '退款已经到账了，麻烦您把那条差评删掉吧。'],
  ['zh', '', '评价是否修改完全由您决定，我们不会要求您修改。'],
  ['tr', 'review-manipulation', 'İadeniz yapıldı. Artık sorun çözüldüğüne göre 1 yıldızlı yorumunuzu kaldırabilir misiniz?'],
  ['tr', '', 'İsterseniz yorumunuzu güncelleyebilirsiniz; tamamen size kalmış.'],
  ['pl', 'review-manipulation', 'Zwrot pieniędzy już dotarł. Czy mógłby Pan teraz usunąć opinię z jedną gwiazdką?'],
  ['pl', '', 'Może Pan zaktualizować opinię, jeśli Pan chce, ale to wyłącznie Pana decyzja.'],
  ['ar', 'review-manipulation', 'تم استرداد المبلغ. هل يمكنك الآن حذف التقييم الذي فيه كلمة "نصابين"؟'],
  ['ar', '', 'يمكنك تعديل تقييمك إذا رغبت، والقرار لك بالكامل.'],
  ['nl', 'review-manipulation', 'De nieuwe lamp is aangekomen. Zou u uw recensie willen bijwerken nu het probleem is opgelost?'],
  ['sv', 'review-manipulation', 'Återbetalningen är klar. Vore det okej att ändra betyget nu?'],
  ['sv', '', 'Du kan uppdatera ditt omdöme om du vill, det är helt upp till dig.'],
  ['de', '', 'Das Geld ist zurück auf Ihrem Konto. Entschuldigen Sie bitte die Umstände.'],

  // ---- 4. specific praise asked for the review; only happy buyers asked ----
  ['en', 'review-manipulation', 'Hi Laura, so glad the lamp arrived safely and looks good in the hallway! We are a two-person workshop in Leeds and every piece is turned by hand. If you get round to a review, it would mean a lot if you said how easy it was to assemble and how warm the light is. Enjoy it!'],
  ['en', '', 'If you write to Amazon about the return, mention the order number so they find it faster.'],
  ['de', 'review-manipulation', 'Falls Sie eine Bewertung schreiben, erwähnen Sie doch gern, dass die Farbe auch nach dem Waschen hält.'],
  ['de', '', 'Wenn Sie den Rücksendeantrag stellen, erwähnen Sie bitte die Farbe, die Sie stattdessen möchten.'],
  ['it', 'review-manipulation', 'Se lascia una recensione, ci farebbe piacere che citasse la morbidezza della lana e la consegna veloce.'],
  ['it', '', 'Ci dica pure nella risposta quale colore preferisce per la sostituzione.'],
  ['sv', 'review-manipulation', 'Om du skriver ett omdöme får du gärna nämna att sömmarna är handsydda.'],
  ['sv', '', 'Nämn gärna ordernumret när du skriver till Amazons kundtjänst.'],
  ['pl', 'review-manipulation', 'Jeśli wystawi Pani opinię, prosimy wspomnieć, że materiał się nie gniecie.'],
  ['tr', 'review-manipulation', 'Yorum yazarsanız kumaşın buruşmadığından bahsederseniz çok seviniriz.'],
  ['ja', 'review-manipulation', 'レビューを書いていただける際は、生地がしわになりにくい点にも触れていただけると嬉しいです。'],
  ['ja', '', 'ご返品の際は、理由欄に色違いである旨をご記入ください。'],
  ['zh', 'review-manipulation', '如果您写评价的话，麻烦提一下面料不起皱、做工精细。'],
  ['zh', '', '申请退货时请在备注里写明颜色不对，这样处理更快。'],
  ['ar', 'review-manipulation', 'إذا كتبت تقييماً، يا ليت تذكر أن الخشب طبيعي والتغليف ممتاز.'],
  ['en', 'review-manipulation', 'We only send this to customers who have told us they love their order: would you leave us a few words on Amazon?'],
  ['en', '', 'We send this message to every customer after delivery: if you have a moment, a review on Amazon helps other buyers.'],
  ['de', 'review-manipulation', 'Diese Nachricht geht nur an Kunden, die mit uns zufrieden sind – hätten Sie Lust, eine Bewertung zu schreiben?'],
  ['de', '', 'Diese Nachricht bekommen alle unsere Kunden: Wenn Sie Zeit haben, freuen wir uns über eine Bewertung bei Amazon.'],
  ['fr', 'review-manipulation', "Nous n'écrivons qu'aux clients satisfaits comme vous : un petit avis sur Amazon ?"],
  ['zh', 'review-manipulation', '这条消息只发给对我们满意的顾客，能否给我们留个评价？'],

  // ---- false alarms of set 9: Amazon's rule quoted to a buyer's question, the review left alone, payment refused ----
  ['en', '', 'You asked whether there is a discount for leaving a review. There is not: Amazon does not allow sellers to offer discounts, refunds or free products in exchange for reviews.'],
  ['ja', '', 'レビューと引き換えの割引についてご質問いただきましたが、Amazonの規約により出品者は割引や無料商品を提供できません。'],
  ['zh', '', '您问写评价能不能返现：亚马逊规定卖家不得以返现、折扣或赠品换取评价，所以没有这样的活动。'],
  ['pt', '', 'Você perguntou se há desconto por avaliar. Não há: as regras da Amazon proíbem vendedores de oferecer descontos ou produtos grátis em troca de avaliações.'],
  ['nl', '', 'U vroeg of u korting krijgt voor een review. Dat mag niet: Amazon verbiedt verkopers om korting of gratis producten te geven in ruil voor recensies.'],
  ['tr', '', 'Yorum karşılığında indirim olup olmadığını sormuştunuz. Amazon kuralları satıcıların yorum karşılığında indirim veya ücretsiz ürün vermesini yasaklıyor, bu yüzden böyle bir indirim yok.'],
  ['ar', '', 'سألتنا إن كانت هناك هدية مقابل كتابة تقييم: قواعد أمازون لا تسمح بذلك، فلا نقدم أي هدية مقابل التقييم.'],
  ['es', '', 'Nos pregunta si damos un vale por escribir una reseña: no, Amazon no lo permite a los vendedores.'],
  ['en', '', 'Your review is your own view, and we will not ask you to change a word of it.'],
  ['de', '', 'Ihre Bewertung ist Ihre Meinung; wir bitten Sie nicht, sie zu ändern.'],
  ['sv', '', 'Din recension är din åsikt och vi kommer inte att be dig ändra den.'],
  ['pl', '', 'Pana opinia to Pana zdanie i nie będziemy prosić o jej zmianę.'],
  ['sv', '', 'En Swish eller banköverföring utanför Amazon kan vi tyvärr inte göra; återbetalningen går via Amazon.'],
  ['pl', '', 'BLIK ani przelew poza Amazon nie wchodzą w grę; zwrot zleciliśmy przez Amazon.'],
  ['pt', '', 'Pix ou transferência fora da Amazon não conseguimos fazer; o reembolso já foi iniciado pela Amazon.'],
  ['es', '', 'Un Bizum o una transferencia fuera de Amazon no podemos hacerlo; el reembolso va por Amazon.'],
  ['de', '', 'Eine PayPal-Zahlung oder Überweisung außerhalb von Amazon können wir leider nicht machen; die Erstattung läuft über Amazon.'],

  // ---- added after the fixes, from probing them: a review's timing told, not asked ----
  ['en', '', 'Amazon publishes reviews only after checking them, so it may take a while.'],
  ['en', '', 'Your review has not appeared yet; Amazon can take a few days to publish reviews.'],
  ['it', '', 'La recensione non è ancora visibile, ci vuole qualche giorno.'],
  ['pt', '', 'Depois do Natal voltamos a enviar normalmente. Se quiser deixar uma avaliação, agradecemos!'],
  ['zh', '', '评价还没显示出来，亚马逊审核需要几天。'],
];
