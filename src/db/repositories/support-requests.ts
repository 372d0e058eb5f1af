import { type SQL, and, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type SupportRequestStatus, canMoveSupportRequest } from '../../domain/organisation/support-requests.ts';
import type { SupportDepartment } from '../../domain/organisation/vocabulary.ts';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { accounts, deals, departments, supportRequests, users } from '../schema/index.ts';

// Front line first (一切为了前线): a rep asks a department for support on an account
// (and a deal); the department accepts, answers and closes. Who may see or move a
// request is the caller's decision; moves are checked against the domain here,
// under the row lock, so two people cannot move one request twice.

const raiser = alias(users, 'raiser');
const assignee = alias(users, 'assignee');

const columns = {
  id: supportRequests.id,
  accountId: supportRequests.accountId,
  accountName: accounts.name,
  accountNameZh: accounts.nameZh,
  dealId: supportRequests.dealId,
  dealName: deals.name,
  dealNameZh: deals.nameZh,
  departmentId: supportRequests.departmentId,
  departmentKind: departments.kind,
  departmentName: departments.nameEn,
  departmentNameZh: departments.nameZh,
  need: supportRequests.need,
  dueAt: supportRequests.dueAt,
  status: supportRequests.status,
  answer: supportRequests.answer,
  raisedBy: supportRequests.raisedBy,
  raisedByName: raiser.name,
  raisedByNameZh: raiser.nameZh,
  assigneeId: supportRequests.assigneeId,
  assigneeName: assignee.name,
  assigneeNameZh: assignee.nameZh,
  raisedAt: supportRequests.raisedAt,
  acceptedAt: supportRequests.acceptedAt,
  answeredAt: supportRequests.answeredAt,
  closedAt: supportRequests.closedAt,
  version: supportRequests.version,
};

export interface SupportRequestFilter {
  id?: string;
  accountId?: string;
  departmentId?: string;
  raisedBy?: string;
  statuses?: readonly SupportRequestStatus[];
  /** Which requests the caller may see (see the route); undefined is all. */
  visible?: SQL;
}

export async function listSupportRequests(db: Db | Tx, filter: SupportRequestFilter) {
  return db
    .select(columns)
    .from(supportRequests)
    .innerJoin(accounts, eq(accounts.id, supportRequests.accountId))
    .innerJoin(departments, eq(departments.id, supportRequests.departmentId))
    .innerJoin(raiser, eq(raiser.id, supportRequests.raisedBy))
    .leftJoin(assignee, eq(assignee.id, supportRequests.assigneeId))
    .leftJoin(deals, and(eq(deals.accountId, supportRequests.accountId), eq(deals.id, supportRequests.dealId)))
    .where(
      and(
        filter.id ? eq(supportRequests.id, filter.id) : undefined,
        filter.accountId ? eq(supportRequests.accountId, filter.accountId) : undefined,
        filter.departmentId ? eq(supportRequests.departmentId, filter.departmentId) : undefined,
        filter.raisedBy ? eq(supportRequests.raisedBy, filter.raisedBy) : undefined,
        filter.statuses?.length ? inArray(supportRequests.status, [...filter.statuses]) : undefined,
        filter.visible,
      ),
    )
    .orderBy(desc(supportRequests.raisedAt), desc(supportRequests.id));
}
export type StoredSupportRequest = Awaited<ReturnType<typeof listSupportRequests>>[number];

/**
 * The requests on the accounts in `scope` (every request without one), with only
 * what the SLA per department is computed from, typed as the domain reads them.
 */
export async function supportRequestTimes(db: Db | Tx, scope?: SQL) {
  const rows = await db
    .select({
      id: supportRequests.id,
      department: departments.kind,
      raisedBy: supportRequests.raisedBy,
      raisedAt: supportRequests.raisedAt,
      dueAt: supportRequests.dueAt,
      status: supportRequests.status,
      answeredAt: supportRequests.answeredAt,
      closedAt: supportRequests.closedAt,
    })
    .from(supportRequests)
    .innerJoin(departments, eq(departments.id, supportRequests.departmentId))
    .innerJoin(accounts, eq(accounts.id, supportRequests.accountId))
    .where(scope);
  return rows.map((r) => ({ ...r, department: r.department as SupportDepartment, status: r.status as SupportRequestStatus }));
}

export async function getDepartment(db: Db | Tx, id: string) {
  const [row] = await db.select().from(departments).where(eq(departments.id, id));
  return row ?? null;
}

export async function raiseSupportRequest(
  db: Db,
  input: { accountId: string; departmentId: string; dealId?: string | null; need: string; dueAt: Date; raisedBy: string; raisedAt: Date },
) {
  return db.transaction(async (tx) => {
    if (input.dealId) {
      const [deal] = await tx.select({ id: deals.id }).from(deals).where(and(eq(deals.accountId, input.accountId), eq(deals.id, input.dealId)));
      if (!deal) throw new AppError('validation.failed', 'This deal is not on this account.', { field: 'dealId' });
    }
    const [row] = await tx.insert(supportRequests).values({ ...input, status: 'open' }).returning({ id: supportRequests.id });
    return row!;
  });
}

/** The stored request without joins, for the permission check before a move. */
export async function getSupportRequestRow(db: Db | Tx, id: string) {
  const [row] = await db.select().from(supportRequests).where(eq(supportRequests.id, id));
  return row ?? null;
}

/** Move a request on (accept, answer, close); a stale version is a 409, a move the flow does not allow a 400. */
export async function moveSupportRequest(
  db: Db,
  options: { id: string; to: SupportRequestStatus; answer?: string | null; version: number; actorId: string; now: Date },
) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(supportRequests).where(eq(supportRequests.id, options.id)).for('update');
    if (!current) throw new AppError('not_found', 'No such support request.');
    if (current.version !== options.version) {
      throw new AppError('conflict.stale_version', 'The request was moved by someone else. Reload and try again.', { field: 'version' });
    }
    const move = canMoveSupportRequest({ from: current.status as SupportRequestStatus, to: options.to });
    if (!move.value) {
      throw new AppError('validation.failed', `A ${current.status} request cannot become ${options.to}.`, { field: 'status', details: move.reasons });
    }
    const answer = options.answer?.trim() || null;
    if (options.to === 'answered' && !answer) throw new AppError('validation.failed', 'Write the answer.', { field: 'answer' });
    const stamp: Partial<typeof supportRequests.$inferInsert> =
      options.to === 'accepted'
        ? { acceptedAt: options.now, assigneeId: options.actorId }
        : options.to === 'answered'
          ? { answeredAt: options.now, answer, assigneeId: current.assigneeId ?? options.actorId }
          : { closedAt: options.now, ...(answer ? { answer } : {}) };
    await tx
      .update(supportRequests)
      .set({ ...stamp, status: options.to, version: current.version + 1 })
      .where(and(eq(supportRequests.accountId, current.accountId), eq(supportRequests.id, current.id)));
  });
}
