// Indirect and polite wording, and more negation and withdrawal, in every language: the hard cases the plain pieces
// do not teach. Each negation piece carries the set it really asks.
import type { BuyerIntent } from '../../../src/model.ts';
import type { Core } from './types.ts';

export interface ExtraC { core: Partial<Core>; neg: ReadonlyArray<readonly [string, readonly BuyerIntent[]]> }

export const EXTRA_C: Record<string, ExtraC> = {
  en: {
    core: {
      'not-received': ['I was wondering if the parcel went astray? It should have been here by now', 'the driver must have left it at the wrong place, it is not here', 'hasnt arrived yet and its been 3 weeks'],
      'where-is-my-order': ['would you be able to tell me roughly when it might arrive?', "any news on the delivery? no rush, just planning when I'm home", 'wheres my order at'],
      'address-change': ["sorry, I realised I've put my old address, could it go to the new one?"],
      cancel: ["I'd rather not go ahead with the order if that's ok"],
      return: ["it's not quite what I expected, would it be possible to send it back?"],
      damaged: ['unfortunately it came with the corner all bashed in'],
    },
    neg: [
      ["no need for a replacement, the neighbour had it all along", ['other']],
      ["I won't be returning it after all, my wife likes it", ['other']],
      ["please ignore my cancellation request, I still want it", ['other']],
      ["I don't need a return label anymore", ['other']],
      ['it was not damaged, I just want to know how to assemble it', ['other']],
    ],
  },
  es: {
    core: {
      'not-received': ['me temo que el paquete se ha extraviado, ya debería estar aquí', 'el repartidor lo habrá dejado en otro sitio porque aquí no está', 'aun no me llega y ya van 3 semanas'],
      'where-is-my-order': ['¿me podríais decir más o menos cuándo llegaría?', '¿alguna novedad del envío? es para saber cuándo estar en casa', 'q pasa con mi pedido, cuando llega'],
      'address-change': ['perdón, puse mi dirección antigua, ¿se podría mandar a la nueva?'],
      cancel: ['preferiría no seguir adelante con la compra si es posible'],
      return: ['no es lo que esperaba, ¿sería posible devolverlo?'],
      damaged: ['por desgracia vino con la esquina toda golpeada'],
    },
    neg: [
      ['no hace falta que mandéis otro, lo tenía el vecino', ['other']],
      ['al final no lo voy a devolver, a mi mujer le gusta', ['other']],
      ['olvidad mi petición de cancelación, lo sigo queriendo', ['other']],
      ['ya no necesito la etiqueta de devolución', ['other']],
      ['no está dañado, solo quiero saber cómo se monta', ['other']],
    ],
  },
  fr: {
    core: {
      'not-received': ['je crains que le colis se soit égaré, il devrait être là depuis longtemps', "le livreur a dû le laisser ailleurs, il n'est pas chez moi", 'tjrs rien recu ça fait 3 semaines'],
      'where-is-my-order': ['pourriez-vous me dire à peu près quand il devrait arriver ?', 'des nouvelles de la livraison ? pour savoir quand être à la maison', 'elle en est ou ma commande'],
      'address-change': ["désolé, j'ai mis mon ancienne adresse, serait-il possible de l'envoyer à la nouvelle ?"],
      cancel: ["je préférerais ne pas donner suite à la commande si c'est possible"],
      return: ["ce n'est pas ce que j'attendais, serait-il possible de le renvoyer ?"],
      damaged: ['malheureusement il est arrivé avec un coin tout enfoncé'],
    },
    neg: [
      ["pas besoin d'en renvoyer un, le voisin l'avait", ['other']],
      ['finalement je ne vais pas le retourner, ma femme l\'aime bien', ['other']],
      ["oubliez ma demande d'annulation, je le veux toujours", ['other']],
      ["je n'ai plus besoin de l'étiquette de retour", ['other']],
      ["il n'est pas abîmé, je veux juste savoir comment le monter", ['other']],
    ],
  },
  de: {
    core: {
      'not-received': ['ich fürchte, das Paket ist irgendwo hängen geblieben, es müsste längst da sein', 'der Bote hat es wohl woanders abgelegt, hier ist es nicht', 'imma noch nix da, schon 3 wochen'],
      'where-is-my-order': ['könnten Sie mir ungefähr sagen, wann es ankommen dürfte?', 'gibt es Neuigkeiten zur Lieferung? ich will wissen, wann ich zu Hause sein muss', 'wo bleibt denn mein zeug'],
      'address-change': ['Entschuldigung, ich habe meine alte Adresse angegeben, kann es an die neue gehen?'],
      cancel: ['ich würde den Kauf lieber nicht fortsetzen, wenn das geht'],
      return: ['es ist nicht ganz das, was ich erwartet hatte, könnte ich es zurückgeben?'],
      damaged: ['leider kam es mit einer völlig eingedrückten Ecke an'],
    },
    neg: [
      ['kein Ersatz nötig, der Nachbar hatte es die ganze Zeit', ['other']],
      ['ich schicke es doch nicht zurück, meiner Frau gefällt es', ['other']],
      ['bitte ignorieren Sie meine Stornoanfrage, ich will es noch', ['other']],
      ['das Rücksendeetikett brauche ich nicht mehr', ['other']],
      ['es ist nicht beschädigt, ich möchte nur wissen, wie man es aufbaut', ['other']],
    ],
  },
  it: {
    core: {
      'not-received': ['temo che il pacco si sia perso, doveva arrivare da tempo', 'il corriere l\'avrà lasciato altrove perché qui non c\'è', 'nn è ancora arrivato e sono 3 settimane'],
      'where-is-my-order': ['potreste dirmi più o meno quando dovrebbe arrivare?', 'novità sulla consegna? per sapere quando stare a casa', 'ke fine ha fatto il mio ordine, quando arriva'],
      'address-change': ['scusate, ho messo il mio vecchio indirizzo, si può mandare a quello nuovo?'],
      cancel: ['preferirei non procedere con l\'acquisto se possibile'],
      return: ['non è quello che mi aspettavo, sarebbe possibile rimandarlo indietro?'],
      damaged: ['purtroppo è arrivato con un angolo tutto ammaccato'],
    },
    neg: [
      ['non serve mandarne un altro, ce l\'aveva il vicino', ['other']],
      ['alla fine non lo restituisco, a mia moglie piace', ['other']],
      ['ignorate la mia richiesta di annullamento, lo voglio ancora', ['other']],
      ['non mi serve più l\'etichetta per il reso', ['other']],
      ['non è danneggiato, vorrei solo sapere come si monta', ['other']],
    ],
  },
  pt: {
    core: {
      'not-received': ['acho que a encomenda se extraviou, já era pra ter chegado faz tempo', 'o entregador deve ter deixado em outro lugar porque aqui não está', 'ate agr nao chegou e ja faz 3 semanas'],
      'where-is-my-order': ['vocês conseguem me dizer mais ou menos quando chega?', 'alguma novidade da entrega? pra saber quando estar em casa', 'e ai, cade a minha encomenda'],
      'address-change': ['desculpa, coloquei meu endereço antigo, dá pra mandar pro novo?'],
      cancel: ['prefiro não seguir com a compra se for possível'],
      return: ['não é bem o que eu esperava, seria possível devolver?'],
      damaged: ['infelizmente chegou com o canto todo amassado'],
    },
    neg: [
      ['não precisa mandar outro, estava com o vizinho', ['other']],
      ['no fim não vou devolver, minha esposa gostou', ['other']],
      ['esqueçam meu pedido de cancelamento, ainda quero', ['other']],
      ['não preciso mais da etiqueta de devolução', ['other']],
      ['não está danificado, só quero saber como montar', ['other']],
    ],
  },
  nl: {
    core: {
      'not-received': ['ik ben bang dat het pakket zoek is, het had er allang moeten zijn', 'de bezorger heeft het vast ergens anders neergezet, hier is het niet', 'nog steeds nix binnen, al 3 weken'],
      'where-is-my-order': ['kunnen jullie ongeveer zeggen wanneer het zou komen?', 'nieuws over de bezorging? dan weet ik wanneer ik thuis moet zijn', 'waar blijft m\'n pakketje nou'],
      'address-change': ['sorry, ik heb mijn oude adres opgegeven, kan het naar het nieuwe?'],
      cancel: ['ik zie liever af van de bestelling als dat kan'],
      return: ['het is niet helemaal wat ik verwachtte, kan ik het terugsturen?'],
      damaged: ['helaas kwam het binnen met een helemaal ingedeukte hoek'],
    },
    neg: [
      ['geen nieuwe nodig, de buren hadden het al die tijd', ['other']],
      ['ik stuur het toch niet terug, mijn vrouw vindt het mooi', ['other']],
      ['negeer mijn annuleringsverzoek aub, ik wil het nog steeds', ['other']],
      ['ik heb het retourlabel niet meer nodig', ['other']],
      ['het is niet beschadigd, ik wil alleen weten hoe je het in elkaar zet', ['other']],
    ],
  },
  pl: {
    core: {
      'not-received': ['obawiam się, że paczka gdzieś zaginęła, dawno powinna być', 'kurier chyba zostawił ją gdzie indziej, bo u mnie jej nie ma', 'dalej nic nie doszlo a mineły 3 tygodnie'],
      'where-is-my-order': ['czy moglibyście powiedzieć mniej więcej kiedy dotrze?', 'coś wiadomo o dostawie? chcę wiedzieć kiedy być w domu', 'co z moją paczką, kiedy bedzie'],
      'address-change': ['przepraszam, podałam stary adres, czy można wysłać na nowy?'],
      cancel: ['wolałabym zrezygnować z zakupu jeśli to możliwe'],
      return: ['to nie do końca to czego się spodziewałam, czy mogę to odesłać?'],
      damaged: ['niestety przyszło z całkiem wgniecionym rogiem'],
    },
    neg: [
      ['nie trzeba wysyłać nowej, sąsiad ją miał', ['other']],
      ['jednak nie będę zwracać, żonie się podoba', ['other']],
      ['proszę zignorować moją prośbę o anulowanie, nadal chcę', ['other']],
      ['etykieta zwrotna już nie jest potrzebna', ['other']],
      ['nie jest uszkodzone, chcę tylko wiedzieć jak to złożyć', ['other']],
    ],
  },
  sv: {
    core: {
      'not-received': ['jag är rädd att paketet har kommit bort, det borde ha varit här för länge sen', 'budet måste ha lämnat det någon annanstans, här finns det inte', 'fortfarnde inget paket, 3 veckor nu'],
      'where-is-my-order': ['kan ni säga ungefär när den borde komma?', 'något nytt om leveransen? så jag vet när jag ska vara hemma', 'vart tog min order vägen, när kommer den'],
      'address-change': ['förlåt, jag angav min gamla adress, kan den skickas till den nya?'],
      cancel: ['jag vill helst inte gå vidare med köpet om det går'],
      return: ['den är inte riktigt vad jag väntade mig, går det att skicka tillbaka den?'],
      damaged: ['tyvärr kom den med ett helt intryckt hörn'],
    },
    neg: [
      ['ni behöver inte skicka en ny, grannen hade den', ['other']],
      ['jag returnerar den inte ändå, min fru gillar den', ['other']],
      ['strunta i min begäran om avbokning, jag vill ha den', ['other']],
      ['jag behöver inte returetiketten längre', ['other']],
      ['den är inte skadad, jag undrar bara hur man monterar den', ['other']],
    ],
  },
  tr: {
    core: {
      'not-received': ['korkarım paket kayboldu, çoktan gelmiş olması lazımdı', 'kurye başka bir yere bırakmış olmalı, burada yok', 'hala gelmedi 3 hafta oldu ya'],
      'where-is-my-order': ['aşağı yukarı ne zaman gelir söyleyebilir misiniz?', 'kargoyla ilgili bir gelişme var mı? evde olmam gereken günü bilmek için', 'siparişim nerde kaldı'],
      'address-change': ['kusura bakmayın, eski adresimi yazmışım, yenisine gönderilebilir mi?'],
      cancel: ['mümkünse alışverişten vazgeçmek istiyorum'],
      return: ['tam beklediğim gibi değil, geri göndermem mümkün mü?'],
      damaged: ['maalesef köşesi tamamen ezik geldi'],
    },
    neg: [
      ['yenisini göndermenize gerek yok, komşudaymış', ['other']],
      ['iade etmeyeceğim, eşim beğendi', ['other']],
      ['iptal talebimi dikkate almayın, hâlâ istiyorum', ['other']],
      ['iade etiketine artık gerek yok', ['other']],
      ['hasarlı değil, sadece nasıl kurulduğunu soruyorum', ['other']],
    ],
  },
  ar: {
    core: {
      'not-received': ['أخشى أن الطرد ضاع، كان لازم يوصل من زمان', 'المندوب أكيد تركه في مكان ثاني لأنه مو عندي', 'لسا ما وصل وصار له ٣ أسابيع'],
      'where-is-my-order': ['ممكن تقولون لي تقريباً متى يوصل؟', 'في أي جديد عن التوصيل؟ عشان أعرف متى أكون في البيت', 'وين صار طلبي'],
      'address-change': ['آسف، كتبت عنواني القديم، ممكن ترسلونه للعنوان الجديد؟'],
      cancel: ['أفضل ما أكمل الطلب إذا ممكن'],
      return: ['مو مثل ما توقعت، ممكن أرجعه؟'],
      damaged: ['للأسف وصل والزاوية كلها مضغوطة'],
    },
    neg: [
      ['ما يحتاج ترسلون بديل، كان عند الجيران', ['other']],
      ['ما راح أرجعه، زوجتي عجبها', ['other']],
      ['تجاهلوا طلب الإلغاء، لسه أبيه', ['other']],
      ['ما عدت أحتاج ملصق الإرجاع', ['other']],
      ['مو تالف، بس أبي أعرف كيف أركبه', ['other']],
    ],
  },
  ja: {
    core: {
      'not-received': ['荷物が行方不明になっているのではと心配です。とっくに届いているはずなのですが', '配達員さんが別の場所に置いたのかもしれません、うちにはありません', 'まだこない、もう3週間'],
      'where-is-my-order': ['だいたいいつ頃届きそうか教えていただけますか', '配送について何か進展はありますか？家にいる日を決めたいので', '荷物どうなってますか'],
      'address-change': ['すみません、旧住所を入力してしまいました。新住所に送ってもらえますか'],
      cancel: ['できれば今回の購入は見送りたいのですが'],
      return: ['思っていたものと少し違ったので、送り返すことはできますか'],
      damaged: ['残念ながら角が完全につぶれた状態で届きました'],
    },
    neg: [
      ['代わりの発送は不要です。隣の家にありました', ['other']],
      ['やっぱり返品はしません。妻が気に入ったので', ['other']],
      ['キャンセルの依頼は無視してください。まだ欲しいです', ['other']],
      ['返品ラベルはもう要りません', ['other']],
      ['破損はしていません。組み立て方を知りたいだけです', ['other']],
    ],
  },
  zh: {
    core: {
      'not-received': ['恐怕包裹丢了，早就该到了', '快递员可能放错地方了，我这里没有', '还没到啊，都三个星期了'],
      'where-is-my-order': ['能告诉我大概什么时候到吗', '物流有什么新消息吗？想知道哪天在家等', '我的快递到底到哪了'],
      'address-change': ['不好意思，我填了旧地址，能寄到新地址吗'],
      cancel: ['如果可以的话，这单我不想要了'],
      return: ['和我想的不太一样，可以寄回去吗'],
      damaged: ['很遗憾，到的时候一个角完全压坏了'],
    },
    neg: [
      ['不用补发了，在邻居家', ['other']],
      ['最后还是不退了，我老婆喜欢', ['other']],
      ['请忽略我的取消申请，我还是要的', ['other']],
      ['退货标签不需要了', ['other']],
      ['没有损坏，只是想问怎么安装', ['other']],
    ],
  },
};
