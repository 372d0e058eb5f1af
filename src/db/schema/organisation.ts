import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { at, createdAt, id, updatedAt, version } from './columns.ts';
import { departments, users } from './company.ts';

/** Executive pairing (结对子): each strategic account paired with an executive. */
export const executivePairings = pgTable(
  'executive_pairings',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    executiveId: uuid('executive_id')
      .notNull()
      .references(() => users.id),
    cadenceDays: integer('cadence_days').notNull().default(92),
    since: date('since', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.executiveId] }), index('pairings_exec_idx').on(t.executiveId)],
);

/** Every promise made to a customer (拍胸脯 guard rail), tracked to kept or broken. */
export const commitments = pgTable(
  'commitments',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    promisedBy: uuid('promised_by')
      .notNull()
      .references(() => users.id),
    what: text('what').notNull(),
    toContactId: uuid('to_contact_id'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** open, kept, broken */
    status: text('status').notNull().default('open'),
    closedAt: at('closed_at'),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('commitments_person_idx').on(t.promisedBy, t.status)],
);

/** Service escalations with a root cause (拍桌子 guard rail). */
export const escalations = pgTable(
  'escalations',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    title: text('title').notNull(),
    /** internal_collaboration, operations, sales, customer_side, external */
    rootCause: text('root_cause'),
    routedDepartmentIds: uuid('routed_department_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** open, resolved */
    status: text('status').notNull().default('open'),
    raisedBy: uuid('raised_by').references(() => users.id),
    raisedAt: at('raised_at').notNull().defaultNow(),
    resolvedAt: at('resolved_at'),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

/** Front line first (一切为了前线): a rep asks a department for support, with a due time. */
export const supportRequests = pgTable(
  'support_requests',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    dealId: uuid('deal_id'),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    need: text('need').notNull(),
    dueAt: at('due_at').notNull(),
    /** open, accepted, answered, closed */
    status: text('status').notNull().default('open'),
    answer: text('answer'),
    raisedBy: uuid('raised_by')
      .notNull()
      .references(() => users.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    raisedAt: at('raised_at').notNull().defaultNow(),
    acceptedAt: at('accepted_at'),
    answeredAt: at('answered_at'),
    closedAt: at('closed_at'),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('support_department_idx').on(t.departmentId, t.status)],
);

/** Account plan per key and strategic account: goals beyond revenue and the four "know" sections. */
export const accountPlans = pgTable('account_plans', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id),
  goals: jsonb('goals').notNull().default({}),
  knowOurselves: text('know_ourselves'),
  knowCustomer: text('know_customer'),
  knowIndustry: text('know_industry'),
  knowCompetitors: text('know_competitors'),
  levelMover: text('level_mover'),
  targetLevel: integer('target_level'),
  reviewedAt: at('reviewed_at'),
  updatedAt: updatedAt(),
  version: version(),
});

export const planActions = pgTable(
  'plan_actions',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    what: text('what').notNull(),
    ownerId: uuid('owner_id').references(() => users.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneAt: at('done_at'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

/** Profit sharing between departments: revenue split by department per account. */
export const revenueSplits = pgTable(
  'revenue_splits',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    share: doublePrecision('share').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.departmentId] })],
);

/** Toolkit library: demos, visit and reception methods, decks, talk tracks. */
export const toolkitAssets = pgTable('toolkit_assets', {
  id: id().primaryKey(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  titleZh: text('title_zh'),
  url: text('url'),
  industries: text('industries').array().notNull().default(sql`'{}'::text[]`),
  stages: text('stages').array().notNull().default(sql`'{}'::text[]`),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
});

/** Unit-level goals of the strategic-account programme (seven elements). */
export const programGoals = pgTable('program_goals', {
  id: id().primaryKey(),
  year: integer('year').notNull(),
  /** benchmarks_built, solutions_created, processes_standardised, seed_sales_trained, … */
  metric: text('metric').notNull(),
  target: integer('target').notNull(),
  actual: integer('actual').notNull().default(0),
  note: text('note'),
  active: boolean('active').notNull().default(true),
});
