// The product's shared vocabularies. Ids are stable (stored, exported, imported);
// their texts live in the i18n files under `catalog.<vocabulary>.<id>`.

export const industries = ['apparel', 'auto_parts', 'pharma', 'home_appliances', 'ecommerce', 'fmcg', 'electronics'] as const;
export type Industry = (typeof industries)[number];

export const serviceLines = [
  'express',
  'linehaul',
  'ltl',
  'warehousing',
  'last_mile',
  'b2c_fulfilment',
  'cold_chain',
  'customs',
  'contract_logistics',
] as const;
export type ServiceLine = (typeof serviceLines)[number];

export const accountStatuses = ['prospect', 'active', 'dormant', 'lost', 'archived'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export const userRoles = ['admin', 'executive', 'manager', 'rep', 'staff'] as const;
export type UserRole = (typeof userRoles)[number];

export const siteKinds = ['hq', 'branch', 'plant', 'warehouse', 'dc', 'store'] as const;
export const activityKinds = ['visit', 'call', 'meeting', 'email'] as const;
export const teamRoles = ['sales_lead', 'solution', 'delivery', 'finance', 'executive_sponsor', 'other'] as const;
export type TeamRole = (typeof teamRoles)[number];

export const buyingRoles = ['decision_maker', 'influencer', 'evaluator', 'user', 'gatekeeper', 'coach'] as const;
export const attitudes = ['supporter', 'neutral', 'opponent'] as const;
export const relationKinds = ['reports_to', 'ally', 'rival', 'influences'] as const;

export const tiers = ['strategic', 'key_account', 'high_potential', 'regular'] as const;
export type Tier = (typeof tiers)[number];
export const tags = ['benchmark', 'nail', 'dangerous', 'none'] as const;
export type Tag = (typeof tags)[number];

export const departmentKinds = [
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
