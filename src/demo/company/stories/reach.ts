import { makeAccountScore } from '../../factories/index.ts';
import { account, activity, ago, deal, levels, powerMap, type StoryContext } from '../story-kit.ts';

/** Unserviceable today (all sites in Xinjiang, Tibet and Yunnan); and an account nobody visits. */
export async function reachStories(ctx: StoryContext): Promise<void> {
  const ts = await powerMap(ctx, 'tianshan', {
    contacts: [
      {
        key: 'gm',
        name: 'Aili Maimaiti',
        nameZh: '艾力·买买提',
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
        key: 'branch',
        name: 'Duan Lihua',
        nameZh: '段丽华',
        department: 'sales',
        title: 'Head of the Kunming branch',
        titleZh: '昆明分公司经理',
        rank: 3,
        influence: 3,
        role: 'coach',
        attitude: 'supporter',
        strength: 3,
        main: true,
        notes: 'Our way in: the branch nearest our Chengdu hub. / 切入点：离我方成都枢纽最近的分支。',
      },
      {
        key: 'logistics',
        name: 'Ma Jianguo',
        nameZh: '马建国',
        department: 'logistics',
        title: 'Logistics Manager',
        titleZh: '物流经理',
        rank: 3,
        influence: 3,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 1,
      },
    ],
    relations: [
      ['branch', 'reports_to', 'gm'],
      ['logistics', 'reports_to', 'gm'],
    ],
  });
  await activity(ctx, 'tianshan', {
    daysAgo: 50,
    kind: 'visit',
    subject: 'Visit to the Kunming branch / 拜访昆明分公司',
    ours: ['rep.west2'],
    theirs: [ts.branch],
  });
  await activity(ctx, 'tianshan', {
    daysAgo: 16,
    kind: 'call',
    subject: 'Shipments from Kunming to East China / 昆明发往华东的货量',
    ours: ['rep.west2'],
    theirs: [ts.branch, ts.logistics],
  });
  await deal(ctx, 'tianshan', {
    name: 'Dried fruit from Kunming to East China',
    nameZh: '昆明干果发往华东',
    kind: 'standard',
    stage: 'lead',
    value: 3_000_000,
    serviceLines: ['linehaul'],
    stageChangedDaysAgo: 16,
    createdDaysAgo: 16,
    team: [['rep.west2', 'sales']],
  });
  await levels(ctx, 'tianshan', [[16, 5, 'own_estimate', 'Not a customer yet / 尚未合作']]);

  const tf = await powerMap(ctx, 'tianfu', {
    contacts: [
      {
        key: 'logistics',
        name: 'Jiang Xiaolan',
        nameZh: '蒋晓兰',
        department: 'logistics',
        title: 'Logistics Manager',
        titleZh: '物流经理',
        rank: 3,
        influence: 3,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 2,
        main: true,
      },
      {
        key: 'quality',
        name: 'Ran Qing',
        nameZh: '冉青',
        department: 'quality',
        title: 'Quality Manager',
        titleZh: '质量经理',
        rank: 3,
        influence: 4,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 1,
      },
    ],
  });
  // One visit in a year: the account the rep's week should bring back.
  await activity(ctx, 'tianfu', {
    daysAgo: 310,
    kind: 'visit',
    subject: 'Annual review / 年度回顾',
    ours: ['rep.west1'],
    theirs: [tf.logistics],
  });
  const { row } = account(ctx, 'tianfu');
  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 3,
    satisfaction: 3,
    cooperation: 2,
    scoredBy: ctx.people.user('manager.west').id,
    scoredAt: ago(ctx, 200),
  });
}
