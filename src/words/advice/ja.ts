// Japanese advice: every phrase of the registry (en.ts) in the words of Seller Central's Japanese pages (the A-to-z
// Guarantee is "Amazonマーケットプレイス保証" there, Buyer-Seller Messaging "マーケットプレイス・メッセージ管理",
// the tracking ID "お問い合わせ伝票番号"). Where the Japanese name of a button or badge is not known, Amazon's English
// term is kept in quotes. Sentences are not separated by spaces: the English leading spaces are dropped.
import type { PolicyRuleId, Window } from '../../rules/policy.ts';
import { sourceList, differPhrases, notePhrases } from './policy-words.ts';
import type { AdviceLanguage } from './types.ts';

const UNIT: Record<Window['unit'], string> = { 'hours': '時間', 'calendar-days': '日', 'business-days': '営業日' };

/** "24時間", "2営業日", "30日", "30分". */
export function span(w: Window): string {
  if (w.unit === 'hours' && w.amount < 1) return `${Math.round(w.amount * 60)}分`;
  return `${w.amount}${UNIT[w.unit]}`;
}

/** 0.04 -> "4%" */
export const pct = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

// Seller Central's names.
const AZ = 'Amazonマーケットプレイス保証申請';
const AZ_MENU = '「パフォーマンス」>「Amazonマーケットプレイス保証申請」';
const AZ_PAGE = '「Amazonマーケットプレイス保証申請」';
const CB_MENU = '「パフォーマンス」>「チャージバック」';
const ODR = '注文不良率（ODR）';
const BUY_SHIPPING = '配送ラベル購入サービス（Buy Shipping）';
const MESSAGING = 'マーケットプレイス・メッセージ管理';
const YOUR_ORDERS = '注文履歴';
const APPEAL_BUTTON = '「決定に異議を申し立てる」（Appeal decision）';
const OPTION_TO_APPEAL = '「異議申し立てのオプション」（Option to Appeal）';
const RESPOND_BUTTON = '「Amazonに回答」（Respond to Amazon）';
const BUYER_CANCELED = '「購入者によるキャンセル」（Buyer canceled）';
const NOT_RECEIVED = '「商品未着」';
const TRACKING_ID = 'お問い合わせ伝票番号';
const CUSTOMER_SERVICE = 'Amazonカスタマーサービス';

const BUSINESS_DAYS = '営業日は月曜日から金曜日で数えています。祝日は除外していません（祝日カレンダーは組み込まれていません）。そのため、表示される日付は最も早い場合の日付です。';

/** holidays.ts's names ("Name (YYYY-MM-DD)", joined by ", ") in Japanese. */
const HOLIDAYS: Record<string, string> = {
  "New Year's Day": '元日', 'Christmas Day': 'クリスマス', "Boxing Day / St Stephen's Day": 'ボクシング・デー',
  'Independence Day': '米国独立記念日', 'Canada Day': 'カナダ・デー', 'New Year holiday': '年始休み',
  'Australia Day': 'オーストラリア・デー', 'Thanksgiving': '感謝祭', 'Armistice': '第一次世界大戦休戦記念日',
  'Tag der Arbeit': 'メーデー', 'Fête du Travail': 'メーデー', 'Festa dei Lavoratori': 'メーデー', 'Día del Trabajador': 'メーデー',
  'Tag der Deutschen Einheit': 'ドイツ統一記念日', 'Fête nationale': 'フランス革命記念日',
  'Festa della Repubblica': 'イタリア共和国記念日', 'Fiesta Nacional': 'スペイン建国記念日',
};
const holidayNames = (list: string) => list.split(', ').map((h) => h.replace(/^(.+?) \((\d{4}-\d{2}-\d{2})\)$/u,
  (_m, name: string, date: string) => `${HOLIDAYS[name] ?? name}（${date}）`)).join('、');

const FACT_WORDS: Record<string, string> = {
  claimsProtected: 'ラベルが「Claims Protected」かどうか',
  deliverBy: 'お届け予定日の最終日',
  shipBy: '出荷予定日',
  status: '注文ステータス',
  firstScanAt: '配送業者による最初のスキャンの日付',
  shippedAt: '出荷日',
  'claim.decidedAt': '申請の決定日',
  'claim.respondBy': '申請の回答期限',
  'return.receivedAt': '返品の到着日',
  'return.status': "返品のステータス",
  'claim.fundedBy': '認められた申請を誰が負担したか',
};

/** A buyer's own words (claim or return reason), quoted as written. */
const quoted = (reason: string) => (reason ? `（「${reason}」）` : '');
const reasonAndAmount = (p: { reason: string; value: string; currency: string }) => {
  const amount = p.value ? `${p.value} ${p.currency}` : '';
  if (p.reason) return `（「${p.reason}」${amount ? `、${amount}` : ''}）`;
  return amount ? `（${amount}）` : '';
};

const ODR_IF_NOT_DENIED = `回答がない場合、Amazonは購入者の説明に基づいて判断し、却下されなかった申請は${ODR}に反映されます。`;
const before = (by: string) => (by ? `${by}より前に` : '');

const appealWhy = (p: { reason: string; decided: string; until: string; window: string }) =>
  `Amazonは${p.decided}に購入者の申請${quoted(p.reason)}を認め、その金額を出品者の負担としました。この申請は${ODR}に反映されます。` +
  `${p.until}まで（決定から${p.window}）、${AZ_PAGE}>${OPTION_TO_APPEAL}の${APPEAL_BUTTON}から異議を申し立てることができます。`;

const atozWhy = (scan: boolean) => (p: { shippedDay: string; shipByDay: string; status: string; tracking: string }) =>
  `ラベルは${BUY_SHIPPING}で「Claims Protected」バッジ付きで購入され、荷物は期日どおりに出荷されています` +
  `（${scan ? '配送業者による最初のスキャン' : '出荷日'}：${p.shippedDay}、出荷予定日：${p.shipByDay}）。${p.status}` +
  `この場合、購入者の${AZ}はAmazonが支払い、${ODR}にも反映されません。ただし、購入者が申請を行い、出品者が返金していない場合に限ります。` +
  `事実を伝えて返信してください：配送業者と追跡の情報（${p.tracking}）、配達日、配送業者の配達証明（写真または受領サイン）です。` +
  '配達写真に購入者の住所が写っていない場合は、そのことをはっきり伝えてください。' +
  `そのうえで、${YOUR_ORDERS}の「注文に関する問題」（Problem with order）から${AZ}を行うよう購入者に案内してください：購入者はその方法で返金を受けられます。`;

const outsideClaim = (p: { until: string }) =>
  `購入者は商品が破損している、不良品である、または注文と異なると言っています：購入者はまだ${p.until ? `${p.until}まで` : ''}${AZ}を行うことができ、` +
  `その場合は出品者の負担となり${ODR}にも反映されるため、返品を承認したほうが負担が小さくなる可能性があります。`;

const returnArrived = (received: string) =>
  `返品は${received ? `${received}に届いています` : 'すでに届いています'}が、まだ返金されていません。`;

const REPLACE_OR_REFUND = '写真を依頼し、Amazonの返品手続きを通じて代替品の送付か返金を提案してください。' +
  '破損、不良、または注文と異なる商品の場合、返品送料は出品者の負担です。Buy Shippingの保護は輸送中の破損には適用されません。';

const notProtected = (label: string) =>
  (label === 'own' ? 'ラベルはBuy Shippingで購入したものではない' : 'ラベルは「Claims Protected」ではない');

const reshipLateWhy = (now: boolean) => (p: { deliverBy: string; by: string; tracking: string; rate: string; label: string }) =>
  `お届け予定日の最終日（${p.deliverBy}）を過ぎましたが、追跡情報では荷物が配達済みになっていません。` +
  `${notProtected(p.label)}ため、${NOT_RECEIVED}の${AZ}は出品者の負担となり、Amazonが却下しない限り${ODR}に反映されます（${p.rate}未満に抑えてください）。` +
  `${now ? '購入者はすでに申請を行えます。' : `購入者は${p.by}から申請を行えます。`}追跡情報（${p.tracking}）を確認し、配送業者に調査を依頼してください。` +
  `そのうえで、${MESSAGING}で購入者に連絡し、購入者の希望に応じて返金または代替品の送付を提案してください。`;

const reshipWhy = (label: string) => (p: { state: string; rate: string; resolve: string }) =>
  `${p.state}${notProtected(label)}ため、${AZ}は出品者の負担となり、Amazonが却下しない限り${ODR}に反映されます（${p.rate}未満に保つ必要があります）。` +
  `購入者に回答し、購入者のメッセージから${p.resolve}以内に解決してください：購入者の希望に応じて、返金または代替品の送付を提案してください。`;

/** The reader's page kinds (unread pages); the region names it reports stay as it words them. */
const PAGE_KINDS: Record<string, string> = {
  'order-details': '注文の詳細', 'order-list': '注文一覧', 'claim': '申請', 'claim-list': '申請一覧',
  'messages': 'メッセージ', 'returns': '返品',
};

const LOOK_STATUS = (states: string) => `注文ページで注文ステータス（${states}）を確認してください：`;
const ON_TIME_FOR_PROTECTION = 'Buy Shippingの保護に必要な、期日どおりの出荷だったかどうかが、これで決まります。';

/** The policy table's notes (policy.ts `note:`) in Japanese. */
const POLICY_NOTES: Partial<Record<PolicyRuleId, string>> = {
  'AZ-ELIG-INR': '現在の米国の購入者向けページでは、お届け予定日の最終日から3日後、または追跡情報で配達済みと表示された時点のいずれか早いほうとされています。' +
    '以前の記載では、お届け予定日の最終日から3日（暦日）後、または注文日から30日後のいずれか早いほうでした。これらのうち最も早い日付を採用しています。',
  'AZ-CONTACT-48H': '英国とドイツの購入者向けページでは、出品者に48時間ではなく2営業日が与えられています。48時間のほうが遅くなることはないため、すべてのマーケットプレイスで48時間を採用しています。',
  'AZ-INFO-REQUEST': 'Amazonのページによって記載が異なります：米国とオーストラリアのページでは48時間、ほかの版では72時間または3日（暦日）です。' +
    '申請ページに回答期限が表示されていない場合は、早いほうの期限（申請から48時間後）を採用しています。',
  'AZ-APPEAL-30D': '異議申し立て中の情報提供のリクエスト：現在の記載では72時間、以前の記載では48時間です（48時間を採用しています）。' +
    '異議申し立てが認められた後、ODRへの反映が取り消されるまで最大7日かかることがあります。',
  'AZ-SAFETY': 'Amazonは1,000米ドル／1,000ユーロ／1,000英ポンド未満の有効な申請を支払います（後の記載では、保険に加入している出品者のみ）。' +
    '補償は米国では2021-09-01に、カナダ、英国、EUでは2024年5月に開始されました。',
  'BS-CLAIMS-PROTECTED': '「期日どおり」とは、配送業者による最初のスキャンが出荷予定日までに行われたことを指します。最初のスキャンが不明な場合は、出荷通知の日付を使用します。' +
    '輸送中の破損は対象外です（フォーラムでの見解）。',
  'ORD-AUTO-CANCEL': '2020-09-30以降、Amazonは出荷予定日から7営業日後にキャンセルします。以前の記載（注文処理ガイドに今も残っています）では注文日から30日後です。' +
    '2つのうち早いほうを表示しています。',
  'RET-WINDOW-30D': 'ホリデーシーズンの延長が適用されます（例：11月と12月に購入された商品は1月31日まで返品可能）。',
  'SAFET-30D': '米国の申請期間は2026-02-16に60日から30日に短縮されました。',
  'US-REFUND-4D': 'Amazonの通知に関する報道では2026-01-26から4日（暦日）とされていますが、保存されているAmazonのヘルプページでは今も2営業日です。' +
    '2つのうち早いほうを採用しており、どちらも満たします。',
  'US-SAFET-30D': 'Amazonの通知に関する報道では2026-02-16から30日とされていますが、保存されているAmazonの「Refund at First Scan」のページでは今も60日です。' +
    '30日を採用しています。',
  'AZ-NR-NO-CONTACT': 'Amazonの「About A-to-z Guarantee」のページでは、事前の連絡は不要で、説明（represent）の期間は3日（暦日）とされています。' +
    '「Amazon\'s A-to-z Guarantee Claims」のページでは、今も購入者がまず出品者に連絡し、期間は48時間とされています。' +
    '事前のメッセージなしに申請されるものとし、Amazonからのリクエストには48時間以内（早いほうの数字）に回答します。',
};

/** Where the policy table has no note: Amazon's own page was not found (the confidence is "reported" for all three). */
const NO_PAGE = 'この件に関するAmazon自身のページは見つかりませんでした。アドバイスは判明している情報に基づいています（Amazonの通知に関する報道）。';

const noteOf = (id: PolicyRuleId) => `${id}：${POLICY_NOTES[id] ?? ''}`;
const differ = (id: PolicyRuleId) => `情報源が一致しません（${id}）：${POLICY_NOTES[id] ?? NO_PAGE}情報源：${sourceList(id)}。`;

export const JA: AdviceLanguage = { locale: 'ja-JP', span, pct, phrases: {
  'appeal.doNot.facts': () => '最初の決定の時点になかった事実がない限り、異議を申し立てないでください。',
  'appeal.doNot.money': () => '金銭と引き換えに、購入者に何かを取り下げたり変更したりするよう求めないでください。',
  'appeal.grounds': () => '異議申し立ては根拠がある場合にのみ行ってください。たとえば、購入者の住所への配達を示す有効な追跡情報、' +
    '購入者が先に出品者へ連絡しなかったこと、すでに返金済みだったことなどです。',
  'appeal.grounds.badge': () => '注文ページの梱包情報で、配送サービスの横にあるBuy Shippingのバッジを確認してください：' +
    '「Claims Protected」と表示され、荷物が期日どおりに出荷されていれば、この申請はAmazonが負担すべきものでした。',
  'appeal.grounds.strong': () => `十分な根拠があります：ラベルは${BUY_SHIPPING}の「Claims Protected」で、期日どおりに出荷されているため、この申請はAmazonが負担すべきものでした。`,
  'appeal.title': (p) => `根拠があれば、認められた申請に${p.until}までに異議を申し立ててください`,
  'appeal.why': appealWhy,
  'appeal.why.reason': appealWhy,
  'appeal.why.undated': (p) => `Amazonは購入者の申請${quoted(p.reason)}を認め、その金額を出品者の負担としました。この申請は${ODR}に反映されます。` +
    `決定日はページに表示されていません。期間は決定から${p.window}で、申請の決定は申請日（${p.filed}）より後です。少なくとも${p.until}まで、` +
    `${AZ_PAGE}>${OPTION_TO_APPEAL}の${APPEAL_BUTTON}から異議を申し立てることができます。正確な期限は決定日を確認してください。`,
  'appealClosed.title': (p) => `異議申し立ての期間は${p.ended}に終了しました`,
  'appealClosed.why': (p) => `Amazonは${p.decided}に購入者の申請を認め、その金額を出品者の負担としました。` +
    `決定に異議を申し立てられるのは${p.window}以内のみで、その期間は${p.ended}に終了したため、この申請にはもう異議を申し立てられません。` +
    'この申請について、ほかに必要な対応はありません。',
  'atoz.doNot.refund': () => '返金しないでください：出品者が返金するとBuy Shippingの保護が無効になり、損失は出品者の負担になります。',
  'atoz.doNot.reship': () => `代替品を送らないでください：Amazonからの補てんは、購入者の${AZ}を通じてのみ行われます。`,
  'atoz.doNot.unanswered': (p) => `配送に関する質問を未回答のままにしないでください：保護を受けるには${p.answerWithin}以内の回答が必要です。`,
  'atoz.note.confirmation': () => '「期日どおり」かどうかは梱包情報の出荷日で判断しました。Amazonは配送業者による最初のスキャンで判断します。',
  'atoz.note.fileUntil': (p) => `購入者は${p.until}まで（お届け予定日の最終日から${p.window}）${AZ}を行えます。`,
  'atoz.status.delivered': () => '追跡情報では配達済みですが、購入者は受け取っていないと言っています。',
  'atoz.status.deliveredOn': (p) => `追跡情報では${p.delivered}に配達済みですが、購入者は受け取っていないと言っています。`,
  'atoz.status.late': (p) => `お届け予定日（${p.deliverBy}）を過ぎましたが、追跡情報では配達済みになっていません。`,
  'atoz.title': () => `返金も再送もせず、追跡情報の事実を伝えてください：購入者には${AZ}を行ってもらいます`,
  'atoz.why.scan': atozWhy(true),
  'atoz.why.shipped': atozWhy(false),
  'authorize.doNot.outside': () => '購入者に、Amazonの返品手続き以外の方法で商品を返送するよう求めないでください。',
  'authorize.doNot.unanswered': () => 'リクエストを未回答のままにしないでください。',
  'authorize.note.noDate': () => 'ページにリクエストの日時が表示されていませんでした：今日中に回答してください。',
  'authorize.outside.doNot.promise': () => '返品を承認すると決める前に、購入者に返品が承認されたと伝えないでください。',
  'authorize.outside.title': (p) => `返品期間（${p.ended}に終了）の後に返品リクエストがありました：${p.by}までに、例外として承認するか却下してください`,
  'authorize.outside.title.missed': (p) => `期限切れ：回答期限は${p.by}でした。返品期間（${p.ended}に終了）の後の返品リクエストです：今すぐ、例外として承認するか却下してください`,
  'authorize.outside.why': (p) => `このリクエストは、${p.ended}に終了した返品期間（配達から${p.window}、RET-WINDOW-30D）の後に届いたため、対応は出品者が選べます：` +
    '理由「返品期間外」（outside the return window）で却下するか、好意による返品として例外的に承認してください。',
  'authorize.outside.why.claim': outsideClaim,
  'authorize.outside.why.claim.until': outsideClaim,
  'authorize.title': () => '返品リクエストに回答してください',
  'authorize.title.by': (p) => `${p.by}までに返品リクエストに回答してください`,
  'authorize.title.missed': (p) => `期限切れ：回答期限は${p.by}でした。今すぐ返品リクエストに回答してください`,
  'authorize.why': (p) => `購入者から${p.requested ? `${p.requested}に` : ''}商品の返品リクエスト${quoted(p.reason)}がありましたが、自動では承認されなかったため、出品者の対応を待っています。` +
    `${p.answer}以内に承認するか、理由を選んでクローズしてください：返品リクエストが${p.resolve}以内に解決されない場合、購入者は${AZ}を行うことがあります。`,
  'authorize.why.aprl': () => '米国では、出品者出荷の返品にはすべて、商品の価格にかかわらずAmazonの前払い返送用ラベルが必要です（カテゴリーによる例外は引き続き有効です）：' +
    'ご自身で用意したラベルではなく、Amazonの前払い返送用ラベルで承認してください。',
  'authorize.why.missed': (p) => `その期限は${p.by}に過ぎました：今すぐ回答してください。`,
  'authorize.why.sellerPays': () => 'この理由の場合、返品送料は出品者の負担です：前払い返送用ラベルで承認してください。',
  'business': () => BUSINESS_DAYS,
  'business.holidays': (p) => `${BUSINESS_DAYS}この期間には${holidayNames(p.holidays)}が含まれます：Amazonがこれを営業日として数えない場合、` +
    '実際の期限は祝日1日につき1営業日遅くなります。情報源には記載がありません。',
  'cancel.doNot.reason': () => `${BUYER_CANCELED}以外の理由を選ばないでください（ほかの理由は出品者に不利に計上されます）。`,
  'cancel.doNot.ship': () => '注文を出荷しないでください。',
  'cancel.title': () => '購入者の依頼どおり注文をキャンセルしてください',
  'cancel.why': () => `購入者からキャンセルの依頼があり、注文はまだ出荷されていません。セラーセントラルで理由${BUYER_CANCELED}を選んでキャンセルしてください：` +
    'この理由であれば、出品者のキャンセル率には反映されません。依頼がメッセージだけで届いた場合は、' +
    `${YOUR_ORDERS}の「キャンセルをリクエスト」（Request cancellation）を使うよう購入者に依頼するか、この理由でご自身でキャンセルしてください。`,
  'canceled.doNot': () => 'キャンセルされた注文を出荷しないでください。',
  'canceled.note.claim': () => `この注文の申請がまだ未解決と表示されています：${AZ_MENU}で確認してください。`,
  'canceled.title': () => '対応は不要です：注文はキャンセルされています',
  'canceled.why': () => 'Amazonではこの注文はキャンセル済みと表示されています。出荷しないでください。ほかに必要な対応はありません。',
  'claim.answer.atoz': (p) => `${AZ_MENU}で申請を開き、${before(p.by)}${RESPOND_BUTTON}を選択してください：${ODR_IF_NOT_DENIED}`,
  'claim.answer.chargeback': (p) => `${CB_MENU}で${before(p.by)}チャージバックの要請に回答してください：${ODR_IF_NOT_DENIED}`,
  'claim.doNot.deadline': () => '回答しないまま期限を過ぎないようにしてください。',
  'claim.doNot.refund': () => '返金すれば申請がODRから外れると考えて返金しないでください：申請後の返金も反映されます。',
  'claim.doNot.refundProtected': () => '返金しないでください：ラベルは「Claims Protected」で、この申請はAmazonが支払うべきものです。出品者が返金するとその保護が無効になります。',
  'claim.filed.atoz': (p) => `購入者が${AZ}を行いました${reasonAndAmount(p)}。`,
  'claim.filed.chargeback': (p) => `購入者がチャージバックを申請しました${reasonAndAmount(p)}。`,
  'claim.missed.doNot.ignore': () => '終わったと思わないでください：認められて出品者の負担となった申請にも、まだ異議を申し立てられます。',
  'claim.missed.title': (p) => `期限（${p.due}）が過ぎました：申請がまだ回答を求めていれば今すぐ回答し、出品者に不利な決定が出た場合は${p.appealBy}までに異議を申し立ててください`,
  'claim.missed.title.chargeback': (p) => `期限切れ：チャージバックへの回答期限は${p.due}でした`,
  'claim.missed.title.late': (p) => `期限（${p.due}）が過ぎました：申請の決定と、まだ異議を申し立てられるかを確認してください`,
  'claim.missed.why': (p) => `購入者の${AZ}への回答期限は${p.due}に過ぎました。回答がない場合、Amazonは購入者の説明に基づいて判断し、` +
    `通常は申請を認めて出品者の負担とします。まだできること：${AZ_MENU}で申請を再読み込みしてください。` +
    'まだ回答を求められている場合は、今すぐ事実を添えて回答してください。',
  'claim.missed.why.appeal': (p) => `Amazonが申請を認めて出品者の負担とした場合は、決定から${p.span}以内に異議を申し立ててください（${OPTION_TO_APPEAL}の${APPEAL_BUTTON}）：` +
    `その期限は早くとも${p.appealBy}で、決定がそれより後であれば期限も後になります。`,
  'claim.missed.why.appealLate': (p) => `異議申し立ては決定から${p.span}以内に限られます：申請の決定日を確認し、その期間がまだ残っているか確かめてください。`,
  'claim.missed.why.chargeback': (p) => `チャージバックの要請への回答期限は${p.due}に過ぎました。まだできること：${CB_MENU}で開いてください。` +
    'まだ回答を求められている場合は、注文、追跡、配達の事実を今すぐ送ってください。出品者に不利な決定が出ている場合は' +
    `${ODR}に反映され、Amazonマーケットプレイス保証による異議申し立てはできません。`,
  'claim.note.noDeadline': () => 'ページに回答期限が表示されていませんでした：申請を開いて期限を確認してください。',
  'claim.title.atoz': () => `${AZ}についてAmazonに回答してください`,
  'claim.title.atoz.by': (p) => `${p.by}までに${AZ}についてAmazonに回答してください`,
  'claim.title.chargeback': () => 'チャージバックについてAmazonに回答してください',
  'claim.title.chargeback.by': (p) => `${p.by}までにチャージバックについてAmazonに回答してください`,
  'claim.what.notAsDescribed': () => '出品情報の詳細と、出荷した商品の写真を提出してください。',
  'claim.what.notReceived': () => `配送業者、${TRACKING_ID}、配達証明（写真または受領サイン）を提出してください。`,
  'claim.what.other': () => '購入者の申請理由に答える事実を、追跡情報と日付を添えて提出してください。',
  'claim.what.protected': () => `ラベルは${BUY_SHIPPING}の「Claims Protected」で、期日どおりに出荷されています：そのことを伝え、追跡情報を提出してください。この申請はAmazonが負担すべきものです。`,
  'claim.what.return': () => '返品が届いた日と返金した日を示してください。まだ返金していない場合は、今すぐ返金してください。',
  'confirm.doNot.guess': () => '推測で対応しないでください。',
  'confirm.doNot.protection': () => '確認できるまで返金や再送をしないでください：ラベルが「Claims Protected」の場合、出品者が返金すると保護が無効になります。',
  'confirm.here': () => 'ここで確認すると、それに基づいたアドバイスが表示されます。',
  'confirm.join': () => '',
  'confirm.title': (p) => `${p.facts.split(' ').map((f) => FACT_WORDS[f] ?? f).join('と')}を確認してください`,
  'dateOnly.lastDay': (p) => `ページには${p.what}だけが表示され、時刻は表示されていませんでした：期限は${p.until}のその時刻（ページに表示なし）に終わるため、その日のいつ締め切られてもおかしくありません。できるだけ早く申し立ててください。`,
  'dateOnly': (p) => `ページには${p.what}だけが表示され、時刻は表示されていませんでした：期限はその日の始まりから数えています（最も早い場合）。`,
  'doNot.noTracking': () => `有効な${TRACKING_ID}なしで出荷通知を送信しないでください。`,
  'doNot.offAmazon': () => '購入者に、Amazonの外での支払いや連絡を求めないでください。',
  'intercept.doNot.promise': () => '配送業者が転送を確認する前に、新しい住所への配達を約束しないでください。',
  'intercept.doNot.second': () => '新しい住所に2つ目の荷物を送らないでください。',
  'intercept.title': () => '出荷済みです：配送業者に配送の差し止めまたは転送を依頼してください',
  'intercept.why': (p) => `荷物は注文の住所に向けて配送中です（${p.tracking}）。今から変更する唯一の方法は、配送業者が対応している場合の、` +
    '配送業者による配送の差し止めまたは転送です。転送できない場合は、元の住所に届くことを購入者に伝えてください。',
  'join.sentences': () => '',
  'late.doNot.shipPassed': () => '今は出荷しないでください：キャンセルされた注文の代金は支払われません。',
  'late.doNot.wait': () => '自動キャンセルを待ったまま放置しないでください。',
  'late.title': (p) => `遅延：今すぐ出荷するかキャンセルしてください。${p.cancelDay}を過ぎるとAmazonがキャンセルします`,
  'late.title.passed': (p) => `期限切れ：${p.cancelDay}までに出荷されなかったため、Amazonが注文を自動的にキャンセルします`,
  'late.why': (p) => `出荷予定日（${p.shipByDay}）を過ぎましたが、注文はまだ未出荷です。有効な${TRACKING_ID}を付けて今すぐ出荷するか、` +
    '出荷できない場合はキャンセルしてください（在庫切れの場合は、ご自身でキャンセルしてください）。この注文はすでに出荷遅延として計上されており、' +
    `この注文に${AZ}が行われると自動的に認められます。${p.cancelDay}の終わりまでに出荷して出荷通知を送信しない場合、` +
    'Amazonが注文をキャンセルし、そのキャンセルはキャンセル率に反映されます。',
  'late.why.passed': (p) => `出荷予定日（${p.shipByDay}）を過ぎ、自動キャンセル日である${p.cancelDay}までに出荷と出荷通知が行われませんでした。` +
    'Amazonは注文を自動的にキャンセルして（すでにキャンセルされている場合があります）購入者に返金し、そのキャンセルはキャンセル率に反映されます。' +
    'まだできること：注文ページを再読み込みしてください。キャンセル済みと表示されていれば、出荷するものはありません。' +
    'まだ未出荷と表示されている場合は、出荷せずに今すぐご自身でキャンセルし、購入者から連絡があれば、注文がキャンセルされたことと、' +
    '代金は請求されないことを伝えてください。',
  'none.amazonFunded': () => 'Amazonが申請を認め、Amazon自身が支払いました。',
  'none.appealed': () => '申請のステータスには、すでに行った異議申し立てが表示されています：判断するのはAmazonで、2回目の異議申し立てはありません。',
  'none.atozClosed': (p) => `${AZ}の期間は${p.closed}に終了しました（お届け予定日の最終日から${p.window}）：購入者はこの注文について申請を行えなくなりました。`,
  'none.claimableFrom': (p) => `購入者は${p.from}から${NOT_RECEIVED}の${AZ}を行えます。`,
  'none.delivered': (p) => `注文は${p.on ? `${p.on}に` : ''}配達済みで、対応を待っているものはありません。`,
  'none.denied': () => `申請は却下されました：${ODR}には反映されません。`,
  'none.ifBuyerWrites': (p) => `購入者から連絡があれば、${p.reply}以内に回答してください。`,
  'none.neverDelivered': (p) => `注文は出荷されましたが、追跡情報では配達済みになりませんでした。お届け予定日の最終日は${p.deliverBy}でした。`,
  'none.thanksOnly': () => '購入者はお礼を述べているだけで、何も求めていません：購入者・出品者間メッセージでこのメッセージを「返信不要」にしてください。お礼を返すだけの返信は不要です（Amazonはお礼だけのメッセージを望んでいません）。',
  'none.nothing': () => 'Claimwiseが確認したこの注文の情報には、今すぐ対応が必要なものはありません。',
  'none.onItsWay': (p) => `注文は配送中です${p.deliverBy ? `（お届け予定日：${p.deliverBy}）` : ''}。`,
  'none.overdue': (p) => `注文は出荷されましたが、追跡情報では配達済みになっておらず、お届け予定日（${p.deliverBy}）を過ぎています。` +
    `追跡情報を確認し、購入者からのメッセージには${p.reply}以内に回答してください。`,
  'none.returnAuthorized': (p) => `返品は承認済みです：商品が戻るのを待ち、受け取ってから${p.refund}以内に返金してください。`,
  'none.returnClosed': (p) => `返品期間は${p.ended}に終了しました。`,
  'none.returnOpen': (p) => `購入者は${p.until}まで返品をリクエストできます。出品者に届いたリクエストには${p.answer}以内に回答する必要があります。`,
  'none.title': () => '現在、対応は不要です',
  'none.title.closed': (p) => `対応は不要です：${AZ}の期間は${p.closed}に終了しました`,
  'none.underReview': (p) => `Amazonが申請を審査中です。情報の提供を求められた場合は、${p.respond}以内に回答してください。`,
  'none.withdrawn': () => `購入者が申請を取り下げました：${ODR}には反映されません。`,
  'offAmazon.doNot.contact': () => 'メールアドレス、電話番号、メッセージアプリのID、支払いリンクを送らないでください。',
  'offAmazon.doNot.pay': () => 'Amazonの外での支払いを受け付けないでください。',
  'offAmazon.title': () => 'やり取りと支払いはAmazon上で行ってください',
  'offAmazon.why': () => '購入者がAmazonの外での支払いや連絡（決済アプリ、メッセージアプリ、メール、電話）を求めています。' +
    `丁寧にお断りし、すべて${MESSAGING}で行ってください：購入者をAmazonの外へ誘導することは禁止されており、出品権限を失うおそれがあります。` +
    'また、Amazonの外での支払いには、購入者と出品者のどちらにもAmazonマーケットプレイス保証が適用されません。',
  'pending.doNot.label': () => '注文が保留中の間は、ラベルを購入したり出荷したりしないでください。',
  'pending.doNot.pay': () => '購入者にほかの方法での支払いを求めないでください。',
  'pending.title': () => '出荷しないでください：注文は保留中です',
  'pending.why': (p) => `Amazonは購入者の支払いの確認をまだ終えていません（最大${p.hold}かかることがあります）。` +
    '保留中の注文は、購入者から求められても出荷してはいけません。準備ができると未出荷に変わります。' +
    `購入者は最初の${p.cancel}以内であれば自分でキャンセルでき、それ以降は${CUSTOMER_SERVICE}を通じてキャンセルできます。` +
    `支払いに関する質問も、${CUSTOMER_SERVICE}に問い合わせるよう案内してください。`,
  'refund.doNot.deduct': () => '破損、不良、または注文と異なる商品の場合、返品送料や再入荷手数料を差し引かないでください。',
  'refund.doNot.wait': () => '購入者から求められるのを待たないでください。',
  'refund.note.noDate': () => 'ページに返品の到着日が表示されていませんでした：今すぐ返金してください。',
  'refund.title': () => '返品された商品を返金してください',
  'refund.title.by': (p) => `${p.by}までに返品された商品を返金してください`,
  'refund.title.missed': (p) => `期限切れ：返金期限は${p.by}でした。Amazonがすでに返金していなければ、今すぐ返金してください`,
  'refund.why': (p) => `${returnArrived(p.received)}受領から${p.within}以内${p.by ? `（${p.by}まで）` : ''}に返金してください。` +
    'そうしないと、Amazonが購入者に直接返金し、出品者のアカウントから引き落とす場合があります。',
  'refund.why.auto': (p) => `${returnArrived(p.received)}受領から${p.within}後と${p.days}後のうち早いほう${p.by ? `（${p.by}）` : ''}までに、` +
    '返金するか、「Guided Refund Workflow」（ガイド付き返金ワークフロー）で商品を評価してください：' +
    'それを過ぎるとAmazonが購入者に自動的に返金し、その返金についてSAFE-T申請で補てんを求めることはできなくなります。',
  'refund.why.missed': () => 'その期限は過ぎています：まず注文の返金履歴を確認し（Amazonが購入者に返金して出品者から引き落としている場合があります）、' +
    '返金されていなければ今すぐ返金してください。',
  'refund.why.sellerPays': (p) => `返品理由（「${p.reason}」）は出品者が返品送料を負担する理由です：全額を返金してください。`,
  'refundAfterClaim': () => `この注文には${AZ}が行われています：今返金すると金銭面の争いは終わりますが、申請は${ODR}に反映されたままです（AZ-OUTCOMES）。`,
  'reorder.doNot.label': () => 'ラベルの住所を手書きで変更しないでください。',
  'reorder.doNot.message': () => 'メッセージに書かれた住所に出荷しないでください。',
  'reorder.note.sfp': () => `マケプレプライムの注文の場合は、代わりに${CUSTOMER_SERVICE}に問い合わせるよう購入者に案内してください。`,
  'reorder.title': () => '住所変更：キャンセルし、購入者に新しい住所で注文し直してもらってください',
  'reorder.why': () => '出荷できるのはセラーセントラルに表示されている住所だけで、既存の注文の住所は変更できません。' +
    `注文はまだ出荷されていないため、理由${BUYER_CANCELED}でキャンセルし、新しい住所で改めて注文するよう購入者に依頼してください。`,
  'reply.by': (p) => `${p.due}までに返信してください（購入者のメッセージから${p.reply}、週末を含みます）。`,
  'reply.doNot.auto': () => '自動応答に頼らないでください。',
  'reply.doNot.links': () => '返信にリンク、メールアドレス、電話番号を含めないでください。',
  'reply.late': (p) => `購入者のメッセージは${p.reply}以上返信を待っています（返信期限は${p.due}でした）：今すぐ返信してください。`,
  'reply.timeUnknown': (p) => `購入者のメッセージの時刻が表示されていませんでした：できるだけ早く、メッセージから${p.reply}以内に返信してください（MSG-24H）。`,
  'reply.title': (p) => `${p.reply}以内に購入者に返信してください`,
  'reply.topic.addressDelivered': () => '購入者はお届け先住所の変更を求めていますが、注文はすでに配達済みです。追跡情報に基づく配達先を購入者に伝えてください。',
  'reply.topic.cancelShipped': () => '購入者はキャンセルを求めていますが、注文はすでに出荷済みのため、キャンセルできません。' +
    `受け取りを拒否するか、商品が届いてから${YOUR_ORDERS}で返品できることを伝えてください。`,
  'reply.topic.claimOpen': () => `購入者は配送について連絡しており、すでに${AZ}を行っています：追跡情報の事実を伝えて返信してください。` +
    '申請そのものへの回答はAmazonに対して行います（申請に関するアドバイスを参照してください）。',
  'reply.topic.damaged': () => `購入者は商品が破損して届いた、または動作しないと言っています。${REPLACE_OR_REFUND}`,
  'reply.topic.notShipped': (p) => `購入者は配送について尋ねていますが、注文はまだ出荷されていません${p.shipBy ? `（出荷予定日：${p.shipBy}）` : ''}。` +
    `いつ出荷するかを伝えてください。配送に関する質問を未回答のままにすると、${AZ}が自動的に認められます。`,
  'reply.topic.invoice': () => '購入者は請求書（領収書）を求めています。「注文管理」で注文に請求書をアップロードするか、購入者・出品者間メッセージの返信に添付してください：請求書は送ってよいメッセージです。ほかの手順が残りに答える場合も、この点には答えてください。',
  'reply.topic.other': () => `購入者から連絡があり、返信を待っています。${MESSAGING}で返信してください。自動応答は回答として数えられません。` +
    '返信が不要なメッセージ（お礼など）の場合は、「返信不要としてマーク」を選択すると回答済みとして扱われます。',
  'reply.topic.return': (p) => `購入者は商品の返品を希望しています。${YOUR_ORDERS}からの返品リクエスト（Amazonの返品手続き。配達から${p.window}以内、` +
    `ホリデーシーズンは延長されます）を案内し、${p.resolve}以内に解決してください。`,
  'reply.topic.wrongItem': () => `購入者は商品が注文したものと異なると言っています。${REPLACE_OR_REFUND}`,
  'reply.within': (p) => `購入者は回答を待っています：購入者のメッセージから${p.reply}以内に返信してください（週末を含みます）。`,
  'reship.doNot.unanswered': () => 'メッセージを未回答のままにしないでください：配送に関するメッセージが未回答のまま申請されると、申請は自動的に認められます。',
  'reship.late.doNot.wait': () => '購入者が申請するのを待たないでください：先に申請されると、その後に返金しても出品者に不利に計上されます。',
  'reship.late.title': (p) => `購入者が${AZ}を行えるようになる前に、${p.by}までに返金か代替品の送付を提案してください`,
  'reship.late.title.now': () => `購入者はすでに${AZ}を行えます：今日中に返金か代替品の送付を提案してください`,
  'reship.late.why': reshipLateWhy(false),
  'reship.late.why.now': reshipLateWhy(true),
  'reship.note.noContact': (p) => `米国では、購入者は${NOT_RECEIVED}の申請の前に出品者へ連絡する必要がなく、申請が可能になった時点ですぐに申請できます：` +
    `解決までに${p.resolve}あると考えず、今すぐ対応してください。Amazonから申請について問い合わせがあった場合は、${p.info}以内に回答してください` +
    `（Amazonマーケットプレイス保証に関するAmazonのページでは${p.represent}とされています。早いほうを採用しています）。`,
  'reship.state.delivered': () => '追跡情報では荷物は配達済みですが、購入者は届いていないと言っています。',
  'reship.state.deliveredOn': (p) => `追跡情報では荷物は${p.delivered}に配達済みですが、購入者は届いていないと言っています。`,
  'reship.state.late': (p) => `お届け予定日（${p.deliverBy}）を過ぎましたが、追跡情報では荷物が配達済みになっていません。`,
  'reship.title': () => '購入者が申請する前に、返金するか代替品を送ってください',
  'reship.why.ownLabel': reshipWhy('own'),
  'reship.why.unprotected': reshipWhy('unprotected'),
  'respondByDateOnly': () => 'ページには回答期限の日付だけが表示され、時刻は表示されていませんでした：マーケットプレイスのタイムゾーンでその日の終わりとして扱っています。' +
    'できればそれより早く回答してください。',
  'safet.doNot.discard': () => '申請の決定が出るまで、返品された商品や梱包材を捨てないでください：両方の写真を撮っておいてください。',
  'safet.doNot.refund': () => '購入者に再度返金しないでください：Amazonがすでに返金しています。',
  'safet.title': (p) => `返品が送ったとおりの状態で戻らない場合は、${p.by}までにSAFE-T申請を行ってください`,
  'safet.title.missed': (p) => `期限切れ：この返品のSAFE-T申請の期限は${p.by}でした`,
  'safet.why': (p) => `Amazonは、返品が出品者に届く前の${p.refunded}に購入者へ返金しました。返品が届かない場合、または破損している、使用済みである、` +
    `出品者が送った商品ではない状態で届いた場合は、${p.span}以内（${p.by}まで）にSAFE-T申請を行ってください。` +
    `この${p.span}は、返品が出品者に配達された日と返金日のうち遅いほうから数えます。輸送中に紛失した返品の場合は配送業者による最後のスキャンから数えるため、` +
    'それより早くなることがあります：返品の追跡情報を確認してください。',
  'safet.why.missed': () => 'その日付は過ぎています：Amazonはこの返金に対するSAFE-T申請をもう受け付けません。',
  'safety.doNot.fault': () => '過失を認めたり、ご自身で購入者に金銭を約束したりしないでください。',
  'safety.doNot.ignore': () => '通知を無視しないでください。',
  'safety.doNot.outside': () => 'Amazonの外で購入者に連絡しないでください。',
  'safety.missed.title': (p) => `期限切れ：保険情報の提出期限は${p.due}でした。今すぐ提出してください`,
  'safety.missed.why': (p) => `この物的損害・人身傷害の申請に対する賠償責任保険の証明は、${p.due}までに提出する必要がありました。` +
    'Amazonはすでに購入者に支払い、その金額を出品者から回収している場合があります。' +
    `まだできること：${AZ_PAGE}で保険会社、保険証券番号、証拠を今すぐ提出し、Amazonが出品者に不利な決定をした場合は、決定から${p.dispute}以内に異議を申し立ててください。`,
  'safety.missed.why.check': () => '申請の決定日を確認し、その期間がまだ残っているか確かめてください。',
  'safety.missed.why.until': (p) => `その期限は早くとも${p.until}です。`,
  'safety.note.noDate': () => 'ページに通知日が表示されていませんでした：申請を開いて期限を確認してください。',
  'safety.title': () => '賠償責任保険の情報を提出してください',
  'safety.title.by': (p) => `${p.by}までに賠償責任保険の情報を提出してください`,
  'safety.why': (p) => `購入者が物的損害・人身傷害の申請を行いました${reasonAndAmount(p)}。` +
    `通知から${p.respond}以内${p.by ? `（${p.by}まで）` : ''}に、${AZ_PAGE}で賠償責任保険の保険会社、保険証券番号、証拠を添えて回答してください。` +
    `補償の証明がない場合、Amazonは購入者に支払い、その金額を出品者から回収することがあります。決定には${p.dispute}以内に異議を申し立てることができます。`,
  'share.doNot.link': () => `外部の追跡サイトへのリンクを送らないでください：配送業者と${TRACKING_ID}を伝えてください。`,
  'share.doNot.refund': () => '荷物がまだお届け予定日内にある間は、返金や再送をしないでください。',
  'share.title': () => '追跡情報を伝えてください：荷物はまだお届け予定日内です',
  'share.why': (p) => `荷物は配送中で、まだお届け予定日内です（お届け予定日：${p.deliverBy}）。` +
    `配送業者と追跡の情報（${p.tracking}）、配達予定日を伝えて返信してください。`,
  'share.why.from': (p) => `それまでに届かない場合、購入者は${p.from}から${NOT_RECEIVED}の${AZ}を行えます。`,
  'shipBy.doNot.address': () => 'セラーセントラルに表示されている住所以外には出荷しないでください。',
  'shipBy.title': (p) => `${p.by}までに出荷し、${TRACKING_ID}を付けて出荷通知を送信してください`,
  'shipBy.why': (p) => `${p.by}（出荷予定日）の終わりまでに注文を出荷し、有効な${TRACKING_ID}を付けて出荷通知を送信してください。` +
    `それより後に出荷通知を送信すると出荷遅延率に反映され（${p.rate}未満に保ってください）、` +
    `出荷予定日までに出荷通知が送信されていない注文に${AZ}が行われると、自動的に認められて出品者の負担になります。`,
  'start.after': (p) => `${p.event}のは${p.day}です。これは${p.id}がこのマーケットプレイスで発効した${p.date}以降のため、適用されます。`,
  'start.before': (p) => `${p.event}のは${p.day}です。これは${p.id}がこのマーケットプレイスで発効する${p.date}より前のため、まだ適用されません。`,
  'tracking.both': (p) => `${p.carrier}、${TRACKING_ID}${p.trackingId}`,
  'tracking.carrier': (p) => `${p.carrier}（${TRACKING_ID}は読み取れませんでした：注文ページからコピーしてください）`,
  'tracking.id': (p) => `${TRACKING_ID}${p.trackingId}`,
  'tracking.none': () => `注文ページに記載の${TRACKING_ID}`,
  'version.after': (p) => `${p.event}のは${p.day}です。これは、このマーケットプレイスで${p.newer}が${p.older}に代わった${p.date}以降のため、${p.used}が適用されます。`,
  'version.before': (p) => `${p.event}のは${p.day}です。これは、このマーケットプレイスで${p.newer}が${p.older}に代わった${p.date}より前のため、引き続き${p.used}が適用されます。`,
  'version.event.refunded': () => 'Amazonが購入者に返金した',
  'version.event.returnArrived': () => '返品が届いた',
  'version.event.returnRequested': () => '返品がリクエストされた',
  'zoneUnknown': () => 'マーケットプレイスが不明です：日付はUTCで表示しています。現地の日付を確認するには、該当するセラーセントラルのサイトで注文を開いてください。',
  'confirm.need.status|ORD-UNSHIPPED': () => `${LOOK_STATUS('未出荷、出荷済み、配達済み')}荷物がそもそも配送中かどうかが、これで決まります。`,
  'confirm.need.deliverBy|AZ-ELIG-INR': () => '注文概要の「お届け予定日」（期間の最終日）を確認してください：荷物がまだお届け予定日内か、遅れているかが、これで決まります。',
  'confirm.need.claimsProtected|BS-CLAIMS-PROTECTED': () => '注文ページの梱包情報で、配送サービスの横にあるBuy Shippingのバッジ（「Claims Protected」または「Late Delivery Risk」）を確認してください。' +
    'バッジがない場合や、ほかで購入したラベルの場合は保護の対象外です：Amazonがこの申請を支払う（返金しない）か、出品者が返金または再送すべきかが、これで決まります。',
  'confirm.need.shipBy|BS-CLAIMS-PROTECTED': () => `注文概要の「出荷予定日」を確認してください：${ON_TIME_FOR_PROTECTION}`,
  'confirm.need.shippedAt+firstScanAt|BS-CLAIMS-PROTECTED': () => `梱包情報の出荷日と、追跡情報にある配送業者による最初のスキャンを確認してください：${ON_TIME_FOR_PROTECTION}`,
  'confirm.need.claimsProtected+firstScanAt|BS-CLAIMS-PROTECTED': () => '追跡情報にある配送業者による最初のスキャンと、Buy Shippingでこの注文がまだ「Claims Protected」と表示されているかを確認してください：' +
    '出荷が遅れたように見える（最初のスキャンが出荷予定日より後）場合でも、Amazonが申請を負担するかどうかが、これで決まります。',
  'confirm.need.status|ORD-ADDRESS+ORD-CANCEL-REQUEST': () => `${LOOK_STATUS('未出荷、出荷済み、配達済み')}` +
    '注文をまだキャンセルできる（未出荷）か、配送業者による配送の差し止めが必要（出荷済み）かが、これで決まります。',
  'confirm.need.shipBy|ORD-LATE-SHIP+ORD-AUTO-CANCEL': () => '注文概要の「出荷予定日」を確認してください：注文を出荷すべき期限と、Amazonが注文をキャンセルする日が、これで決まります。',
  'confirm.need.status|ORD-UNSHIPPED+ORD-PENDING': () => `${LOOK_STATUS('保留中、未出荷、出荷済み、配達済み、キャンセル済み')}` +
    '注文を出荷すべきか、まだ出荷してはいけないか、対応不要かが、これで決まります。',
  'confirm.need.claim.fundedBy|AZ-APPEAL-30D': () => `${AZ_PAGE}で申請のステータス（「Granted/Seller Funded」（出品者負担）または「Granted/Amazon Funded」（Amazon負担））を確認してください：` +
    '異議を申し立てられるかどうかが、これで決まります（出品者の負担となった申請のみ）。',
  'confirm.need.claim.decidedAt|AZ-APPEAL-30D': (p) => `${AZ_PAGE}>${OPTION_TO_APPEAL}で申請の決定日を確認してください：` +
    `いつまで異議を申し立てられるか（決定から${p.appeal}）が、これで決まります。`,
  'confirm.need.claim.respondBy|AZ-SAFETY': () => "「Amazonマーケットプレイス保証申請」で申請を開き、Amazonからの通知日または回答期限を確認してください：保険証明を送る7日間は通知から数えます。",
  'confirm.need.claim.respondBy|AZ-INFO-REQUEST': () => "「Amazonマーケットプレイス保証申請」で申請の回答期限を確認してください：Amazonがあなたの回答なしに判断するまでに、いつまで回答できるかが、これで決まります。",
  'confirm.need.return.receivedAt|RET-REFUND-2D': () => "「返品管理」で返品が届いた日を確認してください：返金の期限が、これで決まります。",
  'confirm.need.return.status|RET-AUTHORIZE+RET-REFUND-2D': () => "「返品管理」で返品のステータス（承認待ち、承認済みで返送中、受領済み）を確認してください：今すぐ承認するか、到着を待つか、返金するかが、これで決まります。",
  ...notePhrases(noteOf),
  ...differPhrases(differ),
  'dateOnly.request': () => 'リクエストの日付',
  'dateOnly.decision': () => '決定の日付',
  'dateOnly.filing': () => '申請の日付',
  'dateOnly.notice': () => '通知の日付',
  'dateOnly.returnArrived': () => '返品が届いた日付',
  'unread.title': () => 'Claimwiseはこのページを読み取れませんでした：購入者情報を除いたキャプチャを保存し、ご自身で確認してください',
  'unread.why': (p) => `この${p.kind ? `${PAGE_KINDS[p.kind] ?? p.kind}の` : ''}ページには、Claimwiseが読み取れなかった記録があります（${p.what}）。` +
    '対応が必要かどうかも、不要かどうかも分かりません：ページ上のその記録をご自身で確認し、読み取りを修正できるよう、購入者情報を除いたキャプチャを保存してください。',
  'unread.doNot': () => 'Claimwiseが読み取れなかったページを根拠に「対応不要」と判断しないでください。',
  'unread.note': (p) => `読み取れなかった部分：${p.region}`,
  'overdue.title': (p) => `期限超過（期限は${p.due}でした）：${p.title}`,
  'doubt.note': (p) => `Claimwiseは購入者の要望を確定できません（おそらく：${p.maybe}）。メッセージを読み、ポップアップの「購入者の要望」を修正してください。このアドバイスはあなたの選択に従います。`,
  'doubt.note.plain': () => "Claimwiseは購入者の要望を確定できません。メッセージを読み、ポップアップの「購入者の要望」を修正してください。このアドバイスはあなたの選択に従います。",
  'doubt.intent.not-received': () => "未着",
  'doubt.intent.damaged': () => "破損",
  'doubt.intent.wrong-item': () => "商品違い",
  'doubt.intent.return': () => "返品",
  'doubt.intent.cancel': () => "キャンセル",
  'doubt.intent.address-change': () => "住所変更",
  'doubt.intent.where-is-my-order': () => "配送状況の確認",
  'doubt.intent.off-amazon': () => "Amazon外での連絡",
  'doubt.intent.other': () => "その他",
  'doubt.title.cancel': () => "キャンセルする前に購入者のメッセージを読んでください：キャンセルの依頼ではない可能性があります",
  'doubt.title.address': () => "キャンセルや転送の前に購入者のメッセージを読んでください：住所変更の依頼ではない可能性があります",
  'doubt.title.delivery': () => "返金・再送やAマークへの案内の前に購入者のメッセージを読んでください：未着の連絡ではない可能性があります",
  'doubt.why.cancel': () => "メッセージはキャンセルの依頼のようですが、はっきりしません。キャンセルの依頼であれば、理由「購入者によるキャンセル」でキャンセルしてください。そうでなければ、通常どおり出荷期限までに出荷してください。購入者の要望を設定すると、アドバイスはその選択に従います。",
  'doubt.why.address': () => "メッセージは配送先住所の変更依頼のようですが、はっきりしません。そうであれば、出荷前ならキャンセルして購入者に新しい住所で注文し直してもらい、出荷後なら配送業者に配送停止や転送を依頼してください。購入者の要望を設定すると、アドバイスはその選択に従います。",
  'doubt.why.delivery': () => "メッセージは荷物が届いていないという連絡のようですが、はっきりしません。そうであれば未着の場合のアドバイスが当てはまります。そうでなければ、返金・再送やAマークの申請への案内は、購入者が尋ねていないことへの答えになります。購入者の要望を設定すると、アドバイスはその選択に従います。",
  'doubt.doNot.cancel': () => "メッセージを自分で読むまで注文をキャンセルしないでください。",
  'doubt.doNot.address': () => "メッセージを自分で読むまで、キャンセル、転送、別の住所への出荷をしないでください。",
  'doubt.doNot.delivery': () => "メッセージを自分で読むまで、返金、再送、Aマークへの案内をしないでください。",
  'doubt.title.contact': () => "Amazon外への移行の依頼として返信する前に、購入者のメッセージを読んでください：そうではない可能性があります",
  'doubt.why.contact': () => "メッセージはAmazon外での支払いや連絡の依頼のようですが、はっきりしません。そうであれば丁寧にお断りし、連絡と支払いはAmazon上で行ってください。そうでなければ、購入者が実際に求めていることに回答してください。購入者の要望を設定すると、アドバイスはその選択に従います。",
  'doubt.doNot.contact': () => "メッセージの内容にかかわらず、連絡先を伝えたり、Amazon外で支払いを受けたりしないでください。",
  'doubt.shipBy': (p) => `購入者の依頼でなければ、${p.by}までに出荷する必要があります。`,
} };
