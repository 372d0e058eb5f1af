import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUnplannedVisit } from '../../../src/domain/organisation/unplanned-visit.ts';
import { HOUR, daysAgo, daysLater } from './fixtures.ts';

const visitAt = daysLater(10);
const plan = { objective: 'Agree the 2027 warehouse network', agenda: ['Review peak season', 'Site visit'] };
const noticed = (days: number) => new Date(visitAt.getTime() - days * 24 * HOUR);

describe('checkUnplannedVisit (拍脑门)', () => {
  it('passes a planned visit with exactly the required notice', () => {
    const r = checkUnplannedVisit({ visit: { at: visitAt, plan, teamNotifiedAt: noticed(2) }, noticeDays: 2 });
    expect(r.value).toMatchObject({ flagged: false, issues: [] });
    expect(r.value.noticeDays).toBeCloseTo(2);
  });

  it('flags 1.9 days of notice and passes 2.1', () => {
    const late = checkUnplannedVisit({ visit: { at: visitAt, plan, teamNotifiedAt: noticed(1.9) }, noticeDays: 2 });
    expect(late.value.flagged).toBe(true);
    expect(late.value.issues).toEqual(['late_notice']);
    expect(late.reasons.find((x) => x.rule === 'visit_notice_days')).toMatchObject({ met: false, threshold: 2 });
    const early = checkUnplannedVisit({ visit: { at: visitAt, plan, teamNotifiedAt: noticed(2.1) }, noticeDays: 2 });
    expect(early.value.flagged).toBe(false);
  });

  it('flags a visit the team was never told of', () => {
    const r = checkUnplannedVisit({ visit: { at: visitAt, plan }, noticeDays: 2 });
    expect(r.value.issues).toEqual(['team_not_notified']);
    expect(r.value.noticeDays).toBeNull();
  });

  it('flags a team told after the visit', () => {
    const r = checkUnplannedVisit({ visit: { at: daysAgo(3), plan, teamNotifiedAt: daysAgo(1) }, noticeDays: 2 });
    expect(r.value.issues).toEqual(['late_notice']);
    expect(r.value.noticeDays).toBeLessThan(0);
  });

  it('flags a visit without a plan, or with a blank objective or agenda', () => {
    const teamNotifiedAt = noticed(5);
    expect(checkUnplannedVisit({ visit: { at: visitAt, teamNotifiedAt }, noticeDays: 2 }).value.issues).toEqual([
      'no_objective',
      'no_agenda',
    ]);
    expect(
      checkUnplannedVisit({
        visit: { at: visitAt, teamNotifiedAt, plan: { objective: '  ', agenda: plan.agenda } },
        noticeDays: 2,
      }).value.issues,
    ).toEqual(['no_objective']);
    expect(
      checkUnplannedVisit({
        visit: { at: visitAt, teamNotifiedAt, plan: { objective: plan.objective, agenda: ['', ' '] } },
        noticeDays: 2,
      }).value.issues,
    ).toEqual(['no_agenda']);
  });

  it('accepts a free-text agenda', () => {
    const r = checkUnplannedVisit({
      visit: {
        at: visitAt,
        teamNotifiedAt: noticed(3),
        plan: { objective: 'Renewal', agenda: 'Opening; review; dinner' },
      },
      noticeDays: 2,
    });
    expect(r.value.flagged).toBe(false);
  });

  it('follows the company notice setting', () => {
    const visit = { at: visitAt, plan, teamNotifiedAt: noticed(3) };
    expect(checkUnplannedVisit({ visit, noticeDays: 3 }).value.flagged).toBe(false);
    expect(checkUnplannedVisit({ visit, noticeDays: 3.5 }).value.flagged).toBe(true);
  });

  it('flags a planned visit exactly when the notice falls short of the setting', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 14, noNaN: true }),
        (given, required) => {
          const r = checkUnplannedVisit({
            visit: { at: visitAt, plan, teamNotifiedAt: noticed(given) },
            noticeDays: required,
          });
          const noticeDays = r.value.noticeDays ?? Number.NaN;
          expect(r.value.flagged).toBe(noticeDays < required);
        },
      ),
    );
  });
});
