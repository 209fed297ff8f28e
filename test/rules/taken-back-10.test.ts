// Asks a buyer makes and takes back in the same message (src/rules/intent/withdrawn.ts takenBackHere, decide.ts
// decideTakingBack), by meaning in the marketplace languages, beside look-alikes whose ask must stand:
//  1. a cancel the buyer had meant, given up because the parcel shipped or came, and a return asked instead;
//  2. an earlier message taken back: the address change (the address on the order said to be right) or the cancel
//     (the order kept);
//  3. a return first thought of, given up for the missing part or the order kept;
//  4. a return declined for part of the money for a fault;
//  5. the cancel declined and the order told to go ahead as it is: no change asked.
import { describe, expect, it } from 'vitest';
import '../../src/rules/intent/load-model.ts';
import { withdrawalOf } from '../../src/rules/intent/withdrawn.ts';
import { classifyIntents } from '../../src/rules/intent/detect.ts';
import { decideTakingBack } from '../../src/rules/intent/decide.ts';
import type { SignalIntent } from '../../src/rules/intent/types.ts';

interface Case { cause: number; lang: string; text: string; drops?: SignalIntent; keeps?: SignalIntent }

// cases:begin
const CASES: Case[] = [
  // 1. The cancel meant, the parcel gone or come, a return asked: the cancel is dropped.
  { cause: 1, lang: 'en', drops: 'cancel', text: 'I meant to cancel the blender order, but the courier already dropped it off this morning. Please send me a return label instead.' },
  { cause: 1, lang: 'es', drops: 'cancel', text: 'Iba a pedir la cancelación, pero el paquete ya ha salido del almacén. ¿Cómo hago la devolución cuando me llegue?' },
  { cause: 1, lang: 'fr', drops: 'cancel', text: 'J\'allais annuler la commande, mais le colis est déjà arrivé chez moi. Comment je fais pour le retourner ?' },
  { cause: 1, lang: 'de', drops: 'cancel', text: 'Eigentlich wollte ich die Bestellung stornieren, aber sie wurde bereits versendet. Ich schicke sie dann zurück, bitte senden Sie mir ein Rücksendeetikett.' },
  { cause: 1, lang: 'it', drops: 'cancel', text: 'Volevo annullare l\'ordine, ma è già stato spedito. A questo punto vorrei fare il reso: come funziona?' },
  { cause: 1, lang: 'pt', drops: 'cancel', text: 'Eu queria cancelar, mas a encomenda já chegou hoje. Quero devolver, como faço?' },
  { cause: 1, lang: 'nl', drops: 'cancel', text: 'Ik wilde de bestelling annuleren, maar het pakket is al bezorgd. Hoe kan ik het retourneren?' },
  { cause: 1, lang: 'pl', drops: 'cancel', text: 'Chciałem anulować zamówienie, ale paczka już dotarła. Chcę ją zwrócić, jak to zrobić?' },
  { cause: 1, lang: 'sv', drops: 'cancel', text: 'Jag tänkte avbryta ordern, men paketet har redan skickats. Jag vill returnera det när det kommer, hur gör jag?' },
  { cause: 1, lang: 'tr', drops: 'cancel', text: 'Siparişi iptal edecektim ama kargo zaten teslim edildi. İade etmek istiyorum, ne yapmam gerekiyor?' },
  { cause: 1, lang: 'ja', drops: 'cancel', text: '注文をキャンセルしようと思っていましたが、もう届いてしまいました。返品の手続きを教えてください。' },
  { cause: 1, lang: 'zh', drops: 'cancel', text: '本来想取消订单的，可是包裹昨天已经送到了。那我就退货吧，请告诉我退货流程。' },
  { cause: 1, lang: 'ar', drops: 'cancel', text: 'كنت أريد إلغاء الطلب، لكن الشحنة وصلت بالفعل. أريد إرجاعها، كيف أفعل ذلك؟' },
  // 1. Look-alikes: the cancel stands (asked again, no news of the parcel, or no return instead).
  { cause: 1, lang: 'en', keeps: 'cancel', text: 'I wanted to cancel, it hasn\'t shipped yet, so please cancel it now.' },
  { cause: 1, lang: 'en', keeps: 'cancel', text: 'I wanted to cancel my order for the lamp, please.' },
  { cause: 1, lang: 'en', keeps: 'cancel', text: 'I wanted to cancel the lamp and return the chair I got last week.' },
  { cause: 1, lang: 'de', keeps: 'cancel', text: 'Ich wollte stornieren, aber es ist schon verschickt. Können Sie es trotzdem noch stornieren?' },
  { cause: 1, lang: 'es', keeps: 'cancel', text: 'Quería cancelar porque ya me llegó otro igual; por favor cancelen el pedido.' },
  { cause: 1, lang: 'fr', keeps: 'cancel', text: 'Je voulais annuler, le colis n\'est pas encore parti : annulez-le s\'il vous plaît.' },
  { cause: 1, lang: 'ja', keeps: 'cancel', text: 'キャンセルしたかったのですが、まだ発送されていないならキャンセルしてください。' },
  { cause: 1, lang: 'zh', keeps: 'cancel', text: '我本来想取消，现在还没发货，请帮我取消。' },
  { cause: 1, lang: 'tr', keeps: 'cancel', text: 'İptal etmek istiyordum, henüz kargoya verilmediyse lütfen iptal edin.' },
  { cause: 1, lang: 'pl', keeps: 'cancel', text: 'Chciałam anulować, paczka jeszcze nie wyszła, więc proszę anulować.' },
  { cause: 1, lang: 'sv', keeps: 'cancel', text: 'Jag ville avbryta, den har inte skickats än, så avbryt den.' },

  // 1. Look-alikes: the cancel asked politely ("I wanted to ask you to cancel") and the return said for a case ("if it has
  //    already shipped, I will return it"): the cancel stands.
  { cause: 1, lang: 'en', keeps: 'cancel', text: 'I wanted to ask you to cancel my order. If it has already shipped, I will return it.' },
  { cause: 1, lang: 'en', keeps: 'cancel', text: 'I wanted to ask if you can cancel the order; if it already shipped I\'ll send it back.' },
  { cause: 1, lang: 'en', keeps: 'cancel', text: 'The order was placed by mistake so please cancel it; if it has already shipped I will send it back.' },
  { cause: 1, lang: 'en', keeps: 'cancel', text: 'I wanted to ask whether you could cancel the blender; if it\'s already on its way I\'ll just send it back.' },
  { cause: 1, lang: 'es', keeps: 'cancel', text: 'Quería pedirles que cancelen el pedido. Si ya se envió, lo devuelvo.' },
  { cause: 1, lang: 'es', keeps: 'cancel', text: 'Quería pedirles que anulen la compra. Si ya la enviaron, la devuelvo cuando llegue.' },
  { cause: 1, lang: 'fr', keeps: 'cancel', text: 'Je voulais vous demander d\'annuler ma commande. Si elle est déjà partie, je la retournerai.' },
  { cause: 1, lang: 'de', keeps: 'cancel', text: 'Ich wollte fragen, ob Sie die Bestellung stornieren können. Falls sie schon versendet ist, schicke ich sie zurück.' },
  { cause: 1, lang: 'de', keeps: 'cancel', text: 'Ich wollte Sie bitten, die Bestellung zu stornieren. Falls das Paket schon unterwegs ist, schicke ich es zurück.' },
  { cause: 1, lang: 'it', keeps: 'cancel', text: 'Volevo chiedervi di annullare l\'ordine. Se è già stato spedito, lo restituirò.' },
  { cause: 1, lang: 'pt', keeps: 'cancel', text: 'Queria pedir o cancelamento da encomenda. Se já tiver sido enviada, eu devolvo.' },
  { cause: 1, lang: 'nl', keeps: 'cancel', text: 'Ik wilde vragen of jullie de bestelling kunnen annuleren. Als hij al verzonden is, stuur ik hem terug.' },
  { cause: 1, lang: 'pl', keeps: 'cancel', text: 'Chciałem prosić o anulowanie zamówienia. Jeśli już zostało wysłane, odeślę je.' },
  { cause: 1, lang: 'sv', keeps: 'cancel', text: 'Jag ville be er avbryta beställningen. Om den redan har skickats skickar jag tillbaka den.' },
  { cause: 1, lang: 'tr', keeps: 'cancel', text: 'Siparişi iptal etmek istiyordum. Kargoya verildiyse iade ederim.' },
  { cause: 1, lang: 'ar', keeps: 'cancel', text: 'كنت أبغى ألغي الطلب، وإذا انشحن خلاص برجعه' },
  { cause: 1, lang: 'ja', keeps: 'cancel', text: '注文をキャンセルしたいと思っていました。もう発送済みなら返品します。' },
  { cause: 1, lang: 'zh', keeps: 'cancel', text: '我本来想取消订单，如果已经发货了，我就退货。' },
  { cause: 1, lang: 'zh', keeps: 'cancel', text: '我本来想请你们取消订单，要是已经发货了，我就退货。' },
  // 1. The cancel meant, the parcel gone (said as news, not for a case), a return asked: dropped.
  { cause: 1, lang: 'en', drops: 'cancel', text: 'I was going to ask you to cancel, but it has already shipped, so I will return it when it arrives.' },

  // 2. An earlier address change taken back, the address on the order said to be right: the address change is dropped.
  { cause: 2, lang: 'en', drops: 'address-change', text: 'Please disregard what I wrote earlier about delivering to my office — the address on the order is correct.' },
  { cause: 2, lang: 'es', drops: 'address-change', text: 'Olviden mi mensaje de ayer sobre cambiar la dirección; la dirección del pedido está bien.' },
  { cause: 2, lang: 'fr', drops: 'address-change', text: 'Ne tenez pas compte de mon message sur la livraison chez mon voisin, l\'adresse de la commande est la bonne.' },
  { cause: 2, lang: 'de', drops: 'address-change', text: 'Vergessen Sie meine Nachricht wegen der neuen Lieferadresse, die alte Adresse stimmt doch.' },
  { cause: 2, lang: 'it', drops: 'address-change', text: 'Ignorate il messaggio di stamattina sul cambio di indirizzo: l\'indirizzo attuale va bene.' },
  { cause: 2, lang: 'pt', drops: 'address-change', text: 'Esqueçam o que escrevi sobre mandar para o meu trabalho, o endereço do pedido está certo.' },
  { cause: 2, lang: 'nl', drops: 'address-change', text: 'Negeer mijn vorige bericht over het adres, het adres op de bestelling klopt gewoon.' },
  { cause: 2, lang: 'pl', drops: 'address-change', text: 'Zignorujcie moją wiadomość o zmianie adresu, obecny adres jest dobry.' },
  { cause: 2, lang: 'sv', drops: 'address-change', text: 'Strunta i mitt meddelande om ny adress, den gamla adressen gäller.' },
  { cause: 2, lang: 'tr', drops: 'address-change', text: 'Adres değişikliği mesajımı dikkate almayın, siparişteki adres doğru.' },
  { cause: 2, lang: 'ar', drops: 'address-change', text: 'تجاهلوا رسالتي عن تغيير العنوان، العنوان الحالي صحيح.' },
  { cause: 2, lang: 'ja', drops: 'address-change', text: '昨日の住所変更のお願いは無視してください。注文時の住所のままで大丈夫です。' },
  { cause: 2, lang: 'zh', drops: 'address-change', text: '请忽略我昨天说的改地址的事，原来的地址就可以。' },
  // 2. Look-alikes: a new address given or asked after the take-back.
  { cause: 2, lang: 'en', keeps: 'address-change', text: 'Ignore the old address, send it to the new one: 14 Elm Street, Leeds.' },
  { cause: 2, lang: 'en', keeps: 'address-change', text: 'Forget my last message, the address is wrong, please change it to 9 Mill Lane.' },
  { cause: 2, lang: 'es', keeps: 'address-change', text: 'Olviden la dirección anterior, la correcta es Calle Luna 8, Madrid.' },
  { cause: 2, lang: 'fr', keeps: 'address-change', text: 'Oubliez l\'ancienne adresse, la bonne est 12 rue des Lilas, Lyon.' },
  { cause: 2, lang: 'de', keeps: 'address-change', text: 'Vergessen Sie die alte Adresse, bitte ändern Sie sie auf Hauptstraße 3, Köln.' },
  { cause: 2, lang: 'it', keeps: 'address-change', text: 'Ignorate l\'indirizzo vecchio, spedite a via Roma 10, Torino.' },
  { cause: 2, lang: 'nl', keeps: 'address-change', text: 'Negeer het oude adres, stuur het naar Dorpsstraat 5, Utrecht.' },
  { cause: 2, lang: 'sv', keeps: 'address-change', text: 'Glöm den gamla adressen, skicka till Storgatan 7, Uppsala.' },
  { cause: 2, lang: 'tr', keeps: 'address-change', text: 'Eski adresi unutun, yeni adres: Atatürk Cad. 12, İzmir.' },
  { cause: 2, lang: 'ja', keeps: 'address-change', text: '前の住所は無視してください。新しい住所は東京都港区1-2-3です。' },
  { cause: 2, lang: 'zh', keeps: 'address-change', text: '请忽略旧地址，寄到上海市静安路5号。' },
  // 2. Look-alikes: the address on the order named to say it will not do, and a delivery elsewhere asked in words the
  //    concepts do not list ("deliver it to", "livrez", "spedite", "lever … af", "teslim edin", "سلموه").
  { cause: 2, lang: 'en', keeps: 'address-change', text: 'Ignore my previous message. The current address is wrong, please deliver it to my office instead.' },
  { cause: 2, lang: 'en', keeps: 'address-change', text: 'Ignore my previous message about the address, the current one is wrong too, please ship to my work address at Oak Street' },
  { cause: 2, lang: 'en', keeps: 'address-change', text: 'Ignore my previous message. The address is fine but the apartment is wrong, it\'s flat B not A' },
  { cause: 2, lang: 'en', keeps: 'address-change', text: 'The address on the order is my old one, please ignore the autofill and send it to my current home instead.' },
  { cause: 2, lang: 'en', keeps: 'address-change', text: 'Ignore my previous message, I got the street wrong. Please ship to my old address instead of the one on the order.' },
  { cause: 2, lang: 'en', keeps: 'address-change', text: 'Disregard my earlier note. The old address is no good anymore, please bring it to my parents\' house.' },
  { cause: 2, lang: 'es', keeps: 'address-change', text: 'Olvida mi mensaje anterior: la dirección actual no es correcta, entréguenlo en la oficina de mi trabajo.' },
  { cause: 2, lang: 'es', keeps: 'address-change', text: 'Olviden lo que dije antes: la dirección antigua ya no vale, entréguenlo en casa de mi madre.' },
  { cause: 2, lang: 'fr', keeps: 'address-change', text: 'Oubliez mon dernier message : l\'adresse actuelle n\'est pas la bonne, livrez plutôt chez ma voisine.' },
  { cause: 2, lang: 'fr', keeps: 'address-change', text: 'Oubliez mon dernier message, l\'ancienne adresse ne va plus, livrez au bureau.' },
  { cause: 2, lang: 'de', keeps: 'address-change', text: 'Vergessen Sie meine letzte Nachricht: Die aktuelle Adresse ist falsch, bitte liefern Sie zu meinem Nachbarn.' },
  { cause: 2, lang: 'de', keeps: 'address-change', text: 'Ignorieren Sie meine Nachricht von gestern, die hinterlegte Adresse ist veraltet, bringen Sie es bitte zu meiner Schwester.' },
  { cause: 2, lang: 'it', keeps: 'address-change', text: 'Ignorate il mio ultimo messaggio: l\'indirizzo attuale è sbagliato, consegnate dal mio vicino.' },
  { cause: 2, lang: 'it', keeps: 'address-change', text: 'Lasciate perdere il messaggio di prima, l\'indirizzo vecchio è sbagliato, consegnate in ufficio.' },
  { cause: 2, lang: 'pt', keeps: 'address-change', text: 'Ignorem minha última mensagem: o endereço atual está errado, entreguem na casa da minha vizinha.' },
  { cause: 2, lang: 'pt', keeps: 'address-change', text: 'Esqueçam a última mensagem, o endereço atual não serve mais, entreguem no meu trabalho.' },
  { cause: 2, lang: 'nl', keeps: 'address-change', text: 'Negeer mijn vorige bericht: het huidige adres is fout, lever het bij de buren af.' },
  { cause: 2, lang: 'nl', keeps: 'address-change', text: 'Vergeet mijn vorige bericht, het oude adres is niet meer juist, bezorg het bij mijn zus.' },
  { cause: 2, lang: 'sv', keeps: 'address-change', text: 'Strunta i mitt förra meddelande: den nuvarande adressen är fel, leverera till grannen.' },
  { cause: 2, lang: 'tr', keeps: 'address-change', text: 'Önceki mesajımı unutun: mevcut adres yanlış, komşuma teslim edin.' },
  { cause: 2, lang: 'tr', keeps: 'address-change', text: 'Önceki mesajı unutun, kayıtlı adres yanlış, ofisime teslim edin.' },
  { cause: 2, lang: 'ar', keeps: 'address-change', text: 'انسوا رسالتي السابقة: العنوان الحالي غلط، سلموه للجيران' },
  { cause: 2, lang: 'ar', keeps: 'address-change', text: 'تجاهلوا رسالتي، العنوان القديم غير صحيح، سلموه لأخي' },
  // 2. The address on the order said right and the parcel asked to ship, nowhere else: the address change is dropped.
  { cause: 2, lang: 'en', drops: 'address-change', text: 'Ignore my last message about the new address — the current one is fine, just ship it.' },
  { cause: 2, lang: 'de', drops: 'address-change', text: 'Vergessen Sie meine Nachricht zur neuen Adresse, die alte Adresse ist richtig, schicken Sie es einfach los.' },
  // 2. An earlier cancel taken back and the order kept: the cancel is dropped.
  { cause: 2, lang: 'en', drops: 'cancel', text: 'Yesterday I asked you to cancel. Please disregard that message, my son loves the gift, we\'re keeping it.' },
  { cause: 2, lang: 'de', drops: 'cancel', text: 'Ich hatte gestern um Stornierung gebeten. Bitte ignorieren Sie das, wir behalten die Uhr.' },
  { cause: 2, lang: 'es', drops: 'cancel', text: 'Ayer les pedí cancelar el pedido. Ignoren ese mensaje, por favor, me lo quedo.' },
  { cause: 2, lang: 'fr', drops: 'cancel', text: 'Hier je vous ai demandé d\'annuler. Oubliez ce message, finalement je la garde.' },
  { cause: 2, lang: 'it', drops: 'cancel', text: 'Ieri vi ho chiesto di annullare l\'ordine. Ignorate quel messaggio, lo tengo.' },
  { cause: 2, lang: 'pt', drops: 'cancel', text: 'Ontem pedi o cancelamento. Ignorem essa mensagem, por favor, vou ficar com ele.' },
  { cause: 2, lang: 'nl', drops: 'cancel', text: 'Gisteren vroeg ik om te annuleren. Negeer dat bericht alstublieft, we houden hem.' },
  { cause: 2, lang: 'pl', drops: 'cancel', text: 'Wczoraj prosiłam o anulowanie. Zignorujcie tamtą wiadomość, zostawiam to zamówienie.' },
  { cause: 2, lang: 'sv', drops: 'cancel', text: 'Igår bad jag er avbryta beställningen. Strunta i det meddelandet, vi behåller den.' },
  { cause: 2, lang: 'tr', drops: 'cancel', text: 'Dün iptal talebi göndermiştim, onu dikkate almayın; siparişi tutuyoruz.' },
  { cause: 2, lang: 'ar', drops: 'cancel', text: 'أمس طلبت إلغاء الطلب، أرجو تجاهل ذلك، سنحتفظ بالطلب.' },
  { cause: 2, lang: 'ar', drops: 'cancel', text: 'لو سمحت تجاهل طلب الإلغاء اللي أرسلته الصبح، زوجي قرر يحتفظ بالساعة.' },
  // 2. Look-alikes: the cancel asked after the take-back, or the take-back alone.
  { cause: 2, lang: 'en', keeps: 'cancel', text: 'Ignore my previous message about the address. Please cancel the order.' },
  { cause: 2, lang: 'en', keeps: 'cancel', text: 'Please cancel my order. Ignore my previous message.' },
  { cause: 2, lang: 'de', keeps: 'cancel', text: 'Ignorieren Sie meine letzte Nachricht, bitte stornieren Sie die Bestellung doch.' },
  { cause: 2, lang: 'es', keeps: 'cancel', text: 'Olviden lo que dije de quedármelo: cancelen el pedido.' },
  { cause: 2, lang: 'fr', keeps: 'cancel', text: 'Oubliez mon message d\'hier, je ne la garde pas : annulez-la.' },
  { cause: 2, lang: 'tr', keeps: 'cancel', text: 'Dün kalsın demiştim, onu dikkate almayın, lütfen iptal edin.' },
  { cause: 2, lang: 'ar', keeps: 'cancel', text: 'تجاهلوا رسالتي السابقة، لو سمحتم ألغوا الطلب.' },

  // 3. A return thought of, given up for the missing part or the order kept: the return is dropped.
  { cause: 3, lang: 'en', drops: 'return', text: 'The bookshelf came without the rear panel. I was going to send the whole thing back, but I\'ll keep it — just ship the panel.' },
  { cause: 3, lang: 'de', drops: 'return', text: 'Beim Schreibtisch fehlt eine Schublade. Erst wollte ich alles zurückschicken, aber ich behalte ihn; schicken Sie bitte nur die Schublade nach.' },
  { cause: 3, lang: 'es', drops: 'return', text: 'Al armario le falta la barra para colgar. Pensé en devolverlo entero, pero me lo quedo: mándenme solo la barra.' },
  { cause: 3, lang: 'fr', drops: 'return', text: 'Il manque le couvercle de la cocotte. J\'avais pensé la renvoyer, mais je la garde, envoyez juste le couvercle.' },
  { cause: 3, lang: 'it', drops: 'return', text: 'Manca il cavo di alimentazione della lampada. Volevo rispedirla tutta, ma la tengo: mandatemi solo il cavo.' },
  { cause: 3, lang: 'pt', drops: 'return', text: 'Veio faltando a tampa da panela. Pensei em devolver tudo, mas vou ficar com ela; mandem só a tampa.' },
  { cause: 3, lang: 'nl', drops: 'return', text: 'De stofzuiger had geen opzetstuk. Ik dacht eerst alles terug te sturen, maar ik houd hem; stuur alleen het opzetstuk.' },
  { cause: 3, lang: 'pl', drops: 'return', text: 'W zestawie brakuje jednej nogi do stołu. Myślałam, żeby odesłać cały stół, ale zostawiam go, wystarczy dosłać nogę.' },
  { cause: 3, lang: 'sv', drops: 'return', text: 'Det saknades en hylla i skåpet. Jag funderade på att returnera allt, men jag behåller det, skicka bara hyllan.' },
  { cause: 3, lang: 'tr', drops: 'return', text: 'Masanın bir vidası eksik çıktı. Hepsini iade etmeyi düşündüm ama vazgeçtim, sadece vidayı gönderin.' },
  { cause: 3, lang: 'ja', drops: 'return', text: '椅子のネジが一本足りません。返品しようかと思いましたが、やめておきます。ネジだけ送ってください。' },
  { cause: 3, lang: 'zh', drops: 'return', text: '书架少了一块隔板。本来想整个退货，后来还是算了，补寄一块隔板就行。' },
  { cause: 3, lang: 'ar', drops: 'return', text: 'الطاولة ناقصة رجل. فكرت أرجعها كلها، لكن خلاص، أرسلوا الرجل فقط.' },
  // 3. Look-alikes: the return asked, after a take-back of something else or in place of the part.
  { cause: 3, lang: 'en', keeps: 'return', text: 'The lamp came without its shade. I don\'t want a refund, I want to return it for a complete one.' },
  { cause: 3, lang: 'en', keeps: 'return', text: 'Forget the return label, I already printed one — how do I send it back?' },
  { cause: 3, lang: 'de', keeps: 'return', text: 'Es fehlt das Netzteil. Ich wollte es erst behalten, aber ich schicke es doch zurück.' },
  { cause: 3, lang: 'es', keeps: 'return', text: 'Falta una pieza. Pensé en quedármelo, pero prefiero devolverlo.' },
  { cause: 3, lang: 'it', keeps: 'return', text: 'Manca un pezzo. Non mandatemi il pezzo, voglio fare il reso.' },
  { cause: 3, lang: 'nl', keeps: 'return', text: 'Er ontbreekt een onderdeel. Stuur geen onderdeel, ik wil hem retourneren.' },
  { cause: 3, lang: 'sv', keeps: 'return', text: 'En del saknas. Jag tänkte först behålla den, men nu vill jag returnera den.' },
  { cause: 3, lang: 'ja', keeps: 'return', text: '部品が足りません。部品だけ送ってもらおうと思いましたが、やっぱり返品したいです。' },
  { cause: 3, lang: 'zh', keeps: 'return', text: '少了一个零件。本来想让你们补发，算了，我还是退货吧。' },

  // 3. Look-alikes: one item sent back and ANOTHER kept ("return the lamp and keep the chair"), the label asked for it.
  { cause: 3, lang: 'es', keeps: 'return', text: 'Quería devolver la lámpara y quedarme con la silla. ¿Me mandan la etiqueta?' },
  { cause: 3, lang: 'es', keeps: 'return', text: 'Quería devolver la tostadora y quedarme con el hervidor. ¿Me mandan la etiqueta?' },
  { cause: 3, lang: 'fr', keeps: 'return', text: 'Je voulais retourner la lampe et garder la chaise. Pouvez-vous m\'envoyer l\'étiquette ?' },
  { cause: 3, lang: 'fr', keeps: 'return', text: 'Je voulais renvoyer le grille-pain et garder la bouilloire. Vous m\'envoyez l\'étiquette ?' },
  { cause: 3, lang: 'de', keeps: 'return', text: 'Ich wollte die Lampe zurückschicken und den Stuhl behalten. Wie geht das?' },
  { cause: 3, lang: 'de', keeps: 'return', text: 'Ich wollte den Toaster zurückschicken und den Wasserkocher behalten. Schicken Sie mir ein Etikett?' },
  { cause: 3, lang: 'it', keeps: 'return', text: 'Volevo restituire la lampada e tenere la sedia. Mi mandate l\'etichetta?' },
  { cause: 3, lang: 'it', keeps: 'return', text: 'Volevo rendere il tostapane e tenere il bollitore. Mi mandate l\'etichetta?' },
  { cause: 3, lang: 'pt', keeps: 'return', text: 'Queria devolver a luminária e ficar com a cadeira. Podem mandar a etiqueta?' },
  { cause: 3, lang: 'pt', keeps: 'return', text: 'Queria devolver a torradeira e ficar com a chaleira. Podem mandar a etiqueta?' },
  { cause: 3, lang: 'en', keeps: 'return', text: 'We wanted to return the lamp and keep the chair. Can you send a return label?' },

  // 4. A return declined, part of the money asked for a fault: the return is dropped.
  { cause: 4, lang: 'en', drops: 'return', text: 'I\'d rather not send the heater back, it\'s already installed, but one of the knobs is cracked — could you refund part of the price?' },
  { cause: 4, lang: 'es', drops: 'return', text: 'No quiero devolver la mesa porque ya la monté, pero tiene una raya profunda; ¿me hacen un descuento?' },
  { cause: 4, lang: 'fr', drops: 'return', text: 'Je ne veux pas renvoyer le meuble, il est déjà monté, mais la porte est fendue. Un remboursement partiel serait possible ?' },
  { cause: 4, lang: 'de', drops: 'return', text: 'Zurückschicken möchte ich den Spiegel nicht, er hängt schon. Aber der Rahmen hat einen Riss – wäre eine Teilerstattung möglich?' },
  { cause: 4, lang: 'it', drops: 'return', text: 'Non voglio restituire la lavatrice, è già installata, però l\'oblò è graffiato: potete rimborsarmi una parte?' },
  { cause: 4, lang: 'pt', drops: 'return', text: 'Não quero devolver a cadeira, já está montada, mas o assento veio rasgado. Podem me dar um desconto?' },
  { cause: 4, lang: 'nl', drops: 'return', text: 'Ik wil de kast niet retourneren, hij staat al in elkaar, maar er zit een deuk in de zijkant. Kan ik een deel van het geld terugkrijgen?' },
  { cause: 4, lang: 'pl', drops: 'return', text: 'Nie chcę odsyłać pralki, jest już podłączona, ale drzwiczki są pęknięte. Czy mogę dostać częściowy zwrot pieniędzy?' },
  { cause: 4, lang: 'sv', drops: 'return', text: 'Jag vill inte skicka tillbaka soffan, den är redan monterad, men tyget har en reva. Kan jag få ett prisavdrag?' },
  { cause: 4, lang: 'tr', drops: 'return', text: 'Dolabı iade etmek istemiyorum, kurulumu yapıldı ama kapağı çizik geldi. Biraz indirim yapabilir misiniz?' },
  { cause: 4, lang: 'ja', drops: 'return', text: '返品はしたくありません。もう組み立ててしまったので。ただ、天板に傷があるので、一部返金していただけませんか。' },
  { cause: 4, lang: 'zh', drops: 'return', text: '我不想退货，已经装好了，但是柜门有裂缝，能不能部分退款？' },
  { cause: 4, lang: 'ar', drops: 'return', text: 'لا أريد إرجاع الكرسي لأنه مركب، لكن فيه خدش كبير، هل يمكن تعويضي بجزء من المبلغ؟' },
  // 4. Look-alikes: the refund declined for a replacement or a return, or the return label not come.
  { cause: 4, lang: 'en', keeps: 'return', text: 'I don\'t want a refund, I want a replacement for the broken one.' },
  { cause: 4, lang: 'en', keeps: 'return', text: 'I haven\'t received the return label yet; the lid is cracked, can I still send it back?' },
  { cause: 4, lang: 'de', keeps: 'return', text: 'Eine Teilerstattung möchte ich nicht, der Rahmen ist gebrochen, ich will ihn zurückschicken.' },
  { cause: 4, lang: 'es', keeps: 'return', text: 'No quiero un descuento, la tapa llegó rota y quiero devolverla.' },
  { cause: 4, lang: 'fr', keeps: 'return', text: 'Je ne veux pas de remise, le verre est fêlé, je veux le renvoyer.' },
  { cause: 4, lang: 'it', keeps: 'return', text: 'Non voglio uno sconto, il vetro è crepato: voglio fare il reso.' },
  { cause: 4, lang: 'nl', keeps: 'return', text: 'Ik wil geen korting, het glas is gebarsten, ik wil hem retourneren.' },
  { cause: 4, lang: 'sv', keeps: 'return', text: 'Jag vill inte ha rabatt, glaset är sprucket, jag vill skicka tillbaka den.' },
  { cause: 4, lang: 'ja', keeps: 'return', text: '割引は結構です。ガラスが割れているので返品したいです。' },
  { cause: 4, lang: 'zh', keeps: 'return', text: '我不要折扣，玻璃碎了，我要退货。' },

  // 4. Look-alikes: a way of returning declined, not the return ("not myself / at my cost / by post"), a pickup or a
  //    prepaid label asked: the return stands.
  { cause: 4, lang: 'en', keeps: 'return', text: 'I don\'t want to ship it back myself, please arrange a pickup. I want my money back.' },
  { cause: 4, lang: 'en', keeps: 'return', text: 'I don\'t want to return it at my own cost; please send me a prepaid label, I want a full refund' },
  { cause: 4, lang: 'en', keeps: 'return', text: 'I\'d rather not send it back by myself, could you arrange a courier? I want a full refund.' },
  { cause: 4, lang: 'es', keeps: 'return', text: 'No quiero devolverlo por correo, ¿pueden recogerlo en casa? Quiero el reembolso completo' },
  { cause: 4, lang: 'es', keeps: 'return', text: 'No quiero devolverlo yo mismo, quiero que me devuelvan el dinero.' },
  { cause: 4, lang: 'fr', keeps: 'return', text: 'Je ne veux pas le renvoyer moi-même, organisez un enlèvement, je veux être remboursé.' },
  { cause: 4, lang: 'fr', keeps: 'return', text: 'Je ne veux pas le renvoyer à mes frais, envoyez une étiquette prépayée et remboursez-moi' },
  { cause: 4, lang: 'de', keeps: 'return', text: 'Ich will es nicht selbst zurückschicken, bitte holen Sie es ab, ich will mein Geld zurück.' },
  { cause: 4, lang: 'de', keeps: 'return', text: 'Ich will es nicht auf meine Kosten zurückschicken, ich möchte eine volle Erstattung.' },
  { cause: 4, lang: 'it', keeps: 'return', text: 'Non voglio rispedirlo io, organizzate il ritiro, voglio il rimborso.' },
  { cause: 4, lang: 'it', keeps: 'return', text: 'Non voglio rispedirlo a mie spese, mandatemi un\'etichetta prepagata e rimborsatemi' },
  { cause: 4, lang: 'pt', keeps: 'return', text: 'Não quero devolver pelos correios, podem buscar? Quero meu dinheiro de volta.' },
  { cause: 4, lang: 'nl', keeps: 'return', text: 'Ik wil het niet zelf terugsturen, kunnen jullie het ophalen? Ik wil mijn geld terug.' },
  { cause: 4, lang: 'pl', keeps: 'return', text: 'Nie chcę sam tego odsyłać, proszę o odbiór kurierem, chcę zwrot pieniędzy.' },
  { cause: 4, lang: 'sv', keeps: 'return', text: 'Jag vill inte skicka tillbaka den själv, kan ni hämta den? Jag vill ha pengarna tillbaka.' },
  { cause: 4, lang: 'tr', keeps: 'return', text: 'Kendim geri göndermek istemiyorum, kurye alsın, paramı geri istiyorum.' },
  { cause: 4, lang: 'ar', keeps: 'return', text: 'ما أبغى أرجعه بنفسي، أرسلوا مندوب يستلمه، أبغى فلوسي' },
  { cause: 4, lang: 'ja', keeps: 'return', text: '自分で返送したくないので、集荷をお願いします。返金してください。' },

  // 5. The cancel declined, the order told to go ahead as it is: no change is asked (no address named or given).
  { cause: 5, lang: 'en', drops: 'address-change', text: 'No, I do not want to cancel — I hit the wrong button by mistake. Please go ahead with the shipping.' },
  { cause: 5, lang: 'es', drops: 'address-change', text: 'Perdonen, no quiero cancelar nada, fue un error mío al tocar la pantalla. Sigan adelante con el pedido.' },
  { cause: 5, lang: 'fr', drops: 'address-change', text: 'Non, je ne veux pas annuler, j\'ai cliqué par erreur. Continuez l\'envoi normalement.' },
  { cause: 5, lang: 'de', drops: 'address-change', text: 'Nein, bitte nicht stornieren, ich habe mich verklickt. Schicken Sie es ganz normal los.' },
  { cause: 5, lang: 'it', drops: 'address-change', text: 'No, non voglio annullare, ho sbagliato a cliccare. Procedete pure con la spedizione.' },
  { cause: 5, lang: 'pt', drops: 'address-change', text: 'Não, não quero cancelar, apertei o botão errado. Podem seguir com o envio normalmente.' },
  { cause: 5, lang: 'nl', drops: 'address-change', text: 'Nee, ik wil niet annuleren, ik drukte op de verkeerde knop. Ga gewoon door met verzenden.' },
  { cause: 5, lang: 'sv', drops: 'address-change', text: 'Nej, jag vill inte avbryta, jag tryckte fel. Fortsätt med leveransen som vanligt.' },
  { cause: 5, lang: 'tr', drops: 'address-change', text: 'Hayır, iptal etmeyin, yanlış tuşa bastım. Gönderime devam edin lütfen.' },
  // 5. Look-alikes: the cancel declined and an address changed.
  { cause: 5, lang: 'en', keeps: 'address-change', text: 'I don\'t want to cancel, just change the address to 4 Park Road and go ahead with shipping.' },
  { cause: 5, lang: 'es', keeps: 'address-change', text: 'No quiero cancelar, pero cambien la dirección a Calle Sol 3 y sigan adelante con el envío.' },
  { cause: 5, lang: 'fr', keeps: 'address-change', text: 'Je ne veux pas annuler, mais envoyez-le à mon bureau, 8 rue Verte, et continuez.' },
  { cause: 5, lang: 'de', keeps: 'address-change', text: 'Bitte nicht stornieren, nur die Adresse ändern: Ringstraße 9, dann normal verschicken.' },
  { cause: 5, lang: 'it', keeps: 'address-change', text: 'Non annullate, cambiate solo l\'indirizzo in via Po 4 e procedete.' },
  { cause: 5, lang: 'pt', keeps: 'address-change', text: 'Não cancelem, só mudem o endereço para Rua Azul 7 e podem seguir.' },
  { cause: 5, lang: 'nl', keeps: 'address-change', text: 'Niet annuleren, wel het adres wijzigen naar Kerkstraat 2, ga daarna door.' },
  { cause: 5, lang: 'sv', keeps: 'address-change', text: 'Avbryt inte, ändra bara adressen till Bergsgatan 6 och fortsätt.' },
  { cause: 5, lang: 'tr', keeps: 'address-change', text: 'İptal etmeyin, sadece adresi Gül Sokak 5 olarak değiştirin ve devam edin.' },
  // 5. Look-alikes: the buyer cannot cancel and asks the seller to ("I couldn't cancel in the app, please go ahead and do
  //    it"), or declines cancelling the whole order, one item still to cancel ("only the mug, go ahead with the rest").
  { cause: 5, lang: 'en', keeps: 'cancel', text: 'I couldn\'t cancel in the app, please go ahead and do it on your side' },
  { cause: 5, lang: 'en', keeps: 'cancel', text: 'Why can\'t I cancel my order? I don\'t want it anymore, please go ahead and do it for me' },
  { cause: 5, lang: 'en', keeps: 'cancel', text: 'The website won\'t let me, I cannot cancel it myself. Please go ahead and cancel it on your end.' },
  { cause: 5, lang: 'es', keeps: 'cancel', text: 'No puedo cancelar el pedido desde la app, por favor sigan adelante y háganlo ustedes' },
  { cause: 5, lang: 'es', keeps: 'cancel', text: 'No pude cancelar desde la web, ¿pueden seguir adelante y cancelarlo ustedes?' },
  { cause: 5, lang: 'fr', keeps: 'cancel', text: 'Je n\'arrive pas à annuler sur le site, pouvez-vous continuer et le faire pour moi ?' },
  { cause: 5, lang: 'de', keeps: 'cancel', text: 'Ich kann nicht stornieren, der Button geht nicht. Bitte machen Sie weiter und erledigen Sie das' },
  { cause: 5, lang: 'it', keeps: 'cancel', text: 'Non riesco ad annullare l\'ordine dall\'app, procedete voi per favore' },
  { cause: 5, lang: 'pt', keeps: 'cancel', text: 'Não consigo cancelar pelo app, podem seguir e fazer por mim?' },
  { cause: 5, lang: 'nl', keeps: 'cancel', text: 'Ik kan niet annuleren in de app, kunnen jullie doorgaan en het voor mij doen?' },
  { cause: 5, lang: 'pl', keeps: 'cancel', text: 'Nie mogę anulować zamówienia w aplikacji, kontynuujcie proszę po swojej stronie' },
  { cause: 5, lang: 'sv', keeps: 'cancel', text: 'Jag kan inte avbryta i appen, kör på och gör det åt mig' },
  { cause: 5, lang: 'tr', keeps: 'cancel', text: 'Uygulamadan iptal edemiyorum, lütfen siz devam edin' },
  { cause: 5, lang: 'en', keeps: 'cancel', text: 'I don\'t want to cancel the whole order, only the mug. Go ahead and ship the rest.' },
  { cause: 5, lang: 'en', keeps: 'cancel', text: 'Please don\'t cancel the entire order, just the lamp; carry on with the rest.' },
  { cause: 5, lang: 'es', keeps: 'cancel', text: 'No cancelen todo el pedido, solo la taza; lo demás sigan adelante y envíenlo normal' },
  { cause: 5, lang: 'fr', keeps: 'cancel', text: 'N\'annulez pas toute la commande, seulement la tasse ; continuez pour le reste' },
  { cause: 5, lang: 'de', keeps: 'cancel', text: 'Bitte nicht die ganze Bestellung stornieren, nur die Tasse. Den Rest machen Sie weiter wie gehabt' },
  { cause: 5, lang: 'it', keeps: 'cancel', text: 'Non annullate tutto, solo il tostapane; il resto spedite pure normalmente.' },
  { cause: 5, lang: 'nl', keeps: 'cancel', text: 'Annuleer niet de hele bestelling, alleen de mok; de rest mag gewoon verzonden worden.' },
  { cause: 5, lang: 'ar', keeps: 'cancel', text: 'لا تلغوا الطلب كله، بس الكوب، والباقي كملوا' },
  { cause: 5, lang: 'ja', keeps: 'cancel', text: '全部キャンセルしないでください、マグカップだけです。残りはそのまま進めてください' },
  // 5. The cancel declined outright, "at all": the order goes ahead, no change.
  { cause: 5, lang: 'en', drops: 'address-change', text: 'No, I don\'t want to cancel at all, I pressed the wrong button. Please go ahead with the shipping.' },
  { cause: 5, lang: 'fr', drops: 'address-change', text: 'Non, je ne veux pas annuler du tout, j\'ai cliqué par erreur. Continuez l\'envoi normalement.' },
];
// cases:end

describe('asks a buyer takes back in the same message, by meaning', () => {
  for (const c of CASES) {
    const what = `${c.cause} ${c.lang}: ${c.text}`;
    if (c.drops) {
      it(`takes back ${c.drops}: ${what}`, () => {
        expect(withdrawalOf(c.text).takenBackHere).toContain(c.drops);
        expect(classifyIntents(c.text).intents).not.toContain(c.drops);
      });
    } else {
      it(`keeps ${c.keeps}: ${what}`, () => {
        expect(withdrawalOf(c.text).takenBackHere).not.toContain(c.keeps);
      });
    }
  }

  it('reads no cancel where the cancel is declined and the order told to go ahead', () => {
    for (const c of CASES.filter((x) => x.cause === 5 && x.drops)) expect(classifyIntents(c.text).intents, c.text).not.toContain('cancel');
  });

  it('decides again without an address change taken back, so the other ask stands', () => {
    const intents: SignalIntent[] = ['where-is-my-order', 'address-change', 'cancel'];
    const params = { accept: [0.3, 0.3, 0.3], floor: 0.1, unclear: 1 };
    expect([...decideTakingBack(intents, [0.6, 0.5, 0.01], params, () => ({ takenBackHere: ['address-change'], forFix: false })).held]).toEqual(['where-is-my-order']);
    expect([...decideTakingBack(intents, [0.6, 0.5, 0.01], params, () => ({ takenBackHere: [], forFix: false })).held].sort()).toEqual(['address-change', 'where-is-my-order']);
  });

  it('flags a reading of nothing unsure where a return is given up for a fix, offering the likelier fault', () => {
    const intents: SignalIntent[] = ['damaged', 'wrong-item', 'return'];
    const params = { accept: [0.3, 0.3, 0.12], unclear: 1 };
    const d = decideTakingBack(intents, [0.01, 0.02, 0.15], params, () => ({ takenBackHere: ['return'], forFix: true }));
    expect([...d.held]).toEqual([]);
    expect(d.unsure).toBe(true);
    expect(d.runnerUp).toBe('wrong-item');
    // Given up for nothing ("never mind, I'll keep it, it grew on me"): nothing, unsure, the return offered (a return the
    // model held is never dropped for a sure reading that tells the seller nothing).
    expect(decideTakingBack(intents, [0.01, 0.02, 0.15], params, () => ({ takenBackHere: ['return'], forFix: false })))
      .toMatchObject({ held: new Set(), unsure: true, runnerUp: 'return' });
    expect(withdrawalOf('I wanted to return it but never mind, I\'ll keep it, it grew on me.').takenBackHere).toEqual(['return']);
    expect(withdrawalOf('I wanted to return the bike, but forget it, just send the missing pedal.')).toMatchObject({ takenBackHere: ['return'], forFix: true });
    expect(withdrawalOf('I wanted to return it but never mind, I\'ll keep it, it grew on me.').forFix).toBe(false);
  });

  it('never drops an ask the model held for a sure reading: the dropped ask is offered, unless another ask stands', () => {
    const intents: SignalIntent[] = ['cancel', 'return', 'address-change', 'where-is-my-order'];
    const params = { accept: [0.3, 0.3, 0.3, 0.3], unclear: 1 };
    const taking = (back: SignalIntent[]) => () => ({ takenBackHere: back, forFix: false });
    // A cancel dropped, nothing left: unsure, the cancel offered.
    expect(decideTakingBack(intents, [0.9, 0.01, 0.01, 0.01], params, taking(['cancel']))).toMatchObject({ held: new Set(), unsure: true, runnerUp: 'cancel' });
    // An address change dropped, a question left: the question holds, unsure, the address change offered.
    expect(decideTakingBack(intents, [0.01, 0.01, 0.9, 0.8], params, taking(['address-change'])))
      .toMatchObject({ held: new Set(['where-is-my-order']), unsure: true, runnerUp: 'address-change' });
    // Two dropped: the likelier is offered.
    expect(decideTakingBack(intents, [0.6, 0.01, 0.9, 0.01], params, taking(['cancel', 'address-change'])).runnerUp).toBe('address-change');
    // Another ask held sure in place of the dropped one ("don't cancel, just send it to my office"): sure.
    expect(decideTakingBack(intents, [0.9, 0.01, 0.9, 0.01], params, taking(['cancel']))).toMatchObject({ held: new Set(['address-change']), unsure: false });
    // Nothing dropped: as decided.
    expect(decideTakingBack(intents, [0.9, 0.01, 0.01, 0.01], params, taking([]))).toMatchObject({ held: new Set(['cancel']), unsure: false });
  });

  it('covers each cause in at least eight languages, with look-alikes', () => {
    for (const cause of [1, 2, 3, 4, 5]) {
      expect(new Set(CASES.filter((c) => c.cause === cause && c.drops).map((c) => c.lang)).size).toBeGreaterThanOrEqual(8);
      expect(new Set(CASES.filter((c) => c.cause === cause && c.keeps).map((c) => c.lang)).size).toBeGreaterThanOrEqual(8);
    }
  });
});
