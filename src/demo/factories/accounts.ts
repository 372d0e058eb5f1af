import { accounts, accountTeamMembers, auditEvents, competitors, financialPeriods, serviceUsage, sites } from '../../db/schema/index.ts';
import {
  accountRow,
  auditEventRow,
  competitorRow,
  type NewAccount,
  type NewAuditEvent,
  type NewCompetitor,
  type NewServiceUsage,
  type NewSite,
  type NewTeamMember,
  serviceUsageRow,
  siteRow,
  teamMemberRow,
} from '../rows/account-rows.ts';
import { type FinancialSeriesOptions, financialSeries } from '../rows/financial-rows.ts';
import { makeUser } from './company.ts';
import { type Executor, first } from './executor.ts';

type ForAccount<T> = Partial<T> & { accountId?: string };

/** The account the overrides name, or a fresh one. */
async function accountIdFor(db: Executor, accountId: string | undefined): Promise<string> {
  return accountId ?? (await makeAccount(db)).id;
}

export async function makeAccount(db: Executor, overrides: Partial<NewAccount> = {}) {
  return first(await db.insert(accounts).values(accountRow(overrides)).returning());
}

export async function makeSite(db: Executor, overrides: ForAccount<NewSite> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  return first(
    await db
      .insert(sites)
      .values(siteRow({ ...overrides, accountId }))
      .returning(),
  );
}

export async function makeCompetitor(db: Executor, overrides: ForAccount<NewCompetitor> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  return first(
    await db
      .insert(competitors)
      .values(competitorRow({ ...overrides, accountId }))
      .returning(),
  );
}

export async function makeServiceUsage(db: Executor, overrides: ForAccount<NewServiceUsage> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  return first(
    await db
      .insert(serviceUsage)
      .values(serviceUsageRow({ ...overrides, accountId }))
      .returning(),
  );
}

export async function makeTeamMember(db: Executor, overrides: Partial<NewTeamMember> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  const userId = overrides.userId ?? (await makeUser(db)).id;
  const row = teamMemberRow({ role: 'sales_lead', ...overrides, accountId, userId });
  return first(await db.insert(accountTeamMembers).values(row).returning());
}

export async function makeAuditEvent(db: Executor, overrides: ForAccount<NewAuditEvent> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  return first(
    await db
      .insert(auditEvents)
      .values(auditEventRow({ ...overrides, accountId }))
      .returning(),
  );
}

/** n months of revenue, gross profit and volume with a trend (default: 24 flat months of 1 M CNY). */
export async function makeFinancials(
  db: Executor,
  options: Partial<Omit<FinancialSeriesOptions, 'accountId' | 'now'>> & { accountId?: string; now?: Date } = {},
) {
  const accountId = await accountIdFor(db, options.accountId);
  const rows = financialSeries({ baseRevenue: 1_000_000, seasonality: 0, ...options, accountId, now: options.now ?? new Date() });
  if (rows.length === 0) return [];
  return db.insert(financialPeriods).values(rows).returning();
}
