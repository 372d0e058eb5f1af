import { type Judgement, reason } from '../reason.ts';
import { type NailValueSettings, defaultTagSettings } from './settings.ts';

/** 价值区分: what to do with a nail once its value is weighed. */
export const NAIL_DECISIONS = ['attack', 'reduce', 'abandon'] as const;
export type NailDecision = (typeof NAIL_DECISIONS)[number];

/**
 * Weighs a nail before investing (先评估其潜在价值): enough potential and return →
 * combined attack (组合攻关); a return that still covers the cost → reduce the effort;
 * less → abandon.
 */
export function assessNailValue(options: {
  /** Yearly business we could win from the customer, CNY. */
  potentialValue: number;
  /** What we expect to earn back from the attack, CNY. */
  expectedReturn: number;
  /** What the attack will cost us: people, travel, concessions, CNY. */
  cost: number;
  settings?: NailValueSettings;
}): Judgement<NailDecision> {
  const s = options.settings ?? defaultTagSettings.nail.value;
  const { potentialValue, expectedReturn, cost } = options;
  // A free attack with anything to gain is worth any ratio.
  const ratio = cost > 0 ? Math.round((expectedReturn / cost) * 1e9) / 1e9 : expectedReturn > 0 ? Number.POSITIVE_INFINITY : 0;
  const shownRatio = Number.isFinite(ratio) ? ratio : null;

  const bigEnough = potentialValue >= s.attackMinPotentialCny;
  const attackReturn = ratio >= s.attackMinReturnRatio;
  const coversCost = ratio >= s.reduceMinReturnRatio;
  const value: NailDecision = bigEnough && attackReturn ? 'attack' : coversCost ? 'reduce' : 'abandon';

  return {
    value,
    reasons: [
      reason('nail_potential_value', bigEnough, { input: potentialValue, threshold: s.attackMinPotentialCny }),
      reason('nail_return_for_attack', attackReturn, {
        input: shownRatio,
        threshold: s.attackMinReturnRatio,
        params: { expectedReturn, cost },
      }),
      reason('nail_return_covers_cost', coversCost, {
        input: shownRatio,
        threshold: s.reduceMinReturnRatio,
        params: { expectedReturn, cost },
      }),
      reason('nail_decision', value === 'attack', { input: value }),
    ],
  };
}
