import { type Judgement, reason } from '../reason.ts';

/** 阶段区分: how far the regional market has been developed. */
export const MARKET_STAGES = ['early', 'mid', 'late'] as const;
export type MarketStage = (typeof MARKET_STAGES)[number];

export const MARKET_FOCUSES = ['high_value_low_difficulty', 'nails'] as const;
export type MarketFocus = (typeof MARKET_FOCUSES)[number];

export interface MarketStageAdvice {
  stage: MarketStage | null;
  focus: MarketFocus | null;
  /** Whether nails deserve the region's main effort now. */
  nailsFirst: boolean;
}

/**
 * Early on, take the high-value, low-difficulty customers; from mid-stage on the easy
 * ones are won and nails become the main source of growth (业绩增长的主要来源).
 */
export function marketStageAdvice(options: { stage: MarketStage | null }): Judgement<MarketStageAdvice> {
  const { stage } = options;
  if (stage === null) {
    return { value: { stage, focus: null, nailsFirst: false }, reasons: [reason('nail_market_stage', false, { input: null })] };
  }
  const nailsFirst = stage !== 'early';
  return {
    value: { stage, focus: nailsFirst ? 'nails' : 'high_value_low_difficulty', nailsFirst },
    reasons: [reason('nail_market_stage', nailsFirst, { input: stage, threshold: 'mid' })],
  };
}
