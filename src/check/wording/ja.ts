// The checker's wording in one UI language (see ../hints.ts): what to write instead, and the short name of each kind.
import type { CheckWording } from '../hints.ts';

const wording: CheckWording = {
  hints: {
    'link': 'リンクを削除し、手順を文章で説明するかAmazonの注文履歴をご案内ください。',
    'link-shortener': '短縮URLを削除してください。Amazonのリンクのみ使えます。',
    'link-lookalike': '似た文字でAmazonを装ったアドレスです。削除してください。',
    'website-mention': '自社サイトへ誘導せず、必要な情報をここに書いてください。',
    'email': 'メールアドレスを削除し、ここへの返信をお願いしてください。',
    'phone': '電話番号を削除し、購入者とのメッセージで続けてください。',
    'contact-outside': 'Amazon外での連絡を促さず、このメッセージへの返信をお願いしてください。',
    'messaging-app': 'チャットアプリへ誘導せず、写真や動画はここに添付してもらってください。',
    'social': 'SNSの名称・ページ・アカウントを削除してください。',
    'off-amazon-payment': 'Amazon外でのお金のやり取りは禁止です。注文詳細の「返金」かAmazonの返品をご利用ください。',
    'review-incentive': 'レビューの見返りは禁止です。問題解決とは切り離してください。',
    'review-change': 'レビューの変更・削除をお願いしないでください。',
    'feedback-change': '解決後に一度だけ評価の更新が可能と伝えるのは可。催促や見返りは禁止です。',
    'review-positive': '高評価ではなく率直なレビューをお願いしてください。',
    'review-happy-only': '満足度にかかわらず同じようにお願いし、不満のある方のレビューを妨げないでください。',
    'review-stars': '星の数に触れないでください。',
    'review-steer': 'レビューを誘導しないでください（特典、条件、変更、投稿の延期、書く内容の指定）。すべての購入者に同じようにお願いするか、お願いしないでください。',
    'marketing': '宣伝（クーポン、コード、他の商品、ストア）を削除し、この注文のことだけ書いてください。',
    'other-marketplace': '他のモールやショップへ誘導しないでください。',
    'attachment': '添付できるのは説明書・請求書・保証書のみです。',
    'emoji': '絵文字を削除してください。ブロックされることがあります。',
  },
  kinds: {
    'link': '外部リンク',
    'email': 'メールアドレス',
    'phone': '電話番号',
    'messaging-app': 'チャットアプリ',
    'social': 'SNS',
    'off-amazon-payment': 'Amazon外での支払い',
    'review-manipulation': '禁止されたレビュー依頼',
    'marketing': '宣伝',
    'attachment': '添付ファイル',
    'other': 'メッセージで禁止',
  },
};

export default wording;
