import { makeAccountScore, makeAttestation, makeEscalation } from '../../factories/index.ts';
import { type ActivitySpec, account, activity, ago, deal, levels, powerMap, type StoryContext } from '../story-kit.ts';

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
      {
        key: 'chairman',
        name: 'Yao Guofu',
        nameZh: '姚国富',
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
        key: 'coo',
        name: 'Jia Lin',
        nameZh: '贾琳',
        department: 'general_management',
        title: 'Chief Operating Officer',
        titleZh: '首席运营官',
        rank: 1,
        influence: 4,
        role: 'influencer',
        attitude: 'neutral',
        strength: 1,
      },
      {
        key: 'logistics',
        name: 'Shang Bo',
        nameZh: '尚波',
        department: 'logistics',
        title: 'Logistics Director',
        titleZh: '物流总监',
        rank: 2,
        influence: 3,
        role: 'evaluator',
        attitude: 'supporter',
        strength: 3,
        main: true,
      },
      {
        key: 'procurement',
        name: 'Geng Xue',
        nameZh: '耿雪',
        department: 'procurement',
        title: 'Procurement Manager',
        titleZh: '采购经理',
        rank: 3,
        influence: 3,
        role: 'gatekeeper',
        attitude: 'opponent',
        strength: 1,
      },
      {
        key: 'warehouse',
        name: 'Hao Jian',
        nameZh: '郝健',
        department: 'logistics',
        title: 'Warehouse Supervisor',
        titleZh: '仓库主管',
        rank: 4,
        influence: 2,
        role: 'user',
        attitude: 'neutral',
        strength: 2,
      },
    ],
    relations: [
      ['coo', 'reports_to', 'chairman'],
      ['logistics', 'reports_to', 'coo'],
      ['procurement', 'reports_to', 'coo'],
      ['warehouse', 'reports_to', 'logistics'],
    ],
  });

  const timeline: ActivitySpec[] = [
    ...[350, 320, 290, 255, 225, 190, 160, 130, 95, 65, 35].map(
      (d, i): ActivitySpec => ({
        daysAgo: d,
        kind: i % 3 === 2 ? 'call' : 'visit',
        subject: 'Monthly service review / 月度服务回顾',
        ours: [rep],
        theirs: [p.logistics, p.warehouse],
      }),
    ),
    {
      daysAgo: 70,
      kind: 'meeting',
      subject: 'Complaint: slow regional delivery / 投诉：区域配送慢',
      ours: [rep, 'ops'],
      theirs: [p.logistics, p.procurement],
      notes: 'They are unhappy with their current set-up and say so; no project yet. / 客户对现状不满并直言，但尚未立项。',
    },
    {
      daysAgo: 15,
      kind: 'visit',
      subject: 'Regional DC consolidation pitch / 区域仓整合方案介绍',
      ours: [rep, 'solution2'],
      theirs: [p.logistics],
    },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  // Our sales track runs ahead of the customer: we design while they only complain.
  await deal(ctx, key, {
    name: 'Regional DC consolidation',
    nameZh: '区域仓整合',
    kind: 'solution',
    stage: 'solution_design',
    value: 20_000_000,
    serviceLines: ['warehousing', 'linehaul'],
    stageChangedDaysAgo: 20,
    closeInDays: 100,
    createdDaysAgo: 75,
    signals: [['complained_about_current_provider', 70, p.logistics, 'Regional delivery too slow / 区域配送太慢']],
    actions: [['solution_presentation', 15, 'problem_discovery']],
    team: [
      [rep, 'sales'],
      ['solution2', 'solution'],
      ['delivery', 'delivery'],
    ],
  });
  const repId = ctx.people.user(rep).id;
  await makeAttestation(ctx.tx, {
    accountId: row.id,
    criterion: 'mutual_commitment',
    effect: 'against',
    attestedBy: ctx.people.user('manager.north').id,
    attestedAt: ago(ctx, 60),
    note: 'Their executives declined to meet ours three times this year. / 对方高层今年三次拒绝与我方高层见面。',
  });
  await makeEscalation(ctx.tx, {
    accountId: row.id,
    title: 'Three months of wrong invoices: billing and operations data disagree / 连续三个月账单错误：计费与运营数据不一致',
    rootCause: 'internal_collaboration',
    routedDepartmentIds: [ctx.people.departments.operations.id, ctx.people.departments.finance.id],
    status: 'open',
    raisedBy: repId,
    raisedAt: ago(ctx, 18),
  });
  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 4,
    satisfaction: 2,
    cooperation: 3,
    note: 'Large, but unhappy. / 体量大，但不满意。',
    scoredBy: ctx.people.user('manager.north').id,
    scoredAt: ago(ctx, 40),
  });
  await levels(ctx, key, [[400, 4, 'customer_confirmed', 'Linehaul and LTL with tracking / 干线与零担加轨迹服务']]);
}
