// The checker's wording in one UI language (see ../hints.ts): what to write instead, and the short name of each kind.
import type { CheckWording } from '../hints.ts';

const wording: CheckWording = {
  hints: {
    'link': '删除链接；用文字说明步骤，或引导买家到亚马逊“我的订单”。',
    'link-shortener': '删除短链接：它隐藏了真实地址。只允许亚马逊链接。',
    'link-lookalike': '该网址用形似字母冒充亚马逊，请删除。',
    'website-mention': '不要引导买家访问您的网站，请直接在消息中说明。',
    'email': '删除邮箱地址，请买家在此回复。',
    'phone': '删除电话号码，在买家与卖家消息中继续沟通。',
    'contact-outside': '不要邀请买家站外联系，请买家直接回复此消息。',
    'messaging-app': '不要引导买家使用聊天软件，请买家在此以附件发送照片或视频。',
    'social': '删除社交媒体名称、主页和账号。',
    'off-amazon-payment': '不得站外收付款：请在订单页面退款或通过亚马逊退货。',
    'review-incentive': '不得以任何好处换取评价，请单独解决问题。',
    'review-change': '不要请求买家修改或删除评论。',
    'feedback-change': '问题解决后可提一次反馈可以更新；不得施压或给好处。',
    'review-positive': '只能请求真实评价，不能要求好评。',
    'review-happy-only': '对所有买家一视同仁，不要劝阻不满意的买家评价。',
    'review-stars': '不要提及星级。',
    'review-steer': '不要引导评价（奖励、条件、修改、推迟、指定内容）：对所有买家一视同仁地请求，或者不请求。',
    'marketing': '删除营销内容（优惠券、折扣码、其他产品、店铺），只谈本订单。',
    'other-marketplace': '不要引导买家去其他平台或店铺。',
    'attachment': '只能附加说明书、发票或保修文件。',
    'emoji': '删除表情符号，否则消息可能被拦截。',
  },
  kinds: {
    'link': '外部链接',
    'email': '邮箱地址',
    'phone': '电话号码',
    'messaging-app': '聊天软件',
    'social': '社交媒体',
    'off-amazon-payment': '站外付款',
    'review-manipulation': '违规索评',
    'marketing': '营销内容',
    'attachment': '附件',
    'other': '消息中不允许',
  },
};

export default wording;
