import { describe, expect, it } from 'vitest';
import type { LevelAssessment } from '../../../src/domain/ladder/assessment.ts';
import type { RelationshipLevel } from '../../../src/domain/ladder/level.ts';
import { levelMovesInQuarter } from '../../../src/domain/portfolio/level-moves-in-quarter.ts';
import { calendarQuarter } from '../../../src/domain/portfolio/quarter.ts';

const quarter = calendarQuarter(new Date('2026-11-23T11:00:00Z'));
const on = (level: RelationshipLevel, day: string, source: LevelAssessment['source'] = 'customer_confirmed'): LevelAssessment => ({
  level,
  source,
  assessedAt: new Date(`${day}T00:00:00Z`),
  evidence: `${level} on ${day}`,
});

describe('calendarQuarter', () => {
  it('runs from the first day of the quarter to the first day of the next, in UTC', () => {
    expect(quarter).toEqual({ from: new Date('2026-10-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') });
    expect(calendarQuarter(new Date('2026-03-31T23:59:59Z')).from).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(calendarQuarter(new Date('2026-04-01T00:00:00Z')).from).toEqual(new Date('2026-04-01T00:00:00Z'));
  });
});

describe('levelMovesInQuarter', () => {
  it('counts the accounts that moved up and down in the quarter, dated when the customer confirmed', () => {
    const j = levelMovesInQuarter({
      quarter,
      accounts: [
        { accountId: 'down', assessments: [on(3, '2025-09-01'), on(4, '2026-10-04')] },
        { accountId: 'up', assessments: [on(4, '2026-02-01'), on(3, '2026-11-20')] },
        // The first day of the quarter is in it; the day before is not.
        { accountId: 'edge', assessments: [on(5, '2026-01-01'), on(4, '2026-09-30'), on(3, '2026-10-01')] },
        { accountId: 'earlier', assessments: [on(2, '2026-01-01'), on(3, '2026-09-30')] },
      ],
    });
    expect(j.value.up).toBe(2);
    expect(j.value.down).toBe(1);
    expect(j.value.moves.map((m) => [m.accountId, m.from, m.to, m.direction])).toEqual([
      ['up', 4, 3, 'up'],
      ['down', 3, 4, 'down'],
      ['edge', 4, 3, 'up'],
    ]);
    expect(j.reasons.slice(0, 2).map((r) => [r.rule, r.met, r.input])).toEqual([
      ['portfolio_levels_moved_up', true, 2],
      ['portfolio_levels_moved_down', false, 1],
    ]);
    const drop = j.reasons.find((r) => r.rule === 'ladder_moved_down');
    expect(drop).toMatchObject({ input: 4, threshold: 3, params: { accountId: 'down', evidence: '4 on 2026-10-04' } });
  });

  it('ignores our own estimates and counts an account that went both ways by its last move', () => {
    const j = levelMovesInQuarter({
      quarter,
      accounts: [
        { accountId: 'own', assessments: [on(4, '2026-01-01'), on(2, '2026-11-01', 'own_estimate')] },
        { accountId: 'both', assessments: [on(3, '2026-01-01'), on(4, '2026-10-10'), on(3, '2026-11-10')] },
      ],
    });
    expect(j.value.moves.map((m) => m.accountId)).toEqual(['both', 'both']);
    expect([j.value.up, j.value.down]).toEqual([1, 0]);
    expect(j.reasons[1]).toMatchObject({ rule: 'portfolio_levels_moved_down', met: true, input: 0 });
  });
});
