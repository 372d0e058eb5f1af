import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, pgTable, primaryKey, text, uuid, boolean } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { createdAt, id, updatedAt, version } from './columns.ts';
import { users } from './company.ts';

/** People inside the customer, with the power-map data of SPEC §5. */
export const contacts = pgTable(
  'contacts',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    name: text('name').notNull(),
    nameZh: text('name_zh'),
    department: text('department').notNull(),
    title: text('title').notNull(),
    titleZh: text('title_zh'),
    /** Rank in the customer's hierarchy: 1 is the top. */
    rank: integer('rank').notNull().default(3),
    /** Real influence 1–5, separate from the title (徒有虚名 / 大权在握). */
    influence: integer('influence').notNull().default(3),
    /** decision_maker, influencer, evaluator, user, gatekeeper, coach */
    buyingRole: text('buying_role').notNull().default('user'),
    /** supporter, neutral, opponent */
    attitude: text('attitude').notNull().default('neutral'),
    relationshipStrength: integer('relationship_strength').notNull().default(1),
    ownerId: uuid('owner_id').references(() => users.id),
    isMainContact: boolean('is_main_contact').notNull().default(false),
    email: text('email'),
    phone: text('phone'),
    leftAt: date('left_at', { mode: 'string' }),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('contacts_name_idx').on(sql`lower(${t.name})`)],
);

/** Contact ↔ contact: reports_to, ally, rival, influences (from → to). */
export const contactRelations = pgTable(
  'contact_relations',
  {
    accountId: uuid('account_id').notNull(),
    id: id(),
    fromContactId: uuid('from_contact_id').notNull(),
    toContactId: uuid('to_contact_id').notNull(),
    kind: text('kind').notNull(),
    strength: integer('strength').notNull().default(2),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    foreignKey({ columns: [t.accountId, t.fromContactId], foreignColumns: [contacts.accountId, contacts.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.accountId, t.toContactId], foreignColumns: [contacts.accountId, contacts.id] }).onDelete('cascade'),
  ],
);

/** Department ↔ department inside the customer: alliances and hostilities. */
export const departmentRelations = pgTable(
  'department_relations',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    fromDepartment: text('from_department').notNull(),
    toDepartment: text('to_department').notNull(),
    kind: text('kind').notNull(),
    strength: integer('strength').notNull().default(2),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);
