// Hand-written drafts for review manipulation in wording the checker had not seen (issue 15): the incentive, the
// condition, the change asked for and the steer are each said the way a seller says them in a friendly reply, not in
// the textbook words, and about half of them are hidden inside a long reply about something else. Beside each, a
// clean look-alike: a neutral review request sent to everyone, Amazon's own "Request a Review" e-mail, a refund or
// replacement with no word about reviews. [lang, kinds ('' when clean), text]
//  1. an indirect incentive: "a little something for your trouble once you've shared your thoughts";
//  2. a rating or review to be updated, changed or reconsidered once the replacement comes;
//  3. a loyalty club's perks (points, a longer warranty) for feedback;
//  4. conditional warmth: "tell others how happy you are", "if you're happy, say so in a review";
//  5. asking to hold off or wait before reviewing;
//  6. hints about what to write ("mention how fast the delivery was");
//  7. five stars "for our small business".
// The last part says the same meanings again in other languages and words, with more clean look-alikes.
import type { Lang } from './record.ts';

export const CAUSES_9: [Lang, string, string][] = [
  // ---- English ----
  ['en', 'review-manipulation', 'Hi Priya, thanks so much for your order, and for the kind words about the packaging! The spare filter you asked about is already in the box, tucked under the base. Once you\'ve had a chance to share your thoughts on Amazon, drop us a line and we\'ll send a little something your way for your trouble. Have a lovely week, Tom at Brightwater'],
  ['en', '', 'Hi Priya, thanks so much for your order, and for the kind words about the packaging! The spare filter you asked about is already in the box, tucked under the base. If you have a moment, you can share your thoughts on Amazon; either way, we are here if anything comes up. Have a lovely week, Tom at Brightwater'],
  ['en', 'review-manipulation', 'Hi Sam, sorry to hear the lid cracked in transit. A replacement lid left our warehouse this morning and should reach you by Thursday; tracking is on your order page. Once it arrives and everything is working, we\'d be grateful if you could update your rating to reflect how we put things right. Thanks again for your patience, Rita at Hilltop Kitchen'],
  ['en', '', 'Hi Sam, sorry to hear the lid cracked in transit. A replacement lid left our warehouse this morning and should reach you by Thursday; tracking is on your order page. Once it arrives, let us know here if anything is still not right. Thanks again for your patience, Rita at Hilltop Kitchen'],
  ['en', 'review-manipulation', 'Members of our Kettle Club get an extra year of warranty once they have posted their feedback on the product page.'],
  ['en', '', 'Every kettle comes with a two-year warranty; you do not need to register or do anything else to use it.'],
  ['en', 'review-manipulation', 'If the blender has made your mornings easier, why not tell other shoppers how happy you are with it?'],
  ['en', '', 'If you would like to, tell other shoppers what you think of the blender in a review; we read every one, good or bad.'],
  ['en', 'review-manipulation', 'Hello Ms. Patel, thank you for reaching out about the stiff zipper. We tested a few bags from the same batch and a drop of the included wax usually loosens it right away; if it does not, we will happily send you a new bag at no cost. Please hold off on writing your review until we have had a chance to make this right for you. Kind regards, the Northpack team'],
  ['en', '', 'Hello Ms. Patel, thank you for reaching out about the stiff zipper. We tested a few bags from the same batch and a drop of the included wax usually loosens it right away; if it does not, we will happily send you a new bag at no cost, and there is no need to return the old one. Kind regards, the Northpack team'],
  ['en', 'review-manipulation', 'When you write your review, it would really help if you mentioned how fast the delivery was and how sturdy the box felt.'],
  ['en', '', 'You can write a review from Your Orders on Amazon whenever it suits you; we do not need to hear from you first.'],
  ['en', 'review-manipulation', 'We are a small family business, and every five-star review keeps our little shop going. We would be so grateful for yours!'],
  ['en', '', 'We are a small family business and pack every order by hand; thank you for supporting us. Amazon may also send you its own e-mail asking you to review your purchase.'],
  ['en', 'review-manipulation', 'Hi Jordan! Great to hear the lamp arrived safely and looks good in your reading nook. A quick tip: the dimmer has three levels if you hold the switch for two seconds. We noticed your review mentions the cable being short; now that you know about the extension in the box, would you consider taking another look at what you wrote? Enjoy the lamp! Best, Mira'],
  ['en', '', 'Hi Jordan! Great to hear the lamp arrived safely and looks good in your reading nook. A quick tip: the dimmer has three levels if you hold the switch for two seconds. We saw your review mentions the cable being short; thank you for saying so, there is an extension cable in the side pocket of the box. Enjoy the lamp! Best, Mira'],

  // ---- Spanish ----
  ['es', 'review-manipulation', 'Hola Marta, ¡gracias por su compra y por su mensaje tan amable! El filtro de repuesto ya va dentro de la caja. Cuando nos cuente su experiencia en Amazon, le tenemos preparado un pequeño detalle como agradecimiento. Un saludo, Pablo'],
  ['es', '', 'Hola Marta, ¡gracias por su compra y por su mensaje tan amable! El filtro de repuesto ya va dentro de la caja. Si quiere contar su experiencia en Amazon, puede hacerlo desde Mis pedidos; le agradecemos igualmente su compra. Un saludo, Pablo'],
  ['es', 'review-manipulation', 'Hola Lucía, lamentamos mucho que la tetera llegara con una abolladura. Ya le hemos enviado una nueva, que llegará el jueves; verá el seguimiento en su pedido. Cuando la reciba, ¿podría actualizar su valoración para que refleje cómo lo hemos resuelto? Un saludo cordial, Carmen'],
  ['es', '', 'Hola Lucía, lamentamos mucho que la tetera llegara con una abolladura. Ya le hemos enviado una nueva, que llegará el jueves; verá el seguimiento en su pedido. Cuando la reciba, díganos aquí si todo está bien. Un saludo cordial, Carmen'],
  ['es', 'review-manipulation', 'Si está contento con la mochila, cuénteselo a otros compradores con una buena reseña.'],
  ['es', '', 'Esté contento o no con la mochila, su reseña sincera ayuda a otros compradores.'],
  ['es', 'review-manipulation', 'Antes de escribir su opinión, espere un poco, por favor: queremos solucionarlo primero.'],
  ['es', '', 'Queremos solucionarlo cuanto antes: hoy le enviamos una pieza nueva sin ningún coste.'],

  // ---- French ----
  ['fr', 'review-manipulation', 'Bonjour Claire, merci beaucoup pour votre commande et pour votre message si gentil. La housse supplémentaire que vous avez demandée part demain par Colissimo. Petit bonus : dès que vous aurez partagé votre avis sur Amazon, nous glisserons un cadeau surprise dans votre prochain colis. Belle journée, Julien'],
  ['fr', '', 'Bonjour Claire, merci beaucoup pour votre commande et pour votre message si gentil. La housse supplémentaire que vous avez demandée part demain par Colissimo. Vous trouverez le suivi dans votre commande Amazon. Belle journée, Julien'],
  ['fr', 'review-manipulation', 'Si vous êtes ravie de la lampe, dites-le aux autres acheteurs sur Amazon !'],
  ['fr', '', 'Amazon vous enverra peut-être un e-mail « Demander un avis » ; vous êtes libre d\'y répondre ou non.'],
  ['fr', 'review-manipulation', 'Attendez un peu avant de donner votre avis : on vous envoie une pièce de rechange et on en reparle.'],
  ['fr', '', 'On vous envoie une pièce de rechange sans frais, et vous n\'avez rien à nous renvoyer.'],
  ['fr', 'review-manipulation', 'Dans votre commentaire, pensez à préciser que la livraison a été rapide et l\'emballage soigné.'],
  ['fr', '', 'Si la livraison ou l\'emballage vous a posé souci, dites-le-nous ici, nous voulons nous améliorer.'],

  // ---- German ----
  ['de', 'review-manipulation', 'Hallo Frau Schulz, vielen Dank für Ihre Bestellung und die netten Worte! Der Ersatzfilter liegt bereits unten im Karton. Sobald Sie Ihre Erfahrungen auf Amazon geteilt haben, bedanken wir uns mit einer kleinen Aufmerksamkeit. Herzliche Grüße, Jonas'],
  ['de', '', 'Hallo Frau Schulz, vielen Dank für Ihre Bestellung und die netten Worte! Der Ersatzfilter liegt bereits unten im Karton. Wenn Sie möchten, können Sie Ihre Erfahrungen auf Amazon teilen, ob positiv oder negativ. Herzliche Grüße, Jonas'],
  ['de', 'review-manipulation', 'Guten Tag Herr Weber, vielen Dank für Ihre Nachricht und die Fotos. Es tut uns leid, dass der Griff locker war. Ein Ersatzgriff ist heute mit DHL an Sie rausgegangen und sollte Mittwoch ankommen. Wenn alles passt, würden wir uns freuen, wenn Sie Ihre Bewertung noch einmal überdenken. Mit freundlichen Grüßen, Anna Krüger'],
  ['de', '', 'Guten Tag Herr Weber, vielen Dank für Ihre Nachricht und die Fotos. Es tut uns leid, dass der Griff locker war. Ein Ersatzgriff ist heute mit DHL an Sie rausgegangen und sollte Mittwoch ankommen. Den alten Griff müssen Sie nicht zurückschicken. Mit freundlichen Grüßen, Anna Krüger'],
  ['de', 'review-manipulation', 'Als Mitglied unseres Kundenclubs erhalten Sie Treuepunkte für jede Produktbewertung.'],
  ['de', '', 'Die Garantie gilt automatisch, Sie müssen sich dafür nirgends registrieren.'],
  ['de', 'review-manipulation', 'Sind Sie zufrieden? Dann erzählen Sie es gern anderen Käufern in einer Rezension!'],
  ['de', '', 'Ob zufrieden oder nicht: Eine ehrliche Rezension hilft anderen Käufern.'],

  // ---- Italian ----
  ['it', 'review-manipulation', 'Ciao Marco, grazie mille per l\'ordine e per la pazienza con il ritardo del corriere. Il pacco è ora in consegna e dovrebbe arrivare domani mattina. Quando avrà lasciato la sua opinione su Amazon, ci scriva pure: abbiamo un piccolo pensiero per lei come ringraziamento. A presto, Giulia'],
  ['it', '', 'Ciao Marco, grazie mille per l\'ordine e per la pazienza con il ritardo del corriere. Il pacco è ora in consegna e dovrebbe arrivare domani mattina. Se ci sono problemi, ci scriva pure qui. A presto, Giulia'],
  ['it', 'review-manipulation', 'Prima di lasciare un feedback, aspetti che arrivi il pezzo nuovo: vogliamo sistemare tutto.'],
  ['it', '', 'Il pezzo nuovo arriverà giovedì, senza alcun costo per lei.'],
  ['it', 'review-manipulation', 'Siamo una piccola bottega artigiana: una recensione a cinque stelle per noi vale tantissimo!'],
  ['it', '', 'Siamo una piccola bottega artigiana e confezioniamo ogni ordine a mano. Grazie per averci scelto.'],

  // ---- Japanese ----
  ['ja', 'review-manipulation', '佐藤様 この度はご注文いただき、誠にありがとうございます。替えのフィルターは箱の底に同梱しております。レビューをご投稿いただいた後にご連絡いただければ、ささやかなお礼をお送りいたします。今後ともよろしくお願いいたします。'],
  ['ja', '', '佐藤様 この度はご注文いただき、誠にありがとうございます。替えのフィルターは箱の底に同梱しております。レビューはAmazonの注文履歴からいつでもご投稿いただけます。今後ともよろしくお願いいたします。'],
  ['ja', 'review-manipulation', '山田様 この度はご不便をおかけし、誠に申し訳ございません。代わりの商品を本日発送いたしました。明後日にはお届けできる見込みです。交換品がお手元に届きましたら、評価を見直していただけますと幸いです。今後ともよろしくお願いいたします。'],
  ['ja', '', '山田様 この度はご不便をおかけし、誠に申し訳ございません。代わりの商品を本日発送いたしました。明後日にはお届けできる見込みです。元の商品はご返送いただく必要はございません。今後ともよろしくお願いいたします。'],
  ['ja', 'review-manipulation', 'ご満足いただけましたら、ぜひその喜びを他のお客様にもレビューで伝えてください。'],
  ['ja', '', 'ご満足いただけた点もご不満な点も、率直なレビューは他のお客様の参考になります。'],
  ['ja', 'review-manipulation', 'レビューを書かれる前に、まずは一度私どもにご相談いただけませんか。'],
  ['ja', '', 'ご不明な点がございましたら、まずはこちらのメッセージでお気軽にご相談ください。'],

  // ---- Chinese ----
  ['zh', 'review-manipulation', '李女士您好，感谢您的订购！备用滤芯已经放在盒子底部了。您在亚马逊上分享使用感受之后，我们会给您寄一份小心意表示感谢。祝您生活愉快！'],
  ['zh', '', '李女士您好，感谢您的订购！备用滤芯已经放在盒子底部了。如果您愿意，可以在亚马逊上分享使用感受，好评差评我们都虚心接受。祝您生活愉快！'],
  ['zh', 'review-manipulation', '王先生您好，非常抱歉给您带来不便。新的配件今天已经通过顺丰寄出，预计两天内送达，单号已更新在订单里。收到补发的配件后，麻烦您把之前的评价改一下，谢谢您的理解与支持！'],
  ['zh', '', '王先生您好，非常抱歉给您带来不便。新的配件今天已经通过顺丰寄出，预计两天内送达，单号已更新在订单里。旧的配件不用寄回。谢谢您的理解与支持！'],
  ['zh', 'review-manipulation', '写评价的时候，麻烦多提一下发货快、包装好，谢谢！'],
  ['zh', '', '发货和包装方面有任何问题，欢迎随时在这里告诉我们。'],
  ['zh', 'review-manipulation', '我们是小店，一个五星好评对我们意义重大，拜托啦！'],
  ['zh', '', '我们是小店，每一单都是手工打包的，感谢您的支持。'],

  // ---- Portuguese ----
  ['pt', 'review-manipulation', 'Olá Ana, muito obrigado pela compra e pela mensagem tão simpática! A capa extra que pediu segue amanhã pelos Correios. Depois de deixar a sua avaliação na Amazon, avise-nos: temos um mimo especial reservado para si. Um abraço, equipa Casa Viva'],
  ['pt', '', 'Olá Ana, muito obrigado pela compra e pela mensagem tão simpática! A capa extra que pediu segue amanhã pelos Correios. O código de rastreio aparece no seu pedido da Amazon. Um abraço, equipa Casa Viva'],
  ['pt', 'review-manipulation', 'Se gostou da luminária, conte para outros clientes como ficou feliz com ela!'],
  ['pt', '', 'A Amazon pode enviar-lhe um pedido de avaliação por e-mail; responder é totalmente opcional.'],
  ['pt', 'review-manipulation', 'Segure a avaliação por enquanto, por favor: a peça nova chega na sexta e resolvemos tudo.'],
  ['pt', '', 'A peça nova chega na sexta, sem nenhum custo para você.'],

  // ---- Dutch ----
  ['nl', 'review-manipulation', 'Hallo Emma, hartelijk dank voor uw bestelling en uw vriendelijke bericht! Het extra filter zit al onderin de doos. Zodra u uw ervaring op Amazon heeft gedeeld, sturen we u als dank een kleine attentie. Groetjes, Daan'],
  ['nl', '', 'Hallo Emma, hartelijk dank voor uw bestelling en uw vriendelijke bericht! Het extra filter zit al onderin de doos. Als u wilt, kunt u uw ervaring op Amazon delen; positief of negatief, het helpt andere kopers. Groetjes, Daan'],
  ['nl', 'review-manipulation', 'Beste meneer De Vries, bedankt voor uw bericht en de foto\'s. Wat vervelend dat de poot van de kruk beschadigd was. Er is vandaag een nieuwe poot met PostNL naar u verstuurd, die morgen bezorgd wordt. Als alles weer in orde is, wilt u dan uw beoordeling aanpassen? Met vriendelijke groet, Sanne'],
  ['nl', '', 'Beste meneer De Vries, bedankt voor uw bericht en de foto\'s. Wat vervelend dat de poot van de kruk beschadigd was. Er is vandaag een nieuwe poot met PostNL naar u verstuurd, die morgen bezorgd wordt. De oude poot hoeft u niet terug te sturen. Met vriendelijke groet, Sanne'],
  ['nl', 'review-manipulation', 'Wilt u in uw review vooral de snelle levering en de mooie verpakking noemen?'],
  ['nl', '', 'Heeft u vragen over de levering of de verpakking? Laat het ons hier weten.'],

  // ---- Polish ----
  ['pl', 'review-manipulation', 'Dzień dobry Pani Anno, bardzo dziękujemy za zamówienie i za cierpliwość. Nowa pokrywka została dziś wysłana kurierem i dotrze jutro. Gdy już wszystko będzie w porządku, prosimy o zmianę oceny na Amazonie. Pozdrawiamy serdecznie, zespół DomStal'],
  ['pl', '', 'Dzień dobry Pani Anno, bardzo dziękujemy za zamówienie i za cierpliwość. Nowa pokrywka została dziś wysłana kurierem i dotrze jutro. Starej pokrywki nie trzeba odsyłać. Pozdrawiamy serdecznie, zespół DomStal'],
  ['pl', 'review-manipulation', 'Po dodaniu opinii prosimy o wiadomość, mamy dla Pana drobny upominek w podziękowaniu.'],
  ['pl', '', 'Opinię można dodać w zakładce Moje zamówienia na Amazonie, kiedy tylko Pan zechce.'],
  ['pl', 'review-manipulation', 'Jeśli jest Pani zadowolona, prosimy podzielić się radością z innymi kupującymi w recenzji.'],
  ['pl', '', 'Niezależnie od wrażeń, szczera recenzja pomaga innym kupującym.'],

  // ---- Swedish ----
  ['sv', 'review-manipulation', 'Hej Maja, tack för din beställning och ditt fina meddelande! Extrafiltret ligger redan i botten av kartongen. När du har delat dina tankar om produkten på Amazon bjuder vi på en liten överraskning som tack. Vänliga hälsningar, Oskar'],
  ['sv', '', 'Hej Maja, tack för din beställning och ditt fina meddelande! Extrafiltret ligger redan i botten av kartongen. Om du vill kan du dela dina tankar om produkten på Amazon, bra som dåliga. Vänliga hälsningar, Oskar'],
  ['sv', 'review-manipulation', 'Hej Erik! Tack för ditt meddelande och bilderna. Vad tråkigt att locket var sprucket. Ett nytt lock skickades i dag med PostNord och bör vara framme på torsdag. När det har kommit fram får du gärna uppdatera ditt betyg. Ha en fin dag! Hälsningar, Linnea'],
  ['sv', '', 'Hej Erik! Tack för ditt meddelande och bilderna. Vad tråkigt att locket var sprucket. Ett nytt lock skickades i dag med PostNord och bör vara framme på torsdag. Det gamla locket behöver du inte skicka tillbaka. Ha en fin dag! Hälsningar, Linnea'],
  ['sv', 'review-manipulation', 'Vänta gärna med att skriva din recension tills vi har löst problemet.'],
  ['sv', '', 'Vi löser problemet så fort vi kan: en ny del skickas i dag utan kostnad.'],

  // ---- Turkish ----
  ['tr', 'review-manipulation', 'Merhaba Elif Hanım, siparişiniz ve nazik mesajınız için çok teşekkürler! Yedek filtre kutunun altında duruyor. Amazon\'da deneyiminizi paylaştıktan sonra bize yazarsanız size küçük bir teşekkür hediyemiz var. Sevgiler, Emre'],
  ['tr', '', 'Merhaba Elif Hanım, siparişiniz ve nazik mesajınız için çok teşekkürler! Yedek filtre kutunun altında duruyor. Dilerseniz Amazon\'da deneyiminizi paylaşabilirsiniz; olumlu ya da olumsuz, tüm yorumlar değerlidir. Sevgiler, Emre'],
  ['tr', 'review-manipulation', 'Merhaba Ayşe Hanım, mesajınız ve fotoğraflar için teşekkür ederiz. Kapağın kırık gelmesine çok üzüldük. Yeni kapak bugün kargoya verildi, perşembe günü elinizde olur. Yeni kapak ulaştığında değerlendirmenizi güncellerseniz çok seviniriz. Saygılarımızla, Deniz'],
  ['tr', '', 'Merhaba Ayşe Hanım, mesajınız ve fotoğraflar için teşekkür ederiz. Kapağın kırık gelmesine çok üzüldük. Yeni kapak bugün kargoya verildi, perşembe günü elinizde olur. Eski kapağı geri göndermenize gerek yok. Saygılarımızla, Deniz'],
  ['tr', 'review-manipulation', 'Küçük bir aile işletmesiyiz, beş yıldızlı bir yorum bizim için çok şey ifade eder!'],
  ['tr', '', 'Küçük bir aile işletmesiyiz ve her siparişi elle paketliyoruz. Bizi tercih ettiğiniz için teşekkürler.'],

  // ---- Arabic ----
  ['ar', 'review-manipulation', 'مرحبًا أستاذة سارة، شكرًا جزيلًا على طلبك ورسالتك اللطيفة! الفلتر الإضافي موجود في أسفل العلبة. بعد أن تشاركينا رأيك على أمازون، راسلينا وسنرسل لك هدية صغيرة تقديرًا لوقتك. مع التحية، فريق بيت الشاي'],
  ['ar', '', 'مرحبًا أستاذة سارة، شكرًا جزيلًا على طلبك ورسالتك اللطيفة! الفلتر الإضافي موجود في أسفل العلبة. إن رغبتِ، يمكنك مشاركة رأيك على أمازون من صفحة طلباتك، سواء كان إيجابيًا أو سلبيًا. مع التحية، فريق بيت الشاي'],
  ['ar', 'review-manipulation', 'مرحبًا أستاذ خالد، شكرًا لرسالتك وللصور. نأسف لأن الغطاء وصل مكسورًا. أرسلنا اليوم غطاءً جديدًا وسيصلك يوم الخميس. وعندما يصلك، نرجو أن تعدّل تقييمك. مع أطيب التحيات، فريق بيت الشاي'],
  ['ar', '', 'مرحبًا أستاذ خالد، شكرًا لرسالتك وللصور. نأسف لأن الغطاء وصل مكسورًا. أرسلنا اليوم غطاءً جديدًا وسيصلك يوم الخميس. لا داعي لإعادة الغطاء القديم. مع أطيب التحيات، فريق بيت الشاي'],
  ['ar', 'review-manipulation', 'إذا كنت سعيدًا بالمنتج، أخبر المشترين الآخرين بمدى سعادتك في مراجعة.'],
  ['ar', '', 'سواء أعجبك المنتج أم لا، مراجعتك الصادقة تساعد المشترين الآخرين.'],
  ['ar', 'review-manipulation', 'من فضلك انتظر قليلًا قبل كتابة تقييمك حتى نحل المشكلة.'],
  ['ar', '', 'سنحل المشكلة بأسرع وقت: قطعة جديدة تُشحن اليوم دون أي تكلفة.'],

  // ---- the same meanings in other languages and words (waiting until, telling the other buyers, "Zufrieden? Dann",
  //      what to mention, loyalty points and a longer warranty, updating the rating, five stars for a small business,
  //      a small thank-you once the review is up), and clean look-alikes ----
  ['de', 'review-manipulation', 'Bitte warten Sie mit Ihrer Bewertung noch, bis das Ersatzteil da ist.'],
  ['es', 'review-manipulation', 'Le rogamos que espere a dejar su reseña hasta que le llegue la pieza nueva.'],
  ['it', 'review-manipulation', 'Per favore aspetti a scrivere la recensione finché non avremo risolto.'],
  ['nl', 'review-manipulation', 'Wilt u met uw review wachten tot het nieuwe onderdeel binnen is?'],
  ['pl', 'review-manipulation', 'Prosimy wstrzymać się z opinią, dopóki nie wyślemy nowej części.'],
  ['tr', 'review-manipulation', 'Lütfen yedek parça gelene kadar yorum yazmayı bekleyin.'],
  ['ja', 'review-manipulation', '交換品が届くまで、レビューのご投稿はお待ちいただけますでしょうか。'],
  ['zh', 'review-manipulation', '新配件到之前，先别写评价好吗？'],
  ['en', 'review-manipulation', 'Could you wait before posting a review until the new part arrives?'],
  ['en', '', 'Please wait until the new part arrives before sending the old one back.'],
  ['en', '', 'We can\'t wait to hear what you think; Amazon may email you a review request.'],
  ['de', '', 'Wir warten noch auf die Rücksendung, dann erstatten wir den Betrag.'],
  ['es', 'review-manipulation', 'Si le ha gustado, cuénteselo a otros compradores.'],
  ['it', 'review-manipulation', 'Se è soddisfatto, lo racconti agli altri acquirenti!'],
  ['nl', 'review-manipulation', 'Bent u blij met de lamp? Vertel het dan aan andere kopers!'],
  ['sv', 'review-manipulation', 'Är du nöjd? Berätta det då för andra köpare!'],
  ['pl', 'review-manipulation', 'Jeśli jest Pan zadowolony, proszę opowiedzieć o tym innym kupującym.'],
  ['tr', 'review-manipulation', 'Memnun kaldıysanız diğer alıcılara da anlatın!'],
  ['en', '', 'Other customers had the same question; the manual is attached on the product page.'],
  ['de', '', 'Andere Käufer hatten dasselbe Problem, ein Update der Firmware hat es behoben.'],
  ['en', 'review-manipulation', 'Happy with your new kettle? Then tell the world in a review!'],
  ['fr', 'review-manipulation', 'Satisfait de votre achat ? Alors laissez-nous un avis !'],
  ['es', 'review-manipulation', '¿Está contento con su compra? Entonces déjenos una reseña.'],
  ['it', 'review-manipulation', 'È soddisfatto? Allora ci lasci una recensione!'],
  ['pt', 'review-manipulation', 'Ficou satisfeito? Então deixe uma avaliação!'],
  ['nl', 'review-manipulation', 'Tevreden? Dan horen we graag uw review!'],
  ['pl', 'review-manipulation', 'Zadowolony? To zostaw opinię!'],
  ['sv', 'review-manipulation', 'Nöjd? Då får du gärna lämna ett omdöme!'],
  ['en', '', 'Did the parcel arrive? Then you can leave a review on Amazon whenever you like, good or bad.'],
  ['de', 'review-manipulation', 'Könnten Sie in Ihrer Bewertung erwähnen, dass der Versand schnell war?'],
  ['es', 'review-manipulation', 'En su reseña, por favor mencione lo rápido que fue el envío.'],
  ['it', 'review-manipulation', 'Nella recensione può menzionare la spedizione veloce?'],
  ['pt', 'review-manipulation', 'Na sua avaliação, por favor destaque a entrega rápida.'],
  ['pl', 'review-manipulation', 'W opinii prosimy wspomnieć o szybkiej wysyłce.'],
  ['sv', 'review-manipulation', 'Nämn gärna den snabba leveransen i din recension.'],
  ['tr', 'review-manipulation', 'Yorumunuzda hızlı kargoyu belirtirseniz çok seviniriz.'],
  ['en', '', 'Please mention your order number when you write to us; delivery is usually fast.'],
  ['es', 'review-manipulation', 'Por cada reseña recibe puntos de fidelidad en nuestro club.'],
  ['fr', 'review-manipulation', 'Chaque avis publié vous rapporte des points de fidélité.'],
  ['it', 'review-manipulation', 'Con ogni recensione guadagna punti fedeltà.'],
  ['nl', 'review-manipulation', 'Voor elke review krijgt u spaarpunten.'],
  ['ja', 'review-manipulation', 'レビューを書いていただいた方にはポイントを差し上げます。'],
  ['zh', 'review-manipulation', '写评价送积分哦！'],
  ['en', 'review-manipulation', 'Leave a review and we will extend your warranty by a year.'],
  ['en', '', 'Your warranty covers two years; no review or registration is needed.'],
  ['fr', 'review-manipulation', 'Une fois la pièce reçue, pourriez-vous mettre à jour votre note ?'],
  ['it', 'review-manipulation', 'Quando arriva il pezzo nuovo, potrebbe aggiornare la sua valutazione?'],
  ['pt', 'review-manipulation', 'Quando a peça chegar, poderia atualizar a sua avaliação?'],
  ['ja', 'review-manipulation', '新しい部品が届きましたら、レビューを更新していただけますか。'],
  ['de', 'review-manipulation', 'Wir sind ein kleiner Familienbetrieb, jede Fünf-Sterne-Bewertung hilft uns enorm!'],
  ['fr', 'review-manipulation', 'Nous sommes une petite entreprise : un avis cinq étoiles nous aide énormément !'],
  ['es', 'review-manipulation', 'Somos un pequeño negocio familiar: una reseña de cinco estrellas nos ayuda muchísimo.'],
  ['pl', 'review-manipulation', 'Jesteśmy małą firmą rodzinną, opinia na pięć gwiazdek bardzo nam pomoże!'],
  ['ar', 'review-manipulation', 'نحن متجر صغير، وتقييم خمس نجوم يعني لنا الكثير!'],
  ['en', 'review-manipulation', 'Once your thoughts are up on Amazon, a small thank-you gift will be on its way to you.'],
  ['es', 'review-manipulation', 'En cuanto publique su opinión, le enviaremos un detallito de agradecimiento.'],
  ['it', 'review-manipulation', 'Appena pubblicata la sua recensione, le manderemo un pensierino.'],
  ['pl', 'review-manipulation', 'Gdy tylko opublikuje Pani opinię, wyślemy drobny upominek.'],
  ['ja', 'review-manipulation', 'レビュー投稿後にご連絡いただければ、粗品をお送りします。'],
  ['nl', '', 'Bent u blij met de lamp? Fijn! Heeft u vragen, dan helpen we graag.'],
  ['sv', '', 'Är du nöjd med lampan? Hör gärna av dig om något inte fungerar.'],
  ['es', '', 'Si tiene alguna duda sobre el montaje, escríbanos por aquí.'],
  ['tr', '', 'Memnun kalmadıysanız iade sürecini Amazon üzerinden başlatabilirsiniz.'],
  ['de', '', 'In Ihrer Bewertung schreiben Sie, der Versand sei langsam gewesen; das tut uns leid, wir haben den Versanddienst gewechselt.'],
  ['pl', '', 'W razie pytań o wysyłkę prosimy o wiadomość tutaj.'],
  ['zh', '', '新配件已免费寄出，单号已更新。'],
  ['ja', '', 'ポイントのご利用についてはAmazonのヘルプページをご覧ください。'],
  ['en', '', 'Thanks for your thoughts on Amazon; we have passed your note about the lid to our factory.'],
  ['fr', '', 'Satisfait de votre achat ? Tant mieux ! Le mode d\'emploi est dans la boîte.'],
  ['it', '', 'È soddisfatto del colore? Se preferisce, può cambiarlo entro 30 giorni tramite Amazon.'],
  ['pt', '', 'Ficou satisfeito? Então aproveite! Qualquer dúvida, fale conosco aqui.'],
  ['en', '', 'Your review says the delivery was fast; thank you, we will pass that on to the warehouse team.'],
  ['en', '', 'Satisfied? Then we are too. If not, you can request a return through Your Orders on Amazon.'],
];
