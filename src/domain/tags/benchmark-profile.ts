import { type Judgement, reason } from '../reason.ts';
import { type BenchmarkSettings, defaultTagSettings } from './settings.ts';

/** 多层次: how far a benchmark's example carries (全国/本省/本地/周边样板), widest first. */
export const BENCHMARK_LEVELS = ['national', 'provincial', 'local', 'neighbouring'] as const;
export type BenchmarkLevel = (typeof BENCHMARK_LEVELS)[number];

/** 可视化: the proof a benchmark leaves for other deals. */
export const CASE_ASSET_KINDS = ['case_story', 'testimonial_letter', 'speech_video', 'site_photos', 'before_after_data'] as const;
export type CaseAssetKind = (typeof CASE_ASSET_KINDS)[number];

export interface CaseAsset {
  kind: CaseAssetKind;
  title?: string | null;
  url?: string | null;
}

/** A benchmark customer as the playbooks see it. */
export interface BenchmarkAccount {
  accountId: string;
  /** The rep who owns (and was tasked with) the benchmark. */
  repId: string;
  region: string;
  industry?: string | null;
  level: BenchmarkLevel;
  /** When the account was confirmed as a benchmark. */
  establishedAt: Date;
  caseAssets: readonly CaseAsset[];
}

/**
 * A benchmark is ready to be used as proof elsewhere once its success has been made
 * visible in enough kinds of case assets (never only by word of mouth: 绝不停留在口头传播层面).
 */
export function benchmarkReadiness(options: {
  benchmark: Pick<BenchmarkAccount, 'caseAssets'>;
  settings?: BenchmarkSettings;
}): Judgement<boolean> {
  const settings = options.settings ?? defaultTagSettings.benchmark;
  const kinds = new Set(options.benchmark.caseAssets.map((a) => a.kind));
  const ready = kinds.size >= settings.minCaseAssetsReady;
  return {
    value: ready,
    reasons: [reason('benchmark_case_assets', ready, { input: kinds.size, threshold: settings.minCaseAssetsReady, params: { kinds: [...kinds] } })],
  };
}
