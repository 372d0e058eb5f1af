import { makeSupportRequest, makeTagDecision } from '../../factories/index.ts';
import { type ActivitySpec, account, activity, ago, deal, levels, powerMap, type StoryContext } from '../story-kit.ts';

/** 压款的陷阱: a distributor that pays in four months, and one with 30 % of its invoices overdue. */
export async function paymentTrapStories(ctx: StoryContext): Promise<void> {
  const qilu = await powerMap(ctx, 'qilu', {
    contacts: [
      {
        key: 'gm',
        name: 'Kong Fanping',
        nameZh: '孔繁平',
        department: 'general_management',
        title: 'General Manager',
        titleZh: '总经理',
        rank: 1,
        influence: 5,
        role: 'decision_maker',
        attitude: 'neutral',
        strength: 2,
      },
      {
        key: 'logistics',
        name: 'Qu Yang',
        nameZh: '曲阳',
        department: 'logistics',
        title: 'Logistics Manager',
        titleZh: '物流经理',
        rank: 3,
        influence: 3,
        role: 'evaluator',
        attitude: 'supporter',
        strength: 3,
        main: true,
      },
      {
        key: 'finance',
        name: 'Lü Hong',
        nameZh: '吕红',
        department: 'finance',
        title: 'Finance Director',
        titleZh: '财务总监',
        rank: 2,
        influence: 4,
        role: 'gatekeeper',
        attitude: 'opponent',
        strength: 1,
        notes: 'Pays carriers when the distributors pay her: about four months. / 经销商回款后才付物流费，约四个月。',
      },
      {
        key: 'sales',
        name: 'Sui Dong',
        nameZh: '隋东',
        department: 'sales',
        title: 'Channel Sales Director',
        titleZh: '渠道销售总监',
        rank: 2,
        influence: 3,
        role: 'user',
        attitude: 'neutral',
        strength: 2,
      },
    ],
    relations: [
      ['logistics', 'reports_to', 'gm'],
      ['finance', 'reports_to', 'gm'],
      ['sales', 'reports_to', 'gm'],
    ],
  });
  const qiluTimeline: ActivitySpec[] = [
    { daysAgo: 280, kind: 'visit', subject: 'Quarterly review / 季度回顾', ours: ['rep.east2'], theirs: [qilu.logistics] },
    {
      daysAgo: 190,
      kind: 'meeting',
      subject: 'Collection plan with their finance director / 与财务总监商议回款计划',
      ours: ['rep.east2', 'finance'],
      theirs: [qilu.finance],
    },
    { daysAgo: 100, kind: 'visit', subject: 'Quarterly review / 季度回顾', ours: ['rep.east2'], theirs: [qilu.logistics, qilu.sales] },
    { daysAgo: 40, kind: 'visit', subject: 'Quarterly review / 季度回顾', ours: ['rep.east2'], theirs: [qilu.logistics] },
    { daysAgo: 14, kind: 'call', subject: 'Overdue invoices reminder / 逾期账款提醒', ours: ['rep.east2'], theirs: [qilu.finance] },
  ];
  for (const a of qiluTimeline) await activity(ctx, 'qilu', a);
  await deal(ctx, 'qilu', {
    name: 'Distributor replenishment linehaul, Shandong',
    nameZh: '山东经销商补货干线',
    kind: 'standard',
    stage: 'execution',
    value: 9_000_000,
    serviceLines: ['linehaul', 'ltl'],
    stageChangedDaysAgo: 70,
    createdDaysAgo: 160,
    team: [['rep.east2', 'sales']],
  });
  const { row: qiluRow } = account(ctx, 'qilu');
  await makeSupportRequest(ctx.tx, {
    accountId: qiluRow.id,
    departmentId: ctx.people.departments.finance.id,
    need: 'Credit limit review before renewal / 续约前信用额度评估',
    raisedBy: ctx.people.user('rep.east2').id,
    raisedAt: ago(ctx, 20),
    dueAt: ago(ctx, 18),
    status: 'answered',
    assigneeId: ctx.people.user('finance').id,
    acceptedAt: ago(ctx, 19),
    answeredAt: ago(ctx, 18),
    answer: 'Cap exposure at two months of revenue; ask for a bank guarantee. / 风险敞口不超过两个月收入，要求银行保函。',
  });
  await levels(ctx, 'qilu', [[250, 5, 'customer_confirmed', 'Standard linehaul on price / 标准干线，比价采购']]);
  // A signal that misfires here: slow payment is how they have always paid, not a sign of leaving.
  await makeTagDecision(ctx.tx, {
    accountId: qiluRow.id,
    suggested: 'dangerous',
    decided: 'none',
    decidedBy: ctx.people.user('manager.east').id,
    decidedAt: ago(ctx, 10),
    note: 'They have always paid in four months; handled as a payment trap, not as a customer about to leave. / 其一贯四个月付款；按压款陷阱处理，并非流失迹象。',
  });

  const zy = await powerMap(ctx, 'zhongyuan', {
    contacts: [
      {
        key: 'logistics',
        name: 'Bi Hongwei',
        nameZh: '毕宏伟',
        department: 'logistics',
        title: 'Logistics Manager',
        titleZh: '物流经理',
        rank: 3,
        influence: 3,
        role: 'evaluator',
        attitude: 'supporter',
        strength: 3,
        main: true,
      },
      {
        key: 'finance',
        name: 'Lou Jing',
        nameZh: '娄静',
        department: 'finance',
        title: 'Finance Manager',
        titleZh: '财务经理',
        rank: 3,
        influence: 3,
        role: 'gatekeeper',
        attitude: 'neutral',
        strength: 1,
      },
      {
        key: 'gm',
        name: 'Chai Jun',
        nameZh: '柴军',
        department: 'general_management',
        title: 'General Manager',
        titleZh: '总经理',
        rank: 1,
        influence: 5,
        role: 'decision_maker',
        attitude: 'neutral',
        strength: 1,
      },
    ],
    relations: [
      ['logistics', 'reports_to', 'gm'],
      ['finance', 'reports_to', 'gm'],
    ],
  });
  const zyTimeline: ActivitySpec[] = [
    { daysAgo: 240, kind: 'visit', subject: 'Service review / 服务回顾', ours: ['rep.west2'], theirs: [zy.logistics] },
    {
      daysAgo: 120,
      kind: 'call',
      subject: 'Invoices 60 days overdue / 账款逾期60天',
      ours: ['rep.west2', 'finance'],
      theirs: [zy.finance],
    },
    { daysAgo: 40, kind: 'email', subject: 'Statement of account sent / 发送对账单', ours: ['rep.west2'], theirs: [zy.finance] },
  ];
  for (const a of zyTimeline) await activity(ctx, 'zhongyuan', a);
  await deal(ctx, 'zhongyuan', {
    name: 'Chilled food linehaul, Central China',
    nameZh: '华中冷藏食品干线',
    kind: 'standard',
    stage: 'collection',
    value: 6_500_000,
    serviceLines: ['linehaul', 'ltl'],
    stageChangedDaysAgo: 95,
    createdDaysAgo: 300,
    team: [
      ['rep.west2', 'sales'],
      ['finance', 'other'],
    ],
  });
}
