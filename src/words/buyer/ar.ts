// Arabic buyer replies (Modern Standard Arabic, as amazon.sa and amazon.eg write to customers). Same facts and limits
// as the English wording: nothing invented, no refund or reship promised for a protected order (BS-CLAIMS-PROTECTED),
// nothing outside Amazon (MSG-PROHIBITED, OFF-AMAZON). The buyer's gender is unknown, so sentences use forms that read
// the same for either (يُرجى with a verbal noun, unvowelled pronouns) rather than a masculine imperative. Latin ids
// and names are isolated so they keep their shape inside right-to-left text.
import { isolate as u } from './bidi.ts';
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences(' ', ...p);
const ORDERS = 'صفحة «طلباتك» على أمازون';
const CANCEL = '«طلب الإلغاء»';

const order = (f: BuyerFacts): string => `الطلب رقم ${u(f.orderId)}`;

function thanks(f: BuyerFacts): string {
  return `شكرًا لتواصلك معنا بشأن ${order(f)}.`;
}

function via(f: BuyerFacts): string {
  if (f.carrier && f.trackingId) return ` عبر ${u(f.carrier)} (رقم التتبع ${u(f.trackingId)})`;
  if (f.carrier) return ` عبر ${u(f.carrier)}`;
  if (f.trackingId) return ` (رقم التتبع ${u(f.trackingId)})`;
  return '';
}

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return 'تم إلغاء هذا الطلب.';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `وفقًا لمعلومات التتبع، تم توصيل طلبك في ${f.deliveredAt}.`
      : 'وفقًا لمعلومات التتبع، تم توصيل طلبك.';
  }
  const arrival = f.deliverBy && `ومن المتوقع أن يصلك في موعد أقصاه ${f.deliverBy}.`;
  if (f.shippedAt) return s(`تم شحن طلبك في ${f.shippedAt}${via(f)}.`, arrival);
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`تم شحن طلبك${via(f)}.`, arrival);
  if (f.status === 'unshipped' && f.shipBy) return `سيتم شحن طلبك في موعد أقصاه ${f.shipBy}.`;
  return null;
}

export const ar: BuyerWording = {
  greeting: 'مرحبًا،',
  signOff: (sig) => (sig ? `مع أطيب التحيات،\n${sig}` : 'مع أطيب التحيات'),
  templates: {
    'dont-ship-pending': (f) => [
      `شكرًا لطلبك رقم ${u(f.orderId)}.`,
      'لا تزال أمازون تتحقق من هذا الطلب، ولا يمكننا شحنه إلا بعد أن تُكمل أمازون عملية التحقق. وسنجهّز طلبك للشحن فور الانتهاء من ذلك.',
      'إذا كانت لديك أي أسئلة حول عملية التحقق أو الدفع، يُرجى التواصل مع خدمة عملاء أمازون، إذ إن أمازون وحدها تستطيع الاطلاع على ذلك وحله.',
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `سيتم شحن طلبك في موعد أقصاه ${f.shipBy}.` : 'سيتم شحن طلبك خلال مدة التجهيز الموضحة على أمازون.',
        f.deliverBy && `ومن المتوقع أن يصلك في موعد أقصاه ${f.deliverBy}.`),
      `وبعد شحنه، يمكنك متابعة الشحنة من ${ORDERS}.`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `نعتذر لعدم تمكننا من شحن ${order(f)} في الوقت المحدد.`,
      'لذلك تم إلغاء الطلب، ولن يتم تحصيل أي مبلغ منك مقابله.',
      'نعتذر عن أي إزعاج.',
    ] : [
      s(`نعتذر لأن ${order(f)} لم يُشحن بعد.`, f.shipBy && `كان من المفترض شحنه في موعد أقصاه ${f.shipBy}.`),
      `نحن نعمل على ذلك، وبعد شحنه يمكنك متابعة الشحنة من ${ORDERS}.`,
      `إن لم يناسبك الانتظار، يُرجى اختيار ${CANCEL} لهذا الطلب من ${ORDERS} أو الرد على هذه الرسالة، وسنقوم بإلغاء الطلب.`,
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `تم إلغاء طلبك بناءً على رغبتك، ويمكنك الاطلاع على الإلغاء في ${ORDERS}.`]
      : [thanks(f), `لإلغائه، يُرجى فتح الطلب من ${ORDERS} واختيار ${CANCEL}. وسنقوم بالإلغاء فور وصول طلب الإلغاء إلينا.`],
    'cancel-and-reorder': (f) => [
      `شكرًا لإبلاغنا بعنوان التوصيل الجديد للطلب رقم ${u(f.orderId)}.`,
      'لا يمكننا الشحن إلا إلى العنوان المسجل في طلب أمازون، ولا نستطيع تغييره بأنفسنا.',
      `إذا أردت استلام المنتج على العنوان الجديد، يُرجى إلغاء هذا الطلب (${CANCEL} من ${ORDERS}) وتقديم طلب جديد بالعنوان الجديد. وسنلغي هذا الطلب فور وصول طلب الإلغاء إلينا.`,
    ],
    'carrier-intercept': (f) => [
      `شكرًا لإبلاغنا بعنوان التوصيل الجديد للطلب رقم ${u(f.orderId)}.`,
      `تم شحن طلبك بالفعل${via(f)}، لذا لم يعد من الممكن تغيير العنوان في الطلب.`,
      `سنسأل ${f.carrier ? `شركة الشحن ${u(f.carrier)}` : 'شركة الشحن'} عمّا إذا كان من الممكن تحويل الشحنة إلى العنوان الجديد، وسنبلغك بالنتيجة. يُرجى العلم بأننا لا نستطيع ضمان إمكانية التحويل.`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `يمكنك متابعة الشحنة في أي وقت من ${ORDERS}.`,
    ],
    'direct-to-a-to-z': (f) => [
      `يؤسفنا عدم استلامك ${order(f)}.`,
      f.status === 'delivered' || f.deliveredAt
        ? `تُظهر معلومات التتبع${f.carrier ? ` لدى ${u(f.carrier)}` : ''}${f.trackingId ? ` (رقم التتبع ${u(f.trackingId)})` : ''} أن الشحنة تم توصيلها${f.deliveredAt ? ` في ${f.deliveredAt}` : ''}.`
        : f.shippedAt ? `تم شحن طلبك في ${f.shippedAt}${via(f)}، ولا تُظهر معلومات التتبع أنه تم توصيله بعد.`
          : f.trackingId ? `رقم التتبع هو ${u(f.trackingId)}.` : null,
      'يُرجى البحث حول المنزل، مثل صندوق البريد أو المدخل أو أي مكان آمن آخر، وسؤال الجيران أو أي شخص ربما استلم الشحنة نيابةً عنك.',
      `وإذا تعذّر العثور عليها بعد ذلك، يُرجى تقديم مطالبة بموجب ضمان أمازون من الألف إلى الياء من خلال الطلب في ${ORDERS}. وستراجع أمازون الحالة وتحلها معك.`,
    ],
    'refund-or-reship': (f) => [
      `نأسف جدًا لعدم وصول ${order(f)} إليك${f.deliverBy ? ` بحلول تاريخ التوصيل المتوقع (${f.deliverBy})` : ''}.`,
      'نودّ تصحيح ذلك: يمكننا إرسال منتج بديل أو رد المبلغ الكامل للطلب، حسب اختيارك.',
      'يُرجى الرد على هذه الرسالة لإبلاغنا باختيارك.',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `شكرًا لطلب الإرجاع الخاص بالطلب رقم ${u(f.orderId)}.`,
      `انتهت مهلة الإرجاع لهذا الطلب في ${f.returnWindowEnded}. نحن نراجع طلبك وسنبلغك قريبًا بما يمكننا تقديمه.`,
    ] : [
      `شكرًا لطلب الإرجاع الخاص بالطلب رقم ${u(f.orderId)}.`,
      `لقد وافقنا على الإرجاع. يُرجى اتباع تعليمات الإرجاع الموجودة في ${ORDERS}.`,
      'وسنعالج استرداد المبلغ فور وصول المنتج إلينا.',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `استلمنا المنتج المرتجع من ${order(f)} في ${f.returnReceivedAt}.` : `استلمنا المنتج المرتجع من ${order(f)}.`,
      s(f.refundedAt ? `تم إصدار المبلغ المسترد في ${f.refundedAt}.` : 'نقوم الآن بإصدار المبلغ المسترد.',
        'وقد يستغرق ظهوره في حسابك بضعة أيام حسب طريقة الدفع.'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      'نحن نراجع استفسارك وسنعود إليك قريبًا.',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      'وفقًا لسياسات أمازون، لا يمكننا التواصل معك وقبول الدفع إلا عبر أمازون، لذا لا يمكننا استخدام أي وسيلة أخرى.',
      'يسعدنا مساعدتك في أي أمر يخص طلبك هنا مباشرةً عبر رسائل أمازون.',
    ],
  },
};
