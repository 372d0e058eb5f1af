import { type Judgement, type Reason, reason } from '../reason.ts';
import { type BuyingSignal, type DealSettings, dealDefaults } from './settings.ts';
import { BUYING_STAGES, type BuyingStage, buyingStageIndex } from './stages.ts';

/** A signal logged on a deal. A retracted one was logged by mistake or turned out wrong. */
export interface ObservedSignal {
  signalId: string;
  observedAt: Date;
  retracted?: boolean;
}

/** A catalogued signal as it counts in the inference; `observedAt` is the observation that matters here. */
export interface SignalEvidence {
  signalId: string;
  stage: BuyingStage;
  weight: number;
  observedAt: Date;
}

export interface BuyingStageInference extends Judgement<BuyingStage | null> {
  /** 0 when no stage is inferred; grows with the evidence at the stage, falls with contradicting evidence. */
  confidence: number;
  /** The signals behind the inferred stage. */
  evidence: SignalEvidence[];
  /** Earlier-stage signals seen after the inferred stage began, and later-stage signals too weak to count. */
  contradicting: SignalEvidence[];
  weightByStage: Record<BuyingStage, number>;
}

interface ActiveSignal {
  definition: BuyingSignal;
  first: Date;
  last: Date;
}

/**
 * Which buying stage the customer is in, judged from the signals logged on a deal:
 * the furthest stage whose distinct signals weigh at least the evidence threshold.
 * Only the set of live signals decides the stage, so logging a signal can never move
 * it backwards and only a retraction can; timing only affects the confidence.
 */
export function inferBuyingStage(options: {
  signals: ObservedSignal[];
  catalogue: BuyingSignal[];
  rules?: DealSettings['inference'];
}): BuyingStageInference {
  const { signals, catalogue, rules = dealDefaults.inference } = options;
  const byId = new Map(catalogue.map((s) => [s.id, s]));
  const reasons: Reason[] = [];
  const active = new Map<string, ActiveSignal>();
  const unknown = new Set<string>();

  for (const observed of signals) {
    const definition = byId.get(observed.signalId);
    if (!definition) {
      unknown.add(observed.signalId);
    } else if (observed.retracted) {
      reasons.push(reason('signal_retracted', false, {
          input: observed.signalId,
          params: { stage: definition.stage, name_en: definition.name_en, name_zh: definition.name_zh },
        }));
    } else {
      const seen = active.get(definition.id);
      const at = observed.observedAt;
      if (!seen) active.set(definition.id, { definition, first: at, last: at });
      else {
        if (at < seen.first) seen.first = at;
        if (at > seen.last) seen.last = at;
      }
    }
  }
  for (const id of unknown) reasons.push(reason('unknown_signal', false, { input: id }));

  // A signal logged twice is one piece of evidence: repeats add no weight.
  const weightByStage = Object.fromEntries(BUYING_STAGES.map((s) => [s, 0])) as Record<BuyingStage, number>;
  for (const { definition } of active.values()) weightByStage[definition.stage] += definition.weight;

  let inferred: BuyingStage | null = null;
  for (const stage of BUYING_STAGES) {
    const weight = weightByStage[stage];
    const met = weight >= rules.evidenceThreshold;
    reasons.push(reason('buying_stage_evidence', met, { input: weight, threshold: rules.evidenceThreshold, params: { stage } }));
    if (met) inferred = stage;
  }

  if (inferred === null) {
    reasons.push(reason('buying_stage_inferred', false, {
        key: 'reasons.buying_stage_none',
        input: null,
        threshold: rules.evidenceThreshold,
      }));
    return { value: null, reasons, confidence: 0, evidence: [], contradicting: [], weightByStage };
  }

  const at = buyingStageIndex(inferred);
  const live = [...active.values()];
  const atStage = live.filter((s) => s.definition.stage === inferred);
  const stageBegan = new Date(Math.min(...atStage.map((s) => s.first.getTime())));
  const contradictingSignals = live.filter((s) => {
    const index = buyingStageIndex(s.definition.stage);
    return index > at || (index < at && s.last > stageBegan);
  });

  const evidence = atStage.map((s) => toEvidence(s, s.first));
  const contradicting = contradictingSignals.map((s) => toEvidence(s, s.last));
  const weight = weightByStage[inferred];
  const against = contradicting.reduce((sum, s) => sum + s.weight, 0);
  const support = weight / (weight + rules.confidenceHalfWeight);
  const consistency = weight / (weight + against);

  reasons.push(
    reason('buying_stage_inferred', true, {
      input: inferred,
      threshold: rules.evidenceThreshold,
      params: { stage: inferred, ...named(atStage) },
    }),
    reason('buying_stage_support', weight >= rules.confidenceHalfWeight, {
      input: weight,
      threshold: rules.confidenceHalfWeight,
      params: { stage: inferred, support },
    }),
    reason('buying_stage_contradictions', against === 0, {
      key: against === 0 ? 'reasons.buying_stage_consistent' : 'reasons.buying_stage_contradictions',
      input: against,
      threshold: 0,
      params: { stage: inferred, ...named(contradictingSignals), consistency },
    }),
  );

  return { value: inferred, reasons, confidence: support * consistency, evidence, contradicting, weightByStage };
}

/** Signal ids and names for the texts, which must also speak of a company's own signals. */
function named(signals: ActiveSignal[]) {
  return {
    signals: signals.map((s) => s.definition.id).join(', '),
    names_en: signals.map((s) => s.definition.name_en).join('; '),
    names_zh: signals.map((s) => s.definition.name_zh).join('、'),
  };
}

function toEvidence(signal: ActiveSignal, observedAt: Date): SignalEvidence {
  const { id, stage, weight } = signal.definition;
  return { signalId: id, stage, weight, observedAt };
}
