// Polish buyer replies (Państwo: the polite form that needs no guess at the buyer's gender). Same facts and limits
// as the English wording: nothing invented, no refund or reship promised for a protected order (BS-CLAIMS-PROTECTED),
// nothing outside Amazon (MSG-PROHIBITED, OFF-AMAZON). The A-to-z Guarantee is "Gwarancja od A do Z" on amazon.pl.
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences(' ', ...p);
const ORDERS = 'w sekcji „Zwroty i zamówienia” na Amazon';

function thanks(f: BuyerFacts): string {
  return `Dziękujemy za wiadomość dotyczącą zamówienia ${f.orderId}.`;
}

function via(f: BuyerFacts): string {
  if (f.carrier && f.trackingId) return ` przez ${f.carrier} (numer przesyłki ${f.trackingId})`;
  if (f.carrier) return ` przez ${f.carrier}`;
  if (f.trackingId) return ` (numer przesyłki ${f.trackingId})`;
  return '';
}

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return 'To zamówienie zostało anulowane.';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `Według informacji o śledzeniu przesyłki Państwa zamówienie zostało dostarczone dnia ${f.deliveredAt}.`
      : 'Według informacji o śledzeniu przesyłki Państwa zamówienie zostało dostarczone.';
  }
  const arrival = f.deliverBy && `Przewidywany termin dostawy to ${f.deliverBy}.`;
  if (f.shippedAt) return s(`Państwa zamówienie zostało wysłane dnia ${f.shippedAt}${via(f)}.`, arrival);
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`Państwa zamówienie zostało już wysłane${via(f)}.`, arrival);
  if (f.status === 'unshipped' && f.shipBy) return `Państwa zamówienie zostanie wysłane najpóźniej ${f.shipBy}.`;
  return null;
}

export const pl: BuyerWording = {
  greeting: 'Dzień dobry,',
  signOff: (sig) => (sig ? `Z poważaniem\n${sig}` : 'Z poważaniem'),
  templates: {
    'dont-ship-pending': (f) => [
      `Dziękujemy za złożenie zamówienia ${f.orderId}.`,
      'Amazon nadal weryfikuje to zamówienie. Możemy je wysłać dopiero po zakończeniu weryfikacji przez Amazon i przygotujemy wysyłkę, gdy tylko to nastąpi.',
      'W razie pytań dotyczących weryfikacji lub płatności prosimy o kontakt z Obsługą Klienta Amazon, ponieważ tylko Amazon może to sprawdzić i wyjaśnić.',
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `Państwa zamówienie zostanie wysłane najpóźniej ${f.shipBy}.` : 'Państwa zamówienie zostanie wysłane w czasie realizacji podanym na Amazon.',
        f.deliverBy && `Przewidywany termin dostawy to ${f.deliverBy}.`),
      `Po wysłaniu będą Państwo mogli śledzić przesyłkę ${ORDERS}.`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `Przepraszamy, że nie udało nam się wysłać Państwa zamówienia ${f.orderId} na czas.`,
      'Zamówienie zostało więc anulowane i nie zostaną Państwo za nie obciążeni.',
      'Przepraszamy za niedogodności.',
    ] : [
      s(`Przepraszamy, że Państwa zamówienie ${f.orderId} nie zostało jeszcze wysłane.`, f.shipBy && `Powinno zostać wysłane najpóźniej ${f.shipBy}.`),
      `Zajmujemy się tym, a po wysłaniu będą Państwo mogli śledzić przesyłkę ${ORDERS}.`,
      `Jeśli nie chcą Państwo dłużej czekać, prosimy wysłać prośbę o anulowanie tego zamówienia ${ORDERS} lub odpowiedzieć na tę wiadomość, a anulujemy zamówienie.`,
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `Zgodnie z Państwa prośbą zamówienie zostało anulowane. Anulowanie jest widoczne również ${ORDERS}.`]
      : [thanks(f), `Aby je anulować, prosimy otworzyć zamówienie ${ORDERS} i wysłać prośbę o anulowanie. Gdy tylko otrzymamy Państwa prośbę, anulujemy zamówienie.`],
    'cancel-and-reorder': (f) => [
      `Dziękujemy za informację o nowym adresie dostawy dla zamówienia ${f.orderId}.`,
      'Możemy wysłać przesyłkę wyłącznie na adres podany w zamówieniu Amazon i nie możemy go samodzielnie zmienić.',
      `Jeśli produkt ma zostać dostarczony na nowy adres, prosimy anulować to zamówienie (prośba o anulowanie ${ORDERS}) i złożyć nowe zamówienie z nowym adresem. Anulujemy to zamówienie, gdy tylko otrzymamy Państwa prośbę.`,
    ],
    'carrier-intercept': (f) => [
      `Dziękujemy za informację o nowym adresie dostawy dla zamówienia ${f.orderId}.`,
      `Państwa zamówienie zostało już wysłane${via(f)}, dlatego adresu w zamówieniu nie można już zmienić.`,
      `Zapytamy ${f.carrier ? `firmę ${f.carrier}` : 'przewoźnika'}, czy przesyłkę można przekierować na nowy adres, i poinformujemy Państwa o wyniku. Nie możemy jednak zagwarantować, że przekierowanie będzie możliwe.`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `Przesyłkę mogą Państwo śledzić w każdej chwili ${ORDERS}.`,
    ],
    'direct-to-a-to-z': (f) => [
      `Przykro nam, że nie otrzymali Państwo zamówienia ${f.orderId}.`,
      f.status === 'delivered' || f.deliveredAt
        ? `Według informacji o śledzeniu przesyłki${f.carrier ? ` w systemie ${f.carrier}` : ''}${f.trackingId ? ` (numer przesyłki ${f.trackingId})` : ''} paczka została dostarczona${f.deliveredAt ? ` dnia ${f.deliveredAt}` : ''}.`
        : f.shippedAt ? `Państwa zamówienie zostało wysłane dnia ${f.shippedAt}${via(f)}, a informacje o śledzeniu nie pokazują jeszcze doręczenia.`
          : f.trackingId ? `Numer przesyłki to ${f.trackingId}.` : null,
      'Prosimy sprawdzić okolice domu, np. skrzynkę pocztową, miejsce przy drzwiach lub inne bezpieczne miejsce, oraz zapytać sąsiadów lub inne osoby, które mogły odebrać paczkę w Państwa imieniu.',
      `Jeśli nadal nie będą Państwo mogli jej znaleźć, prosimy zgłosić roszczenie z tytułu Gwarancji od A do Z Amazon za pośrednictwem zamówienia ${ORDERS}. Amazon rozpatrzy sprawę i rozwiąże ją z Państwem.`,
    ],
    'refund-or-reship': (f) => [
      `Bardzo nam przykro, że Państwa zamówienie ${f.orderId} nie dotarło${f.deliverBy ? ` w przewidywanym terminie dostawy (${f.deliverBy})` : ''}.`,
      'Chcielibyśmy to naprawić: możemy wysłać Państwu produkt zastępczy lub zwrócić pełną kwotę zamówienia, zgodnie z Państwa wyborem.',
      'Prosimy o odpowiedź na tę wiadomość z informacją, co Państwo wybierają.',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `Dziękujemy za prośbę o zwrot dotyczącą zamówienia ${f.orderId}.`,
      `Termin zwrotu dla tego zamówienia upłynął ${f.returnWindowEnded}. Rozpatrujemy Państwa prośbę i wkrótce poinformujemy, co możemy zaproponować.`,
    ] : [
      `Dziękujemy za prośbę o zwrot dotyczącą zamówienia ${f.orderId}.`,
      `Zatwierdziliśmy zwrot. Prosimy postępować zgodnie z instrukcjami zwrotu dostępnymi ${ORDERS}.`,
      'Gdy tylko produkt do nas dotrze, niezwłocznie zwrócimy Państwu pieniądze.',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `Zwrócony produkt z zamówienia ${f.orderId} dotarł do nas dnia ${f.returnReceivedAt}.`
        : `Zwrócony produkt z zamówienia ${f.orderId} dotarł do nas.`,
      s(f.refundedAt ? `Zwrot pieniędzy został zlecony dnia ${f.refundedAt}.` : 'Właśnie zlecamy zwrot pieniędzy.',
        'W zależności od metody płatności może minąć kilka dni, zanim środki będą widoczne na Państwa koncie.'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      'Sprawdzamy Państwa pytanie i wkrótce odpowiemy.',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      'Zgodnie z zasadami Amazon możemy kontaktować się z Państwem i przyjmować płatności wyłącznie za pośrednictwem Amazon, dlatego nie możemy korzystać z innych kanałów.',
      'Chętnie pomożemy we wszystkich sprawach dotyczących zamówienia tutaj, w wiadomościach Amazon.',
    ],
  },
};
