import { type Judgement, type Reason, reason } from '../reason.ts';
import { BENCHMARK_LEVELS, type BenchmarkAccount, benchmarkReadiness } from './benchmark-profile.ts';
import { type BenchmarkSettings, defaultTagSettings } from './settings.ts';

/**
 * 先借用他人,再发展自己: while a region has no ready benchmark of its own, its reps may
 * borrow other regions' ready ones (with case assets), best fits first: same industry,
 * then the widest level, then the richest proof.
 */
export function borrowableBenchmarks(options: {
  region: string;
  industry?: string | null;
  benchmarks: readonly BenchmarkAccount[];
  settings?: BenchmarkSettings;
}): Judgement<BenchmarkAccount[]> {
  const settings = options.settings ?? defaultTagSettings.benchmark;
  const ready = options.benchmarks.filter((b) => benchmarkReadiness({ benchmark: b, settings }).value);
  const ownReady = ready.filter((b) => b.region === options.region);
  const reasons: Reason[] = [
    reason('benchmark_own_ready', ownReady.length > 0, { input: ownReady.length, threshold: 1, params: { region: options.region } }),
  ];
  if (ownReady.length > 0) return { value: [], reasons };

  const industry = options.industry ?? null;
  const industryRank = (b: BenchmarkAccount) => (industry !== null && b.industry === industry ? 0 : 1);
  const kinds = (b: BenchmarkAccount) => new Set(b.caseAssets.map((a) => a.kind)).size;
  const borrowable = ready
    .filter((b) => b.region !== options.region)
    .sort(
      (a, b) =>
        industryRank(a) - industryRank(b) ||
        BENCHMARK_LEVELS.indexOf(a.level) - BENCHMARK_LEVELS.indexOf(b.level) ||
        kinds(b) - kinds(a),
    );
  reasons.push(reason('benchmark_borrowable', borrowable.length > 0, { input: borrowable.length, threshold: 1 }));
  return { value: borrowable, reasons };
}
