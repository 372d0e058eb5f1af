import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../server/errors.ts';
import type { Db } from '../client.ts';
import { accountTeamMembers, activities, activityParticipants, competitors, contacts, financialPeriods, sites, users } from '../schema/index.ts';
import { recordAudit } from './audit.ts';

// Records that belong to one account. Callers have already checked the account is
// in the user's scope; every query still names account_id (the distribution key).

export const listSites = (db: Db, accountId: string) =>
  db.select().from(sites).where(eq(sites.accountId, accountId)).orderBy(asc(sites.kind), asc(sites.name));

export async function addSite(db: Db, accountId: string, input: Omit<typeof sites.$inferInsert, 'accountId'>) {
  const [row] = await db.insert(sites).values({ ...input, accountId }).returning();
  return row!;
}

export const listCompetitors = (db: Db, accountId: string) =>
  db.select().from(competitors).where(eq(competitors.accountId, accountId)).orderBy(desc(competitors.share));

export async function addCompetitor(db: Db, accountId: string, input: Omit<typeof competitors.$inferInsert, 'accountId'>) {
  const [row] = await db.insert(competitors).values({ ...input, accountId }).returning();
  return row!;
}

/** Delete one child row of an account; 404 if it is not there. */
export async function deleteChild(db: Db, table: typeof sites | typeof competitors, accountId: string, id: string) {
  const rows = await db
    .delete(table)
    .where(and(eq(table.accountId, accountId), eq(table.id, id)))
    .returning({ id: table.id });
  if (rows.length === 0) throw new AppError('not_found', 'No such record on this account.');
}

export const listFinancials = (db: Db, accountId: string) =>
  db
    .select({ month: financialPeriods.month, revenue: financialPeriods.revenue, grossProfit: financialPeriods.grossProfit, volume: financialPeriods.volume })
    .from(financialPeriods)
    .where(eq(financialPeriods.accountId, accountId))
    .orderBy(asc(financialPeriods.month));

/** Insert or replace one month of our business with the account. */
export async function upsertFinancial(db: Db, accountId: string, input: { month: string; revenue: number; grossProfit: number; volume: number }) {
  const month = input.month.length === 7 ? `${input.month}-01` : input.month;
  const values = { ...input, month, accountId };
  await db
    .insert(financialPeriods)
    .values(values)
    .onConflictDoUpdate({ target: [financialPeriods.accountId, financialPeriods.month], set: { revenue: input.revenue, grossProfit: input.grossProfit, volume: input.volume } });
  return values;
}

export const listContacts = (db: Db, accountId: string) =>
  db.select().from(contacts).where(eq(contacts.accountId, accountId)).orderBy(asc(contacts.rank), asc(contacts.name));

export async function addContact(db: Db, accountId: string, input: Omit<typeof contacts.$inferInsert, 'accountId'>) {
  const [row] = await db.insert(contacts).values({ ...input, accountId }).returning();
  return row!;
}

export async function updateContact(db: Db, accountId: string, id: string, patch: Partial<typeof contacts.$inferInsert> & { version: number }) {
  const { version, ...changes } = patch;
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(contacts).where(and(eq(contacts.accountId, accountId), eq(contacts.id, id))).for('update');
    if (!current) throw new AppError('not_found', 'No such contact on this account.');
    if (current.version !== version) throw new AppError('conflict.stale_version', 'The contact was changed by someone else. Reload and try again.', { field: 'version' });
    const [row] = await tx
      .update(contacts)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(contacts.accountId, accountId), eq(contacts.id, id)))
      .returning();
    return row!;
  });
}

export async function listActivities(db: Db, accountId: string, limit = 200) {
  const rows = await db.select().from(activities).where(eq(activities.accountId, accountId)).orderBy(desc(activities.occurredAt)).limit(limit);
  if (rows.length === 0) return [];
  const parts = await db
    .select({
      activityId: activityParticipants.activityId,
      side: activityParticipants.side,
      userId: activityParticipants.userId,
      userName: users.name,
      contactId: activityParticipants.contactId,
      contactName: contacts.name,
    })
    .from(activityParticipants)
    .leftJoin(users, eq(users.id, activityParticipants.userId))
    .leftJoin(contacts, and(eq(contacts.accountId, activityParticipants.accountId), eq(contacts.id, activityParticipants.contactId)))
    .where(and(eq(activityParticipants.accountId, accountId), inArray(activityParticipants.activityId, rows.map((r) => r.id))));
  return rows.map((a) => ({
    ...a,
    participants: parts.filter((p) => p.activityId === a.id).map(({ activityId: _, ...p }) => p),
  }));
}

export interface NewActivity extends Omit<typeof activities.$inferInsert, 'accountId'> {
  ourUserIds: string[];
  contactIds: string[];
}

/** Log an activity with its participants on both sides, in one transaction. */
export async function addActivity(db: Db, accountId: string, input: NewActivity) {
  const { ourUserIds, contactIds, ...fields } = input;
  return db.transaction(async (tx) => {
    if (contactIds.length) {
      const found = await tx.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.accountId, accountId), inArray(contacts.id, contactIds)));
      if (found.length !== new Set(contactIds).size) throw new AppError('validation.failed', 'A participant is not a contact of this account.', { field: 'contactIds' });
    }
    const [row] = await tx.insert(activities).values({ ...fields, accountId }).returning();
    const participants = [
      ...ourUserIds.map((userId) => ({ accountId, activityId: row!.id, side: 'ours', userId })),
      ...contactIds.map((contactId) => ({ accountId, activityId: row!.id, side: 'theirs', contactId })),
    ];
    if (participants.length) await tx.insert(activityParticipants).values(participants);
    return row!;
  });
}

export const listTeam = (db: Db, accountId: string) =>
  db
    .select({ userId: accountTeamMembers.userId, name: users.name, nameZh: users.nameZh, role: accountTeamMembers.role, coLocated: accountTeamMembers.coLocated })
    .from(accountTeamMembers)
    .innerJoin(users, eq(users.id, accountTeamMembers.userId))
    .where(eq(accountTeamMembers.accountId, accountId))
    .orderBy(asc(accountTeamMembers.role));

const teamSnapshot = async (db: Db | Parameters<Parameters<Db['transaction']>[0]>[0], accountId: string) =>
  (await db.select({ userId: accountTeamMembers.userId, role: accountTeamMembers.role }).from(accountTeamMembers).where(eq(accountTeamMembers.accountId, accountId)))
    .map((m) => `${m.role}:${m.userId}`)
    .sort();

/** Add a member or remove one; every change of the team is audited. */
export async function changeTeam(
  db: Db,
  opts: { accountId: string; actorId: string; reason?: string } & ({ add: { userId: string; role: string; coLocated: boolean } } | { remove: { userId: string; role: string } }),
) {
  return db.transaction(async (tx) => {
    const before = await teamSnapshot(tx, opts.accountId);
    if ('add' in opts) {
      const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, opts.add.userId));
      if (!user) throw new AppError('validation.failed', 'No such user.', { field: 'userId' });
      await tx
        .insert(accountTeamMembers)
        .values({ accountId: opts.accountId, ...opts.add })
        .onConflictDoUpdate({ target: [accountTeamMembers.accountId, accountTeamMembers.userId, accountTeamMembers.role], set: { coLocated: opts.add.coLocated } });
    } else {
      const rows = await tx
        .delete(accountTeamMembers)
        .where(and(eq(accountTeamMembers.accountId, opts.accountId), eq(accountTeamMembers.userId, opts.remove.userId), eq(accountTeamMembers.role, opts.remove.role)))
        .returning({ userId: accountTeamMembers.userId });
      if (rows.length === 0) throw new AppError('not_found', 'That person has no such role on the team.');
    }
    const after = await teamSnapshot(tx, opts.accountId);
    await recordAudit(tx, { accountId: opts.accountId, field: 'team', before, after, actorId: opts.actorId, reason: opts.reason });
  });
}
