import type { Judgement } from '../reason.ts';
import type { Attestation } from './attestation.ts';
import { checkMutualCommitment, type CommitmentEvent } from './check-mutual-commitment.ts';
import { checkPaymentTrap } from './check-payment-trap.ts';
import { checkScale } from './check-scale.ts';
import { checkSolutionNeed, type OpenOpportunity } from './check-solution-need.ts';
import { checkStrategicFit } from './check-strategic-fit.ts';
import type { Tier } from '../catalog.ts';
import type { Criterion } from './criterion.ts';
import type { ScaleRanking } from './scale-ranking.ts';
import { type HumanPromotion, selectTier } from './select-tier.ts';
import type { SelectionSettings } from './settings.ts';

/** What the selection needs to know about one account. */
export interface SelectionAccount {
  accountId: string;
  industry: string | null;
  /** Service lines the account buys from us. */
  serviceLines: readonly string[];
  openOpportunities: readonly OpenOpportunity[];
  commitmentEvents: readonly CommitmentEvent[];
  attestations: readonly Attestation[];
  collectionCycleDays: number | null;
  overdueShare: number | null;
}

export interface SelectionEvaluation {
  criteria: Record<Criterion, Judgement<boolean>>;
  paymentTrap: Judgement<boolean>;
  tier: Judgement<Tier>;
}

/**
 * The whole strategic-selection verdict for one account: the four criteria, the
 * payment trap and the tier, each with its reasons. `ranking` is the company-wide
 * scale ranking, computed once per evaluation run with `scaleRanking`.
 */
export function evaluateSelection(options: {
  account: SelectionAccount;
  ranking: ScaleRanking;
  settings: SelectionSettings;
  now: Date;
  humanDecision?: HumanPromotion;
}): SelectionEvaluation {
  const { account, ranking, settings, now, humanDecision } = options;
  const criteria: Record<Criterion, Judgement<boolean>> = {
    scale: checkScale({ accountId: account.accountId, ranking }),
    solution_need: checkSolutionNeed({
      serviceLines: account.serviceLines,
      openOpportunities: account.openOpportunities,
      attestations: account.attestations,
      minServiceLines: settings.solutionNeedMinServiceLines,
      now,
    }),
    strategic_fit: checkStrategicFit({
      industry: account.industry,
      attestations: account.attestations,
      strategicIndustries: settings.strategicIndustries,
      strategicIntents: settings.strategicIntents,
      now,
    }),
    mutual_commitment: checkMutualCommitment({
      events: account.commitmentEvents,
      attestations: account.attestations,
      windowMonths: settings.mutualCommitmentWindowMonths,
      now,
    }),
  };
  const paymentTrap = checkPaymentTrap({
    collectionCycleDays: account.collectionCycleDays,
    overdueShare: account.overdueShare,
    settings: settings.paymentTrap,
  });
  const tier = selectTier({
    criteria: {
      scale: criteria.scale.value,
      solution_need: criteria.solution_need.value,
      strategic_fit: criteria.strategic_fit.value,
      mutual_commitment: criteria.mutual_commitment.value,
    },
    paymentTrap: paymentTrap.value,
    humanDecision,
  });
  return { criteria, paymentTrap, tier };
}
