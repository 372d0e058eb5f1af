import { makeAccountScore, makeAttestation, makeSupportRequest } from '../../factories/index.ts';
import { type ActivitySpec, type StoryContext, account, activity, ago, deal, levels, powerMap } from '../story-kit.ts';

/** 压款的陷阱: a distributor that pays in four months, and one with 30 % of its invoices overdue. */
export async function paymentTrapStories(ctx: StoryContext): Promise<void> {
  const qilu = await powerMap(ctx, 'qilu', {
    contacts: [
      { key: 'gm', name: 'Kong Fanping', nameZh: '孔繁平', department: 'general_management', title: 'General Manager', titleZh: '总经理', rank: 1, influence: 5, role: 'decision_maker', attitude: 'neutral', strength: 2 },
      { key: 'logistics', name: 'Qu Yang', nameZh: '曲阳', department: 'logistics', title: 'Logistics Manager', titleZh: '物流经理', rank: 3, influence: 3, role: 'evaluator', attitude: 'supporter', strength: 3, main: true },
      { key: 'finance', name: 'Lü Hong', nameZh: '吕红', department: 'finance', title: 'Finance Director', titleZh: '财务总监', rank: 2, influence: 4, role: 'gatekeeper', attitude: 'opponent', strength: 1,
        notes: 'Pays carriers when the distributors pay her: about four months. / 经销商回款后才付物流费，约四个月。' },
      { key: 'sales', name: 'Sui Dong', nameZh: '隋东', department: 'sales', title: 'Channel Sales Director', titleZh: '渠道销售总监', rank: 2, influence: 3, role: 'user', attitude: 'neutral', strength: 2 },
    ],
    relations: [['logistics', 'reports_to', 'gm'], ['finance', 'reports_to', 'gm'], ['sales', 'reports_to', 'gm']],
  });
  const qiluTimeline: ActivitySpec[] = [
    { daysAgo: 280, kind: 'visit', subject: 'Quarterly review / 季度回顾', ours: ['rep.east2'], theirs: [qilu.logistics] },
    { daysAgo: 190, kind: 'meeting', subject: 'Collection plan with their finance director / 与财务总监商议回款计划', ours: ['rep.east2', 'finance'], theirs: [qilu.finance] },
    { daysAgo: 100, kind: 'visit', subject: 'Quarterly review / 季度回顾', ours: ['rep.east2'], theirs: [qilu.logistics, qilu.sales] },
    { daysAgo: 40, kind: 'visit', subject: 'Quarterly review / 季度回顾', ours: ['rep.east2'], theirs: [qilu.logistics] },
    { daysAgo: 14, kind: 'call', subject: 'Overdue invoices reminder / 逾期账款提醒', ours: ['rep.east2'], theirs: [qilu.finance] },
  ];
  for (const a of qiluTimeline) await activity(ctx, 'qilu', a);
  await deal(ctx, 'qilu', {
    name: 'Distributor replenishment linehaul, Shandong', nameZh: '山东经销商补货干线', kind: 'standard', stage: 'execution', value: 9_000_000,
    serviceLines: ['linehaul', 'ltl'], stageChangedDaysAgo: 70, createdDaysAgo: 160, team: [['rep.east2', 'sales']],
  });
  const { row: qiluRow } = account(ctx, 'qilu');
  await makeSupportRequest(ctx.tx, {
    accountId: qiluRow.id, departmentId: ctx.people.departments.finance.id, need: 'Credit limit review before renewal / 续约前信用额度评估', raisedBy: ctx.people.user('rep.east2').id,
    raisedAt: ago(ctx, 20), dueAt: ago(ctx, 18), status: 'answered', assigneeId: ctx.people.user('finance').id, acceptedAt: ago(ctx, 19), answeredAt: ago(ctx, 18),
    answer: 'Cap exposure at two months of revenue; ask for a bank guarantee. / 风险敞口不超过两个月收入，要求银行保函。',
  });
  await levels(ctx, 'qilu', [[250, 5, 'customer_confirmed', 'Standard linehaul on price / 标准干线，比价采购']]);

  const zy = await powerMap(ctx, 'zhongyuan', {
    contacts: [
      { key: 'logistics', name: 'Bi Hongwei', nameZh: '毕宏伟', department: 'logistics', title: 'Logistics Manager', titleZh: '物流经理', rank: 3, influence: 3, role: 'evaluator', attitude: 'supporter', strength: 3, main: true },
      { key: 'finance', name: 'Lou Jing', nameZh: '娄静', department: 'finance', title: 'Finance Manager', titleZh: '财务经理', rank: 3, influence: 3, role: 'gatekeeper', attitude: 'neutral', strength: 1 },
      { key: 'gm', name: 'Chai Jun', nameZh: '柴军', department: 'general_management', title: 'General Manager', titleZh: '总经理', rank: 1, influence: 5, role: 'decision_maker', attitude: 'neutral', strength: 1 },
    ],
    relations: [['logistics', 'reports_to', 'gm'], ['finance', 'reports_to', 'gm']],
  });
  const zyTimeline: ActivitySpec[] = [
    { daysAgo: 240, kind: 'visit', subject: 'Service review / 服务回顾', ours: ['rep.west2'], theirs: [zy.logistics] },
    { daysAgo: 120, kind: 'call', subject: 'Invoices 60 days overdue / 账款逾期60天', ours: ['rep.west2', 'finance'], theirs: [zy.finance] },
    { daysAgo: 40, kind: 'email', subject: 'Statement of account sent / 发送对账单', ours: ['rep.west2'], theirs: [zy.finance] },
  ];
  for (const a of zyTimeline) await activity(ctx, 'zhongyuan', a);
  await deal(ctx, 'zhongyuan', {
    name: 'Chilled food linehaul, Central China', nameZh: '华中冷藏食品干线', kind: 'standard', stage: 'collection', value: 6_500_000,
    serviceLines: ['linehaul', 'ltl'], stageChangedDaysAgo: 95, createdDaysAgo: 300, team: [['rep.west2', 'sales'], ['finance', 'other']],
  });
}

/** Unserviceable today (all sites in Xinjiang, Tibet and Yunnan); and an account nobody visits. */
export async function reachStories(ctx: StoryContext): Promise<void> {
  const ts = await powerMap(ctx, 'tianshan', {
    contacts: [
      { key: 'gm', name: 'Aili Maimaiti', nameZh: '艾力·买买提', department: 'general_management', title: 'General Manager', titleZh: '总经理', rank: 1, influence: 5, role: 'decision_maker', attitude: 'neutral', strength: 1 },
      { key: 'branch', name: 'Duan Lihua', nameZh: '段丽华', department: 'sales', title: 'Head of the Kunming branch', titleZh: '昆明分公司经理', rank: 3, influence: 3, role: 'coach', attitude: 'supporter', strength: 3, main: true,
        notes: 'Our way in: the branch nearest our Chengdu hub. / 切入点：离我方成都枢纽最近的分支。' },
      { key: 'logistics', name: 'Ma Jianguo', nameZh: '马建国', department: 'logistics', title: 'Logistics Manager', titleZh: '物流经理', rank: 3, influence: 3, role: 'evaluator', attitude: 'neutral', strength: 1 },
    ],
    relations: [['branch', 'reports_to', 'gm'], ['logistics', 'reports_to', 'gm']],
  });
  await activity(ctx, 'tianshan', { daysAgo: 50, kind: 'visit', subject: 'Visit to the Kunming branch / 拜访昆明分公司', ours: ['rep.west2'], theirs: [ts.branch] });
  await activity(ctx, 'tianshan', { daysAgo: 16, kind: 'call', subject: 'Shipments from Kunming to East China / 昆明发往华东的货量', ours: ['rep.west2'], theirs: [ts.branch, ts.logistics] });
  await deal(ctx, 'tianshan', {
    name: 'Dried fruit from Kunming to East China', nameZh: '昆明干果发往华东', kind: 'standard', stage: 'lead', value: 3_000_000,
    serviceLines: ['linehaul'], stageChangedDaysAgo: 16, createdDaysAgo: 16, team: [['rep.west2', 'sales']],
  });
  await levels(ctx, 'tianshan', [[16, 5, 'own_estimate', 'Not a customer yet / 尚未合作']]);

  const tf = await powerMap(ctx, 'tianfu', {
    contacts: [
      { key: 'logistics', name: 'Jiang Xiaolan', nameZh: '蒋晓兰', department: 'logistics', title: 'Logistics Manager', titleZh: '物流经理', rank: 3, influence: 3, role: 'evaluator', attitude: 'neutral', strength: 2, main: true },
      { key: 'quality', name: 'Ran Qing', nameZh: '冉青', department: 'quality', title: 'Quality Manager', titleZh: '质量经理', rank: 3, influence: 4, role: 'evaluator', attitude: 'neutral', strength: 1 },
    ],
  });
  // One visit in a year: the account the rep's week should bring back.
  await activity(ctx, 'tianfu', { daysAgo: 310, kind: 'visit', subject: 'Annual review / 年度回顾', ours: ['rep.west1'], theirs: [tf.logistics] });
  const { row } = account(ctx, 'tianfu');
  await makeAccountScore(ctx.tx, { accountId: row.id, influence: 3, satisfaction: 3, cooperation: 2, scoredBy: ctx.people.user('manager.west').id, scoredAt: ago(ctx, 200) });
}

/** A live-stream seller at the very start of a solution track: they know they have a problem. */
export async function customerContactStory(ctx: StoryContext): Promise<void> {
  const wl = await powerMap(ctx, 'westlake', {
    contacts: [
      { key: 'founder', name: 'Xiang Yiming', nameZh: '项一鸣', department: 'general_management', title: 'Founder', titleZh: '创始人', rank: 1, influence: 5, role: 'decision_maker', attitude: 'supporter', strength: 2 },
      { key: 'ops', name: 'Chu Jiaqi', nameZh: '储佳琪', department: 'ecommerce', title: 'Head of Operations', titleZh: '运营负责人', rank: 2, influence: 4, role: 'influencer', attitude: 'supporter', strength: 3, main: true },
      { key: 'service', name: 'Fan Xiaoyu', nameZh: '范晓雨', department: 'customer_service', title: 'Customer Service Lead', titleZh: '客服主管', rank: 3, influence: 2, role: 'user', attitude: 'neutral', strength: 2 },
    ],
    relations: [['ops', 'reports_to', 'founder'], ['service', 'reports_to', 'ops']],
  });
  await activity(ctx, 'westlake', { daysAgo: 26, kind: 'visit', subject: 'Why do buyers complain? / 买家为什么投诉？', ours: ['rep.east1'], theirs: [wl.ops, wl.service],
    notes: 'We asked about their complaints before talking about our product. / 先了解投诉原因，而不是推销产品。' });
  await deal(ctx, 'westlake', {
    name: 'Fulfilment for live-stream sales', nameZh: '直播电商订单履约', kind: 'solution', stage: 'customer_contact', value: 12_000_000,
    serviceLines: ['b2c_fulfilment', 'last_mile'], stageChangedDaysAgo: 26, closeInDays: 200, createdDaysAgo: 26,
    signals: [
      ['complained_about_current_provider', 26, wl.service, 'Too many buyer complaints after live sessions / 直播后买家投诉过多'],
      ['new_business_initiative', 20, wl.founder, 'Own-brand line launching / 自有品牌上线'],
    ],
    actions: [['discovery_call', 26, 'problem_discovery']],
    team: [['rep.east1', 'sales']],
  });
  const { row } = account(ctx, 'westlake');
  await makeAttestation(ctx.tx, {
    accountId: row.id, criterion: 'solution_need', effect: 'for', note: 'Needs fulfilment, returns and last mile as one service. / 需要履约、退货与末端配送一体化服务。',
    attestedBy: ctx.people.user('rep.east1').id, attestedAt: ago(ctx, 20),
  });
}
