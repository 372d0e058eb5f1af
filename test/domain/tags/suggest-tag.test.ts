import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkCriteria } from '../../../src/domain/tags/benchmark-criteria.ts';
import { dangerousSignals } from '../../../src/domain/tags/dangerous-signals.ts';
import { nailCriteria } from '../../../src/domain/tags/nail-criteria.ts';
import { suggestTag } from '../../../src/domain/tags/suggest-tag.ts';
import type { TagInput } from '../../../src/domain/tags/tag-input.ts';
import { DANGER_FACTS, HIGH_SCORES, NAIL_FACTS, NOW, daysAgo, quietAccount } from './build-tag-input.ts';

const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });

/** Any account: scores, wallet, progress and every dangerous input drawn at random. */
const anyAccount: fc.Arbitrary<TagInput> = fc.record({
  now: fc.constant(NOW),
  scores: fc.record({ influence: score, satisfaction: score, cooperation: score }),
  salesContribution: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  walletCny: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
  ourShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  lastProgressAt: fc.option(fc.integer({ min: 0, max: 400 }).map((d) => daysAgo(d)), { nil: null }),
  monthlyRevenue: fc.array(
    fc.record({
      month: fc.constantFrom('2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05'),
      revenue: fc.integer({ min: 0, max: 1_000_000 }),
    }),
    { maxLength: 8 },
  ),
  // Mostly none, so that accounts without danger are drawn often enough to test the other tags.
  openComplaints: fc.constantFrom(0, 0, 0, 0, 1, 2),
  contactsLeft: fc.array(
    fc.record({ name: fc.constant('contact'), key: fc.boolean(), leftAt: fc.integer({ min: 0, max: 200 }).map((d) => daysAgo(d)) }),
    { maxLength: 2 },
  ),
  competitorActivity: fc.array(fc.record({ at: fc.integer({ min: 0, max: 200 }).map((d) => daysAgo(d)) }), { maxLength: 2 }),
  visits: fc.array(fc.integer({ min: 0, max: 200 }).map((d) => daysAgo(d)), { maxLength: 10 }),
  payment: fc.option(
    fc.record({
      overdueShare: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: null }),
      collectionCycleDays: fc.option(fc.integer({ min: 0, max: 150 }), { nil: null }),
      previousCollectionCycleDays: fc.option(fc.integer({ min: 0, max: 150 }), { nil: null }),
    }),
    { nil: null },
  ),
  levelHistory: fc.array(
    fc.record({
      level: fc.constantFrom(1, 2, 3, 4, 5 as const),
      source: fc.constantFrom('own_estimate' as const, 'customer_confirmed' as const),
      assessedAt: fc.integer({ min: 0, max: 400 }).map((d) => daysAgo(d)),
    }),
    { maxLength: 4 },
  ),
});

describe('suggestTag', () => {
  it('suggests no tag for a quiet account', () => {
    expect(suggestTag(quietAccount()).value).toBe('none');
  });

  // Every combination of the three qualifications, built from real facts.
  const combos = [false, true].flatMap((d) => [false, true].flatMap((n) => [false, true].map((b) => [d, n, b] as const)));
  for (const [dangerous, nail, benchmark] of combos) {
    const expected = dangerous ? 'dangerous' : nail ? 'nail' : benchmark ? 'benchmark' : 'none';
    it(`dangerous=${dangerous} nail=${nail} benchmark=${benchmark} → ${expected}`, () => {
      const input = quietAccount({
        ...(dangerous ? DANGER_FACTS : {}),
        ...(nail ? NAIL_FACTS : {}),
        ...(benchmark ? { scores: HIGH_SCORES } : {}),
      });
      const j = suggestTag(input);
      expect(j.value).toBe(expected);
      expect(j.reasons[0]).toMatchObject({ rule: 'tag_suggested', input: expected, params: { dangerous, nail, benchmark } });
    });
  }

  it('shows every signal and criterion as a reason', () => {
    const rules = suggestTag(quietAccount()).reasons.map((r) => r.rule);
    for (const rule of ['dangerous_revenue_drop', 'dangerous_level_dropped', 'nail_wallet', 'nail_stalled', 'benchmark_influence', 'benchmark_cooperation']) {
      expect(rules).toContain(rule);
    }
  });

  it('shows loyalty as context without changing the tag', () => {
    const base = quietAccount({ scores: HIGH_SCORES });
    const j = suggestTag({ ...base, loyalty: { tenureYears: 6, trend: 'declining' } });
    expect(j.value).toBe('benchmark');
    expect(j.reasons.find((r) => r.rule === 'tag_loyalty')).toMatchObject({ met: false, input: 'declining' });
  });

  it('property: sales volume alone never makes a benchmark', () => {
    fc.assert(
      fc.property(anyAccount, fc.double({ min: 0, max: 1, noNaN: true }), (account, sales) => {
        const { influence, satisfaction, cooperation } = account.scores;
        const allHigh = [influence, satisfaction, cooperation].every((s) => s !== null && s >= 4);
        const j = suggestTag({ ...account, salesContribution: sales });
        if (!allHigh) expect(j.value).not.toBe('benchmark');
        // Whatever the sales contribution, the tag is the same.
        expect(j.value).toBe(suggestTag({ ...account, salesContribution: null }).value);
      }),
    );
  });

  it('property: precedence dangerous > nail > benchmark holds for every combination', () => {
    fc.assert(
      fc.property(anyAccount, (account) => {
        const d = dangerousSignals(account).value.dangerous;
        const n = nailCriteria(account).value;
        const b = benchmarkCriteria({ scores: account.scores }).value;
        const expected = d ? 'dangerous' : n ? 'nail' : b ? 'benchmark' : 'none';
        expect(suggestTag(account).value).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
