// Brazilian Portuguese buyer replies (você, as amazon.com.br addresses its customers). Same facts and limits as the
// English wording: nothing invented, no refund or reship promised for a protected order (BS-CLAIMS-PROTECTED),
// nothing outside Amazon (MSG-PROHIBITED, OFF-AMAZON). The A-to-z Guarantee is "Garantia de A a Z" there.
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences(' ', ...p);
const ORDERS = '“Seus pedidos” na Amazon';
const CANCEL = '“Solicitar cancelamento”';

function thanks(f: BuyerFacts): string {
  return `Agradecemos sua mensagem sobre o pedido ${f.orderId}.`;
}

function via(f: BuyerFacts): string {
  if (f.carrier && f.trackingId) return ` via ${f.carrier} (código de rastreamento ${f.trackingId})`;
  if (f.carrier) return ` via ${f.carrier}`;
  if (f.trackingId) return ` (código de rastreamento ${f.trackingId})`;
  return '';
}

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return 'Este pedido foi cancelado.';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `De acordo com as informações de rastreamento, seu pedido foi entregue em ${f.deliveredAt}.`
      : 'De acordo com as informações de rastreamento, seu pedido já foi entregue.';
  }
  const arrival = f.deliverBy && `A previsão de entrega é até ${f.deliverBy}.`;
  if (f.shippedAt) return s(`Seu pedido foi enviado em ${f.shippedAt}${via(f)}.`, arrival);
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`Seu pedido já foi enviado${via(f)}.`, arrival);
  if (f.status === 'unshipped' && f.shipBy) return `Seu pedido será enviado até ${f.shipBy}.`;
  return null;
}

export const pt: BuyerWording = {
  greeting: 'Olá,',
  signOff: (sig) => (sig ? `Atenciosamente,\n${sig}` : 'Atenciosamente'),
  templates: {
    'dont-ship-pending': (f) => [
      `Agradecemos seu pedido ${f.orderId}.`,
      'A Amazon ainda está verificando este pedido, e só podemos enviá-lo depois que a Amazon concluir a verificação. Vamos preparar o envio assim que isso acontecer.',
      'Se você tiver alguma dúvida sobre a verificação ou sobre o pagamento, entre em contato com o Atendimento ao Cliente da Amazon, pois somente a Amazon pode consultar e resolver essa questão.',
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `Seu pedido será enviado até ${f.shipBy}.` : 'Seu pedido será enviado dentro do prazo de manuseio informado na Amazon.',
        f.deliverBy && `A previsão de entrega é até ${f.deliverBy}.`),
      `Depois do envio, você poderá acompanhar a entrega em ${ORDERS}.`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `Lamentamos não ter conseguido enviar seu pedido ${f.orderId} a tempo.`,
      'Por isso, o pedido foi cancelado, e você não será cobrado por ele.',
      'Pedimos desculpas pelo transtorno.',
    ] : [
      s(`Lamentamos que seu pedido ${f.orderId} ainda não tenha sido enviado.`, f.shipBy && `Ele deveria ter sido enviado até ${f.shipBy}.`),
      `Já estamos cuidando disso e, depois do envio, você poderá acompanhar a entrega em ${ORDERS}.`,
      `Se preferir não esperar, escolha ${CANCEL} para este pedido em “Seus pedidos” ou responda a esta mensagem, e nós cancelaremos o pedido.`,
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `Seu pedido foi cancelado conforme sua solicitação. Você pode ver o cancelamento em ${ORDERS}.`]
      : [thanks(f), `Para cancelá-lo, abra o pedido em ${ORDERS} e escolha ${CANCEL}. Assim que sua solicitação chegar até nós, cancelaremos o pedido.`],
    'cancel-and-reorder': (f) => [
      `Agradecemos por nos informar o novo endereço de entrega do pedido ${f.orderId}.`,
      'Só podemos enviar para o endereço que consta no pedido da Amazon e não conseguimos alterá-lo por conta própria.',
      `Se quiser receber o item no novo endereço, cancele este pedido (${CANCEL} em ${ORDERS}) e faça um novo pedido com o endereço novo. Cancelaremos este pedido assim que sua solicitação chegar até nós.`,
    ],
    'carrier-intercept': (f) => [
      `Agradecemos por nos informar o novo endereço de entrega do pedido ${f.orderId}.`,
      `Seu pedido já foi enviado${via(f)}, por isso o endereço do pedido não pode mais ser alterado.`,
      `Vamos perguntar à transportadora${f.carrier ? ` (${f.carrier})` : ''} se é possível redirecionar o pacote para o novo endereço e informaremos o resultado a você. Não podemos garantir, porém, que o redirecionamento seja possível.`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `Você pode acompanhar a entrega a qualquer momento em ${ORDERS}.`,
    ],
    'direct-to-a-to-z': (f) => [
      `Lamentamos muito que você não tenha recebido seu pedido ${f.orderId}.`,
      f.status === 'delivered' || f.deliveredAt
        ? `De acordo com o rastreamento${f.carrier ? ` da transportadora ${f.carrier}` : ''}${f.trackingId ? ` (código de rastreamento ${f.trackingId})` : ''}, o pacote foi entregue${f.deliveredAt ? ` em ${f.deliveredAt}` : ''}.`
        : f.shippedAt ? `Seu pedido foi enviado em ${f.shippedAt}${via(f)}, e o rastreamento ainda não mostra a entrega.`
          : f.trackingId ? `O código de rastreamento é ${f.trackingId}.` : null,
      'Por favor, verifique os arredores da sua casa, como a caixa de correio, a portaria ou outro local seguro, e pergunte aos seus vizinhos ou a quem possa ter recebido o pacote por você.',
      `Se ainda assim não o encontrar, abra uma reivindicação da Garantia de A a Z da Amazon pela página do pedido em ${ORDERS}. A Amazon analisará o caso e o resolverá com você.`,
    ],
    'refund-or-reship': (f) => [
      `Lamentamos muito que seu pedido ${f.orderId} não tenha chegado${f.deliverBy ? ` até a data de entrega prevista (${f.deliverBy})` : ''}.`,
      'Queremos resolver isso: podemos enviar um item substituto ou reembolsar o valor total do pedido, como você preferir.',
      'Por favor, responda a esta mensagem para nos informar sua escolha.',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `Agradecemos sua solicitação de devolução do pedido ${f.orderId}.`,
      `O prazo de devolução deste pedido terminou em ${f.returnWindowEnded}. Estamos analisando sua solicitação e em breve informaremos o que podemos oferecer.`,
    ] : [
      `Agradecemos sua solicitação de devolução do pedido ${f.orderId}.`,
      `Autorizamos a devolução. Siga as instruções de devolução em ${ORDERS}.`,
      'Assim que o item chegar até nós, processaremos seu reembolso sem demora.',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `Recebemos sua devolução do pedido ${f.orderId} em ${f.returnReceivedAt}.` : `Recebemos sua devolução do pedido ${f.orderId}.`,
      s(f.refundedAt ? `Seu reembolso foi emitido em ${f.refundedAt}.` : 'Estamos emitindo seu reembolso agora.',
        'Dependendo da forma de pagamento, pode levar alguns dias até que ele apareça na sua conta.'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      'Estamos verificando sua pergunta e retornaremos em breve.',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      'Pelas regras da Amazon, só podemos nos comunicar com você e receber pagamentos pela Amazon, por isso não podemos usar nenhum outro meio.',
      'Teremos prazer em ajudar com qualquer questão sobre seu pedido aqui mesmo, pelas mensagens da Amazon.',
    ],
  },
};
