import { type SQL, and, eq, exists, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { accountTeamMembers, accounts } from '../../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { CurrentUser } from './current-user.ts';

/**
 * Which accounts a user may see and edit (issue rules): a rep or staff member
 * those they own or whose team they are on; a manager those of their region;
 * executives and admins all. `undefined` means no restriction.
 */
export function accountScope(user: CurrentUser): SQL | undefined {
  if (user.role === 'admin' || user.role === 'executive') return undefined;
  const onTeam = exists(
    sql`(select 1 from ${accountTeamMembers} where ${accountTeamMembers.accountId} = ${accounts.id} and ${accountTeamMembers.userId} = ${user.id})`,
  );
  const own = or(eq(accounts.ownerId, user.id), onTeam);
  if (user.role === 'manager' && user.regionId) return or(eq(accounts.regionId, user.regionId), own);
  return own;
}

/**
 * A scope as the ids it admits, read once: for a read that applies the scope in many
 * queries (the dashboard), where the per-row team lookup of `accountScope` would scan
 * the whole portfolio in every one of them. One array parameter, however many ids.
 */
export async function scopeAsIds(db: Db | Tx, scope: SQL | undefined): Promise<SQL | undefined> {
  if (!scope) return undefined;
  const rows = await db.select({ id: accounts.id }).from(accounts).where(scope);
  return sql`${accounts.id} = any(${`{${rows.map((r) => r.id).join(',')}}`}::uuid[])`;
}

/**
 * Load an account's id if the user may see it. Someone else's account is "not
 * found" (404), never a hint that it exists.
 */
export async function requireAccountInScope(db: Db | Tx, user: CurrentUser, accountId: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(accountId)) throw new AppError('account.not_found', 'No such account.');
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), accountScope(user)));
  if (!row) throw new AppError('account.not_found', 'No such account.');
}

export function requireRole(user: CurrentUser, ...roles: CurrentUser['role'][]): void {
  if (!roles.includes(user.role)) throw new AppError('auth.forbidden', `This needs one of the roles: ${roles.join(', ')}.`);
}
