// Social media names, pages and @handles: calls to action that lead the buyer off Amazon (OFF-AMAZON).
import { anyOf, cjk, words, type PhraseRule } from './build.ts';

const PLATFORMS = anyOf([
  words('facebook', 'fb\\s+(?:page|group|seite|groupe)', 'instagram', 'insta(?=\\s*[:@])', 'tik\\s?tok', 'douyin', 'you\\s?tube',
    'twitter', 'pinterest', 'snapchat', 'linkedin', 'reddit', 'weibo', 'xiaohongshu', 'bilibili', 'discord', 'twitch',
    'kuaishou', 'rednote', 'insta(?=\\s+(?:story|stories|profil\\p{L}*|konto|hesab\\p{L}*|sayfa\\p{L}*|dm))',
    // inflected and local forms: "na Instagramie", "Facebooku", "Instagram'dan", "fejs", "face" (pt)
    // and in compounds: "Facebookgroep", "Facebookgrupp", "Instagramkonto"
    'instagram\\p{L}{1,8}', 'facebook\\p{L}{1,8}', 'tiktok\\p{L}{1,8}', 'youtube\\p{L}{1,8}', 'fejs\\p{L}{0,3}', 'insta\\s+dm',
    // "find us on Insta": the short name after a preposition ("insta" alone is also a Spanish verb)
    '(?:on|auf|sur|en|su|no|na|op|på|w|in)\\s+insta', '(?:on|auf|sur|su|na|op|på|w)\\s+snap(?:chat)?(?:ie|a|u)?',
    ),
  cjk('インスタ(?:グラム)?', 'フェイスブック', 'ツイッター', 'ユーチューブ', 'ティックトック', 'ピンタレスト', '抖音', '快手', '微博',
    '小红书', '小紅書', '哔哩哔哩', 'B站', '脸书', '臉書', '油管', '推特', '视频号', '公众号',
    'انستقرام', 'انستغرام', 'إنستغرام', 'إنستقرام', 'انستا', 'فيسبوك', 'فيس\\s?بوك', 'الفيس', 'تيك\\s?توك', 'سناب\\s?شات', 'سناب',
    'تويتر', 'يوتيوب', 'تابعونا', 'تابعنا'),
]);

// "IG: northwind" — only in capitals, only introducing a name.
const IG = /(?<![A-Za-z0-9])IG(?=\s*[:：@])/g;
// An @handle that is not part of an email address.
const HANDLE = /(?<![A-Za-z0-9_.@])@[A-Za-z][A-Za-z0-9_]{2,29}(?:\.[A-Za-z0-9_]+)*(?![A-Za-z0-9_@])/g;

export const SOCIAL_RULES: readonly PhraseRule[] = [
  { re: PLATFORMS, kind: 'social', hint: 'social', unlessRefused: true },
  { re: IG, kind: 'social', hint: 'social', unlessRefused: true },
  { re: HANDLE, kind: 'social', hint: 'social' },
];
