import { type SQL, and, eq, gt, lte, or } from 'drizzle-orm';
import { benchmarkTargetBoard } from '../../db/repositories/benchmark-targets.ts';
import { listCommitments } from '../../db/repositories/commitments.ts';
import { listDeals, loadDealEvidence } from '../../db/repositories/deals.ts';
import {
  accountPlansIn,
  activitiesBetween,
  dangerousAccounts,
  defenceActionsDue,
  lastVisitsBefore,
  planActionsDue,
  visitDates,
} from '../../db/repositories/my-week.ts';
import { listSupportRequests } from '../../db/repositories/support-requests.ts';
import type { Db } from '../../db/client.ts';
import { commitments, users } from '../../db/schema/index.ts';
import { addDays } from '../../domain/organisation/durations.ts';
import type { CompanySettings } from '../../domain/settings.ts';
import { visitDensity } from '../../domain/tags/index.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { dealFlags } from './deals-flags.ts';
import { type Week, dueInWeek, visitDue } from '../../domain/rep-week/rep-week.ts';
import type { MyWeekView } from './my-week.schema.ts';
import { readPayload } from './playbook-payloads.schema.ts';
import { commitmentViews, endOfDay, supportRequestView } from './organisation-judgements.ts';

// Each section of the rep's week, from the other features' repositories and the
// method's judgements. `accountsWhere` is the rep's accounts (owned or on the team)
// within the viewer's scope; `visible` is the viewer's scope alone, for the rep's
// own records (promises, requests, deals), and undefined when reps read their own week.

/** Each list is bounded: a rep's week is read on one screen. */
const LIMIT = 200;
/** Visits are read this far back, so the last visit before the density window is known. */
const VISIT_LOOKBACK_DAYS = 90;

export interface WeekContext {
  db: Db;
  viewer: CurrentUser;
  person: MyWeekView['person'];
  week: Week;
  settings: CompanySettings;
  accountsWhere: SQL | undefined;
  visible: SQL | undefined;
}

/** 高密度拜访: the rep's dangerous accounts with their visit density as of the week, those due first. */
export async function visitsDue(ctx: WeekContext): Promise<MyWeekView['visits']> {
  const { week } = ctx;
  const target = ctx.settings.tags.dangerous.visitsPerMonthTarget;
  const accounts = await dangerousAccounts(ctx.db, { where: ctx.accountsWhere, limit: LIMIT });
  const accountIds = accounts.map((a) => a.id);
  const since = addDays(week.asOf, -VISIT_LOOKBACK_DAYS);
  const [visits, earlier] = await Promise.all([
    visitDates(ctx.db, { accountIds, since, until: week.end }),
    lastVisitsBefore(ctx.db, { accountIds, before: since }),
  ]);
  const items = accounts.map((account) => {
    const last = earlier.get(account.id);
    // Long before the density window, the last visit still tells when the next one was due.
    const dates = [...(last ? [last] : []), ...(visits.get(account.id) ?? [])];
    const density = visitDensity({ visits: dates, now: week.asOf, target });
    const inWeek = dates.filter((d) => d >= week.start);
    return {
      account,
      density,
      due: visitDue({ density: density.value, week }),
      visitsThisWeek: inWeek.length,
      plannedThisWeek: inWeek.filter((d) => d > week.asOf).length,
    };
  });
  return items.sort((a, b) => Number(b.due.value) - Number(a.due.value) || b.density.value.shortfall - a.density.value.shortfall);
}

/** Plan reviews (the company's review cadence) falling due on the rep's accounts by the week's end. */
export async function planReviewsDue(ctx: WeekContext): Promise<MyWeekView['planReviews']> {
  const reviewDays = ctx.settings.organisation.accountPlanReviewDays;
  const plans = await accountPlansIn(ctx.db, { where: ctx.accountsWhere, limit: LIMIT });
  return plans
    .map((p) => {
      // A plan never reviewed counts from its last change, as the plan page counts it.
      const dueAt = addDays(p.reviewedAt ?? p.updatedAt, reviewDays);
      return {
        account: p.account,
        reviewedAt: p.reviewedAt,
        dueAt,
        due: dueInWeek({ dueAt, week: ctx.week, rule: 'my_week_plan_review', params: { reviewDays, lastReviewedAt: p.reviewedAt } }),
      };
    })
    .filter((p) => p.dueAt < ctx.week.end)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** 硬任务: the rep's benchmark target, candidates and progress for the year the week is judged in. */
export async function benchmarkProgress(ctx: WeekContext, year: number): Promise<MyWeekView['benchmark']> {
  const [row] = await benchmarkTargetBoard(ctx.db, { year, repScope: eq(users.id, ctx.person.id), settings: ctx.settings.tags.benchmark });
  return row ?? null;
}

export async function planActionsOfWeek(ctx: WeekContext): Promise<MyWeekView['planActions']> {
  const { week } = ctx;
  const rows = await planActionsDue(ctx.db, { ownerId: ctx.person.id, lastDay: week.lastDay, asOf: week.asOf, where: ctx.visible, limit: LIMIT });
  return rows.map((a) => ({ ...a, due: dueInWeek({ dueAt: endOfDay(a.dueOn), dueOn: a.dueOn, week, rule: 'my_week_plan_action', params: { what: a.what } }) }));
}

/**
 * 防御计划: the defence actions of dangerous accounts that the rep owns and that are due
 * by the week's end. Records keep no day they were done, so only the status says so.
 */
export async function defenceActionsOfWeek(ctx: WeekContext): Promise<MyWeekView['defenceActions']> {
  const { week } = ctx;
  const rows = await defenceActionsDue(ctx.db, { ownerId: ctx.person.id, lastDay: week.lastDay, where: ctx.visible, limit: LIMIT });
  return rows.flatMap(({ payload, dueOn, ...row }) => {
    const action = readPayload('defence_action', payload);
    if (!action || !dueOn) return [];
    const due = dueInWeek({ dueAt: endOfDay(dueOn), dueOn, week, rule: 'my_week_defence_action', params: { what: action.what } });
    return [{ ...row, part: action.part, action: action.action ?? null, what: action.what, dueOn, due }];
  });
}

/** 拍胸脯 falls on reps too: their promises still open as of the week and due by its end. */
export async function commitmentsOfWeek(ctx: WeekContext): Promise<MyWeekView['commitments']> {
  const { week } = ctx;
  const stored = await listCommitments(ctx.db, {
    promisedBy: ctx.person.id,
    where: and(
      lte(commitments.dueOn, week.lastDay),
      or(eq(commitments.status, 'open'), gt(commitments.closedAt, week.asOf)),
      ctx.visible,
    ),
  });
  // As of the week a promise settled later was still open.
  const asOpen = stored.slice(0, LIMIT).map((c) => ({ ...c, status: 'open' }));
  return commitmentViews({ stored: asOpen, now: week.asOf }).items.map((c) => ({
    ...c,
    due: dueInWeek({ dueAt: endOfDay(c.dueOn), dueOn: c.dueOn, week, rule: 'my_week_commitment', params: { what: c.what } }),
  }));
}

/** 一切为了前线: the rep's requests still waiting on a department, and answers waiting on the rep. */
export async function supportRequestsWaiting(ctx: WeekContext): Promise<MyWeekView['supportRequests']> {
  const stored = await listSupportRequests(ctx.db, { raisedBy: ctx.person.id, statuses: ['open', 'accepted', 'answered'], visible: ctx.visible });
  return stored.slice(0, LIMIT).map((r) => {
    const view = supportRequestView({ stored: r, settings: ctx.settings.organisation, now: ctx.week.asOf, viewer: ctx.viewer });
    return { ...view, waitingOn: view.status === 'answered' ? ('rep' as const) : ('department' as const) };
  });
}

/** The rep's deals that are out of step with their customer, or otherwise flagged on the deal board. */
export async function dealFlagsOfWeek(ctx: WeekContext): Promise<MyWeekView['dealFlags']> {
  const deals = await listDeals(ctx.db, { scope: ctx.visible, ownerId: ctx.person.id, includeLost: false, limit: LIMIT });
  const evidence = await loadDealEvidence(ctx.db, deals);
  const flags = dealFlags({ deals, evidence, settings: ctx.settings.deals, now: ctx.week.asOf });
  const byId = new Map(deals.map((d) => [d.id, d]));
  return flags.items.map((item) => {
    const deal = byId.get(item.dealId)!;
    return { ...item, accountId: deal.accountId, accountName: deal.accountName, accountNameZh: deal.accountNameZh };
  });
}

export async function activitiesOfWeek(ctx: WeekContext): Promise<MyWeekView['activities']> {
  const { week } = ctx;
  const rows = await activitiesBetween(ctx.db, { where: ctx.accountsWhere, from: week.start, to: week.end, limit: LIMIT });
  return rows.map((a) => ({ ...a, planned: a.occurredAt > week.asOf }));
}
