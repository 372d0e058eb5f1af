import { and, asc, eq, sql } from 'drizzle-orm';
import { accounts, contacts, users } from '../../db/schema/index.ts';
import { after, type ExportSource } from './source.ts';

const sortName = sql<string>`lower(${accounts.name})`;

/** Contacts grouped by account (by name), with the account's name and the owner's email. */
export const contactsSource: ExportSource = {
  async page(db, opts) {
    const keys = [sortName, sql`${contacts.accountId}`, sql`${contacts.id}`];
    const rows = await db
      .select({ contact: contacts, accountName: accounts.name, ownerEmail: users.email, sortName })
      .from(contacts)
      .innerJoin(accounts, eq(accounts.id, contacts.accountId))
      .leftJoin(users, eq(users.id, contacts.ownerId))
      .where(and(opts.scope, after(keys, ['text', 'uuid', 'uuid'], opts.after)))
      .orderBy(asc(sortName), asc(contacts.accountId), asc(contacts.name), asc(contacts.id))
      .limit(opts.limit);
    const last = rows.at(-1);
    return {
      last: last ? [last.sortName, last.contact.accountId, last.contact.id] : null,
      records: rows.map(({ contact: c, accountName, ownerEmail }) => ({
        account_name: accountName,
        name: c.name,
        name_zh: c.nameZh,
        department: c.department,
        title: c.title,
        title_zh: c.titleZh,
        rank: c.rank,
        influence: c.influence,
        buying_role: c.buyingRole,
        attitude: c.attitude,
        relationship_strength: c.relationshipStrength,
        owner_email: ownerEmail,
        is_main_contact: c.isMainContact,
        email: c.email,
        phone: c.phone,
        left_at: c.leftAt,
        notes: c.notes,
      })),
    };
  },
};
