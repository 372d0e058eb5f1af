import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attitudes, buyingRoles } from '../../../src/domain/catalog.ts';
import type { Contact } from '../../../src/domain/power-map/contact.ts';
import { coverageScore } from '../../../src/domain/power-map/coverage-score.ts';
import { isActiveContact } from '../../../src/domain/power-map/engagement.ts';
import type { PowerMapSettings } from '../../../src/domain/power-map/settings.ts';
import { contact, daysAgo, now, settingsWith } from './contact-factory.ts';

function score(contacts: Contact[], settings: PowerMapSettings = settingsWith()) {
  return coverageScore({ contacts, now, settings });
}
function part(contacts: Contact[], rule: string, settings?: PowerMapSettings) {
  return score(contacts, settings).reasons.find((r) => r.rule === rule);
}
/** Active contacts at distinct levels and departments, with no other signal. */
const spread = (n: number) => Array.from({ length: n }, (_, i) => contact({ rank: i + 1, department: `D${i}` }));

describe('coverageScore', () => {
  it('is 0 for an empty map and 100 when every part is full', () => {
    expect(score([]).value).toBe(0);
    const full = [
      contact({ rank: 1, department: 'Management', buyingRole: 'decision_maker', attitude: 'supporter' }),
      contact({ rank: 2, department: 'Procurement', buyingRole: 'coach', attitude: 'supporter' }),
      contact({ rank: 3, department: 'Warehouse' }),
      contact({ rank: 3, department: 'Warehouse' }),
      contact({ rank: 3, department: 'Warehouse', attitude: 'opponent' }),
    ];
    const { value, reasons } = score(full);
    expect(value).toBe(100);
    expect(reasons.map((r) => r.rule)).toEqual([
      'coverage_contact_points',
      'coverage_levels',
      'coverage_departments',
      'coverage_decision_makers',
      'coverage_attitude',
    ]);
    expect(reasons.every((r) => r.met)).toBe(true);
  });

  it('fills the contact-point part (25 points) by fifths, full at 5 and not beyond', () => {
    const points = (n: number) => part(spread(n), 'coverage_contact_points');
    expect(points(4)).toMatchObject({ met: false, input: 4, threshold: 5, params: { points: 20, maxPoints: 25 } });
    expect(points(5)).toMatchObject({ met: true, input: 5, params: { points: 25 } });
    expect(points(6)).toMatchObject({ met: true, input: 6, params: { points: 25 } });
  });

  it('fills the level and department parts (20 points each) at three', () => {
    expect(part(spread(2), 'coverage_levels')).toMatchObject({ met: false, input: 2, threshold: 3, params: { points: 13.3 } });
    expect(part(spread(3), 'coverage_levels')).toMatchObject({ met: true, input: 3, params: { points: 20 } });
    expect(part(spread(4), 'coverage_departments')).toMatchObject({ met: true, input: 4, params: { points: 20 } });
    const oneDepartment = [contact({ rank: 1, department: 'A' }), contact({ rank: 2, department: 'a ' })];
    expect(part(oneDepartment, 'coverage_departments')).toMatchObject({ input: 1, params: { points: 6.7 } });
  });

  it('counts only contacts we own and touched within 90 days', () => {
    expect(part([contact({ lastActivityAt: daysAgo(90) })], 'coverage_contact_points')?.input).toBe(1);
    expect(part([contact({ lastActivityAt: daysAgo(91) })], 'coverage_contact_points')?.input).toBe(0);
    expect(part([contact({ ownerId: null })], 'coverage_contact_points')?.input).toBe(0);
    expect(part([contact({ leftAt: daysAgo(1) })], 'coverage_contact_points')?.input).toBe(0);
  });

  it('gives the decision-maker part by the share of decision makers covered, none when none is known', () => {
    const covered = contact({ buyingRole: 'decision_maker' });
    const uncovered = contact({ buyingRole: 'decision_maker', lastActivityAt: daysAgo(120) });
    expect(part([covered, uncovered], 'coverage_decision_makers')).toMatchObject({
      met: false,
      input: 1,
      threshold: 2,
      params: { points: 10 },
    });
    expect(part([covered], 'coverage_decision_makers')).toMatchObject({ met: true, params: { points: 20 } });
    expect(part(spread(3), 'coverage_decision_makers')).toMatchObject({ met: false, input: 0, threshold: 0, params: { points: 0 } });
  });

  it('weighs active supporters against the opponents nobody of ours reaches', () => {
    const supporters = [contact({ attitude: 'supporter' }), contact({ attitude: 'supporter' })];
    const unreached = [
      contact({ attitude: 'opponent', ownerId: null }),
      contact({ attitude: 'opponent', lastActivityAt: null }),
    ];
    expect(part(supporters, 'coverage_attitude')).toMatchObject({ met: true, input: 2, params: { points: 15 } });
    expect(part([supporters[0] as Contact], 'coverage_attitude')).toMatchObject({ met: false, params: { points: 7.5 } });
    expect(part([...supporters, ...unreached], 'coverage_attitude')).toMatchObject({
      met: false,
      params: { points: 7.5, unreachedOpponents: 2 },
    });
    expect(part([contact({ attitude: 'opponent' })], 'coverage_attitude')).toMatchObject({ params: { points: 0 } });
  });

  it('follows the company weights and targets', () => {
    const onlyLevels = settingsWith({
      coverage: { weights: { contactPoints: 0, levels: 1, departments: 0, decisionMakers: 0, attitude: 0 }, targets: { levels: 4 } },
    });
    expect(score(spread(2), onlyLevels).value).toBe(50);
    expect(score(spread(4), onlyLevels).value).toBe(100);
  });

  it('never falls when we gain an active contact at a new level, whoever that contact is', () => {
    const anyContact = fc.record({
      rank: fc.integer({ min: 1, max: 6 }),
      department: fc.constantFrom('Management', 'Procurement', 'Warehouse', 'Finance'),
      influence: fc.integer({ min: 1, max: 5 }),
      buyingRole: fc.constantFrom(...buyingRoles),
      attitude: fc.constantFrom(...attitudes),
      // Mostly active people, so that maps where every part is already full come up often.
      ownerId: fc.oneof({ arbitrary: fc.constant('rep-1'), weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }),
      activityDaysAgo: fc.option(fc.integer({ min: 0, max: 120 }), { freq: 6 }),
      leftDaysAgo: fc.oneof(
        { arbitrary: fc.constant(null), weight: 4 },
        { arbitrary: fc.integer({ min: -30, max: 300 }), weight: 1 },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(anyContact, { maxLength: 20 }),
        anyContact,
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 1, max: 8 }),
        (existing, added, addedDaysAgo, newRank) => {
          const contacts = existing.map((c, i) =>
            contact({
              ...c,
              id: `e${i}`,
              lastActivityAt: c.activityDaysAgo === null ? null : daysAgo(c.activityDaysAgo),
              leftAt: c.leftDaysAgo === null ? null : daysAgo(c.leftDaysAgo),
            }),
          );
          const activeRanks = contacts.filter((c) => isActiveContact(c, now, 90)).map((c) => c.rank);
          fc.pre(!activeRanks.includes(newRank));
          const before = score(contacts);
          const newcomer = contact({
            ...added,
            id: 'new',
            rank: newRank,
            ownerId: 'rep-2',
            lastActivityAt: daysAgo(addedDaysAgo),
            leftAt: null,
          });
          expect(score([...contacts, newcomer]).value).toBeGreaterThanOrEqual(before.value);
        },
      ),
      { numRuns: 500 },
    );
  });
});
