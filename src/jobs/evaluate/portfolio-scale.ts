import { and, eq, gte, lt, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { accounts, financialPeriods } from '../../db/schema/index.ts';
import { type ScaleRanking, type ScaleRankingEntry, type SelectionSettings, scaleRanking } from '../../domain/selection/index.ts';

export interface PortfolioScale {
  ranking: ScaleRanking;
  /** Each ranked account's entry, so an account finds its own without scanning 100,000. */
  entries: Map<string, ScaleRankingEntry>;
  /** The company's trailing-12 revenue, for the sales contribution shown beside the tag. */
  totalRevenue: number;
  /** Every account of the portfolio (not archived), in id order. */
  accountIds: string[];
}

interface ScaleOptions {
  window: { from: string; to: string };
  settings: SelectionSettings;
}

/**
 * The company-wide scale ranking (客户规模占比高) from one aggregate query: it needs
 * the whole portfolio's trailing-12-month totals even when only one account is
 * being judged. Archived accounts have left the portfolio and are not ranked.
 */
export async function portfolioScale(db: Db | Tx, options: ScaleOptions): Promise<PortfolioScale> {
  const { window, settings } = options;
  const rows = await db
    .select({
      accountId: accounts.id,
      revenue: sql<number>`coalesce(sum(${financialPeriods.revenue}), 0)`.mapWith(Number),
      grossProfit: sql<number>`coalesce(sum(${financialPeriods.grossProfit}), 0)`.mapWith(Number),
    })
    .from(accounts)
    .leftJoin(
      financialPeriods,
      and(eq(financialPeriods.accountId, accounts.id), gte(financialPeriods.month, window.from), lt(financialPeriods.month, window.to)),
    )
    .where(ne(accounts.status, 'archived'))
    .groupBy(accounts.id)
    .orderBy(accounts.id);

  const ranking = scaleRanking({
    accounts: rows.map((r) => ({ accountId: r.accountId, trailing12: { revenue: r.revenue, grossProfit: r.grossProfit } })),
    basis: settings.scaleBasis,
    cutShare: settings.scaleCutShare,
  });
  return {
    ranking,
    entries: new Map(ranking.entries.map((e) => [e.accountId, e])),
    totalRevenue: rows.reduce((sum, r) => sum + Math.max(r.revenue, 0), 0),
    accountIds: rows.map((r) => r.accountId),
  };
}

/**
 * What the ranking is computed from, in a few numbers: the trailing window's
 * months (how many, their totals, and a sum weighted by account so that revenue
 * moving between accounts shows) and which accounts are in the portfolio. Several
 * times cheaper to read than the ranking itself.
 */
async function scaleFingerprint(db: Db | Tx, window: ScaleOptions['window']): Promise<string> {
  const result = await db.execute(sql`select
    (select concat_ws(':', count(*), sum(revenue), sum(gross_profit), sum(revenue * (hashtext(account_id::text) % 997)))
       from financial_periods where month >= ${window.from} and month < ${window.to}) as months,
    (select concat_ws(':', count(*), sum(hashtext(id::text)::bigint)) from accounts where status <> 'archived') as portfolio`);
  const row = (result as unknown as { rows: { months: string; portfolio: string }[] }).rows[0];
  return `${row?.months}|${row?.portfolio}`;
}

// The last rankings computed, keyed by what they were computed from. A ranking is
// only reused when its inputs read the same now, so it is never stale; judging one
// account after a write then costs a fingerprint, not the whole ranking.
const recent: { key: string; scale: PortfolioScale }[] = [];
const KEEP = 2;

/** The company-wide ranking, reused from an earlier run when the portfolio's figures have not moved since. */
export async function currentPortfolioScale(db: Db | Tx, options: ScaleOptions): Promise<PortfolioScale> {
  const { window, settings } = options;
  const key = async () => `${settings.scaleBasis}|${settings.scaleCutShare}|${window.from}|${await scaleFingerprint(db, window)}`;
  const before = await key();
  const hit = recent.find((r) => r.key === before);
  if (hit) return hit.scale;
  const scale = await portfolioScale(db, options);
  // Kept only when nothing was written while it was computed.
  if ((await key()) === before) {
    recent.unshift({ key: before, scale });
    recent.length = Math.min(recent.length, KEEP);
  }
  return scale;
}

/** The ranking as one account's scale check needs it: the totals and its own entry only. */
export function rankingFor(scale: PortfolioScale, accountId: string): ScaleRanking {
  const entry = scale.entries.get(accountId);
  return { ...scale.ranking, entries: entry ? [entry] : [] };
}
