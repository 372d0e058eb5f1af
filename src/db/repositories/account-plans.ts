import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { accountPlans, planActions, users } from '../schema/index.ts';

// The account plan of a key or strategic account: goals beyond revenue, the four
// "know" sections (懂自己、懂客户、懂行业、懂竞对) and dated actions with owners.
// The plan carries a version: an update from a stale read is a 409.

/** The goals as stored in the plan's `goals` document (the target level has its own column). */
export interface PlanGoals {
  revenue?: number | null;
  revenueGrowth?: number | null;
  benchmark?: string | null;
  solution?: string | null;
}

export interface PlanFields {
  goals: PlanGoals;
  targetLevel: number | null;
  levelMover: string | null;
  knowOurselves: string | null;
  knowCustomer: string | null;
  knowIndustry: string | null;
  knowCompetitors: string | null;
}

export async function getAccountPlan(db: Db | Tx, accountId: string) {
  const [plan] = await db.select().from(accountPlans).where(eq(accountPlans.accountId, accountId));
  if (!plan) return null;
  const actions = await db
    .select({
      id: planActions.id,
      what: planActions.what,
      ownerId: planActions.ownerId,
      ownerName: users.name,
      ownerNameZh: users.nameZh,
      dueOn: planActions.dueOn,
      doneAt: planActions.doneAt,
      createdAt: planActions.createdAt,
    })
    .from(planActions)
    .leftJoin(users, eq(users.id, planActions.ownerId))
    .where(eq(planActions.accountId, accountId))
    .orderBy(asc(planActions.dueOn), asc(planActions.createdAt), asc(planActions.id));
  return { ...plan, goals: (plan.goals ?? {}) as PlanGoals, actions };
}
export type StoredAccountPlan = NonNullable<Awaited<ReturnType<typeof getAccountPlan>>>;

/**
 * Write the plan. Without `version` it is created (a 409 if someone created it
 * meanwhile); with it, it replaces the plan read at that version.
 */
export async function saveAccountPlan(db: Db, options: { accountId: string; fields: PlanFields; version?: number; now: Date }) {
  const { accountId, fields, version } = options;
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ version: accountPlans.version }).from(accountPlans).where(eq(accountPlans.accountId, accountId)).for('update');
    if (!current) {
      if (version !== undefined) throw new AppError('not_found', 'This account has no plan yet.');
      await tx.insert(accountPlans).values({ accountId, ...fields });
      return;
    }
    if (version === undefined || current.version !== version) {
      throw new AppError('conflict.stale_version', 'The plan was changed by someone else. Reload and try again.', { field: 'version' });
    }
    await tx
      .update(accountPlans)
      .set({ ...fields, updatedAt: options.now, version: version + 1 })
      .where(eq(accountPlans.accountId, accountId));
  });
}

/** Record that the team reviewed the plan today. */
export async function reviewAccountPlan(db: Db, options: { accountId: string; version: number; now: Date }) {
  const rows = await db
    .update(accountPlans)
    .set({ reviewedAt: options.now, updatedAt: options.now, version: options.version + 1 })
    .where(and(eq(accountPlans.accountId, options.accountId), eq(accountPlans.version, options.version)))
    .returning({ version: accountPlans.version });
  if (rows.length > 0) return;
  const [exists] = await db.select({ v: accountPlans.version }).from(accountPlans).where(eq(accountPlans.accountId, options.accountId));
  if (!exists) throw new AppError('not_found', 'This account has no plan yet.');
  throw new AppError('conflict.stale_version', 'The plan was changed by someone else. Reload and try again.', { field: 'version' });
}

async function requirePlan(tx: Db | Tx, accountId: string) {
  const [plan] = await tx.select({ accountId: accountPlans.accountId }).from(accountPlans).where(eq(accountPlans.accountId, accountId));
  if (!plan) throw new AppError('not_found', 'This account has no plan yet: write the plan first.');
}

async function checkOwner(tx: Db | Tx, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const [owner] = await tx.select({ id: users.id }).from(users).where(eq(users.id, ownerId));
  if (!owner) throw new AppError('validation.failed', 'No such user.', { field: 'ownerId' });
}

export async function addPlanAction(db: Db, accountId: string, input: { what: string; ownerId?: string | null; dueOn: string }) {
  return db.transaction(async (tx) => {
    await requirePlan(tx, accountId);
    await checkOwner(tx, input.ownerId);
    const [row] = await tx
      .insert(planActions)
      .values({ accountId, what: input.what, ownerId: input.ownerId ?? null, dueOn: input.dueOn })
      .returning({ id: planActions.id });
    return row!;
  });
}

export async function updatePlanAction(
  db: Db,
  options: { accountId: string; id: string; now: Date; changes: { what?: string; ownerId?: string | null; dueOn?: string; done?: boolean } },
) {
  const { done, ...changes } = options.changes;
  return db.transaction(async (tx) => {
    await checkOwner(tx, changes.ownerId);
    const [current] = await tx
      .select({ doneAt: planActions.doneAt })
      .from(planActions)
      .where(and(eq(planActions.accountId, options.accountId), eq(planActions.id, options.id)))
      .for('update');
    if (!current) throw new AppError('not_found', 'No such action in this plan.');
    // Ticking an action already done keeps the day it was done.
    const doneAt = done === undefined ? current.doneAt : done ? (current.doneAt ?? options.now) : null;
    await tx
      .update(planActions)
      .set({ ...changes, doneAt })
      .where(and(eq(planActions.accountId, options.accountId), eq(planActions.id, options.id)));
  });
}

export async function deletePlanAction(db: Db, options: { accountId: string; id: string }) {
  const rows = await db
    .delete(planActions)
    .where(and(eq(planActions.accountId, options.accountId), eq(planActions.id, options.id)))
    .returning({ id: planActions.id });
  if (rows.length === 0) throw new AppError('not_found', 'No such action in this plan.');
}
