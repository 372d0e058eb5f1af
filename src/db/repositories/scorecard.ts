import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { accountPlans, deals, programGoals } from '../schema/index.ts';

// The strategic-account programme's own records for the seven-elements scorecard
// (目标、组织、机制、流程、工具、标杆、复制): its yearly goals, and what replication
// reads from plans and deals.

export async function listProgramGoals(db: Db | Tx, year: number) {
  return db
    .select()
    .from(programGoals)
    .where(and(eq(programGoals.year, year), eq(programGoals.active, true)))
    .orderBy(asc(programGoals.metric), asc(programGoals.id));
}
export type StoredProgramGoal = Awaited<ReturnType<typeof listProgramGoals>>[number];

export async function addProgramGoal(db: Db, input: { year: number; metric: string; target: number; actual: number; note?: string | null }) {
  const [row] = await db.insert(programGoals).values(input).returning();
  return row!;
}

export async function updateProgramGoal(
  db: Db,
  id: string,
  changes: { target?: number; actual?: number; note?: string | null; active?: boolean },
) {
  const [row] = await db.update(programGoals).set(changes).where(eq(programGoals.id, id)).returning();
  if (!row) throw new AppError('not_found', 'No such programme goal.');
  return row;
}

/** The solution each account's plan sets out to create (a benchmark's solution is what replicates). */
export async function planSolutions(db: Db | Tx, accountIds: readonly string[]) {
  if (accountIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ accountId: accountPlans.accountId, goals: accountPlans.goals })
    .from(accountPlans)
    .where(inArray(accountPlans.accountId, [...accountIds]));
  const out = new Map<string, string>();
  for (const r of rows) {
    const solution = (r.goals as { solution?: unknown } | null)?.solution;
    if (typeof solution === 'string' && solution.trim()) out.set(r.accountId, solution.trim());
  }
  return out;
}

/** Accounts with an open solution deal: a look-alike being worked on, not only listed. */
export async function accountsWithOpenSolutionDeals(db: Db | Tx, accountIds: readonly string[]) {
  if (accountIds.length === 0) return new Set<string>();
  const rows = await db
    .selectDistinct({ accountId: deals.accountId })
    .from(deals)
    .where(and(inArray(deals.accountId, [...accountIds]), eq(deals.kind, 'solution'), eq(deals.outcome, 'open')));
  return new Set(rows.map((r) => r.accountId));
}
