import { asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { departments, revenueSplits } from '../schema/index.ts';
import { recordAudit } from './audit.ts';

// Profit sharing (机制: 分润): each account's revenue split between the departments
// that serve it, as fractions. Replaced as a whole, audited like the team.

export async function listRevenueSplits(db: Db | Tx, accountIds?: readonly string[]) {
  if (accountIds && accountIds.length === 0) return [];
  return db
    .select({
      accountId: revenueSplits.accountId,
      departmentId: revenueSplits.departmentId,
      departmentKind: departments.kind,
      departmentName: departments.nameEn,
      departmentNameZh: departments.nameZh,
      share: revenueSplits.share,
    })
    .from(revenueSplits)
    .innerJoin(departments, eq(departments.id, revenueSplits.departmentId))
    .where(accountIds ? inArray(revenueSplits.accountId, [...accountIds]) : undefined)
    .orderBy(asc(revenueSplits.accountId), asc(departments.code));
}

const snapshot = async (tx: Tx, accountId: string) =>
  (await tx.select().from(revenueSplits).where(eq(revenueSplits.accountId, accountId))).map((s) => `${s.departmentId}:${s.share}`).sort();

/** Replace the account's split in one transaction; the caller has checked it sums to 100 %. */
export async function replaceRevenueSplits(
  db: Db,
  options: { accountId: string; splits: readonly { departmentId: string; share: number }[]; actorId: string; reason?: string | null },
) {
  const ids = options.splits.map((s) => s.departmentId);
  if (new Set(ids).size !== ids.length) throw new AppError('validation.failed', 'A department appears twice in the split.', { field: 'splits' });
  return db.transaction(async (tx) => {
    if (ids.length) {
      const found = await tx.select({ id: departments.id }).from(departments).where(inArray(departments.id, ids));
      if (found.length !== ids.length) throw new AppError('validation.failed', 'No such department.', { field: 'splits' });
    }
    const before = await snapshot(tx, options.accountId);
    await tx.delete(revenueSplits).where(eq(revenueSplits.accountId, options.accountId));
    if (options.splits.length) await tx.insert(revenueSplits).values(options.splits.map((s) => ({ accountId: options.accountId, ...s })));
    const after = await snapshot(tx, options.accountId);
    await recordAudit(tx, { accountId: options.accountId, field: 'revenue_split', before, after, actorId: options.actorId, reason: options.reason });
  });
}
