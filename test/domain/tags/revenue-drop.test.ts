import { describe, expect, it } from 'vitest';
import { quarterOnQuarter } from '../../../src/domain/tags/revenue-drop.ts';

describe('quarterOnQuarter', () => {
  it('compares the last three complete months with the three before, across a year end', () => {
    const q = quarterOnQuarter({ monthlyRevenue: [], now: new Date('2026-02-10T00:00:00Z') });
    expect(q.lastMonths).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(q.previousMonths).toEqual(['2025-08', '2025-09', '2025-10']);
  });

  it('counts missing months as zero: a customer who stopped shipping has dropped 100 %', () => {
    const q = quarterOnQuarter({
      monthlyRevenue: [{ month: '2025-08-01', revenue: 300 }],
      now: new Date('2026-02-10T00:00:00Z'),
    });
    expect(q).toMatchObject({ previousQuarter: 300, lastQuarter: 0, drop: 1 });
  });

  it('has no drop to speak of when there was nothing before', () => {
    const q = quarterOnQuarter({ monthlyRevenue: [{ month: '2026-01', revenue: 100 }], now: new Date('2026-02-10T00:00:00Z') });
    expect(q.drop).toBeNull();
  });

  it('reports growth as a negative drop', () => {
    const q = quarterOnQuarter({
      monthlyRevenue: [
        { month: '2025-09', revenue: 100 },
        { month: '2025-12', revenue: 150 },
      ],
      now: new Date('2026-02-10T00:00:00Z'),
    });
    expect(q.drop).toBe(-0.5);
  });
});
