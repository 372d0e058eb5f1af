/**
 * The words the organisation side of the method shares across its rules.
 * Tiers, statuses and levels mirror SPEC §1 and §3 so that this area can take
 * plain data from any caller without importing another area's module.
 */

/** Roles on a strategic account's cross-functional team (团队作战). */
export const TEAM_ROLES = [
  'sales_lead',
  'solution',
  'delivery',
  'finance',
  'executive_sponsor',
  'other',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Every kind of department in the company (matches the departments table). */
export const DEPARTMENT_KINDS = [
  'sales',
  'solution_design',
  'pricing',
  'it_integration',
  'operations',
  'legal',
  'finance',
  'executive',
  'delivery',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

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

export const ACCOUNT_TIERS = ['strategic', 'key_account', 'high_potential', 'regular'] as const;
export type AccountTier = (typeof ACCOUNT_TIERS)[number];

export const ACCOUNT_STATUSES = ['prospect', 'active', 'dormant', 'lost', 'archived'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

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
