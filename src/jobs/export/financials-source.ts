import { and, asc, eq, sql } from 'drizzle-orm';
import { accounts, financialPeriods } from '../../db/schema/index.ts';
import { monthKey } from './cells.ts';
import { after, type ExportSource } from './source.ts';

const sortName = sql<string>`lower(${accounts.name})`;

/** Months of business per account, oldest first. */
export const financialsSource: ExportSource = {
  async page(db, opts) {
    const keys = [sortName, sql`${financialPeriods.accountId}`, sql`${financialPeriods.month}`];
    const rows = await db
      .select({ period: financialPeriods, accountName: accounts.name, sortName })
      .from(financialPeriods)
      .innerJoin(accounts, eq(accounts.id, financialPeriods.accountId))
      .where(and(opts.scope, after(keys, ['text', 'uuid', 'date'], opts.after)))
      .orderBy(asc(sortName), asc(financialPeriods.accountId), asc(financialPeriods.month))
      .limit(opts.limit);
    const last = rows.at(-1);
    return {
      last: last ? [last.sortName, last.period.accountId, last.period.month] : null,
      records: rows.map(({ period: p, accountName }) => ({
        account_name: accountName,
        month: monthKey(p.month),
        revenue: p.revenue,
        gross_profit: p.grossProfit,
        volume: p.volume,
      })),
    };
  },
};
