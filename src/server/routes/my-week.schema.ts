import { z } from 'zod';
import { tags, tiers, userRoles } from '../../domain/catalog.ts';
import { repTargetView } from './boards.schema.ts';
import { dealFlagsView } from './deals-library.schema.ts';
import { commitmentView, day, judged, supportRequestView, uuid } from './organisation.schema.ts';

// The rep's week (SPEC §7): visits due by density targets, benchmark target
// progress, what else falls due, and the week's activities, each judgement with
// its reasons.

export const myWeekQuery = z.object({
  /** Any day of the week wanted; this week when left out. */
  week: day.optional(),
  /** Another person's week: a manager for a rep of their region, an executive or admin for anyone. */
  userId: uuid.optional(),
});

const accountRef = z.object({
  id: uuid,
  name: z.string(),
  nameZh: z.string().nullable(),
  tier: z.enum(tiers).nullable(),
  tag: z.enum(tags).nullable(),
});

const dueState = judged(z.enum(['overdue', 'due_this_week']));

export const visitDueView = z.object({
  account: accountRef,
  /** 高密度拜访: visits over the last month against the target. */
  density: judged(
    z.object({
      visitsInWindow: z.number().int(),
      perMonth: z.number(),
      target: z.number(),
      meetsTarget: z.boolean(),
      shortfall: z.number().int(),
      lastVisitAt: z.date().nullable(),
      nextVisitDueAt: z.date().nullable(),
    }),
  ),
  due: judged(z.boolean()),
  /** Visits in this week, planned ones included. */
  visitsThisWeek: z.number().int(),
  plannedThisWeek: z.number().int(),
});

export const planReviewDueView = z.object({
  account: accountRef,
  reviewedAt: z.date().nullable(),
  dueAt: z.date(),
  due: dueState,
});

export const planActionDueView = z.object({
  id: uuid,
  accountId: uuid,
  accountName: z.string(),
  accountNameZh: z.string().nullable(),
  what: z.string(),
  dueOn: z.string(),
  due: dueState,
});

export const defenceActionDueView = z.object({
  id: uuid,
  accountId: uuid,
  accountName: z.string(),
  accountNameZh: z.string().nullable(),
  part: z.string(),
  action: z.string().nullable(),
  what: z.string(),
  dueOn: z.string(),
  due: dueState,
});

export const commitmentDueView = commitmentView.extend({ due: dueState });

export const supportRequestWaitingView = supportRequestView.extend({
  /** Open or accepted: the department owes an answer; answered: the answer waits for the rep. */
  waitingOn: z.enum(['department', 'rep']),
});

const dealFlagItem = dealFlagsView.shape.items.element;
export const dealFlagDueView = dealFlagItem.extend({ accountId: uuid, accountName: z.string(), accountNameZh: z.string().nullable() });

export const weekActivityView = z.object({
  id: uuid,
  accountId: uuid,
  accountName: z.string(),
  accountNameZh: z.string().nullable(),
  kind: z.string(),
  occurredAt: z.date(),
  subject: z.string(),
  loggedBy: z.string().nullable(),
  loggedByName: z.string().nullable(),
  loggedByNameZh: z.string().nullable(),
  /** Still ahead in the week. */
  planned: z.boolean(),
});

export const myWeekView = z.object({
  person: z.object({ id: uuid, name: z.string(), nameZh: z.string().nullable(), role: z.enum(userRoles), regionId: z.string().nullable() }),
  week: z.object({ start: z.date(), end: z.date(), firstDay: z.string(), lastDay: z.string(), asOf: z.date() }),
  visitsPerMonthTarget: z.number(),
  /** The rep's dangerous accounts, those due a visit first. */
  visits: z.array(visitDueView),
  /** Account plans whose review cadence falls due by the week's end. */
  planReviews: z.array(planReviewDueView),
  /** 硬任务: the rep's benchmark target for the year; null for someone without one (not a rep). */
  benchmark: repTargetView.nullable(),
  benchmarkYear: z.number().int(),
  planActions: z.array(planActionDueView),
  /** Actions of the defence plans of dangerous accounts (危险客户) that the rep owns. */
  defenceActions: z.array(defenceActionDueView),
  commitments: z.array(commitmentDueView),
  supportRequests: z.array(supportRequestWaitingView),
  dealFlags: z.array(dealFlagDueView),
  activities: z.array(weekActivityView),
});
export type MyWeekView = z.infer<typeof myWeekView>;
