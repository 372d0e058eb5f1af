import type { Judgement, Reason } from '../../domain/reason.ts';
import {
  type BenchmarkAccount,
  type BenchmarkLevel,
  type CaseAsset,
  type DangerousSignal,
  type DefencePlan,
  type EscalationStep,
  ESCALATION_STEPS,
  type MarketStage,
  MARKET_STAGES,
  type MarketStageAdvice,
  type NailAction,
  type NailDecision,
  type TagSettings,
  type VisitDensity,
  assessNailValue,
  benchmarkReadiness,
  borrowableBenchmarks,
  defencePlan,
  marketStageAdvice,
  nailCounterActions,
  nextEscalationStep,
  visitDensity,
} from '../../domain/tags/index.ts';
import type { EvaluationResult } from '../../jobs/evaluate/result.ts';
import type { PlaybookRecordView } from '../../server/routes/judgement-records.schema.ts';
import type { PlaybookPayload } from '../../server/routes/playbook-payloads.schema.ts';

// The state of each tag's playbook on one account, from its records and its latest
// evaluation: what the method says to do next, with the reasons. Pure assembly.

type Record_ = PlaybookRecordView & { accountId: string };
const valid = <K extends keyof PayloadOf>(records: readonly Record_[], kind: K) =>
  records.filter((r) => r.kind === kind && r.valid) as (Record_ & { payload: PayloadOf[K] })[];
type PayloadOf = {
  benchmark_profile: PlaybookPayload<'benchmark_profile'>;
  benchmark_investment: PlaybookPayload<'benchmark_investment'>;
  case_asset: PlaybookPayload<'case_asset'>;
  benchmark_borrowing: PlaybookPayload<'benchmark_borrowing'>;
  nail_assessment: PlaybookPayload<'nail_assessment'>;
  nail_escalation: PlaybookPayload<'nail_escalation'>;
  defence_plan: PlaybookPayload<'defence_plan'>;
  defence_action: PlaybookPayload<'defence_action'>;
  rep_replacement: PlaybookPayload<'rep_replacement'>;
};

/** Proof that counts: case assets not still in draft. */
export function caseAssetsOf(records: readonly Record_[]): CaseAsset[] {
  return valid(records, 'case_asset')
    .filter((r) => r.status !== 'draft')
    .map((r) => ({ kind: r.payload.kind, title: r.payload.title, url: r.payload.url }));
}

/** The benchmark's level from its latest profile. */
export function benchmarkLevelOf(records: readonly Record_[]): BenchmarkLevel | null {
  return valid(records, 'benchmark_profile').at(-1)?.payload.level ?? null;
}

/** A benchmark with the names the boards show beside it. */
export type NamedBenchmark = BenchmarkAccount & {
  name: string;
  nameZh: string | null;
  regionName: string | null;
  regionNameZh: string | null;
};

export interface BenchmarkState {
  level: BenchmarkLevel | null;
  profile: Record_ | null;
  investmentTotal: number;
  investments: Record_[];
  caseAssets: Record_[];
  readiness: Judgement<boolean>;
  /** Other regions' ready benchmarks this account's rep may borrow (先借用他人,再发展自己). */
  borrowable: Judgement<NamedBenchmark[]>;
  borrowings: Record_[];
}

export function benchmarkState(options: {
  accountId: string;
  region: string;
  industry: string | null;
  records: readonly Record_[];
  benchmarks: readonly NamedBenchmark[];
  settings: TagSettings;
}): BenchmarkState {
  const { records, settings } = options;
  const investments = valid(records, 'benchmark_investment');
  return {
    level: benchmarkLevelOf(records),
    profile: valid(records, 'benchmark_profile').at(-1) ?? null,
    investmentTotal: investments.reduce((sum, r) => sum + (r.amount ?? 0), 0),
    investments,
    caseAssets: valid(records, 'case_asset'),
    readiness: benchmarkReadiness({ benchmark: { caseAssets: caseAssetsOf(records) }, settings: settings.benchmark }),
    // The domain returns a subset of the benchmarks it was given, so their names come along.
    borrowable: borrowableBenchmarks({
      region: options.region,
      industry: options.industry,
      benchmarks: options.benchmarks.filter((b) => b.accountId !== options.accountId),
      settings: settings.benchmark,
    }) as Judgement<NamedBenchmark[]>,
    borrowings: valid(records, 'benchmark_borrowing'),
  };
}

export interface NailState {
  stalledSince: string | null;
  stalledDays: number | null;
  assessment: Record_ | null;
  value: Judgement<NailDecision> | null;
  /** The manager's decision when one was recorded, else the assessed one. */
  decision: NailDecision | null;
  counterActions: Judgement<NailAction[]>;
  escalations: Record_[];
  nextStep: Judgement<EscalationStep | null> | null;
  marketStage: Judgement<MarketStageAdvice>;
}

const stallReason = (evaluation: EvaluationResult | null): Reason | undefined =>
  evaluation?.tag.suggested.reasons.find((r) => r.rule === 'nail_stalled');

export function nailState(options: {
  records: readonly Record_[];
  evaluation: EvaluationResult | null;
  marketStage: string | null;
  settings: TagSettings;
}): NailState {
  const { records, settings } = options;
  const assessment = valid(records, 'nail_assessment').at(-1) ?? null;
  const stall = stallReason(options.evaluation);
  const value = assessment
    ? assessNailValue({
        potentialValue: assessment.payload.potentialValueCny,
        expectedReturn: assessment.payload.expectedReturnCny,
        cost: assessment.payload.costCny,
        settings: settings.nail.value,
      })
    : null;
  const decision = assessment?.payload.decision ?? value?.value ?? null;
  const escalations = valid(records, 'nail_escalation');
  // The highest rung that has already gone to the customer.
  const tried = escalations.reduce<EscalationStep | null>(
    (top, r) => (top === null || ESCALATION_STEPS.indexOf(r.payload.step) > ESCALATION_STEPS.indexOf(top) ? r.payload.step : top),
    null,
  );
  const stage = (MARKET_STAGES as readonly string[]).includes(options.marketStage ?? '') ? (options.marketStage as MarketStage) : null;
  return {
    stalledSince: assessment?.payload.stalledSince ?? (typeof stall?.params?.since === 'string' ? stall.params.since : null),
    stalledDays: typeof stall?.input === 'number' ? stall.input : null,
    assessment,
    value,
    decision,
    counterActions: nailCounterActions({ causes: assessment?.payload.causes ?? [] }),
    escalations,
    nextStep: decision ? nextEscalationStep({ decision, current: tried }) : null,
    marketStage: marketStageAdvice({ stage }),
  };
}

export interface DangerousState {
  signals: DangerousSignal[];
  /** The signals that fired, each as its reason from the latest evaluation. */
  signalReasons: Reason[];
  visitDensity: Judgement<VisitDensity>;
  suggestedPlan: Judgement<DefencePlan>;
  plan: Record_ | null;
  actions: Record_[];
  repReplacements: Record_[];
}

export function dangerousState(options: {
  records: readonly Record_[];
  evaluation: EvaluationResult | null;
  visits: readonly Date[];
  now: Date;
  settings: TagSettings;
}): DangerousState {
  const { records, evaluation } = options;
  const reasons = evaluation?.tag.suggested.reasons ?? [];
  const summary = reasons.find((r) => r.rule === 'dangerous');
  const signals = Array.isArray(summary?.params?.signals) ? (summary.params.signals as DangerousSignal[]) : [];
  const repReplacements = valid(records, 'rep_replacement');
  return {
    signals,
    signalReasons: reasons.filter((r) => r.rule.startsWith('dangerous_') && r.met),
    visitDensity: visitDensity({ visits: options.visits, now: options.now, target: options.settings.dangerous.visitsPerMonthTarget }),
    suggestedPlan: defencePlan({ signals, customerAskedToReplaceRep: repReplacements.some((r) => r.payload.customerAsked) }),
    plan: valid(records, 'defence_plan').at(-1) ?? null,
    actions: valid(records, 'defence_action'),
    repReplacements,
  };
}
