import { type Judgement, type Reason, reason } from '../reason.ts';
import { daysBetween } from './durations.ts';
import type { RelationshipLevel } from './vocabulary.ts';

/** 懂自己、懂客户、懂行业、懂竞对: what the team must know before it can plan. */
export const KNOW_SECTIONS = ['ourselves', 'customer', 'industry', 'competitors'] as const;
export type KnowSection = (typeof KNOW_SECTIONS)[number];

export interface AccountPlanAction {
  id: string;
  what: string;
  owner: string;
  dueAt: Date;
  doneAt?: Date | null;
}

export interface AccountPlan {
  accountId: string;
  /** Official relationship level today (1 is the best); null when not yet assessed. */
  currentLevel: RelationshipLevel | null;
  createdAt: Date;
  lastReviewedAt?: Date | null;
  /** Goals beyond revenue: a strategic account carries strategic tasks, not only a number. */
  goals: {
    revenue?: number | null;
    benchmarkToBuild?: string | null;
    solutionToCreate?: string | null;
    targetLevel?: RelationshipLevel | null;
    /** What will move the account from level 3 to 2, the hardest step of the ladder. */
    levelThreeToTwoMover?: string | null;
  };
  know: Partial<Record<KnowSection, string | null>>;
  actions: readonly AccountPlanAction[];
}

export interface AccountPlanFlags {
  overdueActionIds: string[];
  reviewOverdue: boolean;
  missingLevelMover: boolean;
  missingGoalsBeyondRevenue: boolean;
  missingKnowSections: KnowSection[];
  flagged: boolean;
}

const filled = (text: string | null | undefined): boolean => (text ?? '').trim().length > 0;

/** Flags what an account plan is missing or has let slip. */
export function accountPlanFlags(options: {
  plan: AccountPlan;
  now: Date;
  reviewDays: number;
}): Judgement<AccountPlanFlags> {
  const { plan, now, reviewDays } = options;
  const reasons: Reason[] = [];

  const overdueActionIds = plan.actions
    .filter((a) => a.doneAt == null && now.getTime() > a.dueAt.getTime())
    .map((a) => a.id);
  for (const a of plan.actions.filter((x) => overdueActionIds.includes(x.id))) {
    reasons.push(
      reason('plan_action_on_time', false, {
        input: now,
        threshold: a.dueAt,
        params: { actionId: a.id, owner: a.owner, what: a.what, daysOverdue: daysBetween(a.dueAt, now) },
      }),
    );
  }

  // A plan never reviewed counts from the day it was written.
  const reviewedAt = plan.lastReviewedAt ?? plan.createdAt;
  const daysSinceReview = daysBetween(reviewedAt, now);
  const reviewOverdue = daysSinceReview > reviewDays;
  reasons.push(reason('plan_review_cadence', !reviewOverdue, { input: daysSinceReview, threshold: reviewDays }));

  const { goals } = plan;
  const missingGoalsBeyondRevenue = !(
    filled(goals.benchmarkToBuild) ||
    filled(goals.solutionToCreate) ||
    goals.targetLevel != null
  );
  reasons.push(
    reason('plan_goals_beyond_revenue', !missingGoalsBeyondRevenue, {
      input: {
        benchmarkToBuild: filled(goals.benchmarkToBuild),
        solutionToCreate: filled(goals.solutionToCreate),
        targetLevel: goals.targetLevel ?? null,
      },
    }),
  );

  const missingLevelMover = plan.currentLevel === 3 && !filled(goals.levelThreeToTwoMover);
  if (plan.currentLevel === 3) {
    reasons.push(
      reason('plan_level_three_to_two_mover', !missingLevelMover, { input: plan.currentLevel, threshold: 3 }),
    );
  }

  const missingKnowSections = KNOW_SECTIONS.filter((s) => !filled(plan.know[s]));
  for (const section of KNOW_SECTIONS) {
    reasons.push(reason('plan_know_section', !missingKnowSections.includes(section), { params: { section } }));
  }

  const flagged =
    overdueActionIds.length > 0 ||
    reviewOverdue ||
    missingLevelMover ||
    missingGoalsBeyondRevenue ||
    missingKnowSections.length > 0;

  return {
    value: {
      overdueActionIds,
      reviewOverdue,
      missingLevelMover,
      missingGoalsBeyondRevenue,
      missingKnowSections,
      flagged,
    },
    reasons,
  };
}
