import { makeAccountScore, makeAttestation, makeCommitment, makeExecutivePairing } from '../../factories/index.ts';
import { type ActivitySpec, account, activity, ago, dayAgo, deal, levels, powerMap, type StoryContext } from '../story-kit.ts';

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
      {
        key: 'chairman',
        name: 'Ou Jinsheng',
        nameZh: '区锦生',
        department: 'general_management',
        title: 'Chairman',
        titleZh: '董事长',
        rank: 1,
        influence: 5,
        role: 'decision_maker',
        attitude: 'neutral',
        strength: 1,
      },
      {
        key: 'vpSupply',
        name: 'Liang Haitao',
        nameZh: '梁海涛',
        department: 'supply_chain',
        title: 'Vice President, Supply Chain',
        titleZh: '供应链副总裁',
        rank: 2,
        influence: 4,
        role: 'influencer',
        attitude: 'supporter',
        strength: 3,
        main: true,
      },
      {
        key: 'logistics',
        name: 'Chen Yuting',
        nameZh: '陈雨婷',
        department: 'logistics',
        title: 'Logistics Manager',
        titleZh: '物流经理',
        rank: 3,
        influence: 3,
        role: 'coach',
        attitude: 'supporter',
        strength: 4,
      },
      {
        key: 'procurement',
        name: 'Lu Zhiming',
        nameZh: '卢志明',
        department: 'procurement',
        title: 'Procurement Director',
        titleZh: '采购总监',
        rank: 2,
        influence: 4,
        role: 'gatekeeper',
        attitude: 'opponent',
        strength: 1,
      },
      {
        key: 'afterSales',
        name: 'Huo Jun',
        nameZh: '霍军',
        department: 'after_sales',
        title: 'After-sales Director',
        titleZh: '售后服务总监',
        rank: 2,
        influence: 3,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 2,
      },
      {
        key: 'finance',
        name: 'Tan Li',
        nameZh: '谭丽',
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
    {
      daysAgo: 260,
      kind: 'meeting',
      subject: 'Installer training launched with the customer / 与客户联合启动安装师傅培训',
      ours: [rep, 'ops'],
      theirs: [p.afterSales, p.logistics],
      customerInvested: true,
      notes: 'They fund the trainers; we bring the installers. / 客户出资培训师，我方提供安装师傅。',
    },
    { daysAgo: 200, kind: 'call', subject: 'Peak-season allocation / 旺季运力分配', ours: [rep], theirs: [p.vpSupply] },
    {
      daysAgo: 140,
      kind: 'meeting',
      subject: 'CCO meets the chairman / 我方CCO与董事长会面',
      ours: ['cco', rep],
      theirs: [p.chairman, p.vpSupply],
      executiveLevel: true,
      objective: 'Present the deliver-and-install network / 介绍送装一体网络',
      agenda: 'Coverage; installers; timetable / 覆盖范围；安装队伍；时间表',
      notifiedDaysBefore: 3,
    },
    {
      daysAgo: 120,
      kind: 'meeting',
      subject: 'Selection criteria for deliver-and-install / 送装一体选择标准',
      ours: [rep, 'solution'],
      theirs: [p.vpSupply, p.afterSales],
    },
    {
      daysAgo: 80,
      kind: 'meeting',
      subject: 'Solution presentation / 方案呈现',
      ours: [rep, 'solution', 'delivery'],
      theirs: [p.vpSupply, p.afterSales, p.procurement],
    },
    {
      daysAgo: 30,
      kind: 'meeting',
      subject: 'Their risk questions: insurance and peak capacity / 客户风险顾虑：保险与旺季产能',
      ours: [rep],
      theirs: [p.procurement, p.finance],
    },
    {
      daysAgo: 12,
      kind: 'call',
      subject: 'Discount offered on the install fee / 安装费报价下调',
      ours: [rep, 'pricing'],
      theirs: [p.procurement],
    },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  await deal(ctx, key, {
    name: 'Deliver-and-install network for large appliances',
    nameZh: '大家电送装一体网络',
    kind: 'solution',
    stage: 'solution_proof',
    value: 48_000_000,
    serviceLines: ['last_mile', 'warehousing', 'linehaul'],
    competitors: ['Annto Logistics'],
    stageChangedDaysAgo: 28,
    closeInDays: 45,
    createdDaysAgo: 130,
    signals: [
      ['set_selection_criteria', 120, p.vpSupply],
      ['requested_solutions', 90, p.procurement],
      ['asked_insurance', 30, p.finance, 'Who pays for a damaged air conditioner at the door? / 上门时空调损坏谁来赔？'],
      ['asked_peak_capacity', 25, p.procurement],
      ['requested_site_visit', 20, p.afterSales],
    ],
    actions: [
      ['solution_presentation', 80, 'solution_evaluation'],
      [
        'price_concession',
        12,
        'risk_evaluation',
        'Cut the install fee by 8 % after they asked about insurance. / 客户询问保险后将安装费下调8%。',
      ],
      ['proof_document_sent', 8, 'risk_evaluation', 'Grade-A certificate and insurance contract / 仓库等级证书与保险合同'],
    ],
    team: [
      [rep, 'sales'],
      ['solution', 'solution'],
      ['delivery', 'delivery'],
    ],
    proofs: [
      ['grading', 8],
      ['insurance', 8],
    ],
  });
  const cco = ctx.people.user('cco').id;
  await makeExecutivePairing(ctx.tx, { accountId: row.id, executiveId: cco, since: dayAgo(ctx, 500) });
  await makeCommitment(ctx.tx, {
    accountId: row.id,
    promisedBy: cco,
    what: 'Installer network in 20 cities by the end of Q2 / 二季度末前覆盖20城安装网络',
    toContactId: p.chairman.id,
    dueOn: dayAgo(ctx, 100),
    status: 'broken',
    closedAt: ago(ctx, 95),
    createdAt: ago(ctx, 140),
  });
  await makeAttestation(ctx.tx, {
    accountId: row.id,
    criterion: 'mutual_commitment',
    effect: 'for',
    note: 'They fund joint installer training. / 客户出资共建安装师傅培训。',
    attestedBy: ctx.people.user(rep).id,
    attestedAt: ago(ctx, 255),
  });
  await makeAttestation(ctx.tx, {
    accountId: row.id,
    criterion: 'strategic_fit',
    effect: 'for',
    evidence: 'intent:industry_solution',
    attestedBy: ctx.people.user('cco').id,
    attestedAt: ago(ctx, 150),
    note: 'Deliver-and-install for large appliances becomes our home-appliance industry solution. / 大家电送装一体将成为我方家电行业解决方案。',
  });
  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 4,
    satisfaction: 3,
    cooperation: 4,
    scoredBy: ctx.people.user('manager.south').id,
    scoredAt: ago(ctx, 90),
  });
  await levels(ctx, key, [[300, 4, 'customer_confirmed', 'Linehaul and warehousing with value-added services / 干线与仓储加增值服务']]);
}
