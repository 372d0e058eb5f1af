import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../client.ts';
import { accountEvaluations } from '../schema/index.ts';
import { accountHistory } from './audit.ts';

/** The audit fields that record a change of judgement. */
export const JUDGEMENT_FIELDS = ['tier', 'tag', 'level'] as const;

/** The stored judgement of one account (its `result` JSON and columns), or null before its first evaluation. */
export async function getEvaluation(db: Db | Tx, accountId: string) {
  const [row] = await db.select().from(accountEvaluations).where(eq(accountEvaluations.accountId, accountId));
  return row ?? null;
}

/** How the account's tier, tag and level moved, newest first: who (null = the system), when, from what to what, and why. */
export function judgementHistory(db: Db | Tx, accountId: string) {
  return accountHistory(db, accountId, JUDGEMENT_FIELDS);
}
