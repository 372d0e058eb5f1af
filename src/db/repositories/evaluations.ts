import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../client.ts';
import { accountEvaluations, auditEvents, users } from '../schema/index.ts';

/** The audit fields that record a change of judgement. */
export const JUDGEMENT_FIELDS = ['tier', 'tag', 'level'] as const;

/** The stored judgement of one account (its `result` JSON and columns), or null before its first evaluation. */
export async function getEvaluation(db: Db | Tx, accountId: string) {
  const [row] = await db.select().from(accountEvaluations).where(eq(accountEvaluations.accountId, accountId));
  return row ?? null;
}

/** How the account's tier, tag and level moved, newest first: who (null = the system), when, from what to what, and why. */
export async function judgementHistory(db: Db | Tx, accountId: string) {
  return db
    .select({
      id: auditEvents.id,
      field: auditEvents.field,
      before: auditEvents.before,
      after: auditEvents.after,
      reason: auditEvents.reason,
      actorId: auditEvents.actorId,
      actorName: users.name,
      actorNameZh: users.nameZh,
      at: auditEvents.at,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.accountId, accountId), inArray(auditEvents.field, [...JUDGEMENT_FIELDS])))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id));
}
