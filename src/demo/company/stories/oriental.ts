import {
  makeAccountPlan,
  makeAccountScore,
  makeAttestation,
  makeCommitment,
  makeEscalation,
  makeExecutivePairing,
  makePlanAction,
  makePlaybookRecord,
  makeSupportRequest,
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

/** The largest e-commerce customer: climbing the ladder, a full team, a plan with one action overdue. */
export async function orientalStory(ctx: StoryContext): Promise<void> {
  const key = 'oriental';
  const rep = 'rep.east2';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      {
        key: 'ceo',
        name: 'Gao Yuan',
        nameZh: '高远',
        department: 'general_management',
        title: 'Chief Executive Officer',
        titleZh: '首席执行官',
        rank: 1,
        influence: 5,
        role: 'decision_maker',
        attitude: 'neutral',
        strength: 2,
      },
      {
        key: 'coo',
        name: 'Zheng Shuang',
        nameZh: '郑爽',
        department: 'general_management',
        title: 'Chief Operating Officer',
        titleZh: '首席运营官',
        rank: 1,
        influence: 4,
        role: 'influencer',
        attitude: 'supporter',
        strength: 3,
      },
      {
        key: 'vpLogistics',
        name: 'Feng Lei',
        nameZh: '冯磊',
        department: 'supply_chain',
        title: 'Vice President, Logistics',
        titleZh: '物流副总裁',
        rank: 2,
        influence: 5,
        role: 'decision_maker',
        attitude: 'supporter',
        strength: 4,
        main: true,
      },
      {
        key: 'procurement',
        name: 'Cao Min',
        nameZh: '曹敏',
        department: 'procurement',
        title: 'Procurement Director',
        titleZh: '采购总监',
        rank: 2,
        influence: 3,
        role: 'gatekeeper',
        attitude: 'neutral',
        strength: 2,
      },
      {
        key: 'planning',
        name: 'Xu Chen',
        nameZh: '徐晨',
        department: 'logistics',
        title: 'Warehouse Planning Manager',
        titleZh: '仓网规划经理',
        rank: 3,
        influence: 3,
        role: 'coach',
        attitude: 'supporter',
        strength: 5,
      },
      {
        key: 'finance',
        name: 'Yan Li',
        nameZh: '严丽',
        department: 'finance',
        title: 'Finance Director',
        titleZh: '财务总监',
        rank: 2,
        influence: 4,
        role: 'evaluator',
        attitude: 'opponent',
        strength: 1,
        notes: 'Judges every carrier on cost per parcel only. / 只看单票成本。',
      },
      {
        key: 'service',
        name: 'Tang Ning',
        nameZh: '唐宁',
        department: 'customer_service',
        title: 'Head of Customer Service',
        titleZh: '客服负责人',
        rank: 3,
        influence: 2,
        role: 'user',
        attitude: 'neutral',
        strength: 2,
      },
      {
        key: 'architect',
        name: 'Shi Lei',
        nameZh: '石磊',
        department: 'it',
        title: 'Systems Architect',
        titleZh: '系统架构师',
        rank: 4,
        influence: 4,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 2,
        notes: 'No title to speak of, but every carrier integration needs his yes. / 职位不高，但每家物流商的系统对接都要他点头。',
      },
    ],
    relations: [
      ['coo', 'reports_to', 'ceo'],
      ['vpLogistics', 'reports_to', 'coo'],
      ['procurement', 'reports_to', 'finance'],
      ['finance', 'reports_to', 'ceo'],
      ['planning', 'reports_to', 'vpLogistics'],
      ['service', 'reports_to', 'coo'],
      ['architect', 'influences', 'vpLogistics'],
      ['vpLogistics', 'rival', 'finance', 'Service level against unit cost. / 服务水平与单票成本之争。'],
    ],
    departments: [
      ['supply_chain', 'rival', 'finance', 'Service against cost. / 服务与成本之争。'],
      ['logistics', 'ally', 'it'],
    ],
  });

  const timeline: ActivitySpec[] = [
    { daysAgo: 350, kind: 'visit', subject: 'Annual review / 年度回顾', ours: [rep, 'manager.east'], theirs: [p.vpLogistics, p.planning] },
    { daysAgo: 310, kind: 'meeting', subject: '618 peak planning / 618大促筹备', ours: [rep, 'ops'], theirs: [p.planning, p.service] },
    {
      daysAgo: 260,
      kind: 'call',
      subject: 'Cost per parcel review / 单票成本复盘',
      ours: [rep, 'pricing'],
      theirs: [p.finance, p.procurement],
    },
    { daysAgo: 220, kind: 'visit', subject: 'Southwest DC site survey / 西南仓选址考察', ours: [rep, 'solution'], theirs: [p.planning] },
    {
      daysAgo: 180,
      kind: 'meeting',
      subject: 'Integration design session / 系统对接设计会',
      ours: ['it', 'solution'],
      theirs: [p.architect],
    },
    {
      daysAgo: 150,
      kind: 'meeting',
      subject: 'Eight-DC network: the problem statement / 八仓网络：问题梳理',
      ours: [rep, 'solution'],
      theirs: [p.vpLogistics, p.planning],
    },
    { daysAgo: 120, kind: 'email', subject: 'Network study data request / 网络规划数据需求', ours: ['solution'], theirs: [p.planning] },
    {
      daysAgo: 90,
      kind: 'visit',
      subject: 'Quarterly business review / 季度业务回顾',
      ours: [rep, 'manager.east', 'finance'],
      theirs: [p.vpLogistics, p.finance],
    },
    {
      daysAgo: 60,
      kind: 'meeting',
      subject: 'Solution workshop for the DC network / 分仓网络方案研讨',
      ours: [rep, 'solution', 'delivery'],
      theirs: [p.vpLogistics, p.planning, p.architect],
    },
    {
      daysAgo: 40,
      kind: 'meeting',
      subject: "Chief executives' meeting / 双方一把手会晤",
      ours: ['ceo', rep],
      theirs: [p.ceo, p.coo],
      executiveLevel: true,
      objective: 'Win sponsorship for the eight-DC network / 争取八仓网络项目的高层支持',
      agenda: 'Network study results; Double 11 capacity / 网络规划结论；双11运力',
      notifiedDaysBefore: 9,
    },
    { daysAgo: 18, kind: 'call', subject: 'Double 11 linehaul capacity / 双11干线运力', ours: [rep, 'ops'], theirs: [p.planning] },
    {
      daysAgo: 6,
      kind: 'visit',
      subject: 'Solution design review / 方案设计评审',
      ours: [rep, 'solution', 'delivery'],
      theirs: [p.vpLogistics, p.planning],
    },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  await deal(ctx, key, {
    name: 'National multi-warehouse network (eight regional DCs)',
    nameZh: '全国八仓分仓网络',
    kind: 'solution',
    stage: 'solution_design',
    value: 85_000_000,
    serviceLines: ['warehousing', 'b2c_fulfilment', 'linehaul'],
    stageChangedDaysAgo: 55,
    closeInDays: 120,
    createdDaysAgo: 160,
    signals: [
      ['internal_problem_acknowledged', 150, p.vpLogistics, 'Split shipments and long delivery times in the west / 拆单多，西部时效长'],
      ['formed_project_team', 130, p.planning],
      ['set_selection_criteria', 120, p.vpLogistics],
      ['requested_solutions', 60, p.vpLogistics],
      ['solution_workshop', 45, p.planning],
    ],
    actions: [
      ['discovery_call', 148, 'problem_discovery'],
      ['needs_workshop', 125, 'needs_definition'],
      ['solution_presentation', 40, 'solution_evaluation'],
    ],
    team: [
      [rep, 'sales'],
      ['solution', 'solution'],
      ['delivery', 'delivery'],
      ['ceo', 'executive'],
    ],
  });
  await deal(ctx, key, {
    name: 'Annual express contract renewal',
    nameZh: '年度快递合同续签',
    kind: 'standard',
    stage: 'closed',
    value: 40_000_000,
    serviceLines: ['express', 'last_mile'],
    outcome: 'won',
    stageChangedDaysAgo: 200,
    createdDaysAgo: 300,
    team: [
      [rep, 'sales'],
      ['pricing', 'other'],
    ],
  });

  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 5,
    satisfaction: 4,
    cooperation: 5,
    scoredBy: ctx.people.user('manager.east').id,
    scoredAt: ago(ctx, 50),
  });
  await levels(ctx, key, [
    [600, 4, 'customer_confirmed', 'Express with tracking and COD / 快递加轨迹、代收货款'],
    [360, 3, 'customer_confirmed', 'Annual review: our e-commerce fulfilment solution / 年度回顾：电商履约行业方案'],
    [90, 2, 'customer_confirmed', 'Survey: we diagnose their network problems with them / 调研确认：与其共同诊断网络问题'],
  ]);
  await team(ctx, key, [
    [rep, 'sales_lead'],
    ['solution', 'solution'],
    ['delivery', 'delivery'],
    ['finance', 'finance'],
    ['ceo', 'executive_sponsor'],
  ]);
  await makeExecutivePairing(ctx.tx, { accountId: row.id, executiveId: ctx.people.user('ceo').id, since: dayAgo(ctx, 540) });
  await makeAttestation(ctx.tx, {
    accountId: row.id,
    criterion: 'strategic_fit',
    effect: 'for',
    note: 'Their eight DCs would build our national warehouse network. / 其八仓布局可助我方搭建全国仓配网络。',
    evidence: 'intent:national_warehouse_network',
    attestedBy: ctx.people.user('cco').id,
    attestedAt: ago(ctx, 140),
  });
  await makeCommitment(ctx.tx, {
    accountId: row.id,
    promisedBy: ctx.people.user('ceo').id,
    what: 'Dedicated Double 11 linehaul capacity / 双11专属干线运力',
    toContactId: p.ceo.id,
    dueOn: dayAhead(ctx, 30),
    status: 'open',
    createdAt: ago(ctx, 40),
  });
  await makeEscalation(ctx.tx, {
    accountId: row.id,
    title: 'Pick errors at the Kunshan DC during 618 / 618期间昆山仓拣货差错',
    rootCause: 'operations',
    routedDepartmentIds: [ctx.people.departments.operations.id],
    status: 'resolved',
    raisedBy: ctx.people.user(rep).id,
    raisedAt: ago(ctx, 150),
    resolvedAt: ago(ctx, 132),
  });
  await makeSupportRequest(ctx.tx, {
    accountId: row.id,
    departmentId: ctx.people.departments.pricing.id,
    need: 'Price the eight-DC network, three volume scenarios / 八仓网络报价（三种单量情景）',
    raisedBy: ctx.people.user(rep).id,
    raisedAt: ago(ctx, 1),
    dueAt: ago(ctx, -2),
    status: 'open',
  });
  await makeAccountPlan(ctx.tx, {
    accountId: row.id,
    goals: {
      solution: 'Eight-DC network design / 八仓网络方案',
      targetLevel: 2,
      benchmark: 'E-commerce benchmark in East China / 华东电商标杆',
      revenueGrowth: 0.2,
    },
    knowOurselves: 'Strong in East China fulfilment, thin in the west. / 华东履约强，西部薄弱。',
    knowCustomer: 'Growth in lower-tier cities needs faster western delivery. / 下沉市场增长需要西部时效。',
    knowIndustry: 'Platforms move stock closer to buyers. / 平台都在推进库存前置。',
    knowCompetitors: 'JD pitches its own network; Cainiao sells the platform link. / 京东推自有网络；菜鸟推平台对接。',
    levelMover: 'Hold level 2 by running the network study with them, not for them. / 与客户共同完成网络规划，以保持层级二。',
    targetLevel: 2,
    reviewedAt: ago(ctx, 20),
  });
  await makePlanAction(ctx.tx, {
    accountId: row.id,
    what: 'Joint peak-season rehearsal / 与客户联合大促演练',
    ownerId: ctx.people.user('ops').id,
    dueOn: dayAgo(ctx, 15),
  });
  await makePlanAction(ctx.tx, {
    accountId: row.id,
    what: 'Network study readout to their COO / 向对方COO汇报网络规划',
    ownerId: ctx.people.user('solution').id,
    dueOn: dayAhead(ctx, 21),
  });
  // Qualifies on influence, satisfaction and cooperation; its proof is still to be made.
  await makePlaybookRecord(ctx.tx, {
    accountId: row.id,
    kind: 'benchmark_profile',
    createdBy: ctx.people.user(rep).id,
    createdAt: ago(ctx, 20),
    payload: {
      level: 'provincial',
      industry: 'ecommerce',
      radiates: [
        'Yiwu Global Small Commodities E-commerce / 义乌环球小商品电商',
        'Hangzhou West Lake Live-stream Commerce / 杭州西湖直播电商',
      ],
      note: 'East China e-commerce benchmark once the eight-DC network runs. / 八仓网络运行后，作为华东电商标杆。',
    },
  });
  await revenueSplits(ctx, key, [
    ['key_accounts', 0.55],
    ['operations', 0.25],
    ['solution_design', 0.1],
    ['delivery', 0.1],
  ]);
}
