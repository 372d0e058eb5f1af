import { describe, expect, it } from 'vitest';
import { dueInWeek, visitDue, weekOf } from '../../../src/domain/rep-week/rep-week.ts';
import { visitDensity } from '../../../src/domain/tags/index.ts';

const DAY = 86_400_000;
const now = new Date('2026-11-25T09:00:00Z'); // a Wednesday

describe('weekOf', () => {
  it('runs Monday to Sunday around the given day, this week by default', () => {
    expect(weekOf(undefined, now)).toMatchObject({ firstDay: '2026-11-23', lastDay: '2026-11-29', asOf: now });
    // A Sunday belongs to the week that began six days before, not the next one.
    expect(weekOf('2026-11-29', now).firstDay).toBe('2026-11-23');
    expect(weekOf('2026-11-30', now).firstDay).toBe('2026-11-30');
  });

  it('judges a week that is over as of its last moment, and a later week as of now', () => {
    const past = weekOf('2026-11-18', now);
    expect(past.asOf.toISOString()).toBe('2026-11-22T23:59:59.999Z');
    expect(weekOf('2026-12-02', now).asOf).toBe(now);
  });
});

describe('visitDue', () => {
  const week = weekOf(undefined, now);
  const density = (daysAgo: number[]) => visitDensity({ visits: daysAgo.map((d) => new Date(now.getTime() - d * DAY)), now, target: 2 }).value;

  it('is due when the account is short of its monthly density', () => {
    const judged = visitDue({ density: density([3]), week });
    expect(judged.value).toBe(true);
    expect(judged.reasons[0]).toMatchObject({ key: 'reasons.my_week_visit_shortfall', input: 1, threshold: 2, met: false });
  });

  it('is due when the density is met but the next visit falls due before the week ends', () => {
    // Visits 14 and 10 days ago: two in the window; the next is due 15 days after the last, i.e. in 5 days (Monday).
    expect(visitDue({ density: density([14, 10]), week }).value).toBe(false);
    // Visits 20 and 12 days ago: the next is due in 3 days, on Saturday of this week.
    const judged = visitDue({ density: density([20, 12]), week });
    expect(judged.value).toBe(true);
    expect(judged.reasons[0]?.key).toBe('reasons.my_week_visit_next_due');
  });
});

describe('dueInWeek', () => {
  const week = weekOf(undefined, now);
  it('is overdue once its time passed before the moment judged, due this week until then', () => {
    const at = (ms: number) => dueInWeek({ dueAt: new Date(now.getTime() + ms), week, rule: 'plan_action' }).value;
    expect(at(-1)).toBe('overdue');
    expect(at(0)).toBe('due_this_week');
    expect(at(DAY)).toBe('due_this_week');
  });

  it('counts whole days overdue in its reason', () => {
    const judged = dueInWeek({ dueAt: new Date(now.getTime() - 2.5 * DAY), week, rule: 'commitment' });
    expect(judged.reasons[0]).toMatchObject({ key: 'reasons.commitment_overdue', met: false, params: { daysOverdue: 3 } });
  });
});
