import {
  makeAccountPlan,
  makeAccountScore,
  makeAttestation,
  makeCommitment,
  makeEscalation,
  makeExecutivePairing,
  makePlanAction,
  makeRevenueSplit,
  makeSupportRequest,
} from '../../factories/index.ts';
import type { DepartmentCode } from '../logins.ts';
import { type ActivitySpec, type StoryContext, account, activity, ago, dayAgo, dayAhead, deal, levels, powerMap, team } from '../story-kit.ts';

async function splits(ctx: StoryContext, key: string, shares: [DepartmentCode, number][]) {
  const { row } = account(ctx, key);
  for (const [department, share] of shares) {
    await makeRevenueSplit(ctx.tx, { accountId: row.id, departmentId: ctx.people.departments[department].id, share });
  }
}

/** The largest e-commerce customer: climbing the ladder, a full team, a plan with one action overdue. */
export async function orientalStory(ctx: StoryContext): Promise<void> {
  const key = 'oriental';
  const rep = 'rep.east2';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      { key: 'ceo', name: 'Gao Yuan', nameZh: '高远', department: 'general_management', title: 'Chief Executive Officer', titleZh: '首席执行官', rank: 1, influence: 5, role: 'decision_maker', attitude: 'neutral', strength: 2 },
      { key: 'coo', name: 'Zheng Shuang', nameZh: '郑爽', department: 'general_management', title: 'Chief Operating Officer', titleZh: '首席运营官', rank: 1, influence: 4, role: 'influencer', attitude: 'supporter', strength: 3 },
      { key: 'vpLogistics', name: 'Feng Lei', nameZh: '冯磊', department: 'supply_chain', title: 'Vice President, Logistics', titleZh: '物流副总裁', rank: 2, influence: 5, role: 'decision_maker', attitude: 'supporter', strength: 4, main: true },
      { key: 'procurement', name: 'Cao Min', nameZh: '曹敏', department: 'procurement', title: 'Procurement Director', titleZh: '采购总监', rank: 2, influence: 3, role: 'gatekeeper', attitude: 'neutral', strength: 2 },
      { key: 'planning', name: 'Xu Chen', nameZh: '徐晨', department: 'logistics', title: 'Warehouse Planning Manager', titleZh: '仓网规划经理', rank: 3, influence: 3, role: 'coach', attitude: 'supporter', strength: 5 },
      {
        key: 'finance', name: 'Yan Li', nameZh: '严丽', department: 'finance', title: 'Finance Director', titleZh: '财务总监', rank: 2, influence: 4, role: 'evaluator', attitude: 'opponent', strength: 1,
        notes: 'Judges every carrier on cost per parcel only. / 只看单票成本。',
      },
      { key: 'service', name: 'Tang Ning', nameZh: '唐宁', department: 'customer_service', title: 'Head of Customer Service', titleZh: '客服负责人', rank: 3, influence: 2, role: 'user', attitude: 'neutral', strength: 2 },
      {
        key: 'architect', name: 'Shi Lei', nameZh: '石磊', department: 'it', title: 'Systems Architect', titleZh: '系统架构师', rank: 4, influence: 4, role: 'evaluator', attitude: 'neutral', strength: 2,
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
    departments: [['supply_chain', 'rival', 'finance', 'Service against cost. / 服务与成本之争。'], ['logistics', 'ally', 'it']],
  });

  const timeline: ActivitySpec[] = [
    { daysAgo: 350, kind: 'visit', subject: 'Annual review / 年度回顾', ours: [rep, 'manager.east'], theirs: [p.vpLogistics, p.planning] },
    { daysAgo: 310, kind: 'meeting', subject: '618 peak planning / 618大促筹备', ours: [rep, 'ops'], theirs: [p.planning, p.service] },
    { daysAgo: 260, kind: 'call', subject: 'Cost per parcel review / 单票成本复盘', ours: [rep, 'pricing'], theirs: [p.finance, p.procurement] },
    { daysAgo: 220, kind: 'visit', subject: 'Southwest DC site survey / 西南仓选址考察', ours: [rep, 'solution'], theirs: [p.planning] },
    { daysAgo: 180, kind: 'meeting', subject: 'Integration design session / 系统对接设计会', ours: ['it', 'solution'], theirs: [p.architect] },
    { daysAgo: 150, kind: 'meeting', subject: 'Eight-DC network: the problem statement / 八仓网络：问题梳理', ours: [rep, 'solution'], theirs: [p.vpLogistics, p.planning] },
    { daysAgo: 120, kind: 'email', subject: 'Network study data request / 网络规划数据需求', ours: ['solution'], theirs: [p.planning] },
    { daysAgo: 90, kind: 'visit', subject: 'Quarterly business review / 季度业务回顾', ours: [rep, 'manager.east', 'finance'], theirs: [p.vpLogistics, p.finance] },
    { daysAgo: 60, kind: 'meeting', subject: 'Solution workshop for the DC network / 分仓网络方案研讨', ours: [rep, 'solution', 'delivery'], theirs: [p.vpLogistics, p.planning, p.architect] },
    { daysAgo: 40, kind: 'meeting', subject: "Chief executives' meeting / 双方一把手会晤", ours: ['ceo', rep], theirs: [p.ceo, p.coo],
      executiveLevel: true, objective: 'Win sponsorship for the eight-DC network / 争取八仓网络项目的高层支持', agenda: 'Network study results; Double 11 capacity / 网络规划结论；双11运力', notifiedDaysBefore: 9 },
    { daysAgo: 18, kind: 'call', subject: 'Double 11 linehaul capacity / 双11干线运力', ours: [rep, 'ops'], theirs: [p.planning] },
    { daysAgo: 6, kind: 'visit', subject: 'Solution design review / 方案设计评审', ours: [rep, 'solution', 'delivery'], theirs: [p.vpLogistics, p.planning] },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  await deal(ctx, key, {
    name: 'National multi-warehouse network (eight regional DCs)', nameZh: '全国八仓分仓网络', kind: 'solution', stage: 'solution_design', value: 85_000_000,
    serviceLines: ['warehousing', 'b2c_fulfilment', 'linehaul'], stageChangedDaysAgo: 55, closeInDays: 120, createdDaysAgo: 160,
    signals: [
      ['internal_problem_acknowledged', 150, p.vpLogistics, 'Split shipments and long delivery times in the west / 拆单多，西部时效长'],
      ['formed_project_team', 130, p.planning],
      ['set_selection_criteria', 120, p.vpLogistics],
      ['requested_solutions', 60, p.vpLogistics],
      ['solution_workshop', 45, p.planning],
    ],
    actions: [['discovery_call', 148, 'problem_discovery'], ['needs_workshop', 125, 'needs_definition'], ['solution_presentation', 40, 'solution_evaluation']],
    team: [[rep, 'sales'], ['solution', 'solution'], ['delivery', 'delivery'], ['ceo', 'executive']],
  });
  await deal(ctx, key, {
    name: 'Annual express contract renewal', nameZh: '年度快递合同续签', kind: 'standard', stage: 'closed', value: 40_000_000, serviceLines: ['express', 'last_mile'],
    outcome: 'won', stageChangedDaysAgo: 200, createdDaysAgo: 300, team: [[rep, 'sales'], ['pricing', 'other']],
  });

  await makeAccountScore(ctx.tx, { accountId: row.id, influence: 5, satisfaction: 4, cooperation: 5, scoredBy: ctx.people.user('manager.east').id, scoredAt: ago(ctx, 50) });
  await levels(ctx, key, [
    [600, 4, 'customer_confirmed', 'Express with tracking and COD / 快递加轨迹、代收货款'],
    [360, 3, 'customer_confirmed', 'Annual review: our e-commerce fulfilment solution / 年度回顾：电商履约行业方案'],
    [90, 2, 'customer_confirmed', 'Survey: we diagnose their network problems with them / 调研确认：与其共同诊断网络问题'],
  ]);
  await team(ctx, key, [[rep, 'sales_lead'], ['solution', 'solution'], ['delivery', 'delivery'], ['finance', 'finance'], ['ceo', 'executive_sponsor']]);
  await makeExecutivePairing(ctx.tx, { accountId: row.id, executiveId: ctx.people.user('ceo').id, since: dayAgo(ctx, 540) });
  await makeAttestation(ctx.tx, {
    accountId: row.id, criterion: 'strategic_fit', effect: 'for', note: 'Their eight DCs would build our national warehouse network. / 其八仓布局可助我方搭建全国仓配网络。',
    evidence: 'intent:national_warehouse_network', attestedBy: ctx.people.user('cco').id, attestedAt: ago(ctx, 140),
  });
  await makeCommitment(ctx.tx, {
    accountId: row.id, promisedBy: ctx.people.user('ceo').id, what: 'Dedicated Double 11 linehaul capacity / 双11专属干线运力', toContactId: p.ceo.id,
    dueOn: dayAhead(ctx, 30), status: 'open', createdAt: ago(ctx, 40),
  });
  await makeEscalation(ctx.tx, {
    accountId: row.id, title: 'Pick errors at the Kunshan DC during 618 / 618期间昆山仓拣货差错', rootCause: 'operations', routedDepartmentIds: [ctx.people.departments.operations.id],
    status: 'resolved', raisedBy: ctx.people.user(rep).id, raisedAt: ago(ctx, 150), resolvedAt: ago(ctx, 132),
  });
  await makeSupportRequest(ctx.tx, {
    accountId: row.id, departmentId: ctx.people.departments.pricing.id, need: 'Price the eight-DC network, three volume scenarios / 八仓网络报价（三种单量情景）',
    raisedBy: ctx.people.user(rep).id, raisedAt: ago(ctx, 1), dueAt: ago(ctx, -2), status: 'open',
  });
  await makeAccountPlan(ctx.tx, {
    accountId: row.id,
    goals: { solution: 'Eight-DC network design / 八仓网络方案', targetLevel: 2, benchmark: 'E-commerce benchmark in East China / 华东电商标杆', revenueGrowth: 0.2 },
    knowOurselves: 'Strong in East China fulfilment, thin in the west. / 华东履约强，西部薄弱。',
    knowCustomer: 'Growth in lower-tier cities needs faster western delivery. / 下沉市场增长需要西部时效。',
    knowIndustry: 'Platforms move stock closer to buyers. / 平台都在推进库存前置。',
    knowCompetitors: 'JD pitches its own network; Cainiao sells the platform link. / 京东推自有网络；菜鸟推平台对接。',
    levelMover: 'Hold level 2 by running the network study with them, not for them. / 与客户共同完成网络规划，以保持层级二。',
    targetLevel: 2, reviewedAt: ago(ctx, 20),
  });
  await makePlanAction(ctx.tx, { accountId: row.id, what: 'Joint peak-season rehearsal / 与客户联合大促演练', ownerId: ctx.people.user('ops').id, dueOn: dayAgo(ctx, 15) });
  await makePlanAction(ctx.tx, { accountId: row.id, what: 'Network study readout to their COO / 向对方COO汇报网络规划', ownerId: ctx.people.user('solution').id, dueOn: dayAhead(ctx, 21) });
  await splits(ctx, key, [['key_accounts', 0.55], ['operations', 0.25], ['solution_design', 0.1], ['delivery', 0.1]]);
}

/** The electronics maker where our own estimate runs ahead of the customer, and the COO drops in unannounced. */
export async function evergreenStory(ctx: StoryContext): Promise<void> {
  const key = 'evergreen';
  const rep = 'rep.east3';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      { key: 'gm', name: 'Kang Wei', nameZh: '康伟', department: 'general_management', title: 'General Manager', titleZh: '总经理', rank: 1, influence: 5, role: 'decision_maker', attitude: 'neutral', strength: 2 },
      { key: 'plant', name: 'Yu Hongbo', nameZh: '于洪波', department: 'production', title: 'Plant 2 Director', titleZh: '二厂厂长', rank: 2, influence: 3, role: 'user', attitude: 'neutral', strength: 2 },
      { key: 'supplyChain', name: 'Xue Ning', nameZh: '薛宁', department: 'supply_chain', title: 'Supply Chain Director', titleZh: '供应链总监', rank: 2, influence: 4, role: 'influencer', attitude: 'supporter', strength: 4, main: true },
      { key: 'procurement', name: 'Tian Li', nameZh: '田丽', department: 'procurement', title: 'Procurement Manager', titleZh: '采购经理', rank: 3, influence: 3, role: 'gatekeeper', attitude: 'neutral', strength: 2 },
      { key: 'coordinator', name: 'Ji Xiaofei', nameZh: '纪晓飞', department: 'logistics', title: 'Logistics Coordinator', titleZh: '物流专员', rank: 4, influence: 2, role: 'coach', attitude: 'supporter', strength: 4 },
      { key: 'finance', name: 'Bai Rui', nameZh: '白睿', department: 'finance', title: 'Finance Manager', titleZh: '财务经理', rank: 3, influence: 2, role: 'evaluator', attitude: 'neutral', strength: 2 },
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
    { daysAgo: 330, kind: 'visit', subject: 'Plant 1 operations review / 一厂运营回顾', ours: [rep, 'ops'], theirs: [p.supplyChain, p.coordinator] },
    { daysAgo: 270, kind: 'call', subject: 'Customs lead times / 报关时效沟通', ours: [rep], theirs: [p.coordinator] },
    { daysAgo: 210, kind: 'meeting', subject: 'COO meets the general manager / 我方COO与总经理会面', ours: ['coo', rep], theirs: [p.gm, p.supplyChain],
      executiveLevel: true, objective: 'Introduce our contract logistics capability / 介绍合同物流能力', agenda: 'Plant 2 ramp-up; inbound parts / 二厂爬坡；零部件入厂', notifiedDaysBefore: 4 },
    { daysAgo: 160, kind: 'visit', subject: 'Quarterly business review / 季度业务回顾', ours: [rep, 'manager.east'], theirs: [p.supplyChain, p.procurement, p.finance] },
    { daysAgo: 110, kind: 'email', subject: 'Peak-season forecast / 旺季预测', ours: [rep], theirs: [p.coordinator] },
    { daysAgo: 50, kind: 'meeting', subject: 'Plant 2 VMI hub: project team formed / 二厂VMI仓：项目组成立', ours: [rep, 'solution2'], theirs: [p.supplyChain, p.plant] },
    { daysAgo: 35, kind: 'visit', subject: 'Selection criteria for the VMI hub / VMI仓选择标准沟通', ours: [rep, 'solution2'], theirs: [p.supplyChain, p.procurement] },
    // 拍脑门: the COO dropped in after a nearby meeting, with no plan and no word to the team.
    { daysAgo: 20, kind: 'visit', subject: 'COO drops in at plant 2 / COO顺路临时拜访二厂', ours: ['coo'], theirs: [p.plant],
      notes: 'Passing by after a supplier meeting in Kunshan; the account team heard about it afterwards. / 在昆山开完供应商会顺路过来，客户团队事后才知道。' },
    { daysAgo: 9, kind: 'call', subject: 'Follow-up on the COO promise / 跟进COO的承诺', ours: [rep], theirs: [p.plant, p.coordinator] },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  await deal(ctx, key, {
    name: 'VMI hub for plant 2 components', nameZh: '二厂元器件VMI仓', kind: 'solution', stage: 'needs_discovery', value: 18_000_000,
    serviceLines: ['contract_logistics', 'warehousing'], stageChangedDaysAgo: 45, closeInDays: 140, createdDaysAgo: 60,
    signals: [['formed_project_team', 50, p.supplyChain], ['set_selection_criteria', 35, p.supplyChain, 'Two-hour replenishment to the line / 两小时上线补货']],
    actions: [['discovery_call', 48, 'needs_definition'], ['needs_workshop', 30, 'needs_definition']],
    team: [[rep, 'sales'], ['solution2', 'solution']],
  });
  await makeCommitment(ctx.tx, {
    accountId: row.id, promisedBy: ctx.people.user('coo').id, what: 'A dedicated fleet for plant 2 within two weeks / 两周内为二厂提供专属车队', toContactId: p.plant.id,
    dueOn: dayAgo(ctx, 6), status: 'open', createdAt: ago(ctx, 20),
  });
  await makeAccountScore(ctx.tx, { accountId: row.id, influence: 4, satisfaction: 4, cooperation: 3, scoredBy: ctx.people.user('manager.east').id, scoredAt: ago(ctx, 70) });
  await levels(ctx, key, [
    [520, 4, 'customer_confirmed', 'Linehaul plus customs paperwork / 干线加报关代理'],
    [200, 3, 'customer_confirmed', 'Annual review: electronics contract logistics solution / 年度回顾：电子行业合同物流方案'],
    [30, 2, 'own_estimate', 'We believe the VMI design makes us their consultant / 我方认为VMI方案已使我们成为顾问'],
  ]);
  await team(ctx, key, [[rep, 'sales_lead'], ['solution2', 'solution'], ['delivery', 'delivery'], ['finance', 'finance'], ['coo', 'executive_sponsor']]);
  await makeExecutivePairing(ctx.tx, { accountId: row.id, executiveId: ctx.people.user('coo').id, since: dayAgo(ctx, 400) });
  await makeAttestation(ctx.tx, {
    accountId: row.id, criterion: 'mutual_commitment', effect: 'for', note: 'They staffed a VMI project team with their own planners. / 客户派出自己的计划员组成VMI项目组。',
    attestedBy: ctx.people.user(rep).id, attestedAt: ago(ctx, 49),
  });
  await makeAccountPlan(ctx.tx, {
    accountId: row.id, goals: { solution: 'VMI hub for plant 2 / 二厂VMI仓', targetLevel: 2 },
    knowCustomer: 'Plant 2 ramps up next year; line stoppages are their nightmare. / 二厂明年爬坡，停线是最大痛点。',
    levelMover: 'From 3 to 2: run their line-side logistics diagnosis ourselves. / 从三到二：亲自做线边物流诊断。', targetLevel: 2, reviewedAt: ago(ctx, 45),
  });
  await makePlanAction(ctx.tx, { accountId: row.id, what: 'Line-side logistics diagnosis / 线边物流诊断', ownerId: ctx.people.user('solution2').id, dueOn: dayAhead(ctx, 14) });
  await splits(ctx, key, [['key_accounts', 0.6], ['operations', 0.3], ['solution_design', 0.1]]);
}

/** The pharma group: a solution being designed without anyone from delivery on the deal. */
export async function huakangStory(ctx: StoryContext): Promise<void> {
  const key = 'huakang';
  const rep = 'rep.north1';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      { key: 'president', name: 'Wen Zhengyi', nameZh: '温正义', department: 'general_management', title: 'President', titleZh: '总裁', rank: 1, influence: 5, role: 'decision_maker', attitude: 'supporter', strength: 3 },
      {
        key: 'evp', name: 'Meng Fanyu', nameZh: '孟凡宇', department: 'administration', title: 'Executive Vice President, Administration', titleZh: '常务副总裁（行政）', rank: 1, influence: 2, role: 'user', attitude: 'supporter', strength: 4,
        notes: 'Warm to us, but carrier choices are not his (徒有虚名). / 对我方友好，但不决定物流商。',
      },
      {
        key: 'quality', name: 'Lu Yaqin', nameZh: '陆雅琴', department: 'quality', title: 'Quality Director', titleZh: '质量总监', rank: 2, influence: 5, role: 'evaluator', attitude: 'neutral', strength: 2,
        notes: 'Her GSP sign-off decides every cold-chain carrier (大权在握). / 每家冷链承运商都要过她的GSP审核。',
      },
      { key: 'logistics', name: 'Chang Kai', nameZh: '常凯', department: 'logistics', title: 'Logistics Director', titleZh: '物流总监', rank: 2, influence: 4, role: 'influencer', attitude: 'supporter', strength: 4, main: true },
      { key: 'procurement', name: 'Ning Hao', nameZh: '宁浩', department: 'procurement', title: 'Procurement Director', titleZh: '采购总监', rank: 2, influence: 3, role: 'gatekeeper', attitude: 'neutral', strength: 2 },
      { key: 'coldChain', name: 'Yin Shan', nameZh: '尹珊', department: 'logistics', title: 'Cold-chain Manager', titleZh: '冷链经理', rank: 3, influence: 3, role: 'coach', attitude: 'supporter', strength: 5 },
      { key: 'finance', name: 'Zou Ping', nameZh: '邹平', department: 'finance', title: 'Finance Manager', titleZh: '财务经理', rank: 3, influence: 2, role: 'evaluator', attitude: 'neutral', strength: 2 },
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
    departments: [['quality', 'ally', 'logistics'], ['procurement', 'rival', 'quality', 'Price against compliance. / 价格与合规之争。']],
  });

  const timeline: ActivitySpec[] = [
    { daysAgo: 345, kind: 'visit', subject: 'GSP audit of our Tianjin warehouse / 客户GSP审核我方天津仓', ours: [rep, 'ops'], theirs: [p.quality, p.coldChain] },
    { daysAgo: 280, kind: 'meeting', subject: 'Cold-chain SOP written together / 共同编写冷链SOP', ours: [rep, 'solution', 'ops'], theirs: [p.quality, p.coldChain], customerInvested: true,
      notes: 'Their quality team spent three weeks on it with us. / 客户质量团队与我方共同投入三周。' },
    { daysAgo: 200, kind: 'visit', subject: 'Quarterly business review / 季度业务回顾', ours: [rep, 'manager.north'], theirs: [p.logistics, p.procurement, p.finance] },
    { daysAgo: 130, kind: 'call', subject: 'Temperature excursion report / 温度异常报告', ours: [rep, 'ops'], theirs: [p.coldChain] },
    { daysAgo: 90, kind: 'meeting', subject: 'Vaccine distribution: selection criteria / 疫苗配送：选择标准', ours: [rep, 'solution'], theirs: [p.logistics, p.quality] },
    { daysAgo: 75, kind: 'meeting', subject: 'CCO meets the president / 我方CCO与总裁会面', ours: ['cco', rep], theirs: [p.president, p.logistics], executiveLevel: true,
      objective: 'Sponsor the vaccine cold-chain project / 争取疫苗冷链项目高层支持', agenda: 'Vaccine volumes; GSP; pricing principles / 疫苗单量；GSP；定价原则', notifiedDaysBefore: 5 },
    { daysAgo: 50, kind: 'email', subject: 'Request for solution received / 收到方案邀请', ours: [rep], theirs: [p.procurement] },
    { daysAgo: 25, kind: 'meeting', subject: 'Solution presentation / 方案呈现', ours: [rep, 'solution'], theirs: [p.logistics, p.quality, p.coldChain] },
    { daysAgo: 7, kind: 'visit', subject: 'Lane temperature mapping walk-through / 线路温度验证现场沟通', ours: [rep, 'solution'], theirs: [p.coldChain] },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  const vaccine = await deal(ctx, key, {
    name: 'Vaccine cold-chain distribution, North China', nameZh: '华北疫苗冷链配送', kind: 'solution', stage: 'solution_design', value: 30_000_000,
    serviceLines: ['cold_chain', 'warehousing'], stageChangedDaysAgo: 45, closeInDays: 90, createdDaysAgo: 100,
    signals: [['set_selection_criteria', 90, p.logistics], ['requested_solutions', 50, p.procurement], ['compared_vendors', 30, p.coldChain]],
    actions: [['needs_workshop', 88, 'needs_definition'], ['solution_presentation', 25, 'solution_evaluation']],
    // Nobody from delivery yet: the delivery-team rule flags this from solution design on.
    team: [[rep, 'sales'], ['solution', 'solution']],
    proofs: [['gsp', 25]],
  });
  await makeSupportRequest(ctx.tx, {
    accountId: row.id, dealId: vaccine.id, departmentId: ctx.people.departments.solution_design.id, need: 'Temperature-mapping study for the vaccine lanes / 疫苗线路温度验证方案',
    raisedBy: ctx.people.user(rep).id, raisedAt: ago(ctx, 6), dueAt: ago(ctx, -4), status: 'accepted', assigneeId: ctx.people.user('solution').id, acceptedAt: ago(ctx, 5),
  });
  await makeAccountScore(ctx.tx, { accountId: row.id, influence: 4, satisfaction: 4, cooperation: 4, scoredBy: ctx.people.user('manager.north').id, scoredAt: ago(ctx, 60) });
  await levels(ctx, key, [
    [500, 4, 'customer_confirmed', 'Cold-chain express with temperature logs / 冷链快递加温度记录'],
    [200, 3, 'customer_confirmed', 'Review meeting: our pharma cold-chain solution / 复盘会：医药冷链行业方案'],
  ]);
  await team(ctx, key, [[rep, 'sales_lead'], ['solution', 'solution'], ['delivery', 'delivery'], ['finance', 'finance'], ['cco', 'executive_sponsor']]);
  await makeExecutivePairing(ctx.tx, { accountId: row.id, executiveId: ctx.people.user('cco').id, since: dayAgo(ctx, 450) });
  await makeAttestation(ctx.tx, {
    accountId: row.id, criterion: 'mutual_commitment', effect: 'for', note: 'Their quality team co-wrote our cold-chain SOP. / 客户质量团队与我方共同编写冷链SOP。',
    attestedBy: ctx.people.user(rep).id, attestedAt: ago(ctx, 279),
  });
  await makeAccountPlan(ctx.tx, {
    accountId: row.id, goals: { solution: 'Vaccine cold chain / 疫苗冷链方案', targetLevel: 2, benchmark: 'Pharma benchmark in North China / 华北医药标杆' },
    knowOurselves: 'GSP-certified, but few vaccine references. / 具备GSP资质，但疫苗案例少。',
    knowCompetitors: 'SF leads on vaccines; Sinotrans on price. / 顺丰在疫苗领域领先；外运靠价格。',
    levelMover: 'The quality director must see us as her partner on compliance. / 让质量总监把我们当作合规伙伴。', targetLevel: 2, reviewedAt: ago(ctx, 70),
  });
  await makePlanAction(ctx.tx, { accountId: row.id, what: 'Add delivery to the vaccine deal / 交付团队加入疫苗项目', ownerId: ctx.people.user('manager.north').id, dueOn: dayAhead(ctx, 7) });
  await splits(ctx, key, [['key_accounts', 0.6], ['operations', 0.3], ['solution_design', 0.1]]);
}
