import { type Judgement, type Reason, reason } from '../reason.ts';
import { type BenchmarkSettings, defaultTagSettings } from './settings.ts';

export interface RepBenchmarkTarget {
  repId: string;
  /** Falls back to the company's yearly target per rep when not set. */
  target?: number | null;
}

export interface BenchmarkCandidate {
  repId: string;
  accountId: string;
}

export interface EstablishedBenchmark {
  repId: string;
  accountId: string;
  establishedAt: Date;
}

export interface BenchmarkVisit {
  accountId: string;
  at: Date;
}

export interface RepBenchmarkProgress {
  repId: string;
  year: number;
  target: number;
  achieved: number;
  remaining: number;
  candidates: number;
  candidatesVisited: number;
  /** Candidates nobody visited or followed up this year: where the rep's time is not going. */
  candidatesNotVisited: string[];
  visits: number;
}

/**
 * 硬任务: each rep's yearly target of new benchmark customers against what was
 * established that year, with the candidate list and the follow-up visits to it.
 */
export function benchmarkTargetProgress(options: {
  repTargets: readonly RepBenchmarkTarget[];
  candidates: readonly BenchmarkCandidate[];
  benchmarks: readonly EstablishedBenchmark[];
  visits: readonly BenchmarkVisit[];
  year: number;
  settings?: BenchmarkSettings;
}): Judgement<RepBenchmarkProgress>[] {
  const settings = options.settings ?? defaultTagSettings.benchmark;
  const { year } = options;
  const inYear = (d: Date) => d.getUTCFullYear() === year;
  const reps = [
    ...new Set([
      ...options.repTargets.map((t) => t.repId),
      ...options.candidates.map((c) => c.repId),
      ...options.benchmarks.map((b) => b.repId),
    ]),
  ];

  return reps.map((repId) => {
    const target = options.repTargets.find((t) => t.repId === repId)?.target ?? settings.targetPerRepPerYear;
    const achievedIds = new Set(options.benchmarks.filter((b) => b.repId === repId && inYear(b.establishedAt)).map((b) => b.accountId));
    // A candidate already made a benchmark is counted as achieved, not as still to visit.
    const candidateIds = [...new Set(options.candidates.filter((c) => c.repId === repId).map((c) => c.accountId))].filter(
      (id) => !achievedIds.has(id),
    );
    const tracked = new Set([...candidateIds, ...achievedIds]);
    const visits = options.visits.filter((v) => inYear(v.at) && tracked.has(v.accountId));
    const visited = new Set(visits.map((v) => v.accountId));
    const candidatesNotVisited = candidateIds.filter((id) => !visited.has(id));
    const achieved = achievedIds.size;
    const remaining = Math.max(0, target - achieved);

    const reasons: Reason[] = [
      reason('benchmark_target', achieved >= target, { input: achieved, threshold: target, params: { repId, year } }),
      reason('benchmark_candidates', candidateIds.length >= remaining, {
        input: candidateIds.length,
        threshold: remaining,
        params: { repId },
      }),
      reason('benchmark_candidates_visited', candidatesNotVisited.length === 0, {
        input: candidateIds.length - candidatesNotVisited.length,
        threshold: candidateIds.length,
        params: { repId, notVisited: candidatesNotVisited },
      }),
    ];
    return {
      value: {
        repId,
        year,
        target,
        achieved,
        remaining,
        candidates: candidateIds.length,
        candidatesVisited: candidateIds.length - candidatesNotVisited.length,
        candidatesNotVisited,
        visits: visits.length,
      },
      reasons,
    };
  });
}
