/**
 * The stages a deal moves through (SPEC §4, seed 002).
 * Standard products run on LTC; solution deals run two tracks kept in step:
 * the customer's buying stages and our sales stages, paired one-to-one.
 */

/** Lead to Cash for standard products (发掘线索-确定机会-签订合同-执行合同-回款-关闭合同). */
export const LTC_STAGES = ['lead', 'opportunity', 'contract', 'execution', 'collection', 'closed'] as const;
export type LtcStage = (typeof LTC_STAGES)[number];

/** How the customer buys a solution (发现问题-确定需求-方案评估-风险评估-方案执行). */
export const BUYING_STAGES = [
  'problem_discovery',
  'needs_definition',
  'solution_evaluation',
  'risk_evaluation',
  'execution',
] as const;
export type BuyingStage = (typeof BUYING_STAGES)[number];

/** How we sell a solution (客户接触-需求挖掘-方案设计-方案证明-方案交付), in the same order as BUYING_STAGES. */
export const SALES_STAGES = [
  'customer_contact',
  'needs_discovery',
  'solution_design',
  'solution_proof',
  'solution_delivery',
] as const;
export type SalesStage = (typeof SALES_STAGES)[number];

export const DEAL_KINDS = ['standard', 'solution'] as const;
export type DealKind = (typeof DEAL_KINDS)[number];

export function buyingStageIndex(stage: BuyingStage): number {
  return BUYING_STAGES.indexOf(stage);
}

export function salesStageIndex(stage: SalesStage): number {
  return SALES_STAGES.indexOf(stage);
}

/** The sales stage that answers a buying stage: the pairing is by position. */
export function salesStageFor(stage: BuyingStage): SalesStage {
  return SALES_STAGES[buyingStageIndex(stage)] as SalesStage;
}

/** The buying stage a sales stage is meant to answer. */
export function buyingStageFor(stage: SalesStage): BuyingStage {
  return BUYING_STAGES[salesStageIndex(stage)] as BuyingStage;
}
