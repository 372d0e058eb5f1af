import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Reason } from '../../domain/reason.ts';
import { at, createdAt, id, updatedAt, version } from './columns.ts';
import { regions, users } from './company.ts';

// Account-owned tables carry account_id first in their primary key so that they
// can be distributed by account_id (Citus) without a schema change.

const money = (name: string) => numeric(name, { precision: 16, scale: 2, mode: 'number' });

export const accounts = pgTable(
  'accounts',
  {
    id: id().primaryKey(),
    name: text('name').notNull(),
    nameZh: text('name_zh'),
    /** apparel, auto_parts, pharma, home_appliances, ecommerce, fmcg, electronics, … */
    industry: text('industry').notNull(),
    regionId: uuid('region_id').references(() => regions.id),
    province: text('province').notNull(),
    city: text('city').notNull(),
    ownerId: uuid('owner_id').references(() => users.id),
    /** prospect, active, dormant, lost, archived */
    status: text('status').notNull().default('prospect'),
    /** Estimated total logistics spend a year (the wallet), CNY. */
    walletEstimate: money('wallet_estimate'),
    paymentTermsDays: integer('payment_terms_days'),
    /** Actual collection cycle in days (payment trap, SPEC §1.4). */
    collectionCycleDays: integer('collection_cycle_days'),
    /** Share of receivables overdue, 0..1. */
    overdueShare: doublePrecision('overdue_share'),
    /** Growth of the customer's own business, where known (0.1 = +10 %). */
    customerGrowth: doublePrecision('customer_growth'),
    jointOffice: boolean('joint_office').notNull().default(false),
    coLocated: boolean('co_located').notNull().default(false),
    description: text('description'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('accounts_region_idx').on(t.regionId),
    index('accounts_industry_idx').on(t.industry),
    index('accounts_owner_idx').on(t.ownerId),
    index('accounts_status_idx').on(t.status),
    index('accounts_name_idx').on(sql`lower(${t.name})`, t.id),
  ],
);

export const accountTeamMembers = pgTable(
  'account_team_members',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** sales_lead, solution, delivery, finance, executive_sponsor, other */
    role: text('role').notNull(),
    coLocated: boolean('co_located').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.userId, t.role] }), index('team_user_idx').on(t.userId)],
);

export const sites = pgTable(
  'sites',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    /** hq, branch, plant, warehouse, dc, store */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameZh: text('name_zh'),
    province: text('province').notNull(),
    city: text('city').notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

/** Our business with the account, per month. */
export const financialPeriods = pgTable(
  'financial_periods',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    /** First day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    revenue: money('revenue').notNull().default(0),
    grossProfit: money('gross_profit').notNull().default(0),
    /** Shipments, pallets or tonnes: the company's own unit. */
    volume: doublePrecision('volume').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.month] }), index('financial_month_idx').on(t.month)],
);

/**
 * Which service lines (and lanes) the account buys, from whom. Feeds the solution
 * need criterion, the ladder's indicators and later the white-space map (SPEC §9).
 */
export const serviceUsage = pgTable(
  'service_usage',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    serviceLine: text('service_line').notNull(),
    lane: text('lane'),
    /** us, competitor, nobody */
    carrier: text('carrier').notNull().default('us'),
    competitorName: text('competitor_name'),
    since: date('since', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

export const competitors = pgTable(
  'competitors',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    name: text('name').notNull(),
    nameZh: text('name_zh'),
    /** Estimated share of the account's logistics spend, 0..1. */
    share: doublePrecision('share'),
    serviceLines: text('service_lines').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

/**
 * Who changed what: every change of owner, team, tier, tag and level (and status)
 * is kept with its actor, values before and after, and why.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    /** owner, team, tier, tag, level, status, created, … */
    field: text('field').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    /** The rules and values behind a computed change (tier, tag, level), so the history shows them in the reader's language. */
    reasons: jsonb('reasons').$type<Reason[]>(),
    /** The company settings version a computed change was judged under. */
    settingsVersion: integer('settings_version'),
    actorId: uuid('actor_id').references(() => users.id),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('audit_account_at_idx').on(t.accountId, t.at)],
);

/** Human evidence for a selection criterion (SPEC §1.2), for or against. */
export const attestations = pgTable(
  'attestations',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    criterion: text('criterion').notNull(),
    /** for, against (e.g. "their executives declined to meet ours") */
    effect: text('effect').notNull(),
    note: text('note').notNull(),
    evidence: text('evidence'),
    attestedBy: uuid('attested_by').references(() => users.id),
    attestedAt: at('attested_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

export const activities = pgTable(
  'activities',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    /** visit, call, meeting, email */
    kind: text('kind').notNull(),
    occurredAt: at('occurred_at').notNull(),
    subject: text('subject').notNull(),
    notes: text('notes'),
    dealId: uuid('deal_id'),
    /** An executive-to-executive meeting (mutual commitment, executive touchpoints). */
    executiveLevel: boolean('executive_level').notNull().default(false),
    /** The customer invested resources in a joint project (mutual commitment). */
    customerInvested: boolean('customer_invested').notNull().default(false),
    /** Executive visit plan (拍脑门 guard rail). */
    objective: text('objective'),
    agenda: text('agenda'),
    teamNotifiedAt: at('team_notified_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('activities_account_at_idx').on(t.accountId, t.occurredAt),
    index('activities_at_idx').on(t.occurredAt),
  ],
);

/** Who took part, on both sides: our users and the customer's contacts. */
export const activityParticipants = pgTable(
  'activity_participants',
  {
    accountId: uuid('account_id').notNull(),
    activityId: uuid('activity_id').notNull(),
    /** ours or theirs */
    side: text('side').notNull(),
    userId: uuid('user_id').references(() => users.id),
    contactId: uuid('contact_id'),
  },
  (t) => [index('participants_activity_idx').on(t.accountId, t.activityId), index('participants_contact_idx').on(t.accountId, t.contactId)],
);
