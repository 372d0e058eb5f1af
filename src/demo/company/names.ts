import type { Random } from '../random.ts';

// Common Chinese family and given names with their pinyin, for contacts the demo
// and the generator invent; the notable accounts name their people by hand.
const FAMILY: readonly [string, string][] = [
  ['Wang', '王'],
  ['Li', '李'],
  ['Zhang', '张'],
  ['Liu', '刘'],
  ['Chen', '陈'],
  ['Yang', '杨'],
  ['Huang', '黄'],
  ['Zhao', '赵'],
  ['Wu', '吴'],
  ['Zhou', '周'],
  ['Xu', '徐'],
  ['Sun', '孙'],
  ['Ma', '马'],
  ['Zhu', '朱'],
  ['Hu', '胡'],
  ['Guo', '郭'],
  ['He', '何'],
  ['Gao', '高'],
  ['Lin', '林'],
  ['Luo', '罗'],
  ['Zheng', '郑'],
  ['Liang', '梁'],
  ['Xie', '谢'],
  ['Song', '宋'],
  ['Tang', '唐'],
  ['Han', '韩'],
  ['Feng', '冯'],
  ['Deng', '邓'],
];

const GIVEN: readonly [string, string][] = [
  ['Wei', '伟'],
  ['Fang', '芳'],
  ['Min', '敏'],
  ['Jing', '静'],
  ['Qiang', '强'],
  ['Lei', '磊'],
  ['Yang', '洋'],
  ['Yan', '艳'],
  ['Jun', '军'],
  ['Jie', '杰'],
  ['Tao', '涛'],
  ['Chao', '超'],
  ['Ming', '明'],
  ['Xiuying', '秀英'],
  ['Hui', '慧'],
  ['Peng', '鹏'],
  ['Hua', '华'],
  ['Dan', '丹'],
  ['Bin', '斌'],
  ['Yu', '宇'],
  ['Hao', '浩'],
  ['Kai', '凯'],
  ['Ling', '玲'],
  ['Xin', '欣'],
  ['Zhiqiang', '志强'],
  ['Jianhua', '建华'],
  ['Haiyan', '海燕'],
  ['Xiaoli', '晓丽'],
  ['Guoqing', '国庆'],
  ['Yufei', '雨菲'],
];

export function personName(random: Random): { name: string; nameZh: string } {
  const [family, familyZh] = random.pick(FAMILY);
  const [given, givenZh] = random.pick(GIVEN);
  return { name: `${family} ${given}`, nameZh: `${familyZh}${givenZh}` };
}

/** Typical people a logistics rep meets at an ordinary account, most frequent first. */
export const ORDINARY_CONTACTS = [
  { department: 'logistics', title: 'Logistics Manager', titleZh: '物流经理', rank: 3, influence: 3, buyingRole: 'evaluator' },
  {
    department: 'supply_chain',
    title: 'Supply Chain Director',
    titleZh: '供应链总监',
    rank: 2,
    influence: 4,
    buyingRole: 'decision_maker',
  },
  { department: 'procurement', title: 'Procurement Manager', titleZh: '采购经理', rank: 3, influence: 3, buyingRole: 'gatekeeper' },
  { department: 'finance', title: 'Finance Manager', titleZh: '财务经理', rank: 3, influence: 2, buyingRole: 'evaluator' },
  { department: 'general_management', title: 'General Manager', titleZh: '总经理', rank: 1, influence: 5, buyingRole: 'decision_maker' },
] as const;
