import { type SQL, and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { accounts, executivePairings, users } from '../schema/index.ts';
import { recordAudit } from './audit.ts';

// Executive pairing (结对子): which executive looks after which strategic account,
// and how often they should visit. Pairing changes are audited like team changes.

const pairingColumns = {
  accountId: executivePairings.accountId,
  executiveId: executivePairings.executiveId,
  cadenceDays: executivePairings.cadenceDays,
  since: executivePairings.since,
  executiveName: users.name,
  executiveNameZh: users.nameZh,
  salesTrained: users.salesTrained,
};

/** Pairings, filtered by executive, account or any condition on the account (a scope). */
export async function listPairings(db: Db | Tx, filter: { executiveId?: string; accountId?: string; accountIds?: readonly string[]; where?: SQL } = {}) {
  if (filter.accountIds && filter.accountIds.length === 0) return [];
  return db
    .select(pairingColumns)
    .from(executivePairings)
    .innerJoin(users, eq(users.id, executivePairings.executiveId))
    .innerJoin(accounts, eq(accounts.id, executivePairings.accountId))
    .where(
      and(
        filter.executiveId ? eq(executivePairings.executiveId, filter.executiveId) : undefined,
        filter.accountId ? eq(executivePairings.accountId, filter.accountId) : undefined,
        filter.accountIds ? inArray(executivePairings.accountId, [...filter.accountIds]) : undefined,
        filter.where,
      ),
    )
    .orderBy(asc(accounts.name), asc(users.name));
}
export type StoredPairing = Awaited<ReturnType<typeof listPairings>>[number];

const snapshot = async (tx: Tx, accountId: string) =>
  (
    await tx
      .select({ executiveId: executivePairings.executiveId, cadenceDays: executivePairings.cadenceDays })
      .from(executivePairings)
      .where(eq(executivePairings.accountId, accountId))
  )
    .map((p) => `${p.executiveId}:${p.cadenceDays}`)
    .sort();

/** Pair an executive with an account, or change the visit cadence of an existing pairing. */
export async function pairExecutive(
  db: Db,
  options: { accountId: string; executiveId: string; cadenceDays: number; since: string; actorId: string; reason?: string | null },
) {
  return db.transaction(async (tx) => {
    const [executive] = await tx.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, options.executiveId));
    if (!executive || !executive.active) throw new AppError('validation.failed', 'No such user.', { field: 'executiveId' });
    // 结对子 is for the company's senior managers; a rep on the account is its team, not its pair.
    if (executive.role !== 'executive') {
      throw new AppError('validation.failed', 'Only an executive can be paired with an account.', { field: 'executiveId' });
    }
    const before = await snapshot(tx, options.accountId);
    await tx
      .insert(executivePairings)
      .values({ accountId: options.accountId, executiveId: options.executiveId, cadenceDays: options.cadenceDays, since: options.since })
      .onConflictDoUpdate({
        target: [executivePairings.accountId, executivePairings.executiveId],
        set: { cadenceDays: options.cadenceDays },
      });
    const after = await snapshot(tx, options.accountId);
    await recordAudit(tx, { accountId: options.accountId, field: 'pairing', before, after, actorId: options.actorId, reason: options.reason });
  });
}

/** End a pairing (audited). */
export async function unpairExecutive(db: Db, options: { accountId: string; executiveId: string; actorId: string; reason?: string | null }) {
  return db.transaction(async (tx) => {
    const before = await snapshot(tx, options.accountId);
    const removed = await tx
      .delete(executivePairings)
      .where(and(eq(executivePairings.accountId, options.accountId), eq(executivePairings.executiveId, options.executiveId)))
      .returning({ executiveId: executivePairings.executiveId });
    if (removed.length === 0) throw new AppError('not_found', 'This executive is not paired with the account.');
    const after = await snapshot(tx, options.accountId);
    await recordAudit(tx, { accountId: options.accountId, field: 'pairing', before, after, actorId: options.actorId, reason: options.reason });
  });
}

/** Record whether an executive has had sales training (不成事反坏事 otherwise). */
export async function setSalesTrained(db: Db, options: { userId: string; salesTrained: boolean }) {
  const [row] = await db
    .update(users)
    .set({ salesTrained: options.salesTrained, updatedAt: new Date() })
    .where(and(eq(users.id, options.userId), eq(users.role, 'executive')))
    .returning({ id: users.id, salesTrained: users.salesTrained });
  if (!row) throw new AppError('not_found', 'No such executive.');
  return row;
}
