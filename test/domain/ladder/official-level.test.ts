import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LevelAssessment } from '../../../src/domain/ladder/assessment.ts';
import { officialLevel } from '../../../src/domain/ladder/official-level.ts';
import { confirmed, daysAgo, own } from './build-assessment.ts';

describe('officialLevel', () => {
  it('is the latest customer-confirmed level, whatever the input order', () => {
    const j = officialLevel({ assessments: [confirmed(3, 10, 'QBR minutes'), confirmed(4, 200)] });
    expect(j.value).toBe(3);
    expect(j.reasons[0]).toMatchObject({ rule: 'ladder_official_level', met: true, input: 3, params: { evidence: 'QBR minutes' } });
  });

  it('ignores a more recent own estimate and says so', () => {
    const j = officialLevel({ assessments: [confirmed(4, 100), own(2, 1)] });
    expect(j.value).toBe(4);
    expect(j.reasons[1]).toMatchObject({ rule: 'ladder_customer_decides', input: 1 });
  });

  it('has no official level from own estimates alone', () => {
    const j = officialLevel({ assessments: [own(1, 5), own(2, 50)] });
    expect(j.value).toBeNull();
    expect(j.reasons[0]).toMatchObject({ rule: 'ladder_official_level', met: false });
  });

  it('property: the official level never comes from an own estimate', () => {
    const assessment: fc.Arbitrary<LevelAssessment> = fc.record({
      level: fc.constantFrom(1, 2, 3, 4, 5 as const),
      source: fc.constantFrom('own_estimate' as const, 'customer_confirmed' as const),
      assessedAt: fc.integer({ min: 0, max: 1000 }).map(daysAgo),
    });
    fc.assert(
      fc.property(fc.array(assessment, { maxLength: 12 }), (assessments) => {
        const confirmedOnly = assessments.filter((a) => a.source === 'customer_confirmed');
        // Own estimates may say anything: the official level is what the customer said alone.
        expect(officialLevel({ assessments }).value).toBe(officialLevel({ assessments: confirmedOnly }).value);
        const value = officialLevel({ assessments }).value;
        if (value === null) expect(confirmedOnly).toEqual([]);
        else {
          const latest = Math.max(...confirmedOnly.map((a) => a.assessedAt.getTime()));
          expect(confirmedOnly.filter((a) => a.assessedAt.getTime() === latest).map((a) => a.level)).toContain(value);
        }
      }),
    );
  });
});
