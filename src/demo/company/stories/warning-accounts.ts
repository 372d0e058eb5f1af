import {
  makeAccountScore,
  makeAttestation,
  makeCommitment,
  makeEscalation,
  makeExecutivePairing,
  makePlaybookRecord,
  makeTagDecision,
} from '../../factories/index.ts';
import { type ActivitySpec, type StoryContext, account, activity, ago, dayAgo, deal, levels, powerMap } from '../story-kit.ts';

/**
 * A head account left to the sales team: paired with the CCO, who has not been
 * since a meeting long ago (拍屁股), broke a promise (拍胸脯), has no account team,
 * and whose rep answered the risk review with a discount instead of proof.
 */
export async function pearlRiverStory(ctx: StoryContext): Promise<void> {
  const key = 'pearlriver';
  const rep = 'rep.south2';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      { key: 'chairman', name: 'Ou Jinsheng', nameZh: '区锦生', department: 'general_management', title: 'Chairman', titleZh: '董事长', rank: 1, influence: 5, role: 'decision_maker', attitude: 'neutral', strength: 1 },
      { key: 'vpSupply', name: 'Liang Haitao', nameZh: '梁海涛', department: 'supply_chain', title: 'Vice President, Supply Chain', titleZh: '供应链副总裁', rank: 2, influence: 4, role: 'influencer', attitude: 'supporter', strength: 3, main: true },
      { key: 'logistics', name: 'Chen Yuting', nameZh: '陈雨婷', department: 'logistics', title: 'Logistics Manager', titleZh: '物流经理', rank: 3, influence: 3, role: 'coach', attitude: 'supporter', strength: 4 },
      { key: 'procurement', name: 'Lu Zhiming', nameZh: '卢志明', department: 'procurement', title: 'Procurement Director', titleZh: '采购总监', rank: 2, influence: 4, role: 'gatekeeper', attitude: 'opponent', strength: 1 },
      { key: 'afterSales', name: 'Huo Jun', nameZh: '霍军', department: 'after_sales', title: 'After-sales Director', titleZh: '售后服务总监', rank: 2, influence: 3, role: 'evaluator', attitude: 'neutral', strength: 2 },
      { key: 'finance', name: 'Tan Li', nameZh: '谭丽', department: 'finance', title: 'Finance Manager', titleZh: '财务经理', rank: 3, influence: 2, role: 'evaluator', attitude: 'neutral', strength: 2 },
    ],
    relations: [
      ['vpSupply', 'reports_to', 'chairman'],
      ['procurement', 'reports_to', 'chairman'],
      ['afterSales', 'reports_to', 'vpSupply'],
      ['logistics', 'reports_to', 'vpSupply'],
      ['finance', 'reports_to', 'chairman'],
      ['procurement', 'rival', 'vpSupply', 'Procurement wants a price war between carriers. / 采购希望承运商之间打价格战。'],
    ],
    departments: [['procurement', 'rival', 'supply_chain']],
  });

  const timeline: ActivitySpec[] = [
    { daysAgo: 320, kind: 'visit', subject: 'Plant logistics review / 工厂物流回顾', ours: [rep], theirs: [p.logistics] },
    { daysAgo: 260, kind: 'meeting', subject: 'Installer training launched with the customer / 与客户联合启动安装师傅培训', ours: [rep, 'ops'], theirs: [p.afterSales, p.logistics], customerInvested: true,
      notes: 'They fund the trainers; we bring the installers. / 客户出资培训师，我方提供安装师傅。' },
    { daysAgo: 200, kind: 'call', subject: 'Peak-season allocation / 旺季运力分配', ours: [rep], theirs: [p.vpSupply] },
    { daysAgo: 140, kind: 'meeting', subject: 'CCO meets the chairman / 我方CCO与董事长会面', ours: ['cco', rep], theirs: [p.chairman, p.vpSupply], executiveLevel: true,
      objective: 'Present the deliver-and-install network / 介绍送装一体网络', agenda: 'Coverage; installers; timetable / 覆盖范围；安装队伍；时间表', notifiedDaysBefore: 3 },
    { daysAgo: 120, kind: 'meeting', subject: 'Selection criteria for deliver-and-install / 送装一体选择标准', ours: [rep, 'solution'], theirs: [p.vpSupply, p.afterSales] },
    { daysAgo: 80, kind: 'meeting', subject: 'Solution presentation / 方案呈现', ours: [rep, 'solution', 'delivery'], theirs: [p.vpSupply, p.afterSales, p.procurement] },
    { daysAgo: 30, kind: 'meeting', subject: 'Their risk questions: insurance and peak capacity / 客户风险顾虑：保险与旺季产能', ours: [rep], theirs: [p.procurement, p.finance] },
    { daysAgo: 12, kind: 'call', subject: 'Discount offered on the install fee / 安装费报价下调', ours: [rep, 'pricing'], theirs: [p.procurement] },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  await deal(ctx, key, {
    name: 'Deliver-and-install network for large appliances', nameZh: '大家电送装一体网络', kind: 'solution', stage: 'solution_proof', value: 48_000_000,
    serviceLines: ['last_mile', 'warehousing', 'linehaul'], competitors: ['Annto Logistics'], stageChangedDaysAgo: 28, closeInDays: 45, createdDaysAgo: 130,
    signals: [
      ['set_selection_criteria', 120, p.vpSupply],
      ['requested_solutions', 90, p.procurement],
      ['asked_insurance', 30, p.finance, 'Who pays for a damaged air conditioner at the door? / 上门时空调损坏谁来赔？'],
      ['asked_peak_capacity', 25, p.procurement],
      ['requested_site_visit', 20, p.afterSales],
    ],
    actions: [
      ['solution_presentation', 80, 'solution_evaluation'],
      ['price_concession', 12, 'risk_evaluation', 'Cut the install fee by 8 % after they asked about insurance. / 客户询问保险后将安装费下调8%。'],
      ['proof_document_sent', 8, 'risk_evaluation', 'Grade-A certificate and insurance contract / 仓库等级证书与保险合同'],
    ],
    team: [[rep, 'sales'], ['solution', 'solution'], ['delivery', 'delivery']],
    proofs: [['grading', 8], ['insurance', 8]],
  });
  const cco = ctx.people.user('cco').id;
  await makeExecutivePairing(ctx.tx, { accountId: row.id, executiveId: cco, since: dayAgo(ctx, 500) });
  await makeCommitment(ctx.tx, {
    accountId: row.id, promisedBy: cco, what: 'Installer network in 20 cities by the end of Q2 / 二季度末前覆盖20城安装网络', toContactId: p.chairman.id,
    dueOn: dayAgo(ctx, 100), status: 'broken', closedAt: ago(ctx, 95), createdAt: ago(ctx, 140),
  });
  await makeAttestation(ctx.tx, {
    accountId: row.id, criterion: 'mutual_commitment', effect: 'for', note: 'They fund joint installer training. / 客户出资共建安装师傅培训。', attestedBy: ctx.people.user(rep).id, attestedAt: ago(ctx, 255),
  });
  await makeAttestation(ctx.tx, {
    accountId: row.id, criterion: 'strategic_fit', effect: 'for', evidence: 'intent:industry_solution', attestedBy: ctx.people.user('cco').id, attestedAt: ago(ctx, 150),
    note: 'Deliver-and-install for large appliances becomes our home-appliance industry solution. / 大家电送装一体将成为我方家电行业解决方案。',
  });
  await makeAccountScore(ctx.tx, { accountId: row.id, influence: 4, satisfaction: 3, cooperation: 4, scoredBy: ctx.people.user('manager.south').id, scoredAt: ago(ctx, 90) });
  await levels(ctx, key, [[300, 4, 'customer_confirmed', 'Linehaul and warehousing with value-added services / 干线与仓储加增值服务']]);
}

/** The nail (钉子客户): a huge wallet, under 1 % of it ours, stuck since last year over a legacy grudge. */
export async function nailStory(ctx: StoryContext): Promise<void> {
  const key = 'midland';
  const rep = 'rep.south3';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      { key: 'gm', name: 'Xian Zhihua', nameZh: '冼志华', department: 'general_management', title: 'General Manager', titleZh: '总经理', rank: 1, influence: 5, role: 'decision_maker', attitude: 'neutral', strength: 1 },
      {
        key: 'vpLogistics', name: 'Kuang Jianhua', nameZh: '邝建华', department: 'logistics', title: 'Vice President, Logistics', titleZh: '物流副总裁', rank: 2, influence: 5, role: 'decision_maker', attitude: 'opponent', strength: 1,
        notes: 'Offended by our former rep two years ago; has not taken our calls since. / 两年前被我方前任销售得罪，此后不再接听我方电话。',
      },
      { key: 'procurement', name: 'He Yanling', nameZh: '何艳玲', department: 'procurement', title: 'Procurement Director', titleZh: '采购总监', rank: 2, influence: 3, role: 'gatekeeper', attitude: 'neutral', strength: 2, main: true },
      { key: 'warehouse', name: 'Li Jiale', nameZh: '黎家乐', department: 'logistics', title: 'Warehouse Manager', titleZh: '仓库经理', rank: 4, influence: 2, role: 'coach', attitude: 'supporter', strength: 3 },
      { key: 'finance', name: 'Su Wen', nameZh: '苏雯', department: 'finance', title: 'Finance Manager', titleZh: '财务经理', rank: 3, influence: 2, role: 'evaluator', attitude: 'neutral', strength: 1 },
    ],
    relations: [
      ['vpLogistics', 'reports_to', 'gm'],
      ['procurement', 'reports_to', 'gm'],
      ['warehouse', 'reports_to', 'vpLogistics'],
      ['finance', 'reports_to', 'gm'],
    ],
  });

  const timeline: ActivitySpec[] = [
    { daysAgo: 330, kind: 'visit', subject: 'Introductory visit to procurement / 拜访采购部', ours: [rep], theirs: [p.procurement] },
    { daysAgo: 260, kind: 'call', subject: 'Linehaul quote follow-up / 干线报价跟进', ours: [rep], theirs: [p.procurement] },
    { daysAgo: 190, kind: 'email', subject: 'Meeting request to the logistics VP, declined / 约见物流副总被拒', ours: [rep], theirs: [p.vpLogistics] },
    { daysAgo: 100, kind: 'visit', subject: 'Coffee with the warehouse manager / 与仓库经理喝咖啡', ours: [rep], theirs: [p.warehouse],
      notes: 'The grudge is about a missed pickup our former rep denied. Resolve it first. / 症结是前任销售否认过的一次漏提货，需先解决历史问题。' },
    { daysAgo: 21, kind: 'meeting', subject: 'Attack plan with the sales director / 与销售总监制定攻关计划', ours: [rep, 'manager.south'], theirs: [] },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  await deal(ctx, key, {
    name: 'Regional linehaul for the Foshan plants', nameZh: '佛山工厂区域干线', kind: 'standard', stage: 'opportunity', value: 26_000_000,
    serviceLines: ['linehaul', 'ltl'], competitors: ['Annto Logistics'], stageChangedDaysAgo: 260, closeInDays: 60, createdDaysAgo: 330, team: [[rep, 'sales']],
  });
  const manager = ctx.people.user('manager.south').id;
  await makeTagDecision(ctx.tx, {
    accountId: row.id, suggested: 'none', decided: 'nail', decidedBy: manager, decidedAt: ago(ctx, 21),
    note: 'Wallet CNY 320 M, our share under 1 %, stalled since last year: pull the nail. / 钱包3.2亿，我方份额不足1%，久攻不下：拔钉子。',
  });
  await makePlaybookRecord(ctx.tx, {
    accountId: row.id, kind: 'nail_assessment', status: 'attack', amount: 8_000_000, createdBy: manager, createdAt: ago(ctx, 21),
    payload: {
      potentialValueCny: 40_000_000,
      attackCostCny: 8_000_000,
      expectedReturnRatio: 5,
      cause: 'legacy_issue',
      decision: 'attack',
      escalation: ['rep.south3', 'manager.south', 'cco'],
      counterActions: [
        'Settle the missed-pickup dispute with an apology and a credit / 就漏提货纠纷道歉并给予补偿',
        "Site visit to our Foshan operation for the logistics VP / 邀请物流副总参观我方佛山运营",
        'Competitor comparison on damage rates / 与竞对的货损率对比',
      ],
      note: 'Resolve the legacy issue first, then the comparison. / 先解决历史遗留问题，再做对比。',
    },
  });
  await makeAccountScore(ctx.tx, { accountId: row.id, influence: 5, satisfaction: 2, cooperation: 2, scoredBy: manager, scoredAt: ago(ctx, 21) });
  await levels(ctx, key, [[330, 5, 'own_estimate', 'A few express parcels / 少量快递']]);
}

/**
 * Big volume, an unhappy customer whose executives will not meet ours: volume alone
 * is no benchmark and no commitment. Our own billing and operations fail each other.
 */
export async function bohaiStory(ctx: StoryContext): Promise<void> {
  const key = 'bohai';
  const rep = 'rep.north2';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      { key: 'chairman', name: 'Yao Guofu', nameZh: '姚国富', department: 'general_management', title: 'Chairman', titleZh: '董事长', rank: 1, influence: 5, role: 'decision_maker', attitude: 'neutral', strength: 1 },
      { key: 'coo', name: 'Jia Lin', nameZh: '贾琳', department: 'general_management', title: 'Chief Operating Officer', titleZh: '首席运营官', rank: 1, influence: 4, role: 'influencer', attitude: 'neutral', strength: 1 },
      { key: 'logistics', name: 'Shang Bo', nameZh: '尚波', department: 'logistics', title: 'Logistics Director', titleZh: '物流总监', rank: 2, influence: 3, role: 'evaluator', attitude: 'supporter', strength: 3, main: true },
      { key: 'procurement', name: 'Geng Xue', nameZh: '耿雪', department: 'procurement', title: 'Procurement Manager', titleZh: '采购经理', rank: 3, influence: 3, role: 'gatekeeper', attitude: 'opponent', strength: 1 },
      { key: 'warehouse', name: 'Hao Jian', nameZh: '郝健', department: 'logistics', title: 'Warehouse Supervisor', titleZh: '仓库主管', rank: 4, influence: 2, role: 'user', attitude: 'neutral', strength: 2 },
    ],
    relations: [
      ['coo', 'reports_to', 'chairman'],
      ['logistics', 'reports_to', 'coo'],
      ['procurement', 'reports_to', 'coo'],
      ['warehouse', 'reports_to', 'logistics'],
    ],
  });

  const timeline: ActivitySpec[] = [
    ...[350, 320, 290, 255, 225, 190, 160, 130, 95, 65, 35].map((d, i): ActivitySpec => ({
      daysAgo: d, kind: i % 3 === 2 ? 'call' : 'visit', subject: 'Monthly service review / 月度服务回顾', ours: [rep], theirs: [p.logistics, p.warehouse],
    })),
    { daysAgo: 70, kind: 'meeting', subject: 'Complaint: slow regional delivery / 投诉：区域配送慢', ours: [rep, 'ops'], theirs: [p.logistics, p.procurement],
      notes: 'They are unhappy with their current set-up and say so; no project yet. / 客户对现状不满并直言，但尚未立项。' },
    { daysAgo: 15, kind: 'visit', subject: 'Regional DC consolidation pitch / 区域仓整合方案介绍', ours: [rep, 'solution2'], theirs: [p.logistics] },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  // Our sales track runs ahead of the customer: we design while they only complain.
  await deal(ctx, key, {
    name: 'Regional DC consolidation', nameZh: '区域仓整合', kind: 'solution', stage: 'solution_design', value: 20_000_000,
    serviceLines: ['warehousing', 'linehaul'], stageChangedDaysAgo: 20, closeInDays: 100, createdDaysAgo: 75,
    signals: [['complained_about_current_provider', 70, p.logistics, 'Regional delivery too slow / 区域配送太慢']],
    actions: [['solution_presentation', 15, 'problem_discovery']],
    team: [[rep, 'sales'], ['solution2', 'solution'], ['delivery', 'delivery']],
  });
  const repId = ctx.people.user(rep).id;
  await makeAttestation(ctx.tx, {
    accountId: row.id, criterion: 'mutual_commitment', effect: 'against', attestedBy: ctx.people.user('manager.north').id, attestedAt: ago(ctx, 60),
    note: 'Their executives declined to meet ours three times this year. / 对方高层今年三次拒绝与我方高层见面。',
  });
  await makeEscalation(ctx.tx, {
    accountId: row.id, title: 'Three months of wrong invoices: billing and operations data disagree / 连续三个月账单错误：计费与运营数据不一致',
    rootCause: 'internal_collaboration', routedDepartmentIds: [ctx.people.departments.operations.id, ctx.people.departments.finance.id],
    status: 'open', raisedBy: repId, raisedAt: ago(ctx, 18),
  });
  await makeAccountScore(ctx.tx, { accountId: row.id, influence: 4, satisfaction: 2, cooperation: 3, note: 'Large, but unhappy. / 体量大，但不满意。', scoredBy: ctx.people.user('manager.north').id, scoredAt: ago(ctx, 40) });
  await levels(ctx, key, [[400, 4, 'customer_confirmed', 'Linehaul and LTL with tracking / 干线与零担加轨迹服务']]);
}
