import { accountScores } from '../../db/schema/index.ts';
import { defaultSettings } from '../../domain/settings.ts';
import { makeBenchmarkTarget, makeProgramGoal, makeToolkitAsset } from '../factories/index.ts';
import { DEMO_USERS } from './logins.ts';
import type { DemoAccount } from './portfolio.ts';
import { ago, type StoryContext } from './story-kit.ts';

/**
 * The strategic-account programme's own records (seven elements, 七要素): this year's
 * goals, the toolkit, and each rep's hard benchmark target with candidates (硬任务).
 */
export async function loadProgramme(ctx: StoryContext): Promise<void> {
  const year = ctx.now.getUTCFullYear();
  const goals: [string, number, number, string][] = [
    [
      'benchmarks_built',
      4,
      3,
      'Apparel ready as proof (Ningbo Seastar); pharma and e-commerce qualify, their proof still to make. / 服饰标杆已可作证明（宁波海星）；医药与电商已达标，可视化证明待完成。',
    ],
    ['solutions_created', 3, 1, 'Omni-channel one-inventory solution. / 全渠道一盘货方案。'],
    ['processes_standardised', 2, 1, 'Dual-track deal process in use. / 双轨销售流程已上线。'],
    ['seed_sales_trained', 6, 3, 'Consultative selling course, first cohort. / 顾问式销售培训第一期。'],
  ];
  for (const [metric, target, actual, note] of goals) await makeProgramGoal(ctx.tx, { year, metric, target, actual, note });

  const by = ctx.people.user('solution').id;
  const tools: [string, string, string, string[], string[]][] = [
    ['demo', 'Omni-channel warehouse system demo', '全渠道仓配系统演示', ['apparel', 'ecommerce'], ['solution_evaluation']],
    [
      'visit_method',
      'Strategic customer visit and reception method',
      '战略客户拜访与接待方法',
      [],
      ['problem_discovery', 'needs_definition'],
    ],
    ['deck', 'Abreast Logistics company introduction', '并肩物流公司介绍', [], []],
    ['deck', 'Apparel e-commerce solution deck', '服饰电商解决方案介绍', ['apparel'], ['solution_evaluation']],
    ['talk_track', 'Answering "you are smaller than JD"', '应对“你们规模比京东小”话术', [], ['risk_evaluation']],
    ['talk_track', 'Asking about complaints before pitching', '先问投诉原因再谈方案的话术', [], ['problem_discovery']],
  ];
  for (const [kind, title, titleZh, industries, stages] of tools) {
    await makeToolkitAsset(ctx.tx, {
      kind,
      title,
      titleZh,
      industries,
      stages,
      createdBy: by,
      createdAt: ago(ctx, ctx.random.int(30, 300)),
      url: `https://demo.abreast.example/toolkit/${title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-$/, '')}`,
    });
  }

  // Each rep's candidates: their own active accounts, largest first, leaving out those a
  // benchmark cannot come from: unhappy customers (三个缺一不可) and payment traps.
  const unhappy = new Set(
    (await ctx.tx.select({ accountId: accountScores.accountId, satisfaction: accountScores.satisfaction }).from(accountScores))
      .filter((s) => (s.satisfaction ?? 0) <= 2)
      .map((s) => s.accountId),
  );
  const limits = defaultSettings().selection.paymentTrap;
  const trap = (a: DemoAccount) => (a.spec.collection ?? 0) > limits.maxCollectionDays || (a.spec.overdue ?? 0) > limits.maxOverdueShare;
  for (const spec of DEMO_USERS.filter((u) => u.role === 'rep')) {
    const candidates = Object.values(ctx.accounts)
      .filter((a) => a.ownerKey === spec.key && (a.spec.status ?? 'active') === 'active')
      .filter((a) => !unhappy.has(a.row.id) && !trap(a))
      .sort((a, b) => b.spec.revenue - a.spec.revenue)
      .slice(0, 3)
      .map((a) => a.row.id);
    await makeBenchmarkTarget(ctx.tx, { userId: ctx.people.user(spec.key).id, year, target: 2, candidateAccountIds: candidates });
  }
}
