import { describe, expect, it } from 'vitest';
import { poolReviewDue } from '../../../src/domain/selection/pool-review-due.ts';
import { poolSizeWarning } from '../../../src/domain/selection/pool-size-warning.ts';
import { NOW } from './fixtures.ts';

describe('poolSizeWarning', () => {
  it('warns above the maximum, not at it', () => {
    expect(poolSizeWarning({ strategicCount: 29, max: 30 }).value).toBe(false);
    expect(poolSizeWarning({ strategicCount: 30, max: 30 }).value).toBe(false);
    const over = poolSizeWarning({ strategicCount: 31, max: 30 });
    expect(over.value).toBe(true);
    expect(over.reasons).toEqual([expect.objectContaining({ rule: 'pool.size', met: true, input: 31, threshold: 30, params: { excess: 1 } })]);
  });
});

describe('poolReviewDue', () => {
  it('is due a quarter after the last review, not a moment before', () => {
    const last = new Date('2026-03-30T12:00:00Z');
    expect(poolReviewDue({ lastReviewAt: last, cadence: 'quarterly', now: new Date('2026-06-30T11:59:59Z') }).value.due).toBe(false);
    const due = poolReviewDue({ lastReviewAt: last, cadence: 'quarterly', now: new Date('2026-06-30T12:00:00Z') });
    expect(due.value.due).toBe(true);
    expect(poolReviewDue({ lastReviewAt: last, cadence: 'quarterly', now: new Date('2026-07-01T00:00:00Z') }).value.due).toBe(true);
    expect(due.reasons[0]).toMatchObject({ rule: 'pool.review_due', input: '2026-03-30', threshold: '2026-06-30' });
  });

  it('follows the cadence', () => {
    const last = new Date('2026-01-15T00:00:00Z');
    expect(poolReviewDue({ lastReviewAt: last, cadence: 'monthly', now: NOW }).value.due).toBe(true);
    expect(poolReviewDue({ lastReviewAt: last, cadence: 'yearly', now: NOW }).value.dueAt.toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });

  it('is due at once when the pool was never reviewed', () => {
    const j = poolReviewDue({ lastReviewAt: null, cadence: 'quarterly', now: NOW });
    expect(j.value).toEqual({ due: true, dueAt: NOW });
    expect(j.reasons[0]?.rule).toBe('pool.never_reviewed');
  });
});
