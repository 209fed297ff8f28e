// Chinese (simplified) buyer replies, polite 您. Same facts and limits as the English wording: nothing invented,
// no refund or reship promised for a protected order (BS-CLAIMS-PROTECTED), nothing outside Amazon
// (MSG-PROHIBITED, OFF-AMAZON). The A-to-z Guarantee is "亚马逊商城交易保障" in Amazon's Chinese pages.
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences('', ...p);
const ORDERS = '亚马逊的“您的订单”';

function thanks(f: BuyerFacts): string {
  return `感谢您就订单 ${f.orderId} 与我们联系。`;
}

const by = (f: BuyerFacts): string => (f.carrier ? `通过 ${f.carrier} ` : '');
const trackingNo = (f: BuyerFacts): string | null => f.trackingId && `追踪编号为 ${f.trackingId}。`;
const arrival = (f: BuyerFacts): string | null => f.deliverBy && `预计最晚将于${f.deliverBy}送达。`;

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return '该订单已取消。';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `根据物流信息，您的订单已于${f.deliveredAt}送达。` : '根据物流信息，您的订单已送达。';
  }
  if (f.shippedAt) return s(`您的订单已于${f.shippedAt}${by(f)}发货。`, trackingNo(f), arrival(f));
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`您的订单已${by(f)}发货。`, trackingNo(f), arrival(f));
  if (f.status === 'unshipped' && f.shipBy) return `您的订单将于${f.shipBy}前发货。`;
  return null;
}

export const zh: BuyerWording = {
  greeting: '您好！',
  signOff: (sig) => (sig ? `祝好！\n${sig}` : '祝好！'),
  templates: {
    'dont-ship-pending': (f) => [
      `感谢您的订购（订单号：${f.orderId}）。`,
      '亚马逊目前仍在核实这笔订单，核实完成之前我们无法发货。核实完成后，我们会立即为您安排发货。',
      '如您对核实流程或付款有任何疑问，请联系亚马逊客服，因为只有亚马逊能够查看并处理此事。',
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `您的订单将于${f.shipBy}前发货。` : '您的订单将在亚马逊页面显示的处理时间内发货。', arrival(f)),
      `发货后，您可以在${ORDERS}中查看物流状态。`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `非常抱歉，我们未能按时发出您的订单 ${f.orderId}。`,
      '因此该订单将被取消，您无需为此付款。',
      '给您带来不便，敬请谅解。',
    ] : [
      s(`非常抱歉，您的订单 ${f.orderId} 尚未发货。`, f.shipBy && `该订单原应于${f.shipBy}前发货。`),
      `我们正在尽快处理，发货后您可以在${ORDERS}中查看物流状态。`,
      '如您不想继续等待，请在“您的订单”中为该订单申请取消，或直接回复此消息，我们将为您取消订单。',
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `您的订单已按您的要求取消，您可以在${ORDERS}中查看取消状态。`]
      : [thanks(f), `如需取消，请在${ORDERS}中打开该订单并申请取消。我们收到您的申请后，会立即取消订单。`],
    'cancel-and-reorder': (f) => [
      `感谢您告知订单 ${f.orderId} 的新收货地址。`,
      '我们只能按照亚马逊订单中的地址发货，也无法自行修改该地址。',
      `如您希望将商品寄送至新地址，请在${ORDERS}中为该订单申请取消，然后使用新地址重新下单。我们收到取消申请后，会立即取消此订单。`,
    ],
    'carrier-intercept': (f) => [
      `感谢您告知订单 ${f.orderId} 的新收货地址。`,
      s(`您的订单已${by(f)}发货，因此无法再修改订单中的地址。`, trackingNo(f)),
      `我们会向${f.carrier ? ` ${f.carrier} ` : '承运商'}询问能否将包裹改寄至新地址，并将结果告知您。请您理解，我们无法保证一定能够改寄。`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `您可以随时在${ORDERS}中查看包裹的物流状态。`,
    ],
    'direct-to-a-to-z': (f) => [
      `很抱歉得知您尚未收到订单 ${f.orderId} 的商品。`,
      f.status === 'delivered' || f.deliveredAt
        ? `${f.carrier ? `${f.carrier} 的` : ''}物流信息${f.trackingId ? `（追踪编号：${f.trackingId}）` : ''}显示，包裹已${f.deliveredAt ? `于${f.deliveredAt}` : ''}送达。`
        : f.shippedAt ? s(`您的订单已于${f.shippedAt}${by(f)}发货，物流信息尚未显示送达。`, trackingNo(f))
          : trackingNo(f),
      '请您在住所周围查看一下，例如信箱、门口或其他安全的存放位置，并询问邻居或可能代您签收包裹的人。',
      `如果仍然找不到，请在${ORDERS}中对应订单的页面提交亚马逊商城交易保障索赔。亚马逊将核实情况并为您解决。`,
    ],
    'refund-or-reship': (f) => [
      f.deliverBy ? `非常抱歉，您的订单 ${f.orderId} 未能在预计送达日期（${f.deliverBy}）前送达。` : `非常抱歉，您的订单 ${f.orderId} 尚未送达。`,
      '我们希望妥善解决此问题：可以为您补发商品，或全额退款，由您选择。',
      '请回复此消息，告诉我们您的选择。',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `感谢您为订单 ${f.orderId} 提交退货申请。`,
      `该订单的退货期限已于${f.returnWindowEnded}结束。我们正在查看您的申请，会尽快告知您我们可以提供的处理方式。`,
    ] : [
      `感谢您为订单 ${f.orderId} 提交退货申请。`,
      `我们已批准退货，请按照${ORDERS}中的退货说明寄回商品。`,
      '收到商品后，我们会尽快为您办理退款。',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `我们已于${f.returnReceivedAt}收到订单 ${f.orderId} 的退货。` : `我们已收到订单 ${f.orderId} 的退货。`,
      s(f.refundedAt ? `退款已于${f.refundedAt}发出。` : '我们正在为您办理退款。', '根据付款方式的不同，退款可能需要几天时间才能到账。'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      '我们正在核实您的问题，会尽快回复您。',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      '根据亚马逊的规定，我们只能通过亚马逊与您沟通并收取付款，因此无法使用其他方式。',
      '如您对订单有任何疑问，欢迎继续通过亚马逊消息与我们沟通，我们很乐意为您提供帮助。',
    ],
  },
};
