import {
  makeAccountPlan,
  makeAccountScore,
  makeCommitment,
  makeEscalation,
  makePlanAction,
  makePlaybookRecord,
  makeSupportRequest,
  makeTagDecision,
} from '../../factories/index.ts';
import { type ActivitySpec, account, activity, ago, dayAgo, dayAhead, deal, levels, powerMap, type StoryContext } from '../story-kit.ts';

/**
 * A dangerous account the rep's week must bring back: a competitor in the tender,
 * store damage complaints, revenue sliding and visits thinned to one a month. We
 * answered with a discount before they had even asked for solutions, and now the
 * customer evaluates solutions while we are still asking about needs (behind them).
 */
export async function lakesideStory(ctx: StoryContext): Promise<void> {
  const key = 'lakeside';
  const rep = 'rep.east1';
  const { row, ownerKey } = account(ctx, key);
  if (ownerKey !== rep) throw new Error(`demo: Hefei Lakeside is ${rep}'s account in its story, not ${ownerKey}'s`);
  const p = await powerMap(ctx, key, {
    contacts: [
      {
        key: 'gm',
        name: 'Tao Weimin',
        nameZh: '陶伟民',
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
        key: 'supplyChain',
        name: 'Qian Li',
        nameZh: '钱莉',
        department: 'supply_chain',
        title: 'Supply Chain Director',
        titleZh: '供应链总监',
        rank: 2,
        influence: 4,
        role: 'influencer',
        attitude: 'neutral',
        strength: 3,
      },
      {
        key: 'logistics',
        name: 'Zhu Hao',
        nameZh: '朱浩',
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
        key: 'procurement',
        name: 'Xu Man',
        nameZh: '许曼',
        department: 'procurement',
        title: 'Procurement Manager',
        titleZh: '采购经理',
        rank: 3,
        influence: 4,
        role: 'gatekeeper',
        attitude: 'opponent',
        strength: 1,
        notes: 'Brought Annto into the new DC tender. / 将安得引入新仓招标。',
      },
      {
        key: 'afterSales',
        name: 'Ge Wei',
        nameZh: '葛伟',
        department: 'after_sales',
        title: 'After-sales Manager',
        titleZh: '售后经理',
        rank: 3,
        influence: 2,
        role: 'coach',
        attitude: 'supporter',
        strength: 4,
        notes: 'Tells us what the stores complain about before it reaches procurement. / 门店投诉在到达采购之前，他会先告诉我们。',
      },
    ],
    relations: [
      ['supplyChain', 'reports_to', 'gm'],
      ['procurement', 'reports_to', 'gm'],
      ['logistics', 'reports_to', 'supplyChain'],
      ['afterSales', 'reports_to', 'supplyChain'],
      ['procurement', 'influences', 'gm', 'Price is what the general manager hears from her. / 总经理从她那里只听到价格。'],
    ],
    departments: [['procurement', 'rival', 'supply_chain', 'Price against service. / 价格与服务之争。']],
  });

  // A visit every three weeks for most of the year, then a single one in the last three months.
  const timeline: ActivitySpec[] = [
    ...[345, 325, 305, 285, 262, 240, 218, 196, 174, 152, 130, 110].map(
      (d, i): ActivitySpec => ({
        daysAgo: d,
        kind: i % 4 === 3 ? 'meeting' : 'visit',
        subject: 'Monthly operations review / 月度运营回顾',
        ours: [rep],
        theirs: [p.logistics, p.afterSales],
      }),
    ),
    {
      daysAgo: 95,
      kind: 'meeting',
      subject: 'Annual negotiation: Annto quotes 9 % lower / 年度谈判：安得报价低9%',
      ours: [rep, 'pricing'],
      theirs: [p.procurement, p.supplyChain],
    },
    { daysAgo: 70, kind: 'call', subject: 'Their new Anhui DC for next year / 客户明年的安徽新仓', ours: [rep], theirs: [p.supplyChain] },
    { daysAgo: 50, kind: 'email', subject: 'Request for solutions received / 收到方案邀请', ours: [rep], theirs: [p.procurement] },
    {
      daysAgo: 22,
      kind: 'visit',
      subject: 'Damage complaints from the Wuhu stores / 芜湖门店货损投诉',
      ours: [rep, 'ops'],
      theirs: [p.logistics, p.afterSales],
    },
    { daysAgo: 6, kind: 'email', subject: 'Solution workshop postponed by us / 我方推迟方案研讨会', ours: [rep], theirs: [p.supplyChain] },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  await deal(ctx, key, {
    name: 'Anhui regional DC with store delivery',
    nameZh: '安徽区域仓配一体',
    kind: 'solution',
    stage: 'needs_discovery',
    value: 16_000_000,
    serviceLines: ['warehousing', 'last_mile', 'linehaul'],
    competitors: ['Annto Logistics'],
    stageChangedDaysAgo: 68,
    closeInDays: 60,
    createdDaysAgo: 80,
    signals: [
      ['formed_project_team', 75, p.supplyChain],
      ['set_selection_criteria', 70, p.supplyChain, 'Stores served within 24 h, damage under 0.3 % / 门店24小时送达，货损低于0.3%'],
      ['requested_solutions', 50, p.procurement, 'Annto and us, full solution by month end / 安得与我方，月底前提交完整方案'],
      ['compared_vendors', 15, p.procurement],
    ],
    actions: [
      ['discovery_call', 68, 'needs_definition'],
      ['price_concession', 60, 'needs_definition', 'Offered 6 % off linehaul to keep Annto out. / 为阻止安得进入，主动让利干线6%。'],
    ],
    team: [[rep, 'sales']],
  });

  // The discount came from Pricing, two days later than the rep had asked.
  await makeSupportRequest(ctx.tx, {
    accountId: row.id,
    departmentId: ctx.people.departments.pricing.id,
    need: "Counter-offer to Annto's quote: linehaul and store delivery / 针对安得报价的还价方案：干线与门店配送",
    raisedBy: ctx.people.user(rep).id,
    raisedAt: ago(ctx, 66),
    dueAt: ago(ctx, 63),
    status: 'closed',
    assigneeId: ctx.people.user('pricing').id,
    acceptedAt: ago(ctx, 64),
    answeredAt: ago(ctx, 61),
    closedAt: ago(ctx, 60),
    answer: 'Linehaul can go 6 % lower; store delivery cannot without losing money. / 干线最多可降6%；门店配送再降将亏损。',
  });
  const manager = ctx.people.user('manager.east').id;
  await makeEscalation(ctx.tx, {
    accountId: row.id,
    title: 'Damaged appliances at the Wuhu stores / 芜湖门店家电货损',
    rootCause: 'operations',
    routedDepartmentIds: [ctx.people.departments.operations.id],
    status: 'open',
    raisedBy: ctx.people.user(rep).id,
    raisedAt: ago(ctx, 21),
  });
  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 4,
    satisfaction: 2,
    cooperation: 3,
    note: 'Stores unhappy with damage; procurement courts Annto. / 门店不满货损；采购在接触安得。',
    scoredBy: manager,
    scoredAt: ago(ctx, 20),
  });
  await levels(ctx, key, [[400, 4, 'customer_confirmed', 'Linehaul and store delivery with tracking / 干线与门店配送加轨迹']]);
  await makeTagDecision(ctx.tx, {
    accountId: row.id,
    suggested: 'dangerous',
    decided: 'dangerous',
    decidedBy: manager,
    decidedAt: ago(ctx, 12),
    note: 'Annto is in the tender and our visits have thinned: two a month until it is decided. / 安得已入围且我方拜访变少：定标前每月两次拜访。',
  });
  await makePlaybookRecord(ctx.tx, {
    accountId: row.id,
    kind: 'defence_plan',
    status: 'active',
    dueAt: dayAhead(ctx, 60),
    createdBy: manager,
    createdAt: ago(ctx, 12),
    payload: {
      relationship: ['raise_visit_density', 'deep_conversation', 'executive_co_visit'],
      commercial: ['technical_support', 'A damage-rate report for every store, every week / 每周向每家门店提供货损报告'],
      risk: ['clarify_risk_with_management'],
      note: 'No further discounts: answer the tender with proof. / 不再降价：用证明材料回应招标。',
    },
  });
  const actions: [string, string, string, string, number][] = [
    ['relationship', 'raise_visit_density', 'Two visits a month to the supply-chain director / 每月两次拜访供应链总监', rep, 5],
    ['commercial', 'technical_support', 'Weekly damage-rate report to the stores / 每周向门店发送货损报告', 'ops', -3],
  ];
  for (const [part, action, what, owner, dueInDays] of actions) {
    await makePlaybookRecord(ctx.tx, {
      accountId: row.id,
      kind: 'defence_action',
      status: 'open',
      dueAt: dayAhead(ctx, dueInDays),
      createdBy: manager,
      createdAt: ago(ctx, 12),
      payload: { part, action, what, ownerId: ctx.people.user(owner).id },
    });
  }
  // 拍胸脯 is not only an executive's habit: the rep's own promise is overdue too.
  await makeCommitment(ctx.tx, {
    accountId: row.id,
    promisedBy: ctx.people.user(rep).id,
    what: 'Store-by-store damage analysis / 分门店货损分析报告',
    toContactId: p.logistics.id,
    dueOn: dayAgo(ctx, 4),
    status: 'open',
    createdAt: ago(ctx, 22),
  });
  await makeAccountPlan(ctx.tx, {
    accountId: row.id,
    goals: { solution: 'Anhui regional DC with store delivery / 安徽区域仓配一体', targetLevel: 3 },
    knowCustomer: 'Stores judge us on damage; the general manager hears only price. / 门店看货损，总经理只听到价格。',
    knowCompetitors: 'Annto quotes 9 % lower and brings its own installers. / 安得报价低9%，自带安装队伍。',
    levelMover: 'From 4 to 3: win the DC tender on service proof, not on price. / 从四到三：凭服务证明而非价格赢得新仓招标。',
    targetLevel: 3,
    reviewedAt: ago(ctx, 12),
  });
  await makePlanAction(ctx.tx, {
    accountId: row.id,
    what: 'Catch up: needs workshop with the supply-chain director / 补课：与供应链总监开需求研讨会',
    ownerId: ctx.people.user(rep).id,
    dueOn: dayAgo(ctx, 2),
  });
  await makePlanAction(ctx.tx, {
    accountId: row.id,
    what: 'Sales director joins the next visit / 销售总监参加下次拜访',
    ownerId: manager,
    dueOn: dayAhead(ctx, 14),
  });
}
