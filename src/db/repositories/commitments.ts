import { type SQL, and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CommitmentStatus } from '../../domain/organisation/commitments.ts';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { accounts, commitments, contacts, users } from '../schema/index.ts';

// Every promise made to a customer (拍胸脯): who promised what to whom, by when,
// and whether it was kept. Callers check the account scope first.

const promiser = alias(users, 'promiser');

/** Commitments on one account, of one person, or matching any condition on the account (a scope). */
export async function listCommitments(db: Db | Tx, filter: { accountId?: string; accountIds?: readonly string[]; promisedBy?: string; where?: SQL }) {
  if (filter.accountIds && filter.accountIds.length === 0) return [];
  return db
    .select({
      id: commitments.id,
      accountId: commitments.accountId,
      accountName: accounts.name,
      accountNameZh: accounts.nameZh,
      promisedBy: commitments.promisedBy,
      promisedByName: promiser.name,
      promisedByNameZh: promiser.nameZh,
      what: commitments.what,
      toContactId: commitments.toContactId,
      toContactName: contacts.name,
      toContactNameZh: contacts.nameZh,
      dueOn: commitments.dueOn,
      status: commitments.status,
      closedAt: commitments.closedAt,
      createdAt: commitments.createdAt,
      version: commitments.version,
    })
    .from(commitments)
    .innerJoin(accounts, eq(accounts.id, commitments.accountId))
    .innerJoin(promiser, eq(promiser.id, commitments.promisedBy))
    .leftJoin(contacts, and(eq(contacts.accountId, commitments.accountId), eq(contacts.id, commitments.toContactId)))
    .where(
      and(
        filter.accountId ? eq(commitments.accountId, filter.accountId) : undefined,
        filter.accountIds ? inArray(commitments.accountId, [...filter.accountIds]) : undefined,
        filter.promisedBy ? eq(commitments.promisedBy, filter.promisedBy) : undefined,
        filter.where,
      ),
    )
    .orderBy(asc(commitments.dueOn), asc(commitments.id));
}
export type StoredCommitment = Awaited<ReturnType<typeof listCommitments>>[number];

async function checkParties(tx: Tx, accountId: string, input: { promisedBy?: string; toContactId?: string | null }) {
  if (input.promisedBy) {
    const [person] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.promisedBy));
    if (!person) throw new AppError('validation.failed', 'No such user.', { field: 'promisedBy' });
  }
  if (input.toContactId) {
    const [contact] = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.accountId, accountId), eq(contacts.id, input.toContactId)));
    if (!contact) throw new AppError('validation.failed', 'This person is not a contact of this account.', { field: 'toContactId' });
  }
}

export async function addCommitment(
  db: Db,
  accountId: string,
  input: { promisedBy: string; what: string; toContactId?: string | null; dueOn: string },
) {
  return db.transaction(async (tx) => {
    await checkParties(tx, accountId, input);
    const [row] = await tx
      .insert(commitments)
      .values({ accountId, promisedBy: input.promisedBy, what: input.what, toContactId: input.toContactId ?? null, dueOn: input.dueOn })
      .returning({ id: commitments.id });
    return row!;
  });
}

/** Change a commitment (kept, broken, a new due date…); send the version read, a stale one is a 409. */
export async function updateCommitment(
  db: Db,
  options: {
    accountId: string;
    id: string;
    version: number;
    now: Date;
    changes: { status?: CommitmentStatus; what?: string; dueOn?: string; toContactId?: string | null };
  },
) {
  const { accountId, id, version, changes } = options;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(commitments)
      .where(and(eq(commitments.accountId, accountId), eq(commitments.id, id)))
      .for('update');
    if (!current) throw new AppError('not_found', 'No such commitment on this account.');
    if (current.version !== version) {
      throw new AppError('conflict.stale_version', 'The commitment was changed by someone else. Reload and try again.', { field: 'version' });
    }
    await checkParties(tx, accountId, changes);
    // The day a commitment was settled is kept: reopening it clears the day.
    const closedAt =
      changes.status === undefined ? current.closedAt : changes.status === 'open' ? null : changes.status === current.status ? current.closedAt : options.now;
    await tx
      .update(commitments)
      .set({ ...changes, closedAt, version: version + 1 })
      .where(and(eq(commitments.accountId, accountId), eq(commitments.id, id)));
  });
}
