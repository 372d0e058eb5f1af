import {
  makeAccountPlan,
  makeAccountScore,
  makeAttestation,
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

/** The pharma group: a solution being designed without anyone from delivery on the deal. */
export async function huakangStory(ctx: StoryContext): Promise<void> {
  const key = 'huakang';
  const rep = 'rep.north1';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      {
        key: 'president',
        name: 'Wen Zhengyi',
        nameZh: '温正义',
        department: 'general_management',
        title: 'President',
        titleZh: '总裁',
        rank: 1,
        influence: 5,
        role: 'decision_maker',
        attitude: 'supporter',
        strength: 3,
      },
      {
        key: 'evp',
        name: 'Meng Fanyu',
        nameZh: '孟凡宇',
        department: 'administration',
        title: 'Executive Vice President, Administration',
        titleZh: '常务副总裁（行政）',
        rank: 1,
        influence: 2,
        role: 'user',
        attitude: 'supporter',
        strength: 4,
        notes: 'Warm to us, but carrier choices are not his (徒有虚名). / 对我方友好，但不决定物流商。',
      },
      {
        key: 'quality',
        name: 'Lu Yaqin',
        nameZh: '陆雅琴',
        department: 'quality',
        title: 'Quality Director',
        titleZh: '质量总监',
        rank: 2,
        influence: 5,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 2,
        notes: 'Her GSP sign-off decides every cold-chain carrier (大权在握). / 每家冷链承运商都要过她的GSP审核。',
      },
      {
        key: 'logistics',
        name: 'Chang Kai',
        nameZh: '常凯',
        department: 'logistics',
        title: 'Logistics Director',
        titleZh: '物流总监',
        rank: 2,
        influence: 4,
        role: 'influencer',
        attitude: 'supporter',
        strength: 4,
        main: true,
      },
      {
        key: 'procurement',
        name: 'Ning Hao',
        nameZh: '宁浩',
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
        key: 'coldChain',
        name: 'Yin Shan',
        nameZh: '尹珊',
        department: 'logistics',
        title: 'Cold-chain Manager',
        titleZh: '冷链经理',
        rank: 3,
        influence: 3,
        role: 'coach',
        attitude: 'supporter',
        strength: 5,
      },
      {
        key: 'finance',
        name: 'Zou Ping',
        nameZh: '邹平',
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
      ['evp', 'reports_to', 'president'],
      ['quality', 'reports_to', 'president'],
      ['logistics', 'reports_to', 'president'],
      ['procurement', 'reports_to', 'evp'],
      ['coldChain', 'reports_to', 'logistics'],
      ['finance', 'reports_to', 'president'],
      ['quality', 'influences', 'president'],
      ['logistics', 'ally', 'quality'],
    ],
    departments: [
      ['quality', 'ally', 'logistics'],
      ['procurement', 'rival', 'quality', 'Price against compliance. / 价格与合规之争。'],
    ],
  });

  const timeline: ActivitySpec[] = [
    {
      daysAgo: 345,
      kind: 'visit',
      subject: 'GSP audit of our Tianjin warehouse / 客户GSP审核我方天津仓',
      ours: [rep, 'ops'],
      theirs: [p.quality, p.coldChain],
    },
    {
      daysAgo: 280,
      kind: 'meeting',
      subject: 'Cold-chain SOP written together / 共同编写冷链SOP',
      ours: [rep, 'solution', 'ops'],
      theirs: [p.quality, p.coldChain],
      customerInvested: true,
      notes: 'Their quality team spent three weeks on it with us. / 客户质量团队与我方共同投入三周。',
    },
    {
      daysAgo: 200,
      kind: 'visit',
      subject: 'Quarterly business review / 季度业务回顾',
      ours: [rep, 'manager.north'],
      theirs: [p.logistics, p.procurement, p.finance],
    },
    { daysAgo: 130, kind: 'call', subject: 'Temperature excursion report / 温度异常报告', ours: [rep, 'ops'], theirs: [p.coldChain] },
    {
      daysAgo: 90,
      kind: 'meeting',
      subject: 'Vaccine distribution: selection criteria / 疫苗配送：选择标准',
      ours: [rep, 'solution'],
      theirs: [p.logistics, p.quality],
    },
    {
      daysAgo: 75,
      kind: 'meeting',
      subject: 'CCO meets the president / 我方CCO与总裁会面',
      ours: ['cco', rep],
      theirs: [p.president, p.logistics],
      executiveLevel: true,
      objective: 'Sponsor the vaccine cold-chain project / 争取疫苗冷链项目高层支持',
      agenda: 'Vaccine volumes; GSP; pricing principles / 疫苗单量；GSP；定价原则',
      notifiedDaysBefore: 5,
    },
    { daysAgo: 50, kind: 'email', subject: 'Request for solution received / 收到方案邀请', ours: [rep], theirs: [p.procurement] },
    {
      daysAgo: 25,
      kind: 'meeting',
      subject: 'Solution presentation / 方案呈现',
      ours: [rep, 'solution'],
      theirs: [p.logistics, p.quality, p.coldChain],
    },
    {
      daysAgo: 7,
      kind: 'visit',
      subject: 'Lane temperature mapping walk-through / 线路温度验证现场沟通',
      ours: [rep, 'solution'],
      theirs: [p.coldChain],
    },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  const vaccine = await deal(ctx, key, {
    name: 'Vaccine cold-chain distribution, North China',
    nameZh: '华北疫苗冷链配送',
    kind: 'solution',
    stage: 'solution_design',
    value: 30_000_000,
    serviceLines: ['cold_chain', 'warehousing'],
    stageChangedDaysAgo: 45,
    closeInDays: 90,
    createdDaysAgo: 100,
    signals: [
      ['set_selection_criteria', 90, p.logistics],
      ['requested_solutions', 50, p.procurement],
      ['compared_vendors', 30, p.coldChain],
    ],
    actions: [
      ['needs_workshop', 88, 'needs_definition'],
      ['solution_presentation', 25, 'solution_evaluation'],
    ],
    // Nobody from delivery yet: the delivery-team rule flags this from solution design on.
    team: [
      [rep, 'sales'],
      ['solution', 'solution'],
    ],
    proofs: [['gsp', 25]],
  });
  await makeSupportRequest(ctx.tx, {
    accountId: row.id,
    dealId: vaccine.id,
    departmentId: ctx.people.departments.solution_design.id,
    need: 'Temperature-mapping study for the vaccine lanes / 疫苗线路温度验证方案',
    raisedBy: ctx.people.user(rep).id,
    raisedAt: ago(ctx, 6),
    dueAt: ago(ctx, -4),
    status: 'accepted',
    assigneeId: ctx.people.user('solution').id,
    acceptedAt: ago(ctx, 5),
  });
  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 4,
    satisfaction: 4,
    cooperation: 4,
    scoredBy: ctx.people.user('manager.north').id,
    scoredAt: ago(ctx, 60),
  });
  await levels(ctx, key, [
    [500, 4, 'customer_confirmed', 'Cold-chain express with temperature logs / 冷链快递加温度记录'],
    [200, 3, 'customer_confirmed', 'Review meeting: our pharma cold-chain solution / 复盘会：医药冷链行业方案'],
  ]);
  await team(ctx, key, [
    [rep, 'sales_lead'],
    ['solution', 'solution'],
    ['delivery', 'delivery'],
    ['finance', 'finance'],
    ['cco', 'executive_sponsor'],
  ]);
  await makeExecutivePairing(ctx.tx, { accountId: row.id, executiveId: ctx.people.user('cco').id, since: dayAgo(ctx, 450) });
  await makeAttestation(ctx.tx, {
    accountId: row.id,
    criterion: 'mutual_commitment',
    effect: 'for',
    note: 'Their quality team co-wrote our cold-chain SOP. / 客户质量团队与我方共同编写冷链SOP。',
    attestedBy: ctx.people.user(rep).id,
    attestedAt: ago(ctx, 279),
  });
  await makeAccountPlan(ctx.tx, {
    accountId: row.id,
    goals: { solution: 'Vaccine cold chain / 疫苗冷链方案', targetLevel: 2, benchmark: 'Pharma benchmark in North China / 华北医药标杆' },
    knowOurselves: 'GSP-certified, but few vaccine references. / 具备GSP资质，但疫苗案例少。',
    knowCompetitors: 'SF leads on vaccines; Sinotrans on price. / 顺丰在疫苗领域领先；外运靠价格。',
    levelMover: 'The quality director must see us as her partner on compliance. / 让质量总监把我们当作合规伙伴。',
    targetLevel: 2,
    reviewedAt: ago(ctx, 70),
  });
  await makePlanAction(ctx.tx, {
    accountId: row.id,
    what: 'Add delivery to the vaccine deal / 交付团队加入疫苗项目',
    ownerId: ctx.people.user('manager.north').id,
    dueOn: dayAhead(ctx, 7),
  });
  await makePlaybookRecord(ctx.tx, {
    accountId: row.id,
    kind: 'benchmark_profile',
    createdBy: ctx.people.user(rep).id,
    createdAt: ago(ctx, 60),
    payload: {
      level: 'provincial',
      industry: 'pharma',
      radiates: ['Shijiazhuang Yanzhao Pharmaceutical / 石家庄燕赵药业'],
      note: 'North China pharma cold-chain benchmark once the vaccine lanes run. / 疫苗线路运行后，作为华北医药冷链标杆。',
    },
  });
  // A draft is not proof yet: the readiness rule counts only what is ready.
  await makePlaybookRecord(ctx.tx, {
    accountId: row.id,
    kind: 'case_asset',
    status: 'draft',
    createdBy: ctx.people.user(rep).id,
    createdAt: ago(ctx, 30),
    payload: {
      kind: 'site_photos',
      title: 'Our GSP warehouse as their auditors saw it / 客户审核时的我方GSP仓',
      url: 'https://demo.abreast.example/cases/huakang-gsp-photos',
    },
  });
  // 先借用他人,再发展自己: no pharma case of our own yet, so the rep borrows East China's benchmark.
  await makePlaybookRecord(ctx.tx, {
    accountId: row.id,
    kind: 'benchmark_borrowing',
    createdBy: ctx.people.user(rep).id,
    createdAt: ago(ctx, 20),
    payload: {
      benchmarkAccountId: account(ctx, 'seastar').row.id,
      purpose:
        "Show the quality director Seastar's joint office before the vaccine decision. / 疫苗项目决策前，向质量总监展示海星的联合办公模式。",
    },
  });
  await revenueSplits(ctx, key, [
    ['key_accounts', 0.6],
    ['operations', 0.3],
    ['solution_design', 0.1],
  ]);
}
