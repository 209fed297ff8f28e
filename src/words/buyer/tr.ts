// Turkish buyer replies (siz, as amazon.com.tr addresses its customers). Same facts and limits as the English
// wording: nothing invented, no refund or reship promised for a protected order (BS-CLAIMS-PROTECTED), nothing
// outside Amazon (MSG-PROHIBITED, OFF-AMAZON). The A-to-z Guarantee is "A’dan Z’ye Garanti" there. Names such as
// the carrier are never given a case suffix (its vowel harmony depends on how the name is read): a noun follows them.
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences(' ', ...p);
const FROM_ORDERS = 'Amazon’daki “Siparişlerim” sayfasından';
const IN_ORDERS = 'Amazon’daki “Siparişlerim” sayfasında';

function thanks(f: BuyerFacts): string {
  return `${f.orderId} numaralı siparişinizle ilgili mesajınız için teşekkür ederiz.`;
}

function via(f: BuyerFacts): string {
  if (f.carrier && f.trackingId) return ` ${f.carrier} kargo firmasıyla (takip numarası: ${f.trackingId})`;
  if (f.carrier) return ` ${f.carrier} kargo firmasıyla`;
  if (f.trackingId) return ` (takip numarası: ${f.trackingId})`;
  return '';
}

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return 'Bu sipariş iptal edilmiştir.';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `Kargo takip bilgilerine göre siparişiniz ${f.deliveredAt} tarihinde teslim edilmiştir.`
      : 'Kargo takip bilgilerine göre siparişiniz teslim edilmiştir.';
  }
  const arrival = f.deliverBy && `Siparişinizin en geç ${f.deliverBy} tarihinde size ulaşması beklenmektedir.`;
  if (f.shippedAt) return s(`Siparişiniz ${f.shippedAt} tarihinde${via(f)} kargoya verildi.`, arrival);
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`Siparişiniz${via(f)} kargoya verildi.`, arrival);
  if (f.status === 'unshipped' && f.shipBy) return `Siparişiniz en geç ${f.shipBy} tarihinde kargoya verilecektir.`;
  return null;
}

export const tr: BuyerWording = {
  greeting: 'Merhaba,',
  signOff: (sig) => (sig ? `Saygılarımızla\n${sig}` : 'Saygılarımızla'),
  templates: {
    'dont-ship-pending': (f) => [
      `${f.orderId} numaralı siparişiniz için teşekkür ederiz.`,
      'Amazon bu siparişi hâlâ doğrulamaktadır. Siparişi ancak Amazon doğrulamayı tamamladıktan sonra kargoya verebiliriz; doğrulama tamamlanır tamamlanmaz siparişinizi gönderime hazırlayacağız.',
      'Doğrulama veya ödemenizle ilgili sorularınız varsa lütfen Amazon Müşteri Hizmetleri ile iletişime geçin; bu konuyu yalnızca Amazon görüntüleyip çözebilir.',
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `Siparişiniz en geç ${f.shipBy} tarihinde kargoya verilecektir.` : 'Siparişiniz, Amazon’da belirtilen hazırlık süresi içinde kargoya verilecektir.',
        f.deliverBy && `Siparişinizin en geç ${f.deliverBy} tarihinde size ulaşması beklenmektedir.`),
      `Kargoya verildikten sonra gönderinizi ${FROM_ORDERS} takip edebilirsiniz.`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `${f.orderId} numaralı siparişinizi zamanında kargoya veremediğimiz için özür dileriz.`,
      'Bu nedenle sipariş iptal edilmiştir ve sizden herhangi bir ücret alınmayacaktır.',
      'Yaşanan aksaklık için tekrar özür dileriz.',
    ] : [
      s(`${f.orderId} numaralı siparişiniz henüz kargoya verilmediği için özür dileriz.`, f.shipBy && `Siparişinizin en geç ${f.shipBy} tarihinde kargoya verilmesi gerekiyordu.`),
      `Siparişiniz üzerinde çalışıyoruz; kargoya verildikten sonra gönderinizi ${FROM_ORDERS} takip edebilirsiniz.`,
      `Beklemek istemezseniz lütfen ${FROM_ORDERS} bu sipariş için iptal talebinde bulunun veya bu mesajı yanıtlayın; siparişi iptal edeceğiz.`,
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `Siparişiniz talebiniz üzerine iptal edilmiştir. İptali ${IN_ORDERS} da görebilirsiniz.`]
      : [thanks(f), `Siparişi iptal etmek için lütfen siparişi ${FROM_ORDERS} açın ve iptal talebinde bulunun. Talebiniz bize ulaşır ulaşmaz siparişi iptal edeceğiz.`],
    'cancel-and-reorder': (f) => [
      `${f.orderId} numaralı siparişinizin yeni teslimat adresini bize bildirdiğiniz için teşekkür ederiz.`,
      'Yalnızca Amazon siparişinde kayıtlı adrese gönderim yapabiliyoruz ve bu adresi kendimiz değiştiremiyoruz.',
      `Ürünün yeni adrese gönderilmesini istiyorsanız lütfen bu siparişi iptal edin (${FROM_ORDERS} iptal talebinde bulunarak) ve yeni adresle yeni bir sipariş verin. Talebiniz bize ulaşır ulaşmaz bu siparişi iptal edeceğiz.`,
    ],
    'carrier-intercept': (f) => [
      `${f.orderId} numaralı siparişinizin yeni teslimat adresini bize bildirdiğiniz için teşekkür ederiz.`,
      `Siparişiniz${via(f)} zaten kargoya verildiği için siparişteki adres artık değiştirilemez.`,
      `Gönderinin yeni adrese yönlendirilip yönlendirilemeyeceğini ${f.carrier ? `${f.carrier} kargo firmasına` : 'kargo firmasına'} soracak ve sonucu size bildireceğiz. Yönlendirmenin mümkün olacağını garanti edemeyeceğimizi lütfen göz önünde bulundurun.`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `Gönderinizi istediğiniz zaman ${FROM_ORDERS} takip edebilirsiniz.`,
    ],
    'direct-to-a-to-z': (f) => [
      `${f.orderId} numaralı siparişinizi teslim almadığınızı öğrendiğimiz için üzgünüz.`,
      f.status === 'delivered' || f.deliveredAt
        ? `Kargo takip bilgilerine göre${f.carrier ? ` ${f.carrier} kargo firmasıyla gönderilen` : ''} paket${f.trackingId ? ` (takip numarası: ${f.trackingId})` : ''}${f.deliveredAt ? ` ${f.deliveredAt} tarihinde` : ''} teslim edilmiştir.`
        : f.shippedAt ? `Siparişiniz ${f.shippedAt} tarihinde${via(f)} kargoya verildi ve kargo takip bilgilerinde henüz teslim edilmiş olarak görünmüyor.`
          : f.trackingId ? `Gönderinin takip numarası: ${f.trackingId}.` : null,
      'Lütfen evinizin çevresini, örneğin posta kutunuzu, kapı önünü veya başka bir güvenli yeri kontrol edin ve paketi sizin adınıza teslim almış olabilecek komşularınıza ya da başka kişilere sorun.',
      `Paketi yine de bulamazsanız lütfen siparişi ${FROM_ORDERS} açarak Amazon A’dan Z’ye Garanti kapsamında talepte bulunun. Amazon durumu inceleyip sizinle birlikte çözecektir.`,
    ],
    'refund-or-reship': (f) => [
      `${f.orderId} numaralı siparişinizin${f.deliverBy ? ` tahmini teslim tarihi olan ${f.deliverBy} itibarıyla` : ''} size ulaşmamış olmasından dolayı çok üzgünüz.`,
      'Bu durumu düzeltmek istiyoruz: Size yenisini gönderebilir veya sipariş tutarının tamamını iade edebiliriz; hangisini tercih ederseniz.',
      'Lütfen tercihinizi bu mesajı yanıtlayarak bize bildirin.',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `${f.orderId} numaralı siparişe ait iade talebiniz için teşekkür ederiz.`,
      `Bu siparişin iade süresi ${f.returnWindowEnded} tarihinde sona erdi. Talebinizi inceliyoruz ve size neler sunabileceğimizi kısa süre içinde bildireceğiz.`,
    ] : [
      `${f.orderId} numaralı siparişe ait iade talebiniz için teşekkür ederiz.`,
      `İadeyi onayladık. Lütfen ${IN_ORDERS} yer alan iade talimatlarını izleyin.`,
      'Ürün bize ulaşır ulaşmaz para iadenizi hemen işleme alacağız.',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `${f.orderId} numaralı siparişe ait iadeniz ${f.returnReceivedAt} tarihinde bize ulaştı.`
        : `${f.orderId} numaralı siparişe ait iadeniz bize ulaştı.`,
      s(f.refundedAt ? `Para iadeniz ${f.refundedAt} tarihinde yapıldı.` : 'Para iadenizi şimdi gerçekleştiriyoruz.',
        'Ödeme yönteminize bağlı olarak tutarın hesabınıza yansıması birkaç gün sürebilir.'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      'Sorunuzu inceliyoruz ve kısa süre içinde size dönüş yapacağız.',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      'Amazon kuralları gereği sizinle yalnızca Amazon üzerinden iletişim kurabilir ve ödemeyi yalnızca Amazon üzerinden kabul edebiliriz; bu nedenle başka bir yol kullanamıyoruz.',
      'Siparişinizle ilgili her konuda burada, Amazon mesajları üzerinden size memnuniyetle yardımcı oluruz.',
    ],
  },
};
