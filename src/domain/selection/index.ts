// Strategic selection (战略客户的选择, SPEC §1.2–§1.4): the four criteria, the tier,
// the pool and the checks that say whether a big customer can be served and is worth it.
export * from './assess-growth.ts';
export * from './assess-serviceability.ts';
export * from './attestation.ts';
export * from './check-mutual-commitment.ts';
export * from './check-payment-trap.ts';
export * from './check-scale.ts';
export * from './check-solution-need.ts';
export * from './check-strategic-fit.ts';
export * from './criterion.ts';
export * from './diff-pool-reviews.ts';
export * from './evaluate-selection.ts';
export * from './geo.ts';
export * from './pool-review-due.ts';
export * from './pool-size-warning.ts';
export * from './province.ts';
export * from './scale-ranking.ts';
export * from './select-tier.ts';
export * from './settings.ts';
