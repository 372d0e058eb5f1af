import {
  makeAccountPlan,
  makeAccountScore,
  makeAttestation,
  makeCommitment,
  makeExecutivePairing,
  makePlanAction,
} from '../../factories/index.ts';
import {
  type ActivitySpec,
  account,
  activity,
  ago,
  dayAgo,
  dayAhead,
  deal,
  levels,
  powerMap,
  revenueSplits,
  type StoryContext,
  team,
} from '../story-kit.ts';

/** The electronics maker where our own estimate runs ahead of the customer, and the COO drops in unannounced. */
export async function evergreenStory(ctx: StoryContext): Promise<void> {
  const key = 'evergreen';
  const rep = 'rep.east3';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      {
        key: 'gm',
        name: 'Kang Wei',
        nameZh: '康伟',
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
        key: 'plant',
        name: 'Yu Hongbo',
        nameZh: '于洪波',
        department: 'production',
        title: 'Plant 2 Director',
        titleZh: '二厂厂长',
        rank: 2,
        influence: 3,
        role: 'user',
        attitude: 'neutral',
        strength: 2,
      },
      {
        key: 'supplyChain',
        name: 'Xue Ning',
        nameZh: '薛宁',
        department: 'supply_chain',
        title: 'Supply Chain Director',
        titleZh: '供应链总监',
        rank: 2,
        influence: 4,
        role: 'influencer',
        attitude: 'supporter',
        strength: 4,
        main: true,
      },
      {
        key: 'procurement',
        name: 'Tian Li',
        nameZh: '田丽',
        department: 'procurement',
        title: 'Procurement Manager',
        titleZh: '采购经理',
        rank: 3,
        influence: 3,
        role: 'gatekeeper',
        attitude: 'neutral',
        strength: 2,
      },
      {
        key: 'coordinator',
        name: 'Ji Xiaofei',
        nameZh: '纪晓飞',
        department: 'logistics',
        title: 'Logistics Coordinator',
        titleZh: '物流专员',
        rank: 4,
        influence: 2,
        role: 'coach',
        attitude: 'supporter',
        strength: 4,
      },
      {
        key: 'finance',
        name: 'Bai Rui',
        nameZh: '白睿',
        department: 'finance',
        title: 'Finance Manager',
        titleZh: '财务经理',
        rank: 3,
        influence: 2,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 2,
      },
    ],
    relations: [
      ['plant', 'reports_to', 'gm'],
      ['supplyChain', 'reports_to', 'gm'],
      ['procurement', 'reports_to', 'supplyChain'],
      ['coordinator', 'reports_to', 'supplyChain'],
      ['finance', 'reports_to', 'gm'],
      ['plant', 'rival', 'procurement', 'The plant wants speed, procurement wants price. / 工厂要速度，采购要价格。'],
    ],
    departments: [['production', 'rival', 'procurement']],
  });

  const timeline: ActivitySpec[] = [
    {
      daysAgo: 330,
      kind: 'visit',
      subject: 'Plant 1 operations review / 一厂运营回顾',
      ours: [rep, 'ops'],
      theirs: [p.supplyChain, p.coordinator],
    },
    { daysAgo: 270, kind: 'call', subject: 'Customs lead times / 报关时效沟通', ours: [rep], theirs: [p.coordinator] },
    {
      daysAgo: 210,
      kind: 'meeting',
      subject: 'COO meets the general manager / 我方COO与总经理会面',
      ours: ['coo', rep],
      theirs: [p.gm, p.supplyChain],
      executiveLevel: true,
      objective: 'Introduce our contract logistics capability / 介绍合同物流能力',
      agenda: 'Plant 2 ramp-up; inbound parts / 二厂爬坡；零部件入厂',
      notifiedDaysBefore: 4,
    },
    {
      daysAgo: 160,
      kind: 'visit',
      subject: 'Quarterly business review / 季度业务回顾',
      ours: [rep, 'manager.east'],
      theirs: [p.supplyChain, p.procurement, p.finance],
    },
    { daysAgo: 110, kind: 'email', subject: 'Peak-season forecast / 旺季预测', ours: [rep], theirs: [p.coordinator] },
    {
      daysAgo: 50,
      kind: 'meeting',
      subject: 'Plant 2 VMI hub: project team formed / 二厂VMI仓：项目组成立',
      ours: [rep, 'solution2'],
      theirs: [p.supplyChain, p.plant],
    },
    {
      daysAgo: 35,
      kind: 'visit',
      subject: 'Selection criteria for the VMI hub / VMI仓选择标准沟通',
      ours: [rep, 'solution2'],
      theirs: [p.supplyChain, p.procurement],
    },
    // 拍脑门: the COO dropped in after a nearby meeting, with no plan and no word to the team.
    {
      daysAgo: 20,
      kind: 'visit',
      subject: 'COO drops in at plant 2 / COO顺路临时拜访二厂',
      ours: ['coo'],
      theirs: [p.plant],
      notes:
        'Passing by after a supplier meeting in Kunshan; the account team heard about it afterwards. / 在昆山开完供应商会顺路过来，客户团队事后才知道。',
    },
    { daysAgo: 9, kind: 'call', subject: 'Follow-up on the COO promise / 跟进COO的承诺', ours: [rep], theirs: [p.plant, p.coordinator] },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  await deal(ctx, key, {
    name: 'VMI hub for plant 2 components',
    nameZh: '二厂元器件VMI仓',
    kind: 'solution',
    stage: 'needs_discovery',
    value: 18_000_000,
    serviceLines: ['contract_logistics', 'warehousing'],
    stageChangedDaysAgo: 45,
    closeInDays: 140,
    createdDaysAgo: 60,
    signals: [
      ['formed_project_team', 50, p.supplyChain],
      ['set_selection_criteria', 35, p.supplyChain, 'Two-hour replenishment to the line / 两小时上线补货'],
    ],
    actions: [
      ['discovery_call', 48, 'needs_definition'],
      ['needs_workshop', 30, 'needs_definition'],
    ],
    team: [
      [rep, 'sales'],
      ['solution2', 'solution'],
    ],
  });
  await makeCommitment(ctx.tx, {
    accountId: row.id,
    promisedBy: ctx.people.user('coo').id,
    what: 'A dedicated fleet for plant 2 within two weeks / 两周内为二厂提供专属车队',
    toContactId: p.plant.id,
    dueOn: dayAgo(ctx, 6),
    status: 'open',
    createdAt: ago(ctx, 20),
  });
  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 4,
    satisfaction: 4,
    cooperation: 3,
    scoredBy: ctx.people.user('manager.east').id,
    scoredAt: ago(ctx, 70),
  });
  await levels(ctx, key, [
    [520, 4, 'customer_confirmed', 'Linehaul plus customs paperwork / 干线加报关代理'],
    [200, 3, 'customer_confirmed', 'Annual review: electronics contract logistics solution / 年度回顾：电子行业合同物流方案'],
    [30, 2, 'own_estimate', 'We believe the VMI design makes us their consultant / 我方认为VMI方案已使我们成为顾问'],
  ]);
  await team(ctx, key, [
    [rep, 'sales_lead'],
    ['solution2', 'solution'],
    ['delivery', 'delivery'],
    ['finance', 'finance'],
    ['coo', 'executive_sponsor'],
  ]);
  await makeExecutivePairing(ctx.tx, { accountId: row.id, executiveId: ctx.people.user('coo').id, since: dayAgo(ctx, 400) });
  await makeAttestation(ctx.tx, {
    accountId: row.id,
    criterion: 'mutual_commitment',
    effect: 'for',
    note: 'They staffed a VMI project team with their own planners. / 客户派出自己的计划员组成VMI项目组。',
    attestedBy: ctx.people.user(rep).id,
    attestedAt: ago(ctx, 49),
  });
  await makeAccountPlan(ctx.tx, {
    accountId: row.id,
    goals: { solution: 'VMI hub for plant 2 / 二厂VMI仓', targetLevel: 2 },
    knowCustomer: 'Plant 2 ramps up next year; line stoppages are their nightmare. / 二厂明年爬坡，停线是最大痛点。',
    levelMover: 'From 3 to 2: run their line-side logistics diagnosis ourselves. / 从三到二：亲自做线边物流诊断。',
    targetLevel: 2,
    reviewedAt: ago(ctx, 45),
  });
  await makePlanAction(ctx.tx, {
    accountId: row.id,
    what: 'Line-side logistics diagnosis / 线边物流诊断',
    ownerId: ctx.people.user('solution2').id,
    dueOn: dayAhead(ctx, 14),
  });
  await revenueSplits(ctx, key, [
    ['key_accounts', 0.6],
    ['operations', 0.3],
    ['solution_design', 0.1],
  ]);
}
