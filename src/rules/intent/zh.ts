// Chinese buyer phrases, simplified and traditional (matched anywhere: no spaces between words). Japanese and Chinese
// phrases join one alternation (detect.ts), so a phrase ja.ts has (取消, 破損, 故障), or one containing a shorter phrase
// (还没收到 holds 没收到), is not listed again: it would find nothing more.
import type { PhraseSet } from './types.ts';

export const ZH: PhraseSet = {
  wholeWords: false,
  phrases: {
    'not-received': [
      '没有收到', '没收到', '未收到', '还没到', '没有到货', '没到货', '丢失', '丢了', '丢件', '显示已送达',
      '显示已签收', '显示已妥投', '未送达', '沒有收到', '沒收到', '遺失', '送错地址', '送錯地址', '不是我家', '被偷',
    ],
    'where-is-my-order': [
      '订单在哪', '包裹在哪', '什么时候到', '什么时候能到', '什么时候发货', '何时送达', '何时到', '物流信息', '物流状态',
      '物流单号', '追踪号', '快递单号', '运单号', '发货了吗', '到哪了', '訂單在哪', '什麼時候到',
    ],
    'damaged': [
      '损坏', '破损', '坏了', '碎了', '摔坏', '划痕', '不能用', '无法使用', '质量问题', '破了', '裂了', '壞了', '損壞',
    ],
    'wrong-item': [
      '发错', '错发', '寄错', '不是我订的', '不是我买的', '货不对板', '货不对版', '与描述不符', '和描述不符', '颜色不对',
      '尺寸不对', '商品不对', '收到的不是', '發錯', '寄錯',
    ],
    'return': ['退货', '退回', '退换', '换货', '退貨', '換貨'],
    'cancel': ['撤销订单', '撤銷'],
    'address-change': [
      '改地址', '换地址', '新地址', '地址写错', '地址填错', '变更收货地址', '改收货地址', '搬家',
    ],
    'off-amazon': [
      '微信', 'vx号', '支付宝', '邮箱', '电话联系', '打电话', '我的电话', '我的手机', '加我', 'qq号', '加qq', '私下',
      '亚马逊以外', '站外', '转账',
    ],
  },
};
