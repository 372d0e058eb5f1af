import { makeAccountScore, makeEscalation, makePlaybookRecord, makeTagDecision } from '../../factories/index.ts';
import { type ActivitySpec, account, activity, ago, dayAhead, deal, levels, powerMap, type StoryContext, team } from '../story-kit.ts';

/**
 * The dangerous account (危险客户): revenue down by a quarter, the key contact (and our
 * coach) gone, a competitor bidding, fewer visits, an open complaint and a level drop;
 * the manager overrides the suggestion and a three-part defence plan follows.
 */
export async function dangerousStory(ctx: StoryContext): Promise<void> {
  const key = 'brightway';
  const rep = 'rep.south1';
  const { row } = account(ctx, key);
  const p = await powerMap(ctx, key, {
    contacts: [
      {
        key: 'gm',
        name: 'Lai Zhiqiang',
        nameZh: '赖志强',
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
        key: 'formerDirector',
        name: 'Luo Bin',
        nameZh: '罗斌',
        department: 'logistics',
        title: 'Logistics Director (left)',
        titleZh: '物流总监（已离职）',
        rank: 2,
        influence: 4,
        role: 'coach',
        attitude: 'supporter',
        strength: 5,
        leftDaysAgo: 40,
        notes: 'Our coach for five years; joined a customer in Suzhou. / 五年来的教练，已跳槽至苏州一家企业。',
      },
      {
        key: 'newDirector',
        name: 'Qiu Feng',
        nameZh: '邱峰',
        department: 'logistics',
        title: 'Logistics Director',
        titleZh: '物流总监',
        rank: 2,
        influence: 4,
        role: 'decision_maker',
        attitude: 'opponent',
        strength: 1,
        main: true,
        notes: 'Came from a JD Logistics customer; treats us as one carrier among many. / 来自京东物流的客户，把我们当作普通承运商。',
      },
      {
        key: 'procurement',
        name: 'Deng Hui',
        nameZh: '邓辉',
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
        key: 'planner',
        name: 'Mo Xiaoyu',
        nameZh: '莫晓雨',
        department: 'logistics',
        title: 'Logistics Planner',
        titleZh: '物流计划员',
        rank: 4,
        influence: 2,
        role: 'user',
        attitude: 'supporter',
        strength: 3,
      },
    ],
    relations: [
      ['newDirector', 'reports_to', 'gm'],
      ['procurement', 'reports_to', 'gm'],
      ['planner', 'reports_to', 'newDirector'],
      ['formerDirector', 'reports_to', 'gm'],
    ],
  });

  // Monthly visits until the director left, then almost nothing: the fewer-visits signal.
  const timeline: ActivitySpec[] = [
    ...[330, 300, 270, 240, 210, 180, 150, 120].map(
      (d): ActivitySpec => ({
        daysAgo: d,
        kind: 'visit',
        subject: 'Monthly operations review / 月度运营回顾',
        ours: [rep],
        theirs: [p.formerDirector, p.planner],
      }),
    ),
    {
      daysAgo: 100,
      kind: 'meeting',
      subject: 'Double 11 damage claims / 双11货损理赔',
      ours: [rep, 'ops'],
      theirs: [p.formerDirector, p.procurement],
    },
    { daysAgo: 45, kind: 'call', subject: 'Farewell call with Luo Bin / 与罗斌告别通话', ours: [rep], theirs: [p.formerDirector] },
    {
      daysAgo: 28,
      kind: 'email',
      subject: 'Introduction to the new logistics director / 向新任物流总监自我介绍',
      ours: [rep],
      theirs: [p.newDirector],
    },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  await deal(ctx, key, {
    name: 'Southwest linehaul tender',
    nameZh: '西南干线招标',
    kind: 'standard',
    stage: 'closed',
    value: 22_000_000,
    serviceLines: ['linehaul'],
    competitors: ['JD Logistics'],
    outcome: 'lost',
    outcomeReason: 'JD undercut by 12 % and the new director knew them. / 京东报价低12%，新总监与其熟识。',
    stageChangedDaysAgo: 30,
    createdDaysAgo: 120,
  });
  await makeEscalation(ctx.tx, {
    accountId: row.id,
    title: 'Cracked screens after Double 11 / 双11后屏幕破损',
    rootCause: 'operations',
    routedDepartmentIds: [ctx.people.departments.operations.id],
    status: 'open',
    raisedBy: ctx.people.user(rep).id,
    raisedAt: ago(ctx, 35),
  });
  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 4,
    satisfaction: 2,
    cooperation: 2,
    scoredBy: ctx.people.user('manager.south').id,
    scoredAt: ago(ctx, 25),
  });
  await levels(ctx, key, [
    [420, 3, 'customer_confirmed', 'Annual review: electronics distribution solution / 年度回顾：电子行业分销方案'],
    [50, 4, 'customer_confirmed', 'Review meeting: the new director sees us as a standard carrier / 复盘会：新总监只把我们当标准承运商'],
  ]);
  await team(ctx, key, [[rep, 'sales_lead']]);
  const manager = ctx.people.user('manager.south').id;
  await makeTagDecision(ctx.tx, {
    accountId: row.id,
    suggested: 'none',
    decided: 'dangerous',
    decidedBy: manager,
    decidedAt: ago(ctx, 24),
    note: 'Key contact left and JD is bidding: defend now, before the numbers say so. / 关键联系人离职且京东在投标：不等数据，立即防守。',
  });
  await makePlaybookRecord(ctx.tx, {
    accountId: row.id,
    kind: 'defence_plan',
    status: 'active',
    dueAt: dayAhead(ctx, 60),
    createdBy: manager,
    createdAt: ago(ctx, 22),
    // Playbook action ids where the method names the move, our own words where it is specific.
    payload: {
      relationship: [
        'raise_visit_density',
        'deepen_key_person_relationship',
        'executive_co_visit',
        'Link our operations with their planners / 我方运营与其计划团队建立联系',
      ],
      commercial: [
        'after_sales_service',
        'Claims settled within ten days / 十天内完成理赔',
        'Damage-free packaging trial at our cost / 我方承担防损包装试点',
      ],
      risk: ['written_agreement', 'Clarify the tender timetable with the general manager / 与总经理确认招标时间表'],
      note: 'Replacing the rep is an option only if the customer asks. / 仅在客户提出时才考虑更换销售。',
    },
  });
  const actions: [string, string, string, string, number, 'open' | 'done'][] = [
    ['relationship', 'executive_co_visit', 'CCO co-visit with the general manager / CCO陪同拜访总经理', 'cco', 10, 'open'],
    ['relationship', 'raise_visit_density', 'Visit the new logistics director twice a month / 每月两次拜访新任物流总监', rep, 3, 'open'],
    ['commercial', 'after_sales_service', 'Settle the Double 11 claims / 完成双11理赔', 'finance', -5, 'done'],
  ];
  for (const [part, action, what, owner, dueInDays, status] of actions) {
    await makePlaybookRecord(ctx.tx, {
      accountId: row.id,
      kind: 'defence_action',
      status,
      dueAt: dayAhead(ctx, dueInDays),
      createdBy: manager,
      createdAt: ago(ctx, 22),
      payload: { part, action, what, ownerId: ctx.people.user(owner).id },
    });
  }
  // 保留客户是最重要的: the customer asked, so replacing the rep is on the table.
  await makePlaybookRecord(ctx.tx, {
    accountId: row.id,
    kind: 'rep_replacement',
    createdBy: manager,
    createdAt: ago(ctx, 10),
    payload: {
      customerAsked: true,
      decision: 'considered',
      note: 'The new director asked for an account manager who knows electronics distribution; the sales director joins every visit until the tender. / 新任总监希望换一位懂电子分销的客户经理；招标前销售总监陪同每次拜访。',
    },
  });
}
