// Which hosts a link may point to, and what a non-Amazon host says about the link (MSG-PROHIBITED, OFF-AMAZON).
import type { FindingKind } from '../model.ts';

/** Amazon's own sites in every marketplace, Amazon's short links (amzn.to, a.co) and Amazon's image hosts. */
export const AMAZON_DOMAINS: readonly string[] = [
  'amazon.com', 'amazon.ca', 'amazon.com.mx', 'amazon.com.br', 'amazon.co.uk', 'amazon.de', 'amazon.fr',
  'amazon.it', 'amazon.es', 'amazon.nl', 'amazon.se', 'amazon.pl', 'amazon.com.be', 'amazon.com.tr',
  'amazon.co.jp', 'amazon.com.au', 'amazon.sg', 'amazon.ae', 'amazon.sa', 'amazon.eg', 'amazon.in', 'amazon.cn',
  'amazon.ie', 'amazon.co.za',
  // amzn.to is Amazon's own URL shortener: it can only lead to Amazon, so it is allowed like amazon.com.
  'amzn.to', 'amzn.eu', 'amzn.asia', 'amzn.com', 'a.co', 'media-amazon.com', 'ssl-images-amazon.com',
];

const SOCIAL = ['facebook.com', 'fb.com', 'fb.me', 'instagram.com', 'instagr.am', 'tiktok.com', 'douyin.com',
  'youtube.com', 'youtu.be', 'twitter.com', 'x.com', 'pinterest.com', 'pin.it', 'linkedin.com', 'reddit.com',
  'weibo.com', 'weibo.cn', 'xiaohongshu.com', 'xhslink.com', 'bilibili.com', 'b23.tv', 'snapchat.com',
  'threads.net', 'threads.com', 'discord.gg', 'discord.com', 'kuaishou.com', 'linktr.ee', 'note.com'];

const MESSAGING = ['wa.me', 'whatsapp.com', 't.me', 'telegram.me', 'telegram.org', 'line.me', 'lin.ee',
  'weixin.qq.com', 'wechat.com', 'viber.com', 'signal.me', 'signal.group', 'skype.com', 'm.me', 'messenger.com',
  'kakao.com', 'qm.qq.com', 'zalo.me'];

const PAYMENT = ['paypal.com', 'paypal.me', 'venmo.com', 'cash.app', 'zelle.com', 'zellepay.com', 'wise.com',
  'revolut.me', 'revolut.com', 'alipay.com', 'westernunion.com', 'moneygram.com', 'payoneer.com', 'stripe.com',
  'squareup.com', 'square.link', 'ko-fi.com', 'buymeacoffee.com', 'bizum.es', 'satispay.com', 'lydia-app.com',
  'paypay.ne.jp', 'pay.weixin.qq.com', 'mercadopago.com', 'klarna.com'];

const SHORTENERS = ['bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly',
  'cutt.ly', 'shorturl.at', 'rb.gy', 'tiny.cc', 's.id', 't.ly', 'v.gd', 'dwz.cn', 'url.cn', 't.cn', 'lnkd.in',
  'short.io', 'bl.ink', 'qrco.de', 't.co', 'tiny.one', 'shorturl.com', 'surl.li', 'clck.ru', 'u.nu'];

// Marketplaces the phrase lists name (phrases/marketing.ts OTHER_MARKETPLACES): written bare ("Bol.com", "ebay.de"), the
// domain is the shop's name, reported by that list as another marketplace, or let pass where it is refused there ("wij
// verkopen niet via Bol.com").
const MARKETPLACE_NAMES = /^(?:www\.)?(?:bol|otto|allegro|subito|noon|ebay|etsy|aliexpress|temu|shein|walmart|rakuten|cdiscount|fnac|zalando|kaufland|kleinanzeigen|marktplaats|leboncoin|wallapop|vinted|trendyol|hepsiburada|n11|mercadolivre|mercadolibre|empik|ceneo|blocket|tradera)\.[a-z.]{2,7}$/;

/** A marketplace's domain written as its name: no scheme, no path. */
export function namedMarketplace(raw: string, host: string): boolean {
  return !/[/?#@:]/.test(raw) && MARKETPLACE_NAMES.test(host);
}

function under(host: string, domains: readonly string[]): boolean {
  for (const d of domains) if (host === d || host.endsWith('.' + d)) return true;
  return false;
}

export function isAmazonHost(host: string): boolean {
  return under(host, AMAZON_DOMAINS);
}

export type HostClass = { kind: FindingKind; hint: 'link' | 'link-shortener' | 'social' | 'messaging-app' | 'off-amazon-payment' };

// A video on YouTube is a link to watch something; a channel or profile is a social page.
const VIDEO_PATH = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:youtu\.be\/|youtube\.com\/(?:watch|shorts\/|embed\/))/i;

/** What a link to this (non-Amazon) host is: a social page, a chat app, a way to pay, a shortener or a website. */
export function classifyHost(host: string, url = ''): HostClass {
  if (VIDEO_PATH.test(url)) return { kind: 'link', hint: 'link' };
  // Checked before social: weixin.qq.com is a chat app even though qq.com is not on any list.
  if (under(host, PAYMENT)) return { kind: 'off-amazon-payment', hint: 'off-amazon-payment' };
  if (under(host, MESSAGING)) return { kind: 'messaging-app', hint: 'messaging-app' };
  if (under(host, SOCIAL)) return { kind: 'social', hint: 'social' };
  if (under(host, SHORTENERS)) return { kind: 'link', hint: 'link-shortener' };
  return { kind: 'link', hint: 'link' };
}

/** The host of a link as typed (with or without a scheme), lower-cased, without credentials, port or dot at the end. */
export function hostOf(url: string): string | null {
  let rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^\/\//, '');
  rest = rest.split(/[/?#]/, 1)[0] ?? '';
  const at = rest.lastIndexOf('@');
  if (at >= 0) rest = rest.slice(at + 1);
  rest = rest.replace(/:\d*$/, '').replace(/\.$/, '').toLowerCase();
  return rest || null;
}
