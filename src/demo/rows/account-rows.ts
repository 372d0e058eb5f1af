import type { accounts, accountTeamMembers, auditEvents, competitors, serviceUsage, sites } from '../../db/schema/index.ts';
import { nextSequence } from './sequence.ts';

export type NewAccount = typeof accounts.$inferInsert;
export type NewSite = typeof sites.$inferInsert;
export type NewCompetitor = typeof competitors.$inferInsert;
export type NewServiceUsage = typeof serviceUsage.$inferInsert;
export type NewTeamMember = typeof accountTeamMembers.$inferInsert;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

/** A customer company; defaults describe an ordinary active account in Shanghai. */
export function accountRow(overrides: Partial<NewAccount> = {}): NewAccount {
  const n = nextSequence();
  return {
    name: `Customer ${n} Co., Ltd.`,
    nameZh: `客户${n}有限公司`,
    industry: 'fmcg',
    province: 'Shanghai',
    city: 'Shanghai',
    status: 'active',
    walletEstimate: 10_000_000,
    paymentTermsDays: 30,
    collectionCycleDays: 45,
    overdueShare: 0.05,
    ...overrides,
  };
}

export function siteRow(overrides: Partial<NewSite> & { accountId: string }): NewSite {
  return {
    kind: 'hq',
    name: 'Headquarters',
    nameZh: '总部',
    province: 'Shanghai',
    city: 'Shanghai',
    lat: 31.2304,
    lng: 121.4737,
    ...overrides,
  };
}

export function competitorRow(overrides: Partial<NewCompetitor> & { accountId: string }): NewCompetitor {
  return { name: 'SF Express', nameZh: '顺丰速运', share: 0.3, serviceLines: ['express'], ...overrides };
}

export function serviceUsageRow(overrides: Partial<NewServiceUsage> & { accountId: string }): NewServiceUsage {
  return { serviceLine: 'express', carrier: 'us', ...overrides };
}

export function teamMemberRow(overrides: NewTeamMember): NewTeamMember {
  return { coLocated: false, ...overrides };
}

export function auditEventRow(overrides: Partial<NewAuditEvent> & { accountId: string }): NewAuditEvent {
  return { field: 'created', before: null, after: null, ...overrides };
}
