import { type SQL, and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, max, ne, or, sql } from 'drizzle-orm';
import type { Tag, Tier } from '../../domain/catalog.ts';
import type { Db } from '../client.ts';
import { accountEvaluations, accountPlans, accounts, activities, planActions, playbookRecords, users } from '../schema/index.ts';

// What the rep's week reads beyond the other features' repositories: the rep's
// dangerous accounts and their visits, plan actions and plan reviews that fall on
// them, and the activities of the week. `where` is a condition on `accounts` (the
// rep's accounts within what the viewer may see); every list is bounded.

/** Activities that count as visits for the density target, as the tag boards and the evaluation count them. */
const VISIT_KINDS = ['visit', 'meeting'];

const accountRef = {
  id: accounts.id,
  name: accounts.name,
  nameZh: accounts.nameZh,
  tier: accountEvaluations.tier,
  tag: accountEvaluations.tag,
};
type AccountRefRow = { id: string; name: string; nameZh: string | null; tier: string | null; tag: string | null };
const typed = (row: AccountRefRow) => ({ ...row, tier: row.tier as Tier | null, tag: row.tag as Tag | null });

/** The accounts in `where` whose effective tag is dangerous (危险客户). */
export async function dangerousAccounts(db: Db, options: { where: SQL | undefined; limit: number }) {
  const rows = await db
    .select(accountRef)
    .from(accounts)
    .innerJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
    .where(and(eq(accountEvaluations.tag, 'dangerous'), options.where))
    .orderBy(asc(accounts.name), asc(accounts.id))
    .limit(options.limit);
  return rows.map(typed);
}

/** Each account's visits from `since` until `until` (planned ones included). */
export async function visitDates(db: Db, options: { accountIds: readonly string[]; since: Date; until: Date }) {
  const byAccount = new Map<string, Date[]>();
  if (options.accountIds.length === 0) return byAccount;
  const rows = await db
    .select({ accountId: activities.accountId, at: activities.occurredAt })
    .from(activities)
    .where(
      and(
        inArray(activities.accountId, [...options.accountIds]),
        inArray(activities.kind, VISIT_KINDS),
        gte(activities.occurredAt, options.since),
        lt(activities.occurredAt, options.until),
      ),
    );
  for (const r of rows) byAccount.set(r.accountId, [...(byAccount.get(r.accountId) ?? []), r.at]);
  return byAccount;
}

/** Each account's latest visit before `before`: the last visit is known even when it fell out of the window read. */
export async function lastVisitsBefore(db: Db, options: { accountIds: readonly string[]; before: Date }) {
  if (options.accountIds.length === 0) return new Map<string, Date>();
  const rows = await db
    .select({ accountId: activities.accountId, at: max(activities.occurredAt) })
    .from(activities)
    .where(
      and(
        inArray(activities.accountId, [...options.accountIds]),
        inArray(activities.kind, VISIT_KINDS),
        lt(activities.occurredAt, options.before),
      ),
    )
    .groupBy(activities.accountId);
  return new Map(rows.filter((r) => r.at !== null).map((r) => [r.accountId, r.at as Date]));
}

/** Plan actions the rep owns, due on or before `lastDay` and not done as of `asOf`. */
export async function planActionsDue(db: Db, options: { ownerId: string; lastDay: string; asOf: Date; where: SQL | undefined; limit: number }) {
  return db
    .select({
      id: planActions.id,
      accountId: planActions.accountId,
      accountName: accounts.name,
      accountNameZh: accounts.nameZh,
      what: planActions.what,
      dueOn: planActions.dueOn,
    })
    .from(planActions)
    .innerJoin(accounts, eq(accounts.id, planActions.accountId))
    .where(
      and(
        eq(planActions.ownerId, options.ownerId),
        lte(planActions.dueOn, options.lastDay),
        or(isNull(planActions.doneAt), gt(planActions.doneAt, options.asOf)),
        options.where,
      ),
    )
    .orderBy(asc(planActions.dueOn), asc(planActions.id))
    .limit(options.limit);
}

/** Defence actions (危险客户的防御计划) the rep owns, due on or before `lastDay` and not done. */
export async function defenceActionsDue(db: Db, options: { ownerId: string; lastDay: string; where: SQL | undefined; limit: number }) {
  return db
    .select({
      id: playbookRecords.id,
      accountId: playbookRecords.accountId,
      accountName: accounts.name,
      accountNameZh: accounts.nameZh,
      payload: playbookRecords.payload,
      dueOn: playbookRecords.dueAt,
    })
    .from(playbookRecords)
    .innerJoin(accounts, eq(accounts.id, playbookRecords.accountId))
    .where(
      and(
        eq(playbookRecords.kind, 'defence_action'),
        sql`${playbookRecords.payload}->>'ownerId' = ${options.ownerId}`,
        or(isNull(playbookRecords.status), ne(playbookRecords.status, 'done')),
        lte(playbookRecords.dueAt, options.lastDay),
        options.where,
      ),
    )
    .orderBy(asc(playbookRecords.dueAt), asc(playbookRecords.id))
    .limit(options.limit);
}

/** The account plans of the accounts in `where`, with when each was last reviewed or changed. */
export async function accountPlansIn(db: Db, options: { where: SQL | undefined; limit: number }) {
  const rows = await db
    .select({ ...accountRef, reviewedAt: accountPlans.reviewedAt, updatedAt: accountPlans.updatedAt })
    .from(accountPlans)
    .innerJoin(accounts, eq(accounts.id, accountPlans.accountId))
    .leftJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
    .where(options.where)
    .orderBy(asc(accounts.name), asc(accounts.id))
    .limit(options.limit);
  return rows.map(({ reviewedAt, updatedAt, ...account }) => ({ account: typed(account), reviewedAt, updatedAt }));
}

/** The activities on the accounts in `where` that took place (or are planned) in [from, to), latest first. */
export async function activitiesBetween(db: Db, options: { where: SQL | undefined; from: Date; to: Date; limit: number }) {
  return db
    .select({
      id: activities.id,
      accountId: activities.accountId,
      accountName: accounts.name,
      accountNameZh: accounts.nameZh,
      kind: activities.kind,
      occurredAt: activities.occurredAt,
      subject: activities.subject,
      loggedBy: activities.createdBy,
      loggedByName: users.name,
      loggedByNameZh: users.nameZh,
    })
    .from(activities)
    .innerJoin(accounts, eq(accounts.id, activities.accountId))
    .leftJoin(users, eq(users.id, activities.createdBy))
    .where(and(gte(activities.occurredAt, options.from), lt(activities.occurredAt, options.to), options.where))
    .orderBy(desc(activities.occurredAt), asc(activities.id))
    .limit(options.limit);
}
