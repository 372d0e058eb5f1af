import { and, desc, eq, exists, gte, inArray, or } from 'drizzle-orm';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { accountTeamMembers, accounts, activities, activityParticipants, contacts, users } from '../schema/index.ts';
import { notifyUsers } from './organisation-notifications.ts';

// Executive touchpoints with the customer: any activity marked executive-level or
// with one of our executives taking part (不仅限于拜访: a call or a dinner counts too).

const executiveTookPart = (db: Db | Tx) =>
  exists(
    db
      .select({ one: activityParticipants.activityId })
      .from(activityParticipants)
      .innerJoin(users, eq(users.id, activityParticipants.userId))
      .where(
        and(
          eq(activityParticipants.accountId, activities.accountId),
          eq(activityParticipants.activityId, activities.id),
          eq(users.role, 'executive'),
        ),
      ),
  );

export interface ExecutiveActivity {
  id: string;
  accountId: string;
  kind: string;
  occurredAt: Date;
  subject: string;
  objective: string | null;
  agenda: string | null;
  teamNotifiedAt: Date | null;
  executiveLevel: boolean;
  createdBy: string | null;
  /** Our executives on it: participants with the executive role, and its author when an executive. */
  executiveIds: string[];
}

/** Executive activities on the given accounts from `since` on, planned ones (in the future) included. */
export async function executiveActivities(db: Db | Tx, options: { accountIds: readonly string[]; since: Date }): Promise<ExecutiveActivity[]> {
  if (options.accountIds.length === 0) return [];
  const rows = await db
    .select({
      id: activities.id,
      accountId: activities.accountId,
      kind: activities.kind,
      occurredAt: activities.occurredAt,
      subject: activities.subject,
      objective: activities.objective,
      agenda: activities.agenda,
      teamNotifiedAt: activities.teamNotifiedAt,
      executiveLevel: activities.executiveLevel,
      createdBy: activities.createdBy,
    })
    .from(activities)
    .where(
      and(
        inArray(activities.accountId, [...options.accountIds]),
        gte(activities.occurredAt, options.since),
        or(eq(activities.executiveLevel, true), executiveTookPart(db)),
      ),
    )
    .orderBy(desc(activities.occurredAt));
  if (rows.length === 0) return [];
  const [participants, authors] = await Promise.all([
    db
      .select({ activityId: activityParticipants.activityId, userId: activityParticipants.userId })
      .from(activityParticipants)
      .innerJoin(users, eq(users.id, activityParticipants.userId))
      .where(
        and(
          inArray(activityParticipants.accountId, [...new Set(rows.map((r) => r.accountId))]),
          inArray(activityParticipants.activityId, rows.map((r) => r.id)),
          eq(users.role, 'executive'),
        ),
      ),
    db.select({ id: users.id }).from(users).where(eq(users.role, 'executive')),
  ]);
  const executives = new Set(authors.map((a) => a.id));
  return rows.map((r) => {
    const ids = participants.filter((p) => p.activityId === r.id && p.userId).map((p) => p.userId as string);
    if (r.createdBy && executives.has(r.createdBy)) ids.push(r.createdBy);
    return { ...r, executiveIds: [...new Set(ids)] };
  });
}

/** Who hears of an executive visit: the account's team and its owner, but not whoever planned it. */
async function visitAudience(tx: Tx, accountId: string, except: readonly string[]): Promise<string[]> {
  const [team, [account]] = await Promise.all([
    tx.select({ userId: accountTeamMembers.userId }).from(accountTeamMembers).where(eq(accountTeamMembers.accountId, accountId)),
    tx.select({ ownerId: accounts.ownerId }).from(accounts).where(eq(accounts.id, accountId)),
  ]);
  const ids = new Set(team.map((m) => m.userId));
  if (account?.ownerId) ids.add(account.ownerId);
  for (const id of except) ids.delete(id);
  return [...ids];
}

export interface PlannedVisit {
  accountId: string;
  executiveId: string;
  plannedBy: string;
  at: Date;
  kind: 'visit' | 'meeting' | 'call' | 'email';
  subject: string;
  objective?: string | null;
  agenda?: string | null;
  /** Tell the account team now (in the app); without it the visit is flagged 拍脑门. */
  notifyTeam: boolean;
  contactIds: readonly string[];
  now: Date;
}

/** Put an executive visit in the diary and, unless told otherwise, notify the account team in the same transaction. */
export async function planExecutiveVisit(db: Db, visit: PlannedVisit) {
  return db.transaction(async (tx) => {
    const [executive] = await tx.select({ role: users.role, name: users.name }).from(users).where(eq(users.id, visit.executiveId));
    if (executive?.role !== 'executive') throw new AppError('validation.failed', 'The visitor must be an executive.', { field: 'executiveId' });
    if (visit.contactIds.length) {
      const found = await tx
        .select({ id: contacts.id })
        .from(contacts)
        .where(and(eq(contacts.accountId, visit.accountId), inArray(contacts.id, [...visit.contactIds])));
      if (found.length !== new Set(visit.contactIds).size) {
        throw new AppError('validation.failed', 'A participant is not a contact of this account.', { field: 'contactIds' });
      }
    }
    const [row] = await tx
      .insert(activities)
      .values({
        accountId: visit.accountId,
        kind: visit.kind,
        occurredAt: visit.at,
        subject: visit.subject,
        executiveLevel: true,
        objective: visit.objective ?? null,
        agenda: visit.agenda ?? null,
        teamNotifiedAt: visit.notifyTeam ? visit.now : null,
        createdBy: visit.plannedBy,
      })
      .returning();
    const activity = row!;
    await tx.insert(activityParticipants).values([
      { accountId: visit.accountId, activityId: activity.id, side: 'ours', userId: visit.executiveId },
      ...[...new Set(visit.contactIds)].map((contactId) => ({ accountId: visit.accountId, activityId: activity.id, side: 'theirs', contactId })),
    ]);
    const notified = visit.notifyTeam ? await notifyVisit(tx, activity, visit.executiveId, executive.name, visit.plannedBy) : [];
    return { activity, executiveIds: [visit.executiveId], notified };
  });
}

async function notifyVisit(tx: Tx, activity: typeof activities.$inferSelect, executiveId: string, executiveName: string, by: string) {
  const audience = await visitAudience(tx, activity.accountId, [by, executiveId]);
  await notifyUsers(tx, {
    userIds: audience,
    accountId: activity.accountId,
    kind: 'executive_visit_planned',
    payload: {
      activityId: activity.id,
      at: activity.occurredAt.toISOString(),
      subject: activity.subject,
      executiveId,
      executiveName,
      objective: activity.objective,
      agenda: activity.agenda,
    },
  });
  return audience;
}

/** Complete a visit's plan (objective, agenda) and tell the team if it has not been told yet. */
export async function updateVisitPlan(
  db: Db,
  options: { accountId: string; activityId: string; objective?: string | null; agenda?: string | null; notifyTeam: boolean; actorId: string; now: Date },
) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(activities)
      .where(and(eq(activities.accountId, options.accountId), eq(activities.id, options.activityId)))
      .for('update');
    if (!current) throw new AppError('not_found', 'No such visit on this account.');
    const changes: Partial<typeof activities.$inferInsert> = {};
    if (options.objective !== undefined) changes.objective = options.objective;
    if (options.agenda !== undefined) changes.agenda = options.agenda;
    const tellNow = options.notifyTeam && current.teamNotifiedAt === null;
    if (tellNow) changes.teamNotifiedAt = options.now;
    const [row] = Object.keys(changes).length
      ? await tx
          .update(activities)
          .set(changes)
          .where(and(eq(activities.accountId, options.accountId), eq(activities.id, options.activityId)))
          .returning()
      : [current];
    const activity = row!;
    const [exec] = await tx
      .select({ id: users.id, name: users.name })
      .from(activityParticipants)
      .innerJoin(users, eq(users.id, activityParticipants.userId))
      .where(
        and(
          eq(activityParticipants.accountId, options.accountId),
          eq(activityParticipants.activityId, options.activityId),
          eq(users.role, 'executive'),
        ),
      );
    const notified = tellNow && exec ? await notifyVisit(tx, activity, exec.id, exec.name, options.actorId) : [];
    return { activity, executiveIds: exec ? [exec.id] : [], notified };
  });
}

/** The accounts where a person took part in (or logged) an executive activity since a day. */
export async function accountsVisitedBy(db: Db | Tx, options: { userId: string; since: Date }): Promise<string[]> {
  const [joined, logged] = await Promise.all([
    db
      .selectDistinct({ accountId: activities.accountId })
      .from(activityParticipants)
      .innerJoin(activities, and(eq(activities.accountId, activityParticipants.accountId), eq(activities.id, activityParticipants.activityId)))
      .where(and(eq(activityParticipants.userId, options.userId), gte(activities.occurredAt, options.since))),
    db
      .selectDistinct({ accountId: activities.accountId })
      .from(activities)
      .where(and(eq(activities.createdBy, options.userId), eq(activities.executiveLevel, true), gte(activities.occurredAt, options.since))),
  ]);
  return [...new Set([...joined, ...logged].map((r) => r.accountId))];
}
