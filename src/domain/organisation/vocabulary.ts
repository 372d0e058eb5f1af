import type { Tier, departmentKinds } from '../catalog.ts';

/**
 * The words the organisation side of the method shares across its rules.
 * The product-wide vocabularies (tiers, statuses, team roles, departments) come
 * from the shared catalogue; the words here belong to this area.
 */

export type { AccountStatus, TeamRole } from '../catalog.ts';

/** Tiers of SPEC §1.3, under the name this area reads best with. */
export type AccountTier = Tier;

/** Every kind of department in the company (matches the departments table). */
export type DepartmentKind = (typeof departmentKinds)[number];

/** Departments a rep can ask for support (一切为了前线): the back office serving the front line. */
export const SUPPORT_DEPARTMENTS = [
  'solution_design',
  'pricing',
  'it_integration',
  'operations',
  'legal',
  'finance',
] as const;
export type SupportDepartment = (typeof SUPPORT_DEPARTMENTS)[number];

/** Relationship ladder level: 1 (strategic partnership) is the best, 5 (standard product) the lowest. */
export type RelationshipLevel = 1 | 2 | 3 | 4 | 5;

/** Named cadences for executive visits, with the number of days each stands for by default. */
export const CADENCE_PERIODS = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type CadencePeriod = (typeof CADENCE_PERIODS)[number];
export const CADENCE_DAYS: Record<CadencePeriod, number> = {
  monthly: 31,
  quarterly: 92,
  half_yearly: 183,
  yearly: 366,
};

/** What the strategic-account toolkit holds (工具): from a solution demo down to a single talk track. */
export const TOOLKIT_KINDS = ['demo', 'visit_method', 'deck', 'talk_track', 'other'] as const;
export type ToolkitKind = (typeof TOOLKIT_KINDS)[number];
