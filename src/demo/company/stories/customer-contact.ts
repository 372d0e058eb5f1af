import { makeAttestation } from '../../factories/index.ts';
import { account, activity, ago, deal, powerMap, type StoryContext } from '../story-kit.ts';

/** A live-stream seller at the very start of a solution track: they know they have a problem. */
export async function customerContactStory(ctx: StoryContext): Promise<void> {
  const wl = await powerMap(ctx, 'westlake', {
    contacts: [
      {
        key: 'founder',
        name: 'Xiang Yiming',
        nameZh: '项一鸣',
        department: 'general_management',
        title: 'Founder',
        titleZh: '创始人',
        rank: 1,
        influence: 5,
        role: 'decision_maker',
        attitude: 'supporter',
        strength: 2,
      },
      {
        key: 'ops',
        name: 'Chu Jiaqi',
        nameZh: '储佳琪',
        department: 'ecommerce',
        title: 'Head of Operations',
        titleZh: '运营负责人',
        rank: 2,
        influence: 4,
        role: 'influencer',
        attitude: 'supporter',
        strength: 3,
        main: true,
      },
      {
        key: 'service',
        name: 'Fan Xiaoyu',
        nameZh: '范晓雨',
        department: 'customer_service',
        title: 'Customer Service Lead',
        titleZh: '客服主管',
        rank: 3,
        influence: 2,
        role: 'user',
        attitude: 'neutral',
        strength: 2,
      },
    ],
    relations: [
      ['ops', 'reports_to', 'founder'],
      ['service', 'reports_to', 'ops'],
    ],
  });
  await activity(ctx, 'westlake', {
    daysAgo: 26,
    kind: 'visit',
    subject: 'Why do buyers complain? / 买家为什么投诉？',
    ours: ['rep.east1'],
    theirs: [wl.ops, wl.service],
    notes: 'We asked about their complaints before talking about our product. / 先了解投诉原因，而不是推销产品。',
  });
  await deal(ctx, 'westlake', {
    name: 'Fulfilment for live-stream sales',
    nameZh: '直播电商订单履约',
    kind: 'solution',
    stage: 'customer_contact',
    value: 12_000_000,
    serviceLines: ['b2c_fulfilment', 'last_mile'],
    stageChangedDaysAgo: 26,
    closeInDays: 200,
    createdDaysAgo: 26,
    signals: [
      ['complained_about_current_provider', 26, wl.service, 'Too many buyer complaints after live sessions / 直播后买家投诉过多'],
      ['new_business_initiative', 20, wl.founder, 'Own-brand line launching / 自有品牌上线'],
    ],
    actions: [['discovery_call', 26, 'problem_discovery']],
    team: [['rep.east1', 'sales']],
  });
  const { row } = account(ctx, 'westlake');
  await makeAttestation(ctx.tx, {
    accountId: row.id,
    criterion: 'solution_need',
    effect: 'for',
    note: 'Needs fulfilment, returns and last mile as one service. / 需要履约、退货与末端配送一体化服务。',
    attestedBy: ctx.people.user('rep.east1').id,
    attestedAt: ago(ctx, 20),
  });
}
