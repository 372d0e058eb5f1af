/** The four selection criteria of a strategic customer (SPEC §1.2), in the method's order. */
export const CRITERIA = ['scale', 'solution_need', 'strategic_fit', 'mutual_commitment'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Which criteria an account meets. */
export type CriteriaMet = Record<Criterion, boolean>;

/** Tiers from the highest to the lowest (SPEC §1.3). */
export const TIERS = ['strategic', 'key_account', 'high_potential', 'regular'] as const;
export type Tier = (typeof TIERS)[number];

/** Higher is more important: strategic 3 … regular 0; lets callers compare tiers. */
export function tierRank(tier: Tier): number {
  return TIERS.length - 1 - TIERS.indexOf(tier);
}
