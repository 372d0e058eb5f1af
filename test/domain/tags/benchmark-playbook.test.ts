import { describe, expect, it } from 'vitest';
import { type BenchmarkAccount, benchmarkReadiness } from '../../../src/domain/tags/benchmark-profile.ts';
import { benchmarkTargetProgress } from '../../../src/domain/tags/benchmark-targets.ts';
import { borrowableBenchmarks } from '../../../src/domain/tags/borrowable-benchmarks.ts';
import { tagSettingsSchema } from '../../../src/domain/tags/settings.ts';

const bm = (o: Partial<BenchmarkAccount> & Pick<BenchmarkAccount, 'accountId' | 'region'>): BenchmarkAccount => ({
  repId: 'rep-x',
  level: 'local',
  establishedAt: new Date('2025-03-01'),
  caseAssets: [{ kind: 'case_story' }],
  ...o,
});

describe('benchmarkReadiness', () => {
  it('a benchmark with no case asset is not ready; one kind is enough by default', () => {
    expect(benchmarkReadiness({ benchmark: { caseAssets: [] } }).value).toBe(false);
    expect(benchmarkReadiness({ benchmark: { caseAssets: [{ kind: 'speech_video' }] } }).value).toBe(true);
  });

  it('counts kinds, not files, against the company bar of 2', () => {
    const settings = tagSettingsSchema.parse({ benchmark: { minCaseAssetsReady: 2 } }).benchmark;
    const twoPhotos = { caseAssets: [{ kind: 'site_photos' as const }, { kind: 'site_photos' as const }] };
    expect(benchmarkReadiness({ benchmark: twoPhotos, settings }).value).toBe(false);
    const j = benchmarkReadiness({ benchmark: { caseAssets: [{ kind: 'site_photos' }, { kind: 'testimonial_letter' }] }, settings });
    expect(j.value).toBe(true);
    expect(j.reasons[0]).toMatchObject({ rule: 'benchmark_case_assets', input: 2, threshold: 2 });
  });
});

describe('borrowableBenchmarks', () => {
  it('offers nothing to borrow while the own region has a ready benchmark', () => {
    const j = borrowableBenchmarks({
      region: 'east',
      benchmarks: [bm({ accountId: 'a', region: 'east' }), bm({ accountId: 'b', region: 'south' })],
    });
    expect(j.value).toEqual([]);
    expect(j.reasons[0]).toMatchObject({ rule: 'benchmark_own_ready', met: true, input: 1 });
  });

  it("borrows other regions' ready benchmarks when the own ones are not ready", () => {
    const j = borrowableBenchmarks({
      region: 'east',
      benchmarks: [
        bm({ accountId: 'own-unready', region: 'east', caseAssets: [] }),
        bm({ accountId: 'south-unready', region: 'south', caseAssets: [] }),
        bm({ accountId: 'south-ready', region: 'south' }),
      ],
    });
    expect(j.value.map((b) => b.accountId)).toEqual(['south-ready']);
    expect(j.reasons.map((r) => [r.rule, r.met])).toEqual([
      ['benchmark_own_ready', false],
      ['benchmark_borrowable', true],
    ]);
  });

  it('puts the same industry first, then the widest level, then the richest proof', () => {
    const j = borrowableBenchmarks({
      region: 'east',
      industry: 'apparel',
      benchmarks: [
        bm({ accountId: 'national-pharma', region: 'north', level: 'national', industry: 'pharma' }),
        bm({ accountId: 'local-apparel', region: 'south', level: 'local', industry: 'apparel' }),
        bm({ accountId: 'provincial-pharma-rich', region: 'west', level: 'provincial', industry: 'pharma', caseAssets: [{ kind: 'case_story' }, { kind: 'speech_video' }] }),
        bm({ accountId: 'provincial-pharma', region: 'west', level: 'provincial', industry: 'pharma' }),
      ],
    });
    expect(j.value.map((b) => b.accountId)).toEqual(['local-apparel', 'national-pharma', 'provincial-pharma-rich', 'provincial-pharma']);
  });
});

describe('benchmarkTargetProgress', () => {
  const year = 2026;
  it('counts benchmarks established in the year against the target of 2', () => {
    const progress = (count: number) =>
      benchmarkTargetProgress({
        repTargets: [{ repId: 'li' }],
        candidates: [],
        benchmarks: Array.from({ length: count }, (_, i) => ({ repId: 'li', accountId: `b${i}`, establishedAt: new Date('2026-04-01') })),
        visits: [],
        year,
      })[0];
    expect(progress(1)?.value).toMatchObject({ target: 2, achieved: 1, remaining: 1 });
    expect(progress(1)?.reasons[0]).toMatchObject({ rule: 'benchmark_target', met: false, input: 1, threshold: 2 });
    expect(progress(2)?.reasons[0]).toMatchObject({ met: true, input: 2 });
    expect(progress(3)?.value).toMatchObject({ achieved: 3, remaining: 0 });
  });

  it('ignores benchmarks from other years and uses the rep’s own target', () => {
    const [p] = benchmarkTargetProgress({
      repTargets: [{ repId: 'li', target: 3 }],
      candidates: [],
      benchmarks: [
        { repId: 'li', accountId: 'old', establishedAt: new Date('2025-12-31T23:00:00Z') },
        { repId: 'li', accountId: 'new', establishedAt: new Date('2026-01-01T00:00:00Z') },
      ],
      visits: [],
      year,
    });
    expect(p?.value).toMatchObject({ target: 3, achieved: 1, remaining: 2 });
  });

  it('tracks the candidate list and the visits to it', () => {
    const [p] = benchmarkTargetProgress({
      repTargets: [{ repId: 'li' }],
      candidates: [
        { repId: 'li', accountId: 'c1' },
        { repId: 'li', accountId: 'c2' },
        { repId: 'li', accountId: 'c3' },
      ],
      benchmarks: [],
      visits: [
        { accountId: 'c1', at: new Date('2026-02-01') },
        { accountId: 'c1', at: new Date('2026-03-01') },
        { accountId: 'c2', at: new Date('2025-11-01') },
        { accountId: 'elsewhere', at: new Date('2026-03-01') },
      ],
      year,
    });
    expect(p?.value).toMatchObject({ candidates: 3, candidatesVisited: 1, candidatesNotVisited: ['c2', 'c3'], visits: 2 });
    expect(p?.reasons.map((r) => [r.rule, r.met, r.input, r.threshold])).toEqual([
      ['benchmark_target', false, 0, 2],
      ['benchmark_candidates', true, 3, 2],
      ['benchmark_candidates_visited', false, 1, 3],
    ]);
  });

  it('flags a candidate list shorter than the remaining target, at, below and above', () => {
    const met = (n: number) =>
      benchmarkTargetProgress({
        repTargets: [{ repId: 'li' }],
        candidates: Array.from({ length: n }, (_, i) => ({ repId: 'li', accountId: `c${i}` })),
        benchmarks: [],
        visits: [],
        year,
      })[0]?.reasons[1]?.met;
    expect(met(1)).toBe(false);
    expect(met(2)).toBe(true);
    expect(met(3)).toBe(true);
  });

  it('includes reps with candidates but no target row, at the company default', () => {
    const all = benchmarkTargetProgress({
      repTargets: [{ repId: 'li' }],
      candidates: [{ repId: 'wang', accountId: 'c1' }],
      benchmarks: [],
      visits: [],
      year,
      settings: tagSettingsSchema.parse({ benchmark: { targetPerRepPerYear: 4 } }).benchmark,
    });
    expect(all.map((p) => [p.value.repId, p.value.target])).toEqual([
      ['li', 4],
      ['wang', 4],
    ]);
  });
});
