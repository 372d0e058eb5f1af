/**
 * Words shared by the deal rules besides the stages themselves.
 * They mirror the deal tables so that callers can pass rows through unchanged.
 */

/** Kinds of proof in the library (SPEC §4): what answers a customer's risk evaluation. */
export const PROOF_ASSET_KINDS = [
  'warehouse_grading',
  'insurance',
  'peak_report',
  'reference',
  'benchmark_case',
  'certificate',
] as const;
export type ProofAssetKind = (typeof PROOF_ASSET_KINDS)[number];

/** An onboarding (磨合期) issue is open until someone marks it done. */
export const ONBOARDING_ISSUE_STATUSES = ['open', 'done'] as const;
export type OnboardingIssueStatus = (typeof ONBOARDING_ISSUE_STATUSES)[number];

/** Ids in the company's catalogues: lowercase words joined by underscores. */
export const CATALOGUE_ID_PATTERN = /^[a-z][a-z0-9_]*$/;
