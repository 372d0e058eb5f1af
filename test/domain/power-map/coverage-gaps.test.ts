import { describe, expect, it } from 'vitest';
import type { Contact, PowerRelation } from '../../../src/domain/power-map/contact.ts';
import type { PowerMapGapKind } from '../../../src/domain/power-map/gap.ts';
import { powerMapGaps } from '../../../src/domain/power-map/gaps.ts';
import type { PowerMapSettings } from '../../../src/domain/power-map/settings.ts';
import { contact, daysAgo, now, settingsWith } from './contact-factory.ts';

function gapsOf(contacts: Contact[], settings: PowerMapSettings = settingsWith(), relations: PowerRelation[] = []) {
  return powerMapGaps({ contacts, relations, now, settings });
}
function find(kind: PowerMapGapKind, contacts: Contact[], settings?: PowerMapSettings) {
  return gapsOf(contacts, settings).find((g) => g.gap === kind);
}
/** Two active contacts at two levels in two departments plus a coach: no coverage gap by itself. */
function wellCovered(): Contact[] {
  return [
    contact({ rank: 2, department: 'Administration', buyingRole: 'coach', attitude: 'supporter' }),
    contact({ rank: 3, department: 'Procurement' }),
  ];
}

describe('decision maker not covered', () => {
  const decider = (overrides: Partial<Contact>) => contact({ id: 'dm', buyingRole: 'decision_maker', rank: 1, ...overrides });

  it('covers a decision maker touched 89 or 90 days ago, not one touched 91 days ago', () => {
    expect(find('decision_maker_not_covered', [...wellCovered(), decider({ lastActivityAt: daysAgo(89) })])).toBeUndefined();
    expect(find('decision_maker_not_covered', [...wellCovered(), decider({ lastActivityAt: daysAgo(90) })])).toBeUndefined();
    const gap = find('decision_maker_not_covered', [...wellCovered(), decider({ lastActivityAt: daysAgo(91) })]);
    expect(gap?.contactIds).toEqual(['dm']);
    expect(gap?.severity).toBe('critical');
    expect(gap?.reasons).toContainEqual(
      expect.objectContaining({ rule: 'decision_maker_activity', met: false, input: 91, threshold: 90 }),
    );
    expect(gap?.reasons).toContainEqual(expect.objectContaining({ rule: 'decision_maker_owner', met: true }));
  });

  it('does not cover a recently touched decision maker nobody of ours owns, nor one never touched', () => {
    const unowned = find('decision_maker_not_covered', [...wellCovered(), decider({ ownerId: null })]);
    expect(unowned?.reasons).toContainEqual(expect.objectContaining({ rule: 'decision_maker_owner', met: false }));
    const untouched = find('decision_maker_not_covered', [...wellCovered(), decider({ lastActivityAt: null })]);
    expect(untouched?.reasons).toContainEqual(
      expect.objectContaining({ rule: 'decision_maker_activity', met: false, input: null }),
    );
  });

  it('follows the company window', () => {
    const settings = settingsWith({ coverageWindowDays: 30 });
    expect(find('decision_maker_not_covered', [...wellCovered(), decider({ lastActivityAt: daysAgo(31) })], settings)).toBeDefined();
  });

  it('says the decision maker is unknown when none is on the map, or the only one has left', () => {
    expect(find('decision_maker_unknown', wellCovered())?.reasons[0]).toMatchObject({ input: 0, threshold: 1, met: false });
    expect(find('decision_maker_unknown', [...wellCovered(), decider({ leftAt: daysAgo(5) })])).toBeDefined();
    expect(find('decision_maker_unknown', [...wellCovered(), decider({})])).toBeUndefined();
  });
});

describe('single threaded', () => {
  const active = (n: number) => Array.from({ length: n }, (_, i) => contact({ rank: i + 1, department: `D${i}` }));

  it('is raised below two active contacts and not at or above it', () => {
    expect(find('single_threaded', active(0))?.reasons[0]).toMatchObject({ input: 0, threshold: 2, met: false });
    expect(find('single_threaded', active(1))?.contactIds).toHaveLength(1);
    expect(find('single_threaded', active(2))).toBeUndefined();
    expect(find('single_threaded', active(3))).toBeUndefined();
  });

  it('counts only contacts we own, touched within the window, still at the customer', () => {
    const one = active(1);
    expect(find('single_threaded', [...one, contact({ ownerId: null })])).toBeDefined();
    expect(find('single_threaded', [...one, contact({ lastActivityAt: daysAgo(91) })])).toBeDefined();
    expect(find('single_threaded', [...one, contact({ lastActivityAt: daysAgo(90) })])).toBeUndefined();
    expect(find('single_threaded', [...one, contact({ leftAt: daysAgo(1) })])).toBeDefined();
  });

  it('follows the company minimum', () => {
    const settings = settingsWith({ minActiveContacts: 3 });
    expect(find('single_threaded', active(2), settings)).toBeDefined();
    expect(find('single_threaded', active(3), settings)).toBeUndefined();
  });
});

describe('narrow coverage', () => {
  it('is raised when every active contact sits at one level, and not at two', () => {
    const oneLevel = [contact({ rank: 3, department: 'A' }), contact({ rank: 3, department: 'B' })];
    const gap = find('narrow_coverage', oneLevel);
    expect(gap?.reasons).toContainEqual(expect.objectContaining({ rule: 'levels_covered', met: false, input: 1, threshold: 2 }));
    expect(gap?.reasons).toContainEqual(expect.objectContaining({ rule: 'departments_covered', met: true, input: 2 }));
    expect(find('narrow_coverage', [contact({ rank: 2, department: 'A' }), contact({ rank: 3, department: 'B' })])).toBeUndefined();
  });

  it('is raised when every active contact sits in one department, however the name is typed', () => {
    const oneDepartment = [contact({ rank: 2, department: 'Procurement' }), contact({ rank: 3, department: ' procurement ' })];
    expect(find('narrow_coverage', oneDepartment)?.reasons).toContainEqual(
      expect.objectContaining({ rule: 'departments_covered', met: false, input: 1, threshold: 2 }),
    );
  });

  it('follows the company minimum for levels: two of three is narrow, three is not', () => {
    const settings = settingsWith({ minLevels: 3 });
    const two = [contact({ rank: 1, department: 'A' }), contact({ rank: 2, department: 'B' })];
    expect(find('narrow_coverage', two, settings)).toBeDefined();
    expect(find('narrow_coverage', [...two, contact({ rank: 3, department: 'C' })], settings)).toBeUndefined();
  });

  it('is left to the single-threaded gap when there is only one thread', () => {
    const gaps = gapsOf([contact({})]).map((g) => g.gap);
    expect(gaps).toContain('single_threaded');
    expect(gaps).not.toContain('narrow_coverage');
  });

  it('ignores contacts we do not actively reach', () => {
    const oneLevel = [contact({ rank: 3, department: 'A' }), contact({ rank: 3, department: 'B' })];
    expect(find('narrow_coverage', [...oneLevel, contact({ rank: 1, department: 'C', ownerId: null })])).toBeDefined();
  });
});
