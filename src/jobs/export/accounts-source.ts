import { and, asc, eq, sql } from 'drizzle-orm';
import { accounts, regions, users } from '../../db/schema/index.ts';
import { after, type ExportSource } from './source.ts';

const sortName = sql<string>`lower(${accounts.name})`;

/** Accounts by name, with their region code and owner's email (the import's references). */
export const accountsSource: ExportSource = {
  async page(db, opts) {
    const rows = await db
      .select({ account: accounts, regionCode: regions.code, ownerEmail: users.email, sortName })
      .from(accounts)
      .leftJoin(regions, eq(regions.id, accounts.regionId))
      .leftJoin(users, eq(users.id, accounts.ownerId))
      .where(and(opts.scope, after([sortName, sql`${accounts.id}`], ['text', 'uuid'], opts.after)))
      .orderBy(asc(sortName), asc(accounts.id))
      .limit(opts.limit);
    const last = rows.at(-1);
    return {
      last: last ? [last.sortName, last.account.id] : null,
      records: rows.map(({ account: a, regionCode, ownerEmail }) => ({
        name: a.name,
        name_zh: a.nameZh,
        industry: a.industry,
        region_code: regionCode,
        province: a.province,
        city: a.city,
        owner_email: ownerEmail,
        status: a.status,
        wallet_estimate: a.walletEstimate,
        payment_terms_days: a.paymentTermsDays,
        collection_cycle_days: a.collectionCycleDays,
        overdue_share: a.overdueShare,
        customer_growth: a.customerGrowth,
        joint_office: a.jointOffice,
        co_located: a.coLocated,
        description: a.description,
      })),
    };
  },
};
