import { type SQL, and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Judgement } from '../../domain/reason.ts';
import { type BenchmarkSettings, type RepBenchmarkProgress, benchmarkTargetProgress } from '../../domain/tags/index.ts';
import { AppError } from '../../server/errors.ts';
import type { Db } from '../client.ts';
import { accounts, activities, benchmarkTargets, users } from '../schema/index.ts';
import { benchmarkAccounts } from './boards.ts';

// 硬任务: each rep's yearly target of benchmark customers, the candidates they
// listed, and the visits and follow-ups that go to them.

const VISIT_KINDS = ['visit', 'meeting', 'call'];

export interface RepTargetView {
  rep: { id: string; name: string; nameZh: string | null; regionId: string | null };
  /** The target set for the year; null means the company default applies. */
  target: number | null;
  candidates: { accountId: string; name: string; nameZh: string | null; visited: boolean }[];
  progress: Judgement<RepBenchmarkProgress>;
}

/** Every rep matched by `repScope` with their target, candidates and progress for the year. */
export async function benchmarkTargetBoard(
  db: Db,
  opts: { year: number; repScope: SQL | undefined; settings: BenchmarkSettings },
): Promise<RepTargetView[]> {
  const reps = await db
    .select({ id: users.id, name: users.name, nameZh: users.nameZh, regionId: users.regionId })
    .from(users)
    .where(and(eq(users.role, 'rep'), eq(users.active, true), opts.repScope))
    .orderBy(asc(users.name));
  if (reps.length === 0) return [];
  const repIds = reps.map((r) => r.id);
  const targets = await db
    .select()
    .from(benchmarkTargets)
    .where(and(eq(benchmarkTargets.year, opts.year), inArray(benchmarkTargets.userId, repIds)));
  const benchmarks = (await benchmarkAccounts(db)).filter((b) => repIds.includes(b.repId));

  const candidateIds = [...new Set(targets.flatMap((t) => t.candidateAccountIds))];
  const tracked = [...new Set([...candidateIds, ...benchmarks.map((b) => b.accountId)])];
  const from = new Date(Date.UTC(opts.year, 0, 1));
  const to = new Date(Date.UTC(opts.year + 1, 0, 1));
  const [names, visits] = await Promise.all([
    candidateIds.length
      ? db
          .select({ id: accounts.id, name: accounts.name, nameZh: accounts.nameZh })
          .from(accounts)
          .where(inArray(accounts.id, candidateIds))
      : [],
    tracked.length
      ? db
          .select({ accountId: activities.accountId, at: activities.occurredAt })
          .from(activities)
          .where(
            and(
              inArray(activities.accountId, tracked),
              inArray(activities.kind, VISIT_KINDS),
              gte(activities.occurredAt, from),
              lt(activities.occurredAt, to),
            ),
          )
      : [],
  ]);

  const progress = benchmarkTargetProgress({
    repTargets: reps.map((r) => ({ repId: r.id, target: targets.find((t) => t.userId === r.id)?.target ?? null })),
    candidates: targets.flatMap((t) => t.candidateAccountIds.map((accountId) => ({ repId: t.userId, accountId }))),
    benchmarks: benchmarks.map((b) => ({ repId: b.repId, accountId: b.accountId, establishedAt: b.establishedAt })),
    visits,
    year: opts.year,
    settings: opts.settings,
  });
  return reps.map((rep) => {
    const row = targets.find((t) => t.userId === rep.id);
    const own = progress.find((p) => p.value.repId === rep.id)!;
    return {
      rep,
      target: row?.target ?? null,
      candidates: (row?.candidateAccountIds ?? []).map((accountId) => {
        const account = names.find((n) => n.id === accountId);
        return {
          accountId,
          name: account?.name ?? '',
          nameZh: account?.nameZh ?? null,
          visited: !own.value.candidatesNotVisited.includes(accountId),
        };
      }),
      progress: own,
    };
  });
}

/**
 * Set a rep's target and candidate list for a year. `target` undefined keeps the
 * one set before (or the company default for a new row).
 */
export async function setBenchmarkTarget(
  db: Db,
  opts: { userId: string; year: number; target?: number; candidateAccountIds: string[]; defaultTarget: number },
) {
  const candidates = [...new Set(opts.candidateAccountIds)];
  return db.transaction(async (tx) => {
    const [rep] = await tx.select({ role: users.role }).from(users).where(eq(users.id, opts.userId));
    if (rep?.role !== 'rep') throw new AppError('validation.failed', 'Benchmark targets are set for reps.', { field: 'userId' });
    if (candidates.length) {
      const found = await tx.select({ id: accounts.id }).from(accounts).where(inArray(accounts.id, candidates));
      if (found.length !== candidates.length)
        throw new AppError('validation.failed', 'A candidate is not an account.', { field: 'candidateAccountIds' });
    }
    const [current] = await tx
      .select({ target: benchmarkTargets.target })
      .from(benchmarkTargets)
      .where(and(eq(benchmarkTargets.userId, opts.userId), eq(benchmarkTargets.year, opts.year)))
      .for('update');
    const target = opts.target ?? current?.target ?? opts.defaultTarget;
    await tx
      .insert(benchmarkTargets)
      .values({ userId: opts.userId, year: opts.year, target, candidateAccountIds: candidates })
      .onConflictDoUpdate({ target: [benchmarkTargets.userId, benchmarkTargets.year], set: { target, candidateAccountIds: candidates } });
    return { userId: opts.userId, year: opts.year, target, candidateAccountIds: candidates };
  });
}
