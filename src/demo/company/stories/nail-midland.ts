import { makeAccountScore, makePlaybookRecord, makeTagDecision } from '../../factories/index.ts';
import { type ActivitySpec, account, activity, ago, dayAgo, deal, levels, powerMap, type StoryContext } from '../story-kit.ts';

/** The nail (钉子客户): a huge wallet, under 1 % of it ours, stuck since last year over a legacy grudge. */
export async function nailStory(ctx: StoryContext): Promise<void> {
  const key = 'midland';
  const rep = 'rep.south3';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      {
        key: 'gm',
        name: 'Xian Zhihua',
        nameZh: '冼志华',
        department: 'general_management',
        title: 'General Manager',
        titleZh: '总经理',
        rank: 1,
        influence: 5,
        role: 'decision_maker',
        attitude: 'neutral',
        strength: 1,
      },
      {
        key: 'vpLogistics',
        name: 'Kuang Jianhua',
        nameZh: '邝建华',
        department: 'logistics',
        title: 'Vice President, Logistics',
        titleZh: '物流副总裁',
        rank: 2,
        influence: 5,
        role: 'decision_maker',
        attitude: 'opponent',
        strength: 1,
        notes:
          'Offended by our former rep two years ago; has not taken our calls since. / 两年前被我方前任销售得罪，此后不再接听我方电话。',
      },
      {
        key: 'procurement',
        name: 'He Yanling',
        nameZh: '何艳玲',
        department: 'procurement',
        title: 'Procurement Director',
        titleZh: '采购总监',
        rank: 2,
        influence: 3,
        role: 'gatekeeper',
        attitude: 'neutral',
        strength: 2,
        main: true,
      },
      {
        key: 'warehouse',
        name: 'Li Jiale',
        nameZh: '黎家乐',
        department: 'logistics',
        title: 'Warehouse Manager',
        titleZh: '仓库经理',
        rank: 4,
        influence: 2,
        role: 'coach',
        attitude: 'supporter',
        strength: 3,
      },
      {
        key: 'finance',
        name: 'Su Wen',
        nameZh: '苏雯',
        department: 'finance',
        title: 'Finance Manager',
        titleZh: '财务经理',
        rank: 3,
        influence: 2,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 1,
      },
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
    {
      daysAgo: 190,
      kind: 'email',
      subject: 'Meeting request to the logistics VP, declined / 约见物流副总被拒',
      ours: [rep],
      theirs: [p.vpLogistics],
    },
    {
      daysAgo: 100,
      kind: 'visit',
      subject: 'Coffee with the warehouse manager / 与仓库经理喝咖啡',
      ours: [rep],
      theirs: [p.warehouse],
      notes:
        'The grudge is about a missed pickup our former rep denied. Resolve it first. / 症结是前任销售否认过的一次漏提货，需先解决历史问题。',
    },
    {
      daysAgo: 21,
      kind: 'meeting',
      subject: 'Attack plan with the sales director / 与销售总监制定攻关计划',
      ours: [rep, 'manager.south'],
      theirs: [],
    },
    {
      daysAgo: 9,
      kind: 'visit',
      subject: 'The sales director brings the credit note to procurement / 销售总监携补偿方案拜访采购',
      ours: ['manager.south', rep],
      theirs: [p.procurement, p.warehouse],
    },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  await deal(ctx, key, {
    name: 'Regional linehaul for the Foshan plants',
    nameZh: '佛山工厂区域干线',
    kind: 'standard',
    stage: 'opportunity',
    value: 26_000_000,
    serviceLines: ['linehaul', 'ltl'],
    competitors: ['Annto Logistics'],
    stageChangedDaysAgo: 260,
    closeInDays: 60,
    createdDaysAgo: 330,
    team: [[rep, 'sales']],
  });
  const manager = ctx.people.user('manager.south').id;
  await makeTagDecision(ctx.tx, {
    accountId: row.id,
    suggested: 'nail',
    decided: 'nail',
    decidedBy: manager,
    decidedAt: ago(ctx, 21),
    note: 'Wallet CNY 320 M, our share under 1 %, stalled since last year: pull the nail. / 钱包3.2亿，我方份额不足1%，久攻不下：拔钉子。',
  });
  // 价值区分 and 原因区分 first: worth attacking, and the cause is a legacy grudge.
  await makePlaybookRecord(ctx.tx, {
    accountId: row.id,
    kind: 'nail_assessment',
    createdBy: manager,
    createdAt: ago(ctx, 21),
    payload: {
      potentialValueCny: 40_000_000,
      expectedReturnCny: 40_000_000,
      costCny: 8_000_000,
      causes: ['internal_legacy'],
      stalledSince: dayAgo(ctx, 260),
      note: 'Resolve the legacy issue first: apologise for the missed pickup and credit it, then show the logistics VP our Foshan operation. / 先解决历史遗留问题：就漏提货道歉并补偿，再请物流副总参观我方佛山运营。',
    },
  });
  // 组合攻关: the rep went first, then the sales director; the regional manager is next.
  const escalations: [string, string, number, string][] = [
    [
      'rep',
      rep,
      18,
      'Apology letter for the missed pickup sent to the logistics VP; no answer yet. / 已就漏提货向物流副总致歉信，尚无回复。',
    ],
    [
      'supervisor',
      'manager.south',
      9,
      'The sales director met procurement with the credit note; they agreed to a trial lane. / 销售总监携补偿方案拜访采购，对方同意试运行一条线路。',
    ],
  ];
  for (const [step, person, days, outcome] of escalations) {
    await makePlaybookRecord(ctx.tx, {
      accountId: row.id,
      kind: 'nail_escalation',
      createdBy: ctx.people.user(person).id,
      createdAt: ago(ctx, days),
      payload: { step, personId: ctx.people.user(person).id, outcome },
    });
  }
  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 5,
    satisfaction: 2,
    cooperation: 2,
    scoredBy: manager,
    scoredAt: ago(ctx, 21),
  });
  await levels(ctx, key, [[330, 5, 'own_estimate', 'A few express parcels / 少量快递']]);
}
