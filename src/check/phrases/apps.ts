// Chat apps: moving the buyer to WhatsApp, WeChat, LINE, ... is contact outside Buyer-Seller Messaging (OFF-AMAZON).
import { anyOf, cjk, words, type PhraseRule } from './build.ts';

// Polish, Swedish and Turkish inflect the name itself ("na WhatsAppie", "Telegramu", "WhatsApp'tan").
const INFLECTED = '\\p{L}{0,4}';

const NAME_LISTS = [
  words(`(?:whats['’]?\\s?app|what['’]s\\s?app|wh?atsapp|watsap+|wats\\s?app|whatsap|whtsapp|vatsap|vatsapp|guasap|wasap|wassap|whassap|wechat|weixin|telegram|viber)${INFLECTED}`,
    // as it is said: "uozzap" (it), "wacap" (pl), "wattsapp" (sv), "vibeur" (fr), "Télégramme", "wotsap"
    `(?:uozzap|uotsap|wacap|wattsapp|wattsap|w[oa]ts[aä]pp?|whatsup|watsup|guas[aá]p?)${INFLECTED}`, 'vibeur', 'télégramme', 'telegrama',
    // spelled by ear or in haste: "Télégram", "telegrm"; Kik after a preposition ("kik" alone is a kick)
    `t[eé]l[eé]gr[aâ]?m${INFLECTED}`, '(?:on|på|auf|sur|su|na|op|en|über)\\s+kik',
    'we\\s+chat', 'skype', 'kakao\\s?talk', 'kakao', 'imessage', '(?:facebook|fb)\\s+messenger', 'zalo', 'threema',
    // a message sent through it: "Messenger-meddelande", "Messenger-bericht", "Messenger message"
    'messenger[-\\s]?(?:meddelande\\p{L}*|bericht\\p{L}*|nachricht\\p{L}*|messages?|wiadomo\\p{L}*|mesaj\\p{L}*)',
    'wickr', 'dingtalk', 'lark\\s+app', 'bip\\s+(?:üzerinden|messenger|uygulama\\p{L}*)',
    'line\\s?(?:id|app|account|chat|messenger)', 'add\\s+me\\s+on\\s+line', 'signal[-\\s]?(?:app|messenger|nummer|number)',
    // Brazilian and Portuguese for WhatsApp ("manda no whats"); Turkish for Messenger; Dutch "appen" ("app me even")
    'whats\\s*[:：]', 'wpp', 'messenger(?:dan|den|\'dan|\'den|\'tan|\'ten|üzerinden)', 'app\\s+(?:me|ons)(?:\\s+even)?',
    // WeChat as Chinese sellers abbreviate it
    '(?:vx|wx|v信)(?=\\s*(?:号|[:：]))'),
  cjk('微信', '威信', '加个\\s*(?:v|V|微)(?![A-Za-z])', '薇信', '徽信', '微\\s*x', 'v信', 'V信', '加\\s*(?:v|V|vx|VX|wx|WX|薇|威)(?![A-Za-z])', '企鹅号',
    '扣扣', '电报', '钉钉', '飞书', '카카오톡', '카톡', 'ワッツアップ', 'ウィーチャット', 'テレグラム', 'カカオトーク', 'スカイプ',
    'バイバー',
    // Arabic names and spellings
    'واتس\\s?اب', 'واتساب', 'وتساب', 'الواتس', 'واتس', 'تيليجرام', 'تيليغرام', 'تلغرام', 'تليجرام', 'فايبر', 'سكايب', 'إيمو', 'بوتيم', 'ماسنجر',
    // ライン is also a production line or a drawn line: only the app when it is used like one, and never the end of a
    // longer word (ガイドライン, オンライン, デッドライン)
    '(?<![\\p{sc=Katakana}ー])ライン(?=\\s*(?:ID|id|で|に|の(?:ID|アカウント|友)|追加|友だち|友達|アカウント|公式|交換))'),
  words('qq(?=\\s*(?:号|群|[:：]|\\d))'),
];
// The names after a preposition ("on Messenger" — "messenger" alone is also a bag —, "me chama no zap", "na
// Messengerze", "via WA"): these begin with the commonest short words, so
// the list runs with them only over a draft that has one of the names at all (NAMES_ALONE otherwise, which then finds
// the same).
const AFTER_PREPOSITION = words(
  '(?:on|via|über|per|sur|par|por|su|tramite|auf|in|på|op|pelo|no)\\s+messenger(?!\\s+bag)',
  '(?:on|via|über|per|sur|par|por|su|tramite|auf|pelo|op|på|üzerinden)\\s+signal',
  '(?:no|pelo|via|meu|nosso|o|teu|seu|del|al|por|el)\\s+(?:zap(?:zap)?|whats|wpp|zapp|wsp|wasa)',
  '(?:na|przez|w)\\s+messenger\\p{L}{0,3}',
  '(?:via|op|på|via)\\s+(?:whats|wa)(?![\\p{L}])');
const NAMES = anyOf([...NAME_LISTS, AFTER_PREPOSITION]);
const NAMES_ALONE = anyOf(NAME_LISTS);
const HAS_NAME_AFTER_PREPOSITION = /messenger|signal|zap|whats|wpp|wsp|wasa|(?<![\p{L}])wa(?![\p{L}])/iu;

// Capitals make these names: "LINE" (not "line"), "QQ", and "WA" (WhatsApp) after "on", "bei", ... or before ":".
// "LINE IN" / "LINE OUT" / "LINE出力" are audio jacks.
// "BiP" (Turkcell's messenger) in its own spelling: "bip" is a beep.
const CAPITALS = new RegExp('(?<![A-Za-z0-9])BiP(?![A-Za-z0-9])|(?<![A-Za-z0-9])WP(?=[\'’](?:den|dan|ten|tan|ye|ya|de|da)|\\s+(?:üzerinden|numara|hatt))|(?<![A-Za-z0-9])(?:LINE(?:@|公式)?(?![-\\s]?(?:IN|OUT|In|Out|in|out|入力|出力|端子|レベル))|QQ|WA(?=\\s*[:：]))(?![A-Za-z0-9])|' +
  '(?<![A-Za-z0-9])(?:[Oo]n|[Vv]ia|[Bb]ei|[Aa]uf|[Pp]er|über|[Ss]ur|[Pp]or|[Ss]u)\\s+WA(?![A-Za-z0-9])', 'g');

export const APP_RULES: readonly PhraseRule[] = [
  { re: NAMES, kind: 'messaging-app', hint: 'messaging-app', unlessRefused: true,
    otherwise: { needs: HAS_NAME_AFTER_PREPOSITION, re: NAMES_ALONE } },
  { re: CAPITALS, kind: 'messaging-app', hint: 'messaging-app', unlessRefused: true },
];
