import { and, eq, gte, lt, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { accounts, financialPeriods } from '../../db/schema/index.ts';
import { type ScaleRanking, type ScaleRankingEntry, type SelectionSettings, scaleRanking } from '../../domain/selection/index.ts';

export interface PortfolioScale {
  ranking: ScaleRanking;
  /** Each ranked account's entry, so an account finds its own without scanning 100,000. */
  entries: Map<string, ScaleRankingEntry>;
  /** Trailing-12 revenue per account, for the sales contribution shown beside the tag. */
  revenue: Map<string, number>;
  totalRevenue: number;
  /** Every account of the portfolio (not archived), in id order. */
  accountIds: string[];
}

/**
 * The company-wide scale ranking (客户规模占比高) from one aggregate query: it needs
 * the whole portfolio's trailing-12-month totals even when only one account is
 * being judged. Archived accounts have left the portfolio and are not ranked.
 */
export async function portfolioScale(
  db: Db | Tx,
  options: { window: { from: string; to: string }; settings: SelectionSettings },
): Promise<PortfolioScale> {
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
  const revenue = new Map(rows.map((r) => [r.accountId, r.revenue]));
  const totalRevenue = rows.reduce((sum, r) => sum + Math.max(r.revenue, 0), 0);
  return {
    ranking,
    entries: new Map(ranking.entries.map((e) => [e.accountId, e])),
    revenue,
    totalRevenue,
    accountIds: rows.map((r) => r.accountId),
  };
}

/** The ranking as one account's scale check needs it: the totals and its own entry only. */
export function rankingFor(scale: PortfolioScale, accountId: string): ScaleRanking {
  const entry = scale.entries.get(accountId);
  return { ...scale.ranking, entries: entry ? [entry] : [] };
}
