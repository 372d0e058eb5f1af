import type { contactRelations, contacts, departmentRelations } from '../../db/schema/index.ts';
import { nextSequence } from './sequence.ts';

export type NewContact = typeof contacts.$inferInsert;
export type NewContactRelation = typeof contactRelations.$inferInsert;
export type NewDepartmentRelation = typeof departmentRelations.$inferInsert;

export function contactRow(overrides: Partial<NewContact> & { accountId: string }): NewContact {
  const n = nextSequence();
  return {
    name: `Contact ${n}`,
    department: 'logistics',
    title: 'Logistics Manager',
    titleZh: '物流经理',
    rank: 3,
    influence: 3,
    buyingRole: 'user',
    attitude: 'neutral',
    relationshipStrength: 2,
    ...overrides,
  };
}

export function contactRelationRow(
  overrides: Partial<NewContactRelation> & { accountId: string; fromContactId: string; toContactId: string },
): NewContactRelation {
  return { kind: 'reports_to', strength: 2, ...overrides };
}

export function departmentRelationRow(overrides: Partial<NewDepartmentRelation> & { accountId: string }): NewDepartmentRelation {
  return { fromDepartment: 'procurement', toDepartment: 'logistics', kind: 'rival', strength: 2, ...overrides };
}
