/**
 * The five levels of the relationship (客户合作关系的五个层级). Level 1 is the best:
 * a numerically lower level is a closer relationship.
 */
export const RELATIONSHIP_LEVELS = [5, 4, 3, 2, 1] as const;
export type RelationshipLevel = (typeof RELATIONSHIP_LEVELS)[number];

/** Stable ids of the levels; their texts live under `level.<id>` in the ladder i18n files. */
export const LEVEL_IDS: Record<RelationshipLevel, string> = {
  5: 'standard_product',
  4: 'standard_product_plus_services',
  3: 'standardised_solution',
  2: 'customised_solution',
  1: 'strategic_partnership',
};

export function isRelationshipLevel(value: unknown): value is RelationshipLevel {
  return typeof value === 'number' && (RELATIONSHIP_LEVELS as readonly number[]).includes(value);
}

/** True when `a` is a closer relationship than `b` (1 beats 5). */
export function isBetterLevel(a: RelationshipLevel, b: RelationshipLevel): boolean {
  return a < b;
}

/** The next level up the ladder, or null at strategic partnership. */
export function levelAbove(level: RelationshipLevel): RelationshipLevel | null {
  return level === 1 ? null : ((level - 1) as RelationshipLevel);
}
