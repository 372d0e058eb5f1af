import type { Db } from '../../db/client.ts';
import { type AccountFacts, accountFacts } from '../../db/repositories/organisation-accounts.ts';
import { accountsWithOpenSolutionDeals, planSolutions } from '../../db/repositories/scorecard.ts';
import { replicationTargets } from '../../domain/organisation/replication.ts';
import type { RelationshipLevel } from '../../domain/organisation/vocabulary.ts';

// 复制: from each benchmark account's solution, the look-alike accounts of the same
// industry lower on the ladder, as a target list. Benchmark = effective tag
// 'benchmark'; levels are the official ones, both from the last evaluation.

const ref = (a: AccountFacts) => ({ id: a.id, name: a.name, nameZh: a.nameZh, tier: a.tier });

export async function replicationOver(db: Db, options: { benchmarks?: readonly AccountFacts[]; all?: readonly AccountFacts[] } = {}) {
  const all = options.all ?? (await accountFacts(db, {}));
  const benchmarks = (options.benchmarks ?? all.filter((a) => a.tag === 'benchmark')).filter((b) => b.officialLevel !== null);
  const solutions = await planSolutions(db, benchmarks.map((b) => b.id));
  const byIndustry = new Map<string, AccountFacts[]>();
  for (const a of all) byIndustry.set(a.industry, [...(byIndustry.get(a.industry) ?? []), a]);

  const judged = benchmarks.map((b) => {
    const solution = solutions.get(b.id) ?? '';
    const facts = byIndustry.get(b.industry) ?? [];
    const targets = replicationTargets({
      benchmark: { accountId: b.id, industry: b.industry, level: b.officialLevel as RelationshipLevel, solution },
      accounts: facts.map((a) => ({ accountId: a.id, industry: a.industry, level: a.officialLevel, tier: a.tier ?? 'regular', status: a.status })),
    });
    return { b, solution, targets, facts: new Map(facts.map((a) => [a.id, a])) };
  });
  const pursued = await accountsWithOpenSolutionDeals(db, [...new Set(judged.flatMap((j) => j.targets.value.map((t) => t.accountId)))]);

  return judged.map(({ b, solution, targets, facts }) => ({
    benchmark: { ...ref(b), industry: b.industry, level: b.officialLevel as number, solution },
    targets: {
      reasons: targets.reasons,
      value: targets.value.map((t) => {
        const a = facts.get(t.accountId)!;
        return { ...t, account: ref(a), industry: a.industry, pursued: pursued.has(t.accountId) };
      }),
    },
  }));
}
export type Replication = Awaited<ReturnType<typeof replicationOver>>[number];
