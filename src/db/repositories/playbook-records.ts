import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PlaybookRecordView } from '../../server/routes/judgement-records.schema.ts';
import { type PlaybookRecordBody, readPayload } from '../../server/routes/playbook-payloads.schema.ts';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { accountEvaluations, accounts, playbookRecords, users } from '../schema/index.ts';

// The playbook work per tag (标杆/钉子/危险客户): one row per record, its payload
// validated against its kind's schema on the way in and read through it on the way out.

const person = alias(users, 'person');

type Row = { r: typeof playbookRecords.$inferSelect; by: { id: string | null; name: string | null; nameZh: string | null } | null };

function toView({ r, by }: Row): PlaybookRecordView & { accountId: string } {
  const payload = readPayload(r.kind, r.payload);
  return {
    id: r.id,
    accountId: r.accountId,
    kind: r.kind,
    payload: payload ?? r.payload,
    valid: payload !== null,
    amount: r.amount,
    dueAt: r.dueAt,
    status: r.status,
    createdBy: by?.id ? { id: by.id, name: by.name ?? '', nameZh: by.nameZh } : null,
    createdAt: r.createdAt,
  };
}

/** Every playbook record of the given accounts, oldest first (one query for a whole board). */
export async function listPlaybookRecords(db: Db | Tx, accountIds: readonly string[], kind?: string) {
  if (accountIds.length === 0) return [];
  const rows = await db
    .select({ r: playbookRecords, by: { id: person.id, name: person.name, nameZh: person.nameZh } })
    .from(playbookRecords)
    .leftJoin(person, eq(person.id, playbookRecords.createdBy))
    .where(and(inArray(playbookRecords.accountId, [...accountIds]), kind ? eq(playbookRecords.kind, kind) : undefined))
    .orderBy(asc(playbookRecords.createdAt), asc(playbookRecords.id));
  return rows.map(toView);
}

/** Record one piece of playbook work on an account; references to other accounts and people must exist. */
export async function addPlaybookRecord(db: Db | Tx, opts: { accountId: string; input: PlaybookRecordBody; actorId: string; now: Date }) {
  const { input, accountId } = opts;
  return db.transaction(async (tx) => {
    if (input.kind === 'benchmark_borrowing') await requireBorrowableBenchmark(tx, accountId, input.payload.benchmarkAccountId);
    const people = [
      input.kind === 'defence_action' ? input.payload.ownerId : null,
      input.kind === 'nail_escalation' ? input.payload.personId : null,
      input.kind === 'rep_replacement' ? input.payload.newRepId : null,
    ].filter((id): id is string => !!id);
    if (people.length > 0) {
      const found = await tx.select({ id: users.id }).from(users).where(inArray(users.id, people));
      if (found.length !== new Set(people).size) throw new AppError('validation.failed', 'No such person.', { field: 'payload' });
    }
    const [row] = await tx
      .insert(playbookRecords)
      .values({
        accountId,
        kind: input.kind,
        payload: input.payload,
        amount: input.amount ?? null,
        dueAt: input.dueAt ?? null,
        status: input.status ?? null,
        createdBy: opts.actorId,
        createdAt: opts.now,
      })
      .returning({ id: playbookRecords.id });
    return row!;
  });
}

// Only an account that is a benchmark today can lend its proof, and not to itself.
async function requireBorrowableBenchmark(tx: Tx, accountId: string, benchmarkId: string) {
  if (benchmarkId === accountId) {
    throw new AppError('validation.failed', 'An account cannot borrow its own benchmark.', { field: 'payload.benchmarkAccountId' });
  }
  const [row] = await tx
    .select({ tag: accountEvaluations.tag })
    .from(accounts)
    .leftJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
    .where(eq(accounts.id, benchmarkId));
  if (row?.tag !== 'benchmark') {
    throw new AppError('validation.failed', 'That account is not a benchmark customer.', { field: 'payload.benchmarkAccountId' });
  }
}

/** Move a record along (an action done, an investment spent, a case asset ready). */
export async function setPlaybookStatus(db: Db | Tx, opts: { accountId: string; recordId: string; status: string }) {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(playbookRecords)
      .set({ status: opts.status })
      .where(and(eq(playbookRecords.accountId, opts.accountId), eq(playbookRecords.id, opts.recordId)))
      .returning({ id: playbookRecords.id });
    if (rows.length === 0) throw new AppError('not_found', 'No such playbook record on this account.');
    return rows[0]!;
  });
}
