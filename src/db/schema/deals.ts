import { sql } from 'drizzle-orm';
import { date, foreignKey, index, jsonb, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { at, createdAt, id, updatedAt, version } from './columns.ts';
import { users } from './company.ts';

export const deals = pgTable(
  'deals',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    name: text('name').notNull(),
    nameZh: text('name_zh'),
    /** standard (LTC) or solution (dual track) */
    kind: text('kind').notNull(),
    /** LTC stage for standard deals, our sales stage for solution deals. */
    stage: text('stage').notNull(),
    value: numeric('value', { precision: 16, scale: 2, mode: 'number' }),
    expectedCloseOn: date('expected_close_on', { mode: 'string' }),
    serviceLines: text('service_lines').array().notNull().default(sql`'{}'::text[]`),
    competitors: text('competitors').array().notNull().default(sql`'{}'::text[]`),
    ownerId: uuid('owner_id').references(() => users.id),
    /** open, won, lost */
    outcome: text('outcome').notNull().default('open'),
    outcomeReason: text('outcome_reason'),
    stageChangedAt: at('stage_changed_at').notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('deals_stage_idx').on(t.kind, t.stage)],
);

const dealRef = (t: { accountId: any; dealId: any }) =>
  foreignKey({ columns: [t.accountId, t.dealId], foreignColumns: [deals.accountId, deals.id] }).onDelete('cascade');

export const dealTeamMembers = pgTable(
  'deal_team_members',
  {
    accountId: uuid('account_id').notNull(),
    dealId: uuid('deal_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** sales, solution, delivery, executive, other */
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.dealId, t.userId, t.role] }), dealRef(t)],
);

/** Observed buying signals (SPEC §4): the evidence for the customer's buying stage. */
export const dealSignals = pgTable(
  'deal_signals',
  {
    accountId: uuid('account_id').notNull(),
    dealId: uuid('deal_id').notNull(),
    id: id(),
    signal: text('signal').notNull(),
    observedAt: at('observed_at').notNull(),
    contactId: uuid('contact_id'),
    note: text('note'),
    retractedAt: at('retracted_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('signals_deal_idx').on(t.accountId, t.dealId), dealRef(t)],
);

/** Our sales actions on a deal, each checked against the buying stage. */
export const dealActions = pgTable(
  'deal_actions',
  {
    accountId: uuid('account_id').notNull(),
    dealId: uuid('deal_id').notNull(),
    id: id(),
    action: text('action').notNull(),
    occurredAt: at('occurred_at').notNull(),
    note: text('note'),
    /** The check at the time: verdict and reasons. */
    check: jsonb('check').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('actions_deal_idx').on(t.accountId, t.dealId), dealRef(t)],
);

/** Proof library: warehouse grading, insurance, peak reports, references, benchmark cases. */
export const proofAssets = pgTable('proof_assets', {
  id: id().primaryKey(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  titleZh: text('title_zh'),
  url: text('url'),
  industries: text('industries').array().notNull().default(sql`'{}'::text[]`),
  serviceLines: text('service_lines').array().notNull().default(sql`'{}'::text[]`),
  /** A benchmark customer's case (SPEC §2.1) when this proof comes from one. */
  sourceAccountId: uuid('source_account_id').references(() => accounts.id),
  regionId: uuid('region_id'),
  description: text('description'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
});

export const dealProofs = pgTable(
  'deal_proofs',
  {
    accountId: uuid('account_id').notNull(),
    dealId: uuid('deal_id').notNull(),
    proofAssetId: uuid('proof_asset_id')
      .notNull()
      .references(() => proofAssets.id),
    attachedAt: at('attached_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.dealId, t.proofAssetId] }), dealRef(t)],
);

/** Delivery (磨合期): issues raised during onboarding, tracked to done. */
export const onboardingIssues = pgTable(
  'onboarding_issues',
  {
    accountId: uuid('account_id').notNull(),
    dealId: uuid('deal_id').notNull(),
    id: id(),
    title: text('title').notNull(),
    ownerId: uuid('owner_id').references(() => users.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** open, done */
    status: text('status').notNull().default('open'),
    resolvedAt: at('resolved_at'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), dealRef(t)],
);
