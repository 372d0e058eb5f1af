import type { Tag } from '../catalog.ts';
import { type Judgement, type Reason, reason } from '../reason.ts';
import { benchmarkCriteria } from './benchmark-criteria.ts';
import { type DangerousSignal, dangerousSignals } from './dangerous-signals.ts';
import { nailCriteria } from './nail-criteria.ts';
import { type TagSettings, defaultTagSettings } from './settings.ts';
import type { TagInput } from './tag-input.ts';

/** Which tags the account qualifies for, before precedence picks one. */
export interface TagQualification {
  benchmark: boolean;
  nail: boolean;
  dangerous: boolean;
  signals: DangerousSignal[];
}

/** dangerous > nail > benchmark: defending a customer we may lose comes before anything else. */
export function tagByPrecedence(q: Pick<TagQualification, 'benchmark' | 'nail' | 'dangerous'>): Tag {
  if (q.dangerous) return 'dangerous';
  if (q.nail) return 'nail';
  if (q.benchmark) return 'benchmark';
  return 'none';
}

/**
 * Suggests the account's tag (给客户贴标签) with every criterion and signal as a
 * reason. A manager confirms or overrides the suggestion (see resolveTag).
 */
export function suggestTag(input: TagInput & { settings?: TagSettings }): Judgement<Tag> {
  const settings = input.settings ?? defaultTagSettings;
  const benchmark = benchmarkCriteria({
    scores: input.scores,
    salesContribution: input.salesContribution ?? null,
    settings: settings.benchmark,
  });
  const nail = nailCriteria({
    now: input.now,
    walletCny: input.walletCny,
    ourShare: input.ourShare,
    lastProgressAt: input.lastProgressAt,
    trackedSince: input.trackedSince ?? null,
    settings: settings.nail,
  });
  const dangerous = dangerousSignals({ ...input, settings: settings.dangerous });

  const value = tagByPrecedence({ benchmark: benchmark.value, nail: nail.value, dangerous: dangerous.value.dangerous });
  const reasons: Reason[] = [
    reason('tag_suggested', value !== 'none', {
      input: value,
      params: { benchmark: benchmark.value, nail: nail.value, dangerous: dangerous.value.dangerous },
    }),
    ...dangerous.reasons,
    ...nail.reasons,
    ...benchmark.reasons,
  ];
  if (input.loyalty) {
    const { tenureYears, trend } = input.loyalty;
    // 忠诚度 is context for the manager deciding; its fall is caught by the revenue signal.
    reasons.push(reason('tag_loyalty', trend !== 'declining', { input: trend, params: { tenureYears, trend } }));
  }
  return { value, reasons };
}
