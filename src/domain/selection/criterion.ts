import { type Tier, tiers } from '../catalog.ts';

/** The four selection criteria of a strategic customer (SPEC §1.2), in the method's order. */
export const CRITERIA = ['scale', 'solution_need', 'strategic_fit', 'mutual_commitment'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Which criteria an account meets. */
export type CriteriaMet = Record<Criterion, boolean>;

/** Higher is more important: strategic 3 … regular 0 (the catalogue lists tiers highest first). */
export function tierRank(tier: Tier): number {
  return tiers.length - 1 - tiers.indexOf(tier);
}
