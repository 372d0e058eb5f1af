import { type SQL, and, arrayOverlaps, desc, eq, inArray } from 'drizzle-orm';
import type { RootCause } from '../../domain/organisation/escalation.ts';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { accounts, departments, escalations, users } from '../schema/index.ts';

// Escalations (拍桌子): a service problem on an account, with its root cause and the
// departments it was routed to. Callers check scope and route with the domain first.

export async function listDepartments(db: Db | Tx) {
  return db.select({ id: departments.id, code: departments.code, kind: departments.kind, nameEn: departments.nameEn, nameZh: departments.nameZh }).from(departments);
}
export type DepartmentRow = Awaited<ReturnType<typeof listDepartments>>[number];

/** Escalations on one account, routed to any of some departments, or matching a condition on the account. */
export async function listEscalations(db: Db | Tx, filter: { accountId?: string; accountIds?: readonly string[]; raisedBy?: string; routedTo?: readonly string[]; where?: SQL }) {
  if (filter.routedTo && filter.routedTo.length === 0) return [];
  if (filter.accountIds && filter.accountIds.length === 0) return [];
  return db
    .select({
      id: escalations.id,
      accountId: escalations.accountId,
      accountName: accounts.name,
      accountNameZh: accounts.nameZh,
      title: escalations.title,
      rootCause: escalations.rootCause,
      routedDepartmentIds: escalations.routedDepartmentIds,
      status: escalations.status,
      raisedBy: escalations.raisedBy,
      raisedByName: users.name,
      raisedByNameZh: users.nameZh,
      raisedAt: escalations.raisedAt,
      resolvedAt: escalations.resolvedAt,
    })
    .from(escalations)
    .innerJoin(accounts, eq(accounts.id, escalations.accountId))
    .leftJoin(users, eq(users.id, escalations.raisedBy))
    .where(
      and(
        filter.accountId ? eq(escalations.accountId, filter.accountId) : undefined,
        filter.accountIds ? inArray(escalations.accountId, [...filter.accountIds]) : undefined,
        filter.raisedBy ? eq(escalations.raisedBy, filter.raisedBy) : undefined,
        filter.routedTo ? arrayOverlaps(escalations.routedDepartmentIds, [...filter.routedTo]) : undefined,
        filter.where,
      ),
    )
    .orderBy(desc(escalations.raisedAt), desc(escalations.id));
}
export type StoredEscalation = Awaited<ReturnType<typeof listEscalations>>[number];

export async function addEscalation(
  db: Db,
  accountId: string,
  input: { title: string; rootCause: RootCause; routedDepartmentIds: readonly string[]; raisedBy: string; raisedAt: Date },
) {
  return db.transaction(async (tx) => {
    if (input.routedDepartmentIds.length) {
      const found = await tx.select({ id: departments.id }).from(departments).where(inArray(departments.id, [...input.routedDepartmentIds]));
      if (found.length !== new Set(input.routedDepartmentIds).size) {
        throw new AppError('validation.failed', 'No such department.', { field: 'departmentIds' });
      }
    }
    const [row] = await tx
      .insert(escalations)
      .values({ accountId, ...input, routedDepartmentIds: [...new Set(input.routedDepartmentIds)] })
      .returning({ id: escalations.id });
    return row!;
  });
}

export async function getEscalation(db: Db | Tx, accountId: string, id: string) {
  const [row] = await db.select().from(escalations).where(and(eq(escalations.accountId, accountId), eq(escalations.id, id)));
  return row ?? null;
}

/** Resolve an escalation, or reopen it; resolving twice keeps the first day. */
export async function setEscalationStatus(db: Db, options: { accountId: string; id: string; status: 'open' | 'resolved'; now: Date }) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(escalations)
      .where(and(eq(escalations.accountId, options.accountId), eq(escalations.id, options.id)))
      .for('update');
    if (!current) throw new AppError('not_found', 'No such escalation on this account.');
    if (current.status === options.status) return;
    await tx
      .update(escalations)
      .set({ status: options.status, resolvedAt: options.status === 'resolved' ? options.now : null })
      .where(and(eq(escalations.accountId, options.accountId), eq(escalations.id, options.id)));
  });
}
