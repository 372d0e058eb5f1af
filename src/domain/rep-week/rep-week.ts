import { DAY_MS, daysBetween } from '../organisation/durations.ts';
import { type Judgement, reason } from '../reason.ts';
import type { VisitDensity } from '../tags/index.ts';

// The rep's week (SPEC §7): which week is meant, and what falls due in it. Judged
// over the other areas' judgements, so the route only loads and shapes.

export interface Week {
  /** Monday 00:00 UTC. */
  start: Date;
  /** The next Monday 00:00 UTC: the week is [start, end). */
  end: Date;
  firstDay: string;
  lastDay: string;
  /** Judged as of now, or as of the week's end once it is over. */
  asOf: Date;
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
/** A calendar day shown as its midday, so that it reads as that same day in any time zone from UTC-11 to UTC+11. */
const midday = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * The week (Monday to Sunday) that holds `day`, this week when none is given. The
 * company keeps no time zone in its settings, so weeks are UTC weeks.
 */
export function weekOf(day: string | undefined, now: Date): Week {
  const anchor = day ? new Date(`${day}T00:00:00Z`) : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  // getUTCDay: Sunday is 0; the method's week starts on Monday.
  const start = new Date(anchor.getTime() - ((anchor.getUTCDay() + 6) % 7) * DAY_MS);
  const end = new Date(start.getTime() + 7 * DAY_MS);
  const asOf = end.getTime() <= now.getTime() ? new Date(end.getTime() - 1) : now;
  return { start, end, firstDay: dayOf(start), lastDay: dayOf(new Date(end.getTime() - DAY_MS)), asOf };
}

/**
 * 高密度拜访 this week: a dangerous account is due a visit when it is short of its
 * monthly density now, or when its next visit falls due before the week ends.
 */
export function visitDue(options: { density: VisitDensity; week: Week }): Judgement<boolean> {
  const { density, week } = options;
  const short = density.shortfall > 0;
  const nextDue = density.nextVisitDueAt;
  const dueInWeek = nextDue !== null && nextDue.getTime() < week.end.getTime();
  const due = short || dueInWeek;
  const key = short ? 'reasons.my_week_visit_shortfall' : dueInWeek ? 'reasons.my_week_visit_next_due' : 'reasons.my_week_visit_on_track';
  return {
    value: due,
    reasons: [
      reason('my_week_visit_due', !due, {
        key,
        input: short ? density.shortfall : nextDue,
        threshold: short ? density.target : midday(week.lastDay),
        params: { nextVisitDueAt: nextDue, lastVisitAt: density.lastVisitAt },
      }),
    ],
  };
}

export type DueState = 'overdue' | 'due_this_week';

/**
 * Something with a due time (a plan action, a commitment, a plan review) on the
 * rep's list this week: overdue when its time passed before `asOf`, else due this week.
 */
export function dueInWeek(options: {
  dueAt: Date;
  /** The calendar day it is due, when it is due by a day rather than an instant. */
  dueOn?: string;
  week: Week;
  rule: string;
  params?: Record<string, unknown>;
}): Judgement<DueState> {
  const { dueAt, week } = options;
  const shown = options.dueOn ? midday(options.dueOn) : dueAt;
  const overdue = week.asOf.getTime() > dueAt.getTime();
  const state: DueState = overdue ? 'overdue' : 'due_this_week';
  return {
    value: state,
    reasons: [
      reason(options.rule, !overdue, {
        key: `reasons.${options.rule}_${state}`,
        input: shown,
        threshold: week.asOf,
        params: { ...options.params, daysOverdue: overdue ? Math.ceil(daysBetween(dueAt, week.asOf)) : 0 },
      }),
    ],
  };
}
