import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { accounts, activities, activityParticipants, contacts, users } from '../../db/schema/index.ts';
import { after, type ExportSource } from './source.ts';

const sortName = sql<string>`lower(${accounts.name})`;
// The time as the database has it (microseconds): a Date would cut it to milliseconds.
const sortAt = sql<string>`${activities.occurredAt}::text`;

/** Activities per account in time order, with who took part on both sides. */
export const activitiesSource: ExportSource = {
  async page(db, opts) {
    const keys = [sortName, sql`${activities.accountId}`, sql`${activities.occurredAt}`, sql`${activities.id}`];
    const rows = await db
      .select({ activity: activities, accountName: accounts.name, sortName, sortAt })
      .from(activities)
      .innerJoin(accounts, eq(accounts.id, activities.accountId))
      .where(and(opts.scope, after(keys, ['text', 'uuid', 'timestamptz', 'uuid'], opts.after)))
      .orderBy(asc(sortName), asc(activities.accountId), asc(activities.occurredAt), asc(activities.subject), asc(activities.id))
      .limit(opts.limit);
    const ids = rows.map((r) => r.activity.id);
    const parts = ids.length
      ? await db
          .select({ activityId: activityParticipants.activityId, email: users.email, contactName: contacts.name })
          .from(activityParticipants)
          .leftJoin(users, eq(users.id, activityParticipants.userId))
          .leftJoin(contacts, and(eq(contacts.accountId, activityParticipants.accountId), eq(contacts.id, activityParticipants.contactId)))
          .where(
            and(
              inArray(activityParticipants.accountId, [...new Set(rows.map((r) => r.activity.accountId))]),
              inArray(activityParticipants.activityId, ids),
            ),
          )
      : [];
    const emails = new Map<string, string[]>();
    const names = new Map<string, string[]>();
    for (const p of parts) {
      if (p.email) emails.set(p.activityId, [...(emails.get(p.activityId) ?? []), p.email]);
      if (p.contactName) names.set(p.activityId, [...(names.get(p.activityId) ?? []), p.contactName]);
    }
    const last = rows.at(-1);
    return {
      last: last ? [last.sortName, last.activity.accountId, last.sortAt, last.activity.id] : null,
      records: rows.map(({ activity: a, accountName }) => ({
        account_name: accountName,
        kind: a.kind,
        occurred_at: a.occurredAt,
        subject: a.subject,
        notes: a.notes,
        executive_level: a.executiveLevel,
        customer_invested: a.customerInvested,
        objective: a.objective,
        agenda: a.agenda,
        team_notified_at: a.teamNotifiedAt,
        our_emails: (emails.get(a.id) ?? []).sort(),
        contact_names: (names.get(a.id) ?? []).sort(),
      })),
    };
  },
};
