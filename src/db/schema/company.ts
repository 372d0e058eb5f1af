import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt, version } from './columns.ts';

// Company-wide reference tables. With Citus these become reference tables
// (copied to every node); account-owned tables are distributed by account_id.

export const regions = pgTable('regions', {
  id: id().primaryKey(),
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  provinces: text('provinces').array().notNull().default(sql`'{}'::text[]`),
  managerId: uuid('manager_id'),
  /** Regional market stage (nail strategy, SPEC §2.2): early, mid or late. */
  marketStage: text('market_stage').notNull().default('mid'),
  createdAt: createdAt(),
});

export const departments = pgTable('departments', {
  id: id().primaryKey(),
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  /** sales, solution_design, pricing, it_integration, operations, legal, finance, executive, delivery */
  kind: text('kind').notNull(),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: id().primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    nameZh: text('name_zh'),
    /** admin, executive, manager, rep, staff */
    role: text('role').notNull(),
    title: text('title'),
    departmentId: uuid('department_id').references(() => departments.id),
    regionId: uuid('region_id').references(() => regions.id),
    supervisorId: uuid('supervisor_id'),
    passwordHash: text('password_hash'),
    /** Executive pairing (结对子): the executive has had sales training. */
    salesTrained: boolean('sales_trained').notNull().default(false),
    locale: text('locale').notNull().default('en'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`), index('users_role_idx').on(t.role)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie value: a stolen database does not yield live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id().primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: at('last_used_at'),
    expiresAt: at('expires_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/** The company settings document (SPEC: validated, versioned). Every version is kept. */
export const settingsVersions = pgTable('settings_versions', {
  version: integer('version').primaryKey(),
  document: jsonb('document').notNull(),
  note: text('note'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
});

/** In-app notifications, e.g. the account team told of a planned executive visit. */
export const notifications = pgTable(
  'notifications',
  {
    id: id().primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id'),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull().default({}),
    readAt: at('read_at'),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
