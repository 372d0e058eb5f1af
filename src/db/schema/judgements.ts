import { date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uuid, boolean } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { at, createdAt, id } from './columns.ts';
import { settingsVersions, users } from './company.ts';

/**
 * The latest evaluation of each account (tier, criteria, tag, level, flags), with
 * the reasons and the settings version that produced it. Recomputed by the
 * portfolio re-evaluation job; lists filter on these columns.
 */
export const accountEvaluations = pgTable(
  'account_evaluations',
  {
    accountId: uuid('account_id')
      .primaryKey()
      .references(() => accounts.id),
    tier: text('tier').notNull(),
    suggestedTag: text('suggested_tag').notNull().default('none'),
    tag: text('tag').notNull().default('none'),
    officialLevel: integer('official_level'),
    paymentTrap: boolean('payment_trap').notNull().default(false),
    served: boolean('served').notNull().default(true),
    /** The full decision: every criterion, flag and their reasons. */
    result: jsonb('result').notNull(),
    settingsVersion: integer('settings_version').references(() => settingsVersions.version),
    evaluatedAt: at('evaluated_at').notNull().defaultNow(),
  },
  (t) => [index('evaluations_tier_idx').on(t.tier), index('evaluations_tag_idx').on(t.tag)],
);

/** A dated snapshot of the strategic pool (战略客户池) review. */
export const poolReviews = pgTable('pool_reviews', {
  id: id().primaryKey(),
  takenAt: at('taken_at').notNull().defaultNow(),
  settingsVersion: integer('settings_version').references(() => settingsVersions.version),
  note: text('note'),
  takenBy: uuid('taken_by').references(() => users.id),
  /** Counts and the pool-size warning at the time. */
  summary: jsonb('summary').notNull().default({}),
});

export const poolReviewEntries = pgTable(
  'pool_review_entries',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => poolReviews.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    tier: text('tier').notNull(),
    criteria: jsonb('criteria').notNull(),
    reasons: jsonb('reasons').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.reviewId] }), index('pool_entries_review_idx').on(t.reviewId)],
);

/** A manager confirms or overrides the suggested tag, with a note (SPEC §2). */
export const tagDecisions = pgTable(
  'tag_decisions',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    suggested: text('suggested').notNull(),
    decided: text('decided').notNull(),
    note: text('note'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

/** Relationship-ladder assessments: the customer decides the level (层级是客户说了算的). */
export const levelAssessments = pgTable(
  'level_assessments',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    level: integer('level').notNull(),
    /** own_estimate, customer_confirmed */
    source: text('source').notNull(),
    evidence: text('evidence'),
    assessedAt: at('assessed_at').notNull(),
    assessedBy: uuid('assessed_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('levels_account_at_idx').on(t.accountId, t.assessedAt)],
);

/** Scores a manager keeps for the tag inputs (influence, satisfaction, cooperation…). */
export const accountScores = pgTable(
  'account_scores',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    influence: integer('influence'),
    satisfaction: integer('satisfaction'),
    cooperation: integer('cooperation'),
    note: text('note'),
    scoredBy: uuid('scored_by').references(() => users.id),
    scoredAt: at('scored_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

/**
 * Playbook records per tag (benchmark level and investment, nail assessment and
 * cause, dangerous defence plan…): one row per record, typed by `kind`, with a
 * validated payload whose schema lives in the domain.
 */
export const playbookRecords = pgTable(
  'playbook_records',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    id: id(),
    /** benchmark_profile, benchmark_investment, case_asset, nail_assessment, defence_plan, defence_action, rep_replacement, … */
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    amount: doublePrecision('amount'),
    dueAt: date('due_at', { mode: 'string' }),
    status: text('status'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('playbook_kind_idx').on(t.kind)],
);

/** Yearly benchmark targets per rep (硬任务), with their candidate accounts. */
export const benchmarkTargets = pgTable(
  'benchmark_targets',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    year: integer('year').notNull(),
    target: integer('target').notNull(),
    candidateAccountIds: uuid('candidate_account_ids').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.year] })],
);
