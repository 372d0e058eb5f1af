import {
  makeAccountPlan,
  makeAccountScore,
  makeAttestation,
  makeCommitment,
  makeExecutivePairing,
  makePlanAction,
  makePlaybookRecord,
  makeTagDecision,
} from '../../factories/index.ts';
import {
  type ActivitySpec,
  account,
  activity,
  ago,
  dayAgo,
  dayAhead,
  levels,
  powerMap,
  revenueSplits,
  type StoryContext,
  team,
} from '../story-kit.ts';

/**
 * The benchmark (标杆客户): influence, satisfaction and cooperation all high, a joint
 * office, level 1 confirmed by the customer, and case assets other reps can borrow.
 */
export async function benchmarkStory(ctx: StoryContext): Promise<void> {
  const key = 'seastar';
  const rep = 'rep.east1';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      {
        key: 'chairman',
        name: 'He Haiyang',
        nameZh: '何海洋',
        department: 'general_management',
        title: 'Chairman',
        titleZh: '董事长',
        rank: 1,
        influence: 5,
        role: 'decision_maker',
        attitude: 'supporter',
        strength: 4,
      },
      {
        key: 'vpSupply',
        name: 'Bao Xin',
        nameZh: '鲍鑫',
        department: 'supply_chain',
        title: 'Vice President, Supply Chain',
        titleZh: '供应链副总裁',
        rank: 2,
        influence: 5,
        role: 'influencer',
        attitude: 'supporter',
        strength: 5,
        main: true,
      },
      {
        key: 'logistics',
        name: 'Ren Jie',
        nameZh: '任杰',
        department: 'logistics',
        title: 'Logistics Director',
        titleZh: '物流总监',
        rank: 3,
        influence: 4,
        role: 'coach',
        attitude: 'supporter',
        strength: 5,
      },
      {
        key: 'finance',
        name: 'Wu Xiaoqing',
        nameZh: '吴晓青',
        department: 'finance',
        title: 'Finance Director',
        titleZh: '财务总监',
        rank: 2,
        influence: 3,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 3,
      },
      {
        key: 'it',
        name: 'Lei Ming',
        nameZh: '雷鸣',
        department: 'it',
        title: 'Head of IT',
        titleZh: '信息部部长',
        rank: 3,
        influence: 3,
        role: 'evaluator',
        attitude: 'supporter',
        strength: 3,
      },
      {
        key: 'procurement',
        name: 'Pan Yue',
        nameZh: '潘悦',
        department: 'procurement',
        title: 'Procurement Manager',
        titleZh: '采购经理',
        rank: 3,
        influence: 2,
        role: 'gatekeeper',
        attitude: 'neutral',
        strength: 3,
      },
    ],
    relations: [
      ['vpSupply', 'reports_to', 'chairman'],
      ['finance', 'reports_to', 'chairman'],
      ['logistics', 'reports_to', 'vpSupply'],
      ['it', 'reports_to', 'vpSupply'],
      ['procurement', 'reports_to', 'finance'],
      ['vpSupply', 'influences', 'chairman', 'The chairman follows her on logistics. / 物流问题董事长听她的。'],
    ],
    departments: [['supply_chain', 'ally', 'it']],
  });

  const timeline: ActivitySpec[] = [
    {
      daysAgo: 340,
      kind: 'meeting',
      subject: 'Joint steering group, Q1 / 联合指导小组（一季度）',
      ours: [rep, 'solution', 'delivery'],
      theirs: [p.vpSupply, p.logistics, p.it],
    },
    {
      daysAgo: 300,
      kind: 'meeting',
      subject: 'Omni-channel inventory pilot launched / 全渠道一盘货项目启动',
      ours: [rep, 'solution', 'it'],
      theirs: [p.vpSupply, p.it, p.logistics],
      customerInvested: true,
      notes: 'Seastar seconds four planners and pays for the WMS interface. / 海星派驻4名计划员并出资建设WMS接口。',
    },
    { daysAgo: 250, kind: 'visit', subject: 'Joint office review / 联合办公室工作回顾', ours: [rep, 'delivery'], theirs: [p.logistics] },
    {
      daysAgo: 200,
      kind: 'meeting',
      subject: 'Joint steering group, Q2 / 联合指导小组（二季度）',
      ours: [rep, 'solution', 'manager.east'],
      theirs: [p.vpSupply, p.finance],
    },
    {
      daysAgo: 160,
      kind: 'meeting',
      subject: "Chief executives' annual meeting / 双方一把手年度会晤",
      ours: ['ceo', rep],
      theirs: [p.chairman, p.vpSupply],
      executiveLevel: true,
      objective: 'Agree the next three years / 商定未来三年合作',
      agenda: 'Growth plan; South China DC; joint venture question / 增长计划；华南分仓；是否成立合资公司',
      notifiedDaysBefore: 10,
    },
    { daysAgo: 120, kind: 'email', subject: 'Testimonial letter received / 收到客户推荐信', ours: [rep], theirs: [p.vpSupply] },
    {
      daysAgo: 95,
      kind: 'visit',
      subject: 'Filming the customer case video / 拍摄客户案例视频',
      ours: [rep, 'solution'],
      theirs: [p.vpSupply, p.logistics],
    },
    {
      daysAgo: 70,
      kind: 'meeting',
      subject: 'Joint steering group, Q3 / 联合指导小组（三季度）',
      ours: [rep, 'solution', 'delivery'],
      theirs: [p.vpSupply, p.logistics, p.it],
    },
    {
      daysAgo: 55,
      kind: 'meeting',
      subject: 'CEO visit: South China DC opening / 总裁拜访：华南分仓启用',
      ours: ['ceo', rep],
      theirs: [p.chairman],
      executiveLevel: true,
      objective: 'Open the South China DC together / 共同启用华南分仓',
      agenda: 'Opening; growth of the online channel / 启用仪式；线上渠道增长',
      notifiedDaysBefore: 14,
    },
    {
      daysAgo: 30,
      kind: 'visit',
      subject: 'Monthly review in the joint office / 联合办公室月度回顾',
      ours: [rep, 'delivery'],
      theirs: [p.logistics, p.procurement],
    },
    { daysAgo: 12, kind: 'call', subject: 'Double 11 forecast / 双11预测沟通', ours: [rep], theirs: [p.logistics] },
    {
      daysAgo: 4,
      kind: 'visit',
      subject: 'Peak readiness walk-through / 大促准备现场检查',
      ours: [rep, 'ops'],
      theirs: [p.logistics, p.vpSupply],
    },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  const manager = ctx.people.user('manager.east').id;
  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 5,
    satisfaction: 5,
    cooperation: 5,
    note: 'Reference customer of the apparel industry. / 服饰行业样板客户。',
    scoredBy: manager,
    scoredAt: ago(ctx, 35),
  });
  await makeTagDecision(ctx.tx, {
    accountId: row.id,
    suggested: 'benchmark',
    decided: 'benchmark',
    note: 'Confirmed: our national apparel benchmark. / 确认：全国服饰行业标杆。',
    decidedBy: manager,
    decidedAt: ago(ctx, 34),
  });
  await levels(ctx, key, [
    [690, 3, 'customer_confirmed', 'Annual review: apparel industry solution / 年度回顾：服饰行业方案'],
    [420, 2, 'customer_confirmed', 'Survey: we designed their omni-channel network / 调研确认：为其设计全渠道网络'],
    [60, 1, 'customer_confirmed', 'Review meeting: joint office, all logistics with us / 复盘会：联合办公，全部物流交由我方'],
  ]);
  await team(ctx, key, [
    [rep, 'sales_lead', true],
    ['solution', 'solution'],
    ['delivery', 'delivery', true],
    ['finance', 'finance'],
    ['ceo', 'executive_sponsor'],
  ]);
  await makeExecutivePairing(ctx.tx, {
    accountId: row.id,
    executiveId: ctx.people.user('ceo').id,
    cadenceDays: 92,
    since: dayAgo(ctx, 700),
  });
  await makeAttestation(ctx.tx, {
    accountId: row.id,
    criterion: 'strategic_fit',
    effect: 'for',
    note: 'Our apparel benchmark. / 服装行业标杆。',
    evidence: 'intent:apparel_benchmark',
    attestedBy: manager,
    attestedAt: ago(ctx, 300),
  });
  await makeCommitment(ctx.tx, {
    accountId: row.id,
    promisedBy: ctx.people.user('ceo').id,
    what: 'Open a joint office in Ningbo / 在宁波设立联合办公室',
    toContactId: p.chairman.id,
    dueOn: dayAgo(ctx, 400),
    status: 'kept',
    closedAt: ago(ctx, 410),
    createdAt: ago(ctx, 520),
  });

  const playbook = (
    kind: string,
    payload: Record<string, unknown>,
    extra: { amount?: number; dueAt?: string; status?: string; days: number },
  ) =>
    makePlaybookRecord(ctx.tx, {
      accountId: row.id,
      kind,
      payload,
      amount: extra.amount ?? null,
      dueAt: extra.dueAt ?? null,
      status: extra.status ?? null,
      createdBy: ctx.people.user(rep).id,
      createdAt: ago(ctx, extra.days),
    });
  await playbook(
    'benchmark_profile',
    {
      level: 'national',
      industry: 'apparel',
      radiates: [
        'Hangzhou Silkroad Apparel Group / 杭州丝路服饰集团',
        'Quanzhou Harbour Sportswear / 泉州海港运动服饰',
        'Xiamen Egret Footwear & Apparel / 厦门白鹭鞋服',
      ],
      note: 'Centre of the East China apparel circle. / 华东服饰同心圆的中心。',
    },
    { days: 34 },
  );
  await playbook(
    'benchmark_investment',
    { what: 'Joint office staff and WMS interface / 联合办公人员及WMS接口' },
    { amount: 800_000, status: 'spent', days: 300 },
  );
  await playbook(
    'benchmark_investment',
    { what: 'Dedicated peak-season team / 大促专属团队' },
    { amount: 250_000, status: 'spent', days: 60 },
  );
  // 可视化: every kind of case asset, ready to be used as proof in other deals.
  const cases = [
    [
      'case_story',
      'One inventory for stores and online / 门店与线上一盘货',
      'https://demo.abreast.example/cases/seastar-omni-channel',
      118,
    ],
    [
      'testimonial_letter',
      'Testimonial from the supply-chain VP / 供应链副总裁推荐信',
      'https://demo.abreast.example/cases/seastar-letter.pdf',
      120,
    ],
    ['speech_video', 'Customer speech video / 客户证言视频', 'https://demo.abreast.example/cases/seastar-video', 90],
    [
      'site_photos',
      'The joint office and the Ningbo DC / 联合办公室与宁波仓现场照片',
      'https://demo.abreast.example/cases/seastar-photos',
      89,
    ],
    [
      'before_after_data',
      'Stock turns +35 %, split shipments −60 % / 库存周转提升35%，拆单率下降60%',
      'https://demo.abreast.example/cases/seastar-data.xlsx',
      88,
    ],
  ] as const;
  for (const [kind, title, url, days] of cases) await playbook('case_asset', { kind, title, url }, { status: 'ready', days });

  await makeAccountPlan(ctx.tx, {
    accountId: row.id,
    goals: {
      benchmark: 'National apparel benchmark / 全国服饰行业标杆',
      solution: 'Omni-channel one-inventory solution / 全渠道一盘货方案',
      targetLevel: 1,
      revenueGrowth: 0.12,
    },
    knowOurselves: 'Our omni-channel WMS and East China network are ahead of rivals. / 全渠道WMS与华东网络领先竞对。',
    knowCustomer:
      'Growth comes from online and South China; they fear depending on one carrier. / 增长来自线上与华南；担心过度依赖一家物流商。',
    knowIndustry: 'Apparel moves to small batches and fast replenishment. / 服饰行业走向小批量、快反补货。',
    knowCompetitors: 'SF keeps VIP same-day orders; JD courts their online team. / 顺丰保有VIP当日达；京东在接触其电商团队。',
    levelMover: 'Keep level 1: a joint-venture question will come; prepare the answer. / 保持层级一：客户会提出合资问题，提前准备。',
    targetLevel: 1,
    reviewedAt: ago(ctx, 30),
  });
  await makePlanAction(ctx.tx, {
    accountId: row.id,
    what: 'Answer the joint-venture question with the CEO / 与总裁共同回应合资问题',
    ownerId: ctx.people.user('ceo').id,
    dueOn: dayAhead(ctx, 45),
  });
  await makePlanAction(ctx.tx, {
    accountId: row.id,
    what: 'Publish the case video to the toolkit / 案例视频上架工具库',
    ownerId: ctx.people.user(rep).id,
    dueOn: dayAgo(ctx, 80),
    doneAt: ago(ctx, 85),
  });
  // The joint office and the peak team are run by delivery and operations: they share in the revenue.
  await revenueSplits(ctx, key, [
    ['key_accounts', 0.5],
    ['delivery', 0.2],
    ['operations', 0.2],
    ['solution_design', 0.1],
  ]);
}
