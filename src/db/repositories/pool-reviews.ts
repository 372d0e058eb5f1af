import { type SQL, and, desc, eq, inArray, lt, ne, or, sql } from 'drizzle-orm';
import { tiers, type Tier } from '../../domain/catalog.ts';
import type { Judgement, Reason } from '../../domain/reason.ts';
import { type Criterion, type PoolSnapshotEntry, diffPoolReviews, poolReviewDue, poolSizeWarning } from '../../domain/selection/index.ts';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { accountEvaluations, accounts, poolReviewEntries, poolReviews, users } from '../schema/index.ts';
import { currentSettings } from './settings.ts';

/** What a review snapshot keeps of each account's reasons. */
export interface PoolEntryReasons {
  tier: Reason[];
  criteria: Record<Criterion, Reason[]>;
  paymentTrap: Judgement<boolean>;
}

export interface PoolReviewSummary {
  accounts: number;
  tiers: Record<Tier, number>;
  paymentTrapFlagged: number;
  strategicPoolMax: number;
  poolSizeWarning: Judgement<boolean>;
}

const criterionValue = (c: Criterion) => sql.raw(`'${c}', e.result->'criteria'->'${c}'->'value'`);
const criterionReasons = (c: Criterion) => sql.raw(`'${c}', e.result->'criteria'->'${c}'->'reasons'`);
const CRITERIA_SQL = ['scale', 'solution_need', 'strategic_fit', 'mutual_commitment'] as const;

/**
 * Take a dated snapshot of the strategic pool review (战略客户池): every account of
 * the portfolio with its current tier, criteria and reasons, and the settings
 * version in force. Copied inside the database in one statement, whatever the
 * portfolio's size. Snapshots are never changed afterwards, so an old review
 * always shows what it showed.
 */
export async function takePoolReview(db: Db, options: { now: Date; note?: string | null; actorId: string | null }) {
  const { version, document } = await currentSettings(db);
  return db.transaction(async (tx) => {
    const [review] = await tx
      .insert(poolReviews)
      .values({ takenAt: options.now, settingsVersion: version, note: options.note ?? null, takenBy: options.actorId })
      .returning();
    if (!review) throw new Error('pool review insert returned no row');
    await tx.execute(sql`
      insert into pool_review_entries (review_id, account_id, tier, criteria, reasons)
      select ${review.id}::uuid, e.account_id, e.tier,
        jsonb_build_object(${sql.join(CRITERIA_SQL.map(criterionValue), sql`, `)}),
        jsonb_build_object(
          'tier', e.result->'tier'->'reasons',
          'criteria', jsonb_build_object(${sql.join(CRITERIA_SQL.map(criterionReasons), sql`, `)}),
          'paymentTrap', e.result->'paymentTrap')
      from account_evaluations e join accounts a on a.id = e.account_id
      where a.status <> 'archived'`);
    const counts = await tx
      .select({
        tier: poolReviewEntries.tier,
        n: sql<number>`count(*)`.mapWith(Number),
        trapped: sql<number>`count(*) filter (where (${poolReviewEntries.reasons}->'paymentTrap'->>'value')::boolean)`.mapWith(Number),
      })
      .from(poolReviewEntries)
      .where(eq(poolReviewEntries.reviewId, review.id))
      .groupBy(poolReviewEntries.tier);
    const byTier = Object.fromEntries(tiers.map((t) => [t, counts.find((c) => c.tier === t)?.n ?? 0])) as Record<Tier, number>;
    const max = document.selection.strategicPoolMax;
    const summary: PoolReviewSummary = {
      accounts: counts.reduce((sum, c) => sum + c.n, 0),
      tiers: byTier,
      paymentTrapFlagged: counts.reduce((sum, c) => sum + c.trapped, 0),
      strategicPoolMax: max,
      poolSizeWarning: poolSizeWarning({ strategicCount: byTier.strategic, max }),
    };
    const [saved] = await tx.update(poolReviews).set({ summary }).where(eq(poolReviews.id, review.id)).returning();
    return saved ?? { ...review, summary };
  });
}

const reviewColumns = {
  id: poolReviews.id,
  takenAt: poolReviews.takenAt,
  settingsVersion: poolReviews.settingsVersion,
  note: poolReviews.note,
  takenBy: poolReviews.takenBy,
  takenByName: users.name,
  takenByNameZh: users.nameZh,
  summary: poolReviews.summary,
};

/** Every review, newest first, with its counts and pool-size warning; and whether the next one is due. */
export async function listPoolReviews(db: Db | Tx, options: { now: Date }) {
  const items = await db
    .select(reviewColumns)
    .from(poolReviews)
    .leftJoin(users, eq(users.id, poolReviews.takenBy))
    .orderBy(desc(poolReviews.takenAt), desc(poolReviews.id));
  const { document } = await currentSettings(db);
  const due = poolReviewDue({ lastReviewAt: items[0]?.takenAt ?? null, cadence: document.selection.poolReviewCadence, now: options.now });
  return { items: items.map((r) => ({ ...r, summary: r.summary as PoolReviewSummary })), due };
}

async function snapshot(db: Db | Tx, reviewId: string): Promise<PoolSnapshotEntry[]> {
  const rows = await db
    .select({
      accountId: poolReviewEntries.accountId,
      tier: poolReviewEntries.tier,
      criteria: poolReviewEntries.criteria,
      paymentTrap: sql<boolean | null>`(${poolReviewEntries.reasons}->'paymentTrap'->>'value')::boolean`,
    })
    .from(poolReviewEntries)
    .where(eq(poolReviewEntries.reviewId, reviewId));
  return rows.map((r) => ({
    accountId: r.accountId,
    tier: r.tier as Tier,
    criteria: r.criteria as Record<Criterion, boolean>,
    paymentTrap: r.paymentTrap ?? false,
  }));
}

/** Names and stored reasons of some accounts of one review. */
async function entryDetails(db: Db | Tx, reviewId: string, accountIds: readonly string[]) {
  if (accountIds.length === 0) return new Map<string, { name: string; nameZh: string | null; reasons: PoolEntryReasons }>();
  const rows = await db
    .select({ accountId: poolReviewEntries.accountId, name: accounts.name, nameZh: accounts.nameZh, reasons: poolReviewEntries.reasons })
    .from(poolReviewEntries)
    .innerJoin(accounts, eq(accounts.id, poolReviewEntries.accountId))
    .where(and(eq(poolReviewEntries.reviewId, reviewId), inArray(poolReviewEntries.accountId, [...accountIds])));
  return new Map(rows.map((r) => [r.accountId, { name: r.name, nameZh: r.nameZh, reasons: r.reasons as PoolEntryReasons }]));
}

// Who moved between the lower tiers can run to thousands in a large portfolio; the
// review page shows the first ones and the count.
const MOVED_SHOWN = 200;

/** One review's row with its counts, or a 404. */
export async function poolReviewById(db: Db | Tx, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('not_found', 'No such pool review.');
  const [review] = await db
    .select(reviewColumns)
    .from(poolReviews)
    .leftJoin(users, eq(users.id, poolReviews.takenBy))
    .where(eq(poolReviews.id, id));
  if (!review) throw new AppError('not_found', 'No such pool review.');
  return { ...review, summary: review.summary as PoolReviewSummary };
}

/**
 * One review: its strategic pool, and who entered and who left since the review
 * before it, with the criteria and flags that changed and the stored reasons.
 */
export async function getPoolReview(db: Db | Tx, id: string) {
  const review = await poolReviewById(db, id);
  const [previous] = await db
    .select({ id: poolReviews.id, takenAt: poolReviews.takenAt })
    .from(poolReviews)
    .where(or(lt(poolReviews.takenAt, review.takenAt), and(eq(poolReviews.takenAt, review.takenAt), lt(poolReviews.id, review.id))))
    .orderBy(desc(poolReviews.takenAt), desc(poolReviews.id))
    .limit(1);

  const current = await snapshot(db, review.id);
  const before = previous ? await snapshot(db, previous.id) : [];
  const diff = diffPoolReviews({ previous: before, current });
  const pool = current.filter((e) => e.tier === 'strategic');
  const shownMoves = diff.value.moved.slice(0, MOVED_SHOWN);
  const ids = new Set([...pool, ...diff.value.entered, ...diff.value.left, ...shownMoves].map((e) => e.accountId));
  const now = await entryDetails(db, review.id, [...ids]);
  const then = previous
    ? await entryDetails(
        db,
        previous.id,
        diff.value.left.map((c) => c.accountId),
      )
    : new Map();
  const named = <T extends { accountId: string }>(item: T) => {
    const detail = now.get(item.accountId) ?? then.get(item.accountId);
    return { ...item, name: detail?.name ?? null, nameZh: detail?.nameZh ?? null, snapshotReasons: detail?.reasons ?? null };
  };
  return {
    review,
    previous: previous ?? null,
    pool: pool.map(named),
    diff: {
      entered: diff.value.entered.map(named),
      left: diff.value.left.map(named),
      stayed: diff.value.stayed,
      moved: shownMoves.map(named),
      movedCount: diff.value.moved.length,
      reasons: diff.reasons,
    },
  };
}

/** The strategic pool as it stands: the accounts in the caller's scope, and the company-wide count against the maximum. */
export async function currentPool(db: Db | Tx, options: { scope: SQL | undefined; now: Date }) {
  const inPool = and(eq(accountEvaluations.tier, 'strategic'), ne(accounts.status, 'archived'));
  const rows = await db
    .select({
      accountId: accounts.id,
      name: accounts.name,
      nameZh: accounts.nameZh,
      industry: accounts.industry,
      regionId: accounts.regionId,
      ownerId: accounts.ownerId,
      tag: accountEvaluations.tag,
      officialLevel: accountEvaluations.officialLevel,
      paymentTrap: accountEvaluations.paymentTrap,
      evaluatedAt: accountEvaluations.evaluatedAt,
    })
    .from(accountEvaluations)
    .innerJoin(accounts, eq(accounts.id, accountEvaluations.accountId))
    .where(and(inPool, options.scope))
    .orderBy(accounts.name);
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(accountEvaluations)
    .innerJoin(accounts, eq(accounts.id, accountEvaluations.accountId))
    .where(inPool);
  const { document } = await currentSettings(db);
  const [last] = await db.select({ takenAt: poolReviews.takenAt }).from(poolReviews).orderBy(desc(poolReviews.takenAt)).limit(1);
  const max = document.selection.strategicPoolMax;
  return {
    accounts: rows,
    count,
    max,
    poolSizeWarning: poolSizeWarning({ strategicCount: count, max }),
    reviewDue: poolReviewDue({ lastReviewAt: last?.takenAt ?? null, cadence: document.selection.poolReviewCadence, now: options.now }),
  };
}
