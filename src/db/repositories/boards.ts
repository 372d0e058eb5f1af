import { type SQL, and, asc, count, eq, gte, inArray, lte, max, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tag } from '../../domain/catalog.ts';
import type { TagSettings } from '../../domain/tags/index.ts';
import type { EvaluationResult } from '../../jobs/evaluate/result.ts';
import type { Db } from '../client.ts';
import { accountEvaluations, accounts, activities, regions, tagDecisions, users } from '../schema/index.ts';
import { type NamedBenchmark, benchmarkLevelOf, benchmarkState, caseAssetsOf, dangerousState, nailState } from './board-state.ts';
import { listPlaybookRecords } from './playbook-records.ts';

// Tag boards (标杆/钉子/危险客户) and one account's playbook: a handful of
// set-based queries for the whole board, then the method's playbook functions.

const owner = alias(users, 'owner');
/** Activities that count as visits for the visit-density target (as the evaluation counts them). */
const VISIT_KINDS = ['visit', 'meeting'];
const VISIT_WINDOW_DAYS = 90;

const accountColumns = {
  id: accounts.id,
  name: accounts.name,
  nameZh: accounts.nameZh,
  industry: accounts.industry,
  regionId: accounts.regionId,
  regionCode: regions.code,
  regionName: regions.nameEn,
  regionNameZh: regions.nameZh,
  marketStage: regions.marketStage,
  ownerId: accounts.ownerId,
  ownerName: owner.name,
  ownerNameZh: owner.nameZh,
  tier: accountEvaluations.tier,
  tag: accountEvaluations.tag,
  suggestedTag: accountEvaluations.suggestedTag,
  result: accountEvaluations.result,
  evaluatedAt: accountEvaluations.evaluatedAt,
};

const selectAccounts = (db: Db) =>
  db
    .select(accountColumns)
    .from(accounts)
    .leftJoin(owner, eq(owner.id, accounts.ownerId))
    .leftJoin(regions, eq(regions.id, accounts.regionId))
    .leftJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id));

/**
 * Every benchmark customer of the company with its level, case assets and the day it
 * was confirmed a benchmark (the latest manager decision for it, else its evaluation).
 */
export async function benchmarkAccounts(db: Db): Promise<NamedBenchmark[]> {
  const rows = await db
    .select({
      id: accounts.id,
      name: accounts.name,
      nameZh: accounts.nameZh,
      regionName: regions.nameEn,
      regionNameZh: regions.nameZh,
      ownerId: accounts.ownerId,
      regionId: accounts.regionId,
      industry: accounts.industry,
      evaluatedAt: accountEvaluations.evaluatedAt,
      decidedAt: max(tagDecisions.decidedAt),
    })
    .from(accounts)
    .innerJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
    .leftJoin(regions, eq(regions.id, accounts.regionId))
    .leftJoin(tagDecisions, and(eq(tagDecisions.accountId, accounts.id), eq(tagDecisions.decided, 'benchmark')))
    .where(eq(accountEvaluations.tag, 'benchmark'))
    .groupBy(accounts.id, accountEvaluations.evaluatedAt, regions.id);
  const records = await listPlaybookRecords(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const own = records.filter((rec) => rec.accountId === r.id);
    return {
      accountId: r.id,
      name: r.name,
      nameZh: r.nameZh,
      regionName: r.regionName,
      regionNameZh: r.regionNameZh,
      repId: r.ownerId ?? '',
      region: r.regionId ?? '',
      industry: r.industry,
      // Without a recorded profile a benchmark is taken to carry only to its neighbours.
      level: benchmarkLevelOf(own) ?? 'neighbouring',
      establishedAt: r.decidedAt ?? r.evaluatedAt,
      caseAssets: caseAssetsOf(own),
    };
  });
}

async function visitsOf(db: Db, accountIds: string[], now: Date) {
  if (accountIds.length === 0) return new Map<string, Date[]>();
  const since = new Date(now.getTime() - VISIT_WINDOW_DAYS * 86_400_000);
  const rows = await db
    .select({ accountId: activities.accountId, at: activities.occurredAt })
    .from(activities)
    .where(
      and(
        inArray(activities.accountId, accountIds),
        inArray(activities.kind, VISIT_KINDS),
        gte(activities.occurredAt, since),
        lte(activities.occurredAt, now),
      ),
    );
  const byAccount = new Map<string, Date[]>();
  for (const r of rows) byAccount.set(r.accountId, [...(byAccount.get(r.accountId) ?? []), r.at]);
  return byAccount;
}

type AccountRow = Awaited<ReturnType<ReturnType<typeof selectAccounts>['where']>>[number];

/** The playbook of each given account: benchmark, nail and dangerous state with their records. */
async function playbooks(db: Db, rows: AccountRow[], opts: { settings: TagSettings; now: Date }) {
  const ids = rows.map((r) => r.id);
  const [records, benchmarks, visits] = await Promise.all([
    listPlaybookRecords(db, ids),
    benchmarkAccounts(db),
    visitsOf(db, ids, opts.now),
  ]);
  return rows.map((row) => {
    const own = records.filter((r) => r.accountId === row.id);
    const evaluation = (row.result as EvaluationResult | null) ?? null;
    const { result: _, ...account } = row;
    return {
      account: { ...account, tier: row.tier, tag: (row.tag ?? null) as Tag | null },
      tagSource: evaluation?.tag.effective.value.source ?? null,
      records: own.map(({ accountId: __, ...r }) => r),
      benchmark: benchmarkState({
        accountId: row.id,
        region: row.regionId ?? '',
        industry: row.industry,
        records: own,
        benchmarks,
        settings: opts.settings,
      }),
      nail: nailState({ records: own, evaluation, marketStage: row.marketStage, settings: opts.settings }),
      dangerous: dangerousState({ records: own, evaluation, visits: visits.get(row.id) ?? [], now: opts.now, settings: opts.settings }),
    };
  });
}

/** One account's playbook state (the caller has checked the account is in scope). */
export async function accountPlaybook(db: Db, opts: { accountId: string; settings: TagSettings; now: Date }) {
  const rows = await selectAccounts(db).where(eq(accounts.id, opts.accountId));
  const [state] = await playbooks(db, rows, opts);
  return state ?? null;
}

/** The accounts in scope whose effective tag is `tag`, each with its playbook state. */
export async function tagBoard(
  db: Db,
  opts: { tag: Exclude<Tag, 'none'>; scope: SQL | undefined; settings: TagSettings; now: Date; limit: number },
) {
  const where = and(eq(accountEvaluations.tag, opts.tag), opts.scope);
  const rows = await selectAccounts(db)
    .where(where)
    .orderBy(asc(sql`lower(${accounts.name})`), asc(accounts.id))
    .limit(opts.limit);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(accounts)
    .innerJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
    .where(where);
  return { items: await playbooks(db, rows, opts), total: Number(total) };
}
