import { z } from 'zod';
import { KNOW_SECTIONS } from '../../domain/organisation/account-plan.ts';
import { day, judged, optionalText, text, uuid } from './organisation.schema.ts';

export const actionParams = z.object({ id: uuid, actionId: uuid });
const level = z.number().int().min(1).max(5);

export const planGoals = z.object({
  revenue: z.number().min(0).nullish(),
  /** Growth wanted this year, as a fraction (0.2 is +20 %). */
  revenueGrowth: z.number().nullish(),
  /** The benchmark to build with this customer (打造标杆). */
  benchmark: optionalText(2000),
  /** The solution to create with this customer (沉淀解决方案). */
  solution: optionalText(2000),
});

export const planBody = z.object({
  goals: planGoals.default({}),
  targetLevel: level.nullish(),
  /** What will move the account from level 3 to level 2, the hardest step of the ladder. */
  levelMover: optionalText(5000),
  knowOurselves: optionalText(10_000),
  knowCustomer: optionalText(10_000),
  knowIndustry: optionalText(10_000),
  knowCompetitors: optionalText(10_000),
  /** The version read; leave it out only to create the plan. */
  version: z.number().int().positive().optional(),
});
export const reviewBody = z.object({ version: z.number().int().positive() });

export const actionBody = z.object({ what: text(2000), ownerId: uuid.nullish(), dueOn: day });
export const actionPatch = z.object({ what: text(2000).optional(), ownerId: uuid.nullish(), dueOn: day.optional(), done: z.boolean().optional() });

export const planActionView = z.object({
  id: uuid,
  what: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerNameZh: z.string().nullable(),
  dueOn: z.string(),
  doneAt: z.date().nullable(),
  createdAt: z.date(),
  overdue: z.boolean(),
});

export const planView = z.object({
  accountId: uuid,
  goals: z.object({
    revenue: z.number().nullable(),
    revenueGrowth: z.number().nullable(),
    benchmark: z.string().nullable(),
    solution: z.string().nullable(),
  }),
  targetLevel: z.number().int().nullable(),
  levelMover: z.string().nullable(),
  knowOurselves: z.string().nullable(),
  knowCustomer: z.string().nullable(),
  knowIndustry: z.string().nullable(),
  knowCompetitors: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  updatedAt: z.date(),
  version: z.number().int(),
  actions: z.array(planActionView),
});

export const planResponse = z.object({
  tier: z.string().nullable(),
  /** Official relationship level today (1 is the best), from the last evaluation. */
  currentLevel: z.number().int().nullable(),
  reviewDays: z.number().int(),
  plan: planView.nullable(),
  flags: judged(
    z.object({
      overdueActionIds: z.array(z.string()),
      reviewOverdue: z.boolean(),
      missingLevelMover: z.boolean(),
      missingGoalsBeyondRevenue: z.boolean(),
      missingKnowSections: z.array(z.enum(KNOW_SECTIONS)),
      flagged: z.boolean(),
    }),
  ).nullable(),
});
