import { type Judgement, reason } from '../reason.ts';
import type { SalesAction } from './settings.ts';
import type { BuyingStage } from './stages.ts';
import type { ProofAssetKind } from './vocabulary.ts';

export type SalesActionVerdict = 'ok' | 'warning';

export interface SalesActionCheck extends Judgement<SalesActionVerdict> {
  /** Actions to take instead, from the catalogue, when the action is warned against. */
  alternatives: string[];
  /** Proof to bring instead, e.g. in risk evaluation: grading, insurance, peak report, references. */
  proofKinds: ProofAssetKind[];
}

/**
 * Checks one of our sales actions against the customer's buying stage (seed 002:
 * "the right thing at the right time"); a wrong move is warned against and the
 * warning says what to do instead.
 */
export function checkSalesAction(options: {
  action: string;
  buyingStage: BuyingStage | null;
  catalogue: SalesAction[];
}): SalesActionCheck {
  const { action, buyingStage, catalogue } = options;
  const definition = catalogue.find((a) => a.id === action);
  if (!definition) {
    return {
      value: 'warning',
      reasons: [reason('sales_action_unknown', false, { input: action })],
      alternatives: [],
      proofKinds: [],
    };
  }
  // Without an inferred stage there is nothing to check against; say so rather than guess.
  // Company catalogues may hold actions the shipped texts do not know: carry their names.
  const names = { action, name_en: definition.name_en, name_zh: definition.name_zh };
  if (buyingStage === null) {
    return {
      value: 'ok',
      reasons: [reason('sales_action_unchecked', false, { input: action, params: names })],
      alternatives: [],
      proofKinds: [],
    };
  }

  const warning = definition.warnAt.find((w) => w.stage === buyingStage);
  if (warning) {
    return {
      value: 'warning',
      reasons: [
        reason('sales_action_warned', false, {
          input: action,
          threshold: buyingStage,
          params: { ...names, stage: buyingStage, why_en: warning.why_en, why_zh: warning.why_zh },
        }),
      ],
      alternatives: [...warning.instead],
      proofKinds: [...warning.proofKinds],
    };
  }

  const fits = definition.fitsAt.includes(buyingStage);
  return {
    value: 'ok',
    reasons: [
      reason(fits ? 'sales_action_fits' : 'sales_action_neutral', true, {
        input: action,
        threshold: buyingStage,
        params: { ...names, stage: buyingStage },
      }),
    ],
    alternatives: [],
    proofKinds: [],
  };
}
