import { type SQL, and, asc, count, desc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Reason } from '../../domain/reason.ts';
import type { Db } from '../client.ts';
import { accountEvaluations, accounts, deals, financialPeriods, levelAssessments } from '../schema/index.ts';

// The portfolio dashboard's own reads: set-based over the caller's scope (a condition
// on `accounts`), one query per figure however many accounts there are. What other
// pages already read (tag boards, guard rails, deals) is reused, not read again here.

const inPortfolio = (scope: SQL | undefined) => and(ne(accounts.status, 'archived'), scope);
const ref = { id: accounts.id, name: accounts.name, nameZh: accounts.nameZh, tier: accountEvaluations.tier };

/** Accounts by tier, effective tag and official level, as the last evaluation left them (null: not yet evaluated). */
export async function portfolioTallies(db: Db, scope: SQL | undefined) {
  const rows = await db
    .select({ tier: accountEvaluations.tier, tag: accountEvaluations.tag, level: accountEvaluations.officialLevel, count: count() })
    .from(accounts)
    .leftJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
    .where(inPortfolio(scope))
    .groupBy(accountEvaluations.tier, accountEvaluations.tag, accountEvaluations.officialLevel);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/**
 * Every customer-confirmed assessment of the accounts whose level the customer
 * confirmed since `since`: a move needs the confirmation before it as well.
 */
export async function confirmedLevelsOfAccountsAssessedSince(db: Db, options: { scope: SQL | undefined; since: Date }) {
  const confirmed = eq(levelAssessments.source, 'customer_confirmed');
  const recent = db
    .select({ accountId: levelAssessments.accountId })
    .from(levelAssessments)
    .where(and(confirmed, gte(levelAssessments.assessedAt, options.since)));
  return db
    .select({
      account: ref,
      level: levelAssessments.level,
      evidence: levelAssessments.evidence,
      assessedAt: levelAssessments.assessedAt,
    })
    .from(levelAssessments)
    .innerJoin(accounts, eq(accounts.id, levelAssessments.accountId))
    .leftJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
    .where(and(confirmed, inArray(levelAssessments.accountId, recent), inPortfolio(options.scope)));
}

/** The ten largest accounts by revenue in the window, and the total and count of accounts with revenue. */
export async function revenueLeaders(db: Db, options: { scope: SQL | undefined; window: { from: string; to: string } }) {
  const perAccount = db
    .select({ accountId: financialPeriods.accountId, revenue: sql<string>`sum(${financialPeriods.revenue})`.as('revenue') })
    .from(financialPeriods)
    .innerJoin(accounts, eq(accounts.id, financialPeriods.accountId))
    .where(and(gte(financialPeriods.month, options.window.from), lt(financialPeriods.month, options.window.to), inPortfolio(options.scope)))
    .groupBy(financialPeriods.accountId)
    .as('per_account');
  const [leaders, [totals]] = await Promise.all([
    db
      .select({ account: ref, revenue: sql<number>`${perAccount.revenue}`.mapWith(Number) })
      .from(perAccount)
      .innerJoin(accounts, eq(accounts.id, perAccount.accountId))
      .leftJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
      .where(sql`${perAccount.revenue} > 0`)
      .orderBy(desc(perAccount.revenue), asc(accounts.id))
      .limit(10),
    db
      .select({
        total: sql<number>`coalesce(sum(${perAccount.revenue}) filter (where ${perAccount.revenue} > 0), 0)`.mapWith(Number),
        accounts: sql<number>`count(*) filter (where ${perAccount.revenue} > 0)`.mapWith(Number),
      })
      .from(perAccount),
  ]);
  return { leaders, total: totals?.total ?? 0, accounts: totals?.accounts ?? 0 };
}

/** Accounts the last evaluation flagged as a payment trap (压款), with that judgement's reasons. */
export async function paymentTrapAccounts(db: Db, options: { scope: SQL | undefined; limit: number }) {
  const where = and(eq(accountEvaluations.paymentTrap, true), inPortfolio(options.scope));
  const [items, [total]] = await Promise.all([
    db
      .select({ account: ref, reasons: sql<Reason[]>`${accountEvaluations.result}->'paymentTrap'->'reasons'` })
      .from(accounts)
      .innerJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
      .where(where)
      .orderBy(asc(sql`lower(${accounts.name})`), asc(accounts.id))
      .limit(options.limit),
    db.select({ total: count() }).from(accounts).innerJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id)).where(where),
  ]);
  return { items: items.map((i) => ({ ...i, reasons: i.reasons ?? [] })), total: Number(total?.total ?? 0) };
}

/** The stored tag judgements (suggested and in force) of some accounts, for the reasons beside them. */
export async function tagJudgementsOf(db: Db, accountIds: readonly string[]) {
  if (accountIds.length === 0) return new Map<string, { suggested: Reason[]; effective: Reason[] }>();
  const rows = await db
    .select({
      accountId: accountEvaluations.accountId,
      suggested: sql<Reason[] | null>`${accountEvaluations.result}->'tag'->'suggested'->'reasons'`,
      effective: sql<Reason[] | null>`${accountEvaluations.result}->'tag'->'effective'->'reasons'`,
    })
    .from(accountEvaluations)
    .where(inArray(accountEvaluations.accountId, [...accountIds]));
  return new Map(rows.map((r) => [r.accountId, { suggested: r.suggested ?? [], effective: r.effective ?? [] }]));
}

/** Open deals in scope counted and summed by kind and stage. */
export async function openDealTallies(db: Db, scope: SQL | undefined) {
  const rows = await db
    .select({ kind: deals.kind, stage: deals.stage, deals: count(), value: sql<number>`coalesce(sum(${deals.value}), 0)`.mapWith(Number) })
    .from(deals)
    .innerJoin(accounts, eq(accounts.id, deals.accountId))
    .where(and(eq(deals.outcome, 'open'), scope))
    .groupBy(deals.kind, deals.stage);
  return rows.map((r) => ({ ...r, deals: Number(r.deals) }));
}
