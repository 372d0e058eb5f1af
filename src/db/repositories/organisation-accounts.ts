import { type SQL, and, eq, exists, inArray, or } from 'drizzle-orm';
import type { AccountStatus, Tag, Tier } from '../../domain/catalog.ts';
import type { RelationshipLevel } from '../../domain/organisation/vocabulary.ts';
import type { Db, Tx } from '../client.ts';
import { accountEvaluations, accountTeamMembers, accounts, commitments, escalations, executivePairings, users } from '../schema/index.ts';

// What the organisation rules need to know about an account: its tier, tag and
// official level come from the last evaluation (account_evaluations), never
// recomputed here.

export interface AccountFacts {
  id: string;
  name: string;
  nameZh: string | null;
  industry: string;
  status: AccountStatus;
  ownerId: string | null;
  coLocated: boolean;
  /** Null until the account's first evaluation. */
  tier: Tier | null;
  tag: Tag | null;
  officialLevel: RelationshipLevel | null;
}

const factColumns = {
  id: accounts.id,
  name: accounts.name,
  nameZh: accounts.nameZh,
  industry: accounts.industry,
  status: accounts.status,
  ownerId: accounts.ownerId,
  coLocated: accounts.coLocated,
  tier: accountEvaluations.tier,
  tag: accountEvaluations.tag,
  officialLevel: accountEvaluations.officialLevel,
};

/** Accounts by id, or every account matching `where` (e.g. the caller's scope). */
export async function accountFacts(db: Db | Tx, filter: { ids?: readonly string[]; where?: SQL }): Promise<AccountFacts[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  const rows = await db
    .select(factColumns)
    .from(accounts)
    .leftJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
    .where(and(filter.ids ? inArray(accounts.id, [...filter.ids]) : undefined, filter.where));
  return rows as AccountFacts[];
}

export async function oneAccountFacts(db: Db | Tx, accountId: string): Promise<AccountFacts | null> {
  return (await accountFacts(db, { ids: [accountId] }))[0] ?? null;
}

/** Everyone on the account teams of the given accounts, with their role and co-location. */
export async function teamMembers(db: Db | Tx, accountIds: readonly string[]) {
  if (accountIds.length === 0) return [];
  return db
    .select({
      accountId: accountTeamMembers.accountId,
      userId: accountTeamMembers.userId,
      role: accountTeamMembers.role,
      coLocated: accountTeamMembers.coLocated,
      name: users.name,
      nameZh: users.nameZh,
    })
    .from(accountTeamMembers)
    .innerJoin(users, eq(users.id, accountTeamMembers.userId))
    .where(inArray(accountTeamMembers.accountId, [...accountIds]));
}

/** A user's name and role, or null when there is no such user. */
export async function personById(db: Db | Tx, userId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, nameZh: users.nameZh, role: users.role, departmentId: users.departmentId, salesTrained: users.salesTrained })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

/**
 * The accounts the executive guard rails have something to say about, within a
 * condition (a scope): the strategic ones, and any with a pairing, a commitment
 * or an escalation. Ordinary accounts without these never raise a flag.
 */
export async function guardedAccountIds(db: Db | Tx, where: SQL | undefined): Promise<string[]> {
  const has = (table: typeof executivePairings | typeof commitments | typeof escalations) =>
    exists(db.select({ one: table.accountId }).from(table).where(eq(table.accountId, accounts.id)));
  const rows = await db
    .select({ id: accounts.id })
    .from(accounts)
    .leftJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
    .where(and(or(eq(accountEvaluations.tier, 'strategic'), has(executivePairings), has(commitments), has(escalations)), where));
  return rows.map((r) => r.id);
}
