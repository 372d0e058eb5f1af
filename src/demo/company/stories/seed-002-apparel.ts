import { makeAccountScore, makeAttestation, makeCommitment, makeOnboardingIssue, makeSupportRequest } from '../../factories/index.ts';
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
  type StoryContext,
  team,
} from '../story-kit.ts';

/**
 * Seed 002: apparel company A goes online, finds its store logistics cannot carry
 * it, sets criteria and a shortlist of two or three, asks for solutions, fears for
 * high-value stock and peak capacity, and is won with proof rather than a discount.
 * Then comes onboarding (磨合期), the riskiest stage, where not everyone supports us.
 */
export async function apparelStory(ctx: StoryContext): Promise<void> {
  const key = 'silkroad';
  const rep = 'rep.east1';
  const p = await powerMap(ctx, key, {
    contacts: [
      {
        key: 'president',
        name: 'Shen Jiayi',
        nameZh: '沈嘉懿',
        department: 'general_management',
        title: 'President',
        titleZh: '总裁',
        rank: 1,
        influence: 5,
        role: 'decision_maker',
        attitude: 'neutral',
        strength: 2,
      },
      {
        key: 'logisticsHead',
        name: 'Lu Chengzhi',
        nameZh: '陆承志',
        department: 'logistics',
        title: 'Director of Logistics',
        titleZh: '物流总监',
        rank: 2,
        influence: 4,
        role: 'coach',
        attitude: 'supporter',
        strength: 4,
        main: true,
        notes:
          'We kept him informed on e-commerce logistics for a year; he thought of us first. / 一年来持续向他提供电商物流信息，他第一时间想到了我们。',
      },
      {
        key: 'ecommerceGm',
        name: 'Xia Mengyao',
        nameZh: '夏梦瑶',
        department: 'ecommerce',
        title: 'General Manager, E-commerce',
        titleZh: '电商事业部总经理',
        rank: 2,
        influence: 4,
        role: 'influencer',
        attitude: 'supporter',
        strength: 3,
      },
      {
        key: 'storeOps',
        name: 'Gu Hao',
        nameZh: '顾浩',
        department: 'retail',
        title: 'Director of Store Operations',
        titleZh: '门店运营总监',
        rank: 2,
        influence: 3,
        role: 'user',
        attitude: 'opponent',
        strength: 1,
        notes: 'Blames online orders for store stock-outs. / 把门店断货归咎于线上订单。',
      },
      {
        key: 'cfo',
        name: 'Qin Lan',
        nameZh: '秦岚',
        department: 'finance',
        title: 'Chief Financial Officer',
        titleZh: '财务总监',
        rank: 2,
        influence: 4,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 2,
      },
      {
        key: 'procurement',
        name: 'Jin Yu',
        nameZh: '金羽',
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
        key: 'warehouse',
        name: 'Zhou Tao',
        nameZh: '周涛',
        department: 'logistics',
        title: 'Warehouse Manager',
        titleZh: '仓库经理',
        rank: 4,
        influence: 2,
        role: 'user',
        attitude: 'supporter',
        strength: 3,
      },
    ],
    relations: [
      ['logisticsHead', 'reports_to', 'president'],
      ['ecommerceGm', 'reports_to', 'president'],
      ['storeOps', 'reports_to', 'president'],
      ['cfo', 'reports_to', 'president'],
      ['procurement', 'reports_to', 'cfo'],
      ['warehouse', 'reports_to', 'logisticsHead'],
      ['logisticsHead', 'ally', 'ecommerceGm'],
      ['storeOps', 'rival', 'ecommerceGm', 'Stores and online compete for the same stock. / 门店与线上争夺同一盘货。'],
    ],
    departments: [
      ['retail', 'rival', 'ecommerce', 'Online and stores fight over stock. / 线上线下争夺库存。'],
      ['logistics', 'ally', 'ecommerce'],
    ],
  });

  const timeline: ActivitySpec[] = [
    {
      daysAgo: 360,
      kind: 'email',
      subject: 'Apparel e-commerce logistics brief / 服饰电商物流趋势简报',
      ours: [rep],
      theirs: [p.logisticsHead],
    },
    {
      daysAgo: 300,
      kind: 'visit',
      subject: 'Visit to the director of logistics / 拜访物流总监',
      ours: [rep],
      theirs: [p.logisticsHead],
      notes: 'Silkroad will go online sooner or later; keep sharing what works. / 丝路迟早要走线上渠道，持续分享行业经验。',
    },
    {
      daysAgo: 240,
      kind: 'call',
      subject: 'Silkroad sets up an e-commerce department / 丝路成立电商部',
      ours: [rep],
      theirs: [p.logisticsHead],
      notes: 'The store logistics system cannot carry online orders. / 原门店物流体系无法支撑线上渠道。',
    },
    {
      daysAgo: 220,
      kind: 'meeting',
      subject: "President's office: two or three online logistics providers / 总裁办公会：选择2~3家线上物流服务商",
      ours: [rep, 'manager.east'],
      theirs: [p.logisticsHead, p.ecommerceGm],
      notes:
        'Criteria: 2C warehousing and delivery; cases with large online stores; cases with large apparel brands. / 标准：具备2C仓配能力；有服务大型电商店铺的案例；有服务大型服饰客户的案例。',
    },
    {
      daysAgo: 200,
      kind: 'meeting',
      subject: 'Invited to design the online logistics solution / 受邀参与线上物流方案设计',
      ours: [rep, 'solution', 'delivery'],
      theirs: [p.logisticsHead, p.ecommerceGm],
    },
    {
      daysAgo: 170,
      kind: 'meeting',
      subject: "Solution presented to the president's office / 向总裁办汇报方案",
      ours: [rep, 'solution', 'delivery', 'manager.east'],
      theirs: [p.president, p.ecommerceGm, p.logisticsHead],
    },
    {
      daysAgo: 150,
      kind: 'meeting',
      subject: 'Risk review: high-value stock and peak capacity / 风险评估：高货值库存与大促产能',
      ours: [rep, 'solution', 'legal'],
      theirs: [p.cfo, p.ecommerceGm],
      notes:
        'We are smaller than the others: could we pay for a warehouse loss, and can we carry Double 11? / 我方规模较小：仓库出问题能否承担？大促能否应对？',
    },
    {
      daysAgo: 135,
      kind: 'visit',
      subject: 'Silkroad visits our Kunshan DC / 丝路参观我方昆山仓',
      ours: [rep, 'ops'],
      theirs: [p.ecommerceGm, p.logisticsHead, p.cfo],
    },
    {
      daysAgo: 110,
      kind: 'meeting',
      subject: 'Contract signed by both chief executives / 双方一把手签约',
      ours: ['ceo', rep, 'manager.east'],
      theirs: [p.president],
      executiveLevel: true,
      objective: 'Sign and agree the first-year goals / 签约并确定首年目标',
      agenda: 'Signing; Double 11 readiness; joint steering group / 签约；双11准备；联合指导小组',
      notifiedDaysBefore: 7,
    },
    {
      daysAgo: 100,
      kind: 'meeting',
      subject: 'Delivery kickoff / 交付启动会',
      ours: ['delivery', 'solution', rep],
      theirs: [p.ecommerceGm, p.warehouse],
    },
    {
      daysAgo: 85,
      kind: 'meeting',
      subject: 'Joint steering group / 联合指导小组',
      ours: [rep, 'delivery', 'manager.east'],
      theirs: [p.ecommerceGm, p.logisticsHead],
    },
    {
      daysAgo: 60,
      kind: 'visit',
      subject: 'Onboarding review: returns backlog / 磨合期复盘：退货积压',
      ours: ['delivery', rep],
      theirs: [p.ecommerceGm, p.storeOps],
      notes:
        'Store operations blames online for stock-outs; returns must reach sellable stock faster. / 门店运营把断货归咎于线上，退货需更快回到可售库存。',
    },
    {
      daysAgo: 40,
      kind: 'visit',
      subject: 'Returns process walk-through / 退货流程现场梳理',
      ours: ['delivery', 'ops'],
      theirs: [p.warehouse],
    },
    { daysAgo: 25, kind: 'call', subject: 'Weekly onboarding call / 每周磨合期例会', ours: ['delivery'], theirs: [p.warehouse] },
    {
      daysAgo: 8,
      kind: 'visit',
      subject: 'Planning Double 11 together / 共同筹备双11',
      ours: [rep, 'ops'],
      theirs: [p.logisticsHead, p.ecommerceGm],
    },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  const online = await deal(ctx, key, {
    name: 'Online channel: 2C warehousing and delivery',
    nameZh: '线上渠道2C仓配一体化',
    kind: 'solution',
    stage: 'solution_delivery',
    value: 36_000_000,
    serviceLines: ['b2c_fulfilment', 'warehousing', 'last_mile'],
    competitors: ['JD Logistics', 'Cainiao'],
    outcome: 'won',
    outcomeReason: 'Proof answered the risk review, not a discount. / 以证明打消风险顾虑，而非降价。',
    stageChangedDaysAgo: 100,
    createdDaysAgo: 240,
    signals: [
      ['new_business_initiative', 240, p.logisticsHead, 'E-commerce department founded / 成立电商部'],
      ['internal_problem_acknowledged', 236, p.logisticsHead, 'Store logistics cannot carry online orders / 门店物流无法支撑线上'],
      ['formed_project_team', 225, p.ecommerceGm],
      [
        'set_selection_criteria',
        220,
        p.logisticsHead,
        '2C capability; large online stores; large apparel brands / 2C能力；大型电商店铺案例；大型服饰案例',
      ],
      ['set_shortlist_size', 220, p.logisticsHead, 'Two or three providers / 2~3家'],
      ['requested_solutions', 200, p.logisticsHead],
      ['asked_liability', 150, p.cfo, 'Who pays if high-value stock is lost? / 高货值库存出问题谁来赔？'],
      ['asked_insurance', 150, p.cfo],
      ['asked_peak_capacity', 150, p.ecommerceGm, 'Double 11 volumes / 双11单量'],
      ['asked_references', 148, p.ecommerceGm],
      ['requested_site_visit', 140, p.ecommerceGm],
      ['contract_signed', 110, p.president],
      ['onboarding_started', 100, p.ecommerceGm],
      ['first_shipment', 92, p.warehouse],
    ],
    actions: [
      ['discovery_call', 238, 'problem_discovery'],
      ['needs_workshop', 215, 'needs_definition', 'Shaped the criteria around 2C and apparel cases / 围绕2C与服饰案例明确标准'],
      ['solution_presentation', 170, 'solution_evaluation'],
      [
        'proof_document_sent',
        145,
        'risk_evaluation',
        'Grade-A certificate, insurance, Double 11 report, references / 仓库等级证书、保险合同、双11质量报告、客户评价',
      ],
      ['site_visit_invitation', 145, 'risk_evaluation'],
      ['reference_call', 130, 'risk_evaluation', "Call with Ningbo Seastar's supply-chain VP / 与宁波海星供应链副总交流"],
      ['contract_draft', 118, 'risk_evaluation'],
      ['executive_visit', 110, 'execution'],
      ['delivery_kickoff', 100, 'execution'],
    ],
    team: [
      [rep, 'sales'],
      ['solution', 'solution'],
      ['delivery', 'delivery'],
      ['ceo', 'executive'],
    ],
    proofs: [
      ['grading', 145],
      ['insurance', 145],
      ['peak', 145],
      ['reference', 145],
      ['seastarCase', 140],
    ],
  });

  const ref = { accountId: online.accountId, dealId: online.id };
  const it = ctx.people.user('it').id;
  await makeOnboardingIssue(ctx.tx, {
    ...ref,
    title: 'Map 40,000 SKUs to our WMS / 4万个SKU主数据对接WMS',
    ownerId: it,
    dueOn: dayAgo(ctx, 95),
    status: 'done',
    resolvedAt: ago(ctx, 97),
  });
  await makeOnboardingIssue(ctx.tx, {
    ...ref,
    title: 'Online returns back to sellable stock within 48 h / 线上退货48小时内回到可售库存',
    ownerId: ctx.people.user('delivery').id,
    dueOn: dayAgo(ctx, 10),
    status: 'open',
  });
  await makeOnboardingIssue(ctx.tx, {
    ...ref,
    title: 'Double 11 capacity rehearsal / 双11产能演练',
    ownerId: ctx.people.user('ops').id,
    dueOn: dayAhead(ctx, 20),
    status: 'open',
  });

  const { row } = account(ctx, key);
  const repId = ctx.people.user(rep).id;
  await makeSupportRequest(ctx.tx, {
    accountId: row.id,
    dealId: online.id,
    departmentId: ctx.people.departments.it.id,
    need: "EDI link to Silkroad's OMS for returns / 对接丝路OMS退货EDI接口",
    raisedBy: repId,
    raisedAt: ago(ctx, 12),
    dueAt: ago(ctx, 3),
    status: 'open',
  });
  await makeSupportRequest(ctx.tx, {
    accountId: row.id,
    dealId: online.id,
    departmentId: ctx.people.departments.legal.id,
    need: 'Review the liability clause for high-value stock / 审核高货值库存赔偿条款',
    raisedBy: repId,
    raisedAt: ago(ctx, 128),
    dueAt: ago(ctx, 124),
    status: 'closed',
    assigneeId: ctx.people.user('legal').id,
    acceptedAt: ago(ctx, 127),
    answeredAt: ago(ctx, 125),
    closedAt: ago(ctx, 124),
    answer: 'Cap at CNY 50 M per event, matching our insurance. / 单次赔偿上限5000万元，与保险一致。',
  });
  await makeCommitment(ctx.tx, {
    accountId: row.id,
    promisedBy: ctx.people.user('ceo').id,
    what: 'A dedicated on-site team for Double 11 / 双11期间派驻专属现场团队',
    toContactId: p.president.id,
    dueOn: dayAhead(ctx, 25),
    status: 'open',
    createdAt: ago(ctx, 110),
  });
  await makeAttestation(ctx.tx, {
    accountId: row.id,
    criterion: 'strategic_fit',
    effect: 'for',
    note: 'Head apparel brand: winning its online logistics builds our apparel benchmark. / 服饰头部品牌：拿下其线上物流可打造服装行业标杆。',
    evidence: 'intent:apparel_benchmark',
    attestedBy: ctx.people.user('manager.east').id,
    attestedAt: ago(ctx, 210),
  });
  await makeAttestation(ctx.tx, {
    accountId: row.id,
    criterion: 'mutual_commitment',
    effect: 'for',
    note: 'Customer formed a five-person online logistics project team. / 客户成立5人线上物流专项组。',
    attestedBy: repId,
    attestedAt: ago(ctx, 224),
  });
  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 5,
    satisfaction: 3,
    cooperation: 4,
    scoredBy: ctx.people.user('manager.east').id,
    scoredAt: ago(ctx, 40),
  });
  await levels(ctx, key, [
    [700, 5, 'customer_confirmed', 'Store replenishment linehaul only / 仅门店补货干线'],
    [
      60,
      4,
      'customer_confirmed',
      'Review meeting: online fulfilment with relabelling and returns / 复盘会确认：线上履约含贴标、退货等增值服务',
    ],
    [20, 3, 'own_estimate', 'Our apparel e-commerce solution is live / 服饰电商行业方案已落地'],
  ]);
  await team(ctx, key, [
    [rep, 'sales_lead'],
    ['solution', 'solution'],
    ['delivery', 'delivery'],
  ]);
}
