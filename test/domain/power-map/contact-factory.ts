import type { Contact, ContactRelation, DepartmentRelation } from '../../../src/domain/power-map/contact.ts';
import { type PowerMapSettings, powerMapSettingsSchema } from '../../../src/domain/power-map/settings.ts';

export const now = new Date('2025-06-30T08:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

export function daysAgo(days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

let sequence = 0;

/** A present, owned, recently touched neutral user in Procurement, unless told otherwise. */
export function contact(overrides: Partial<Contact> = {}): Contact {
  sequence += 1;
  const id = overrides.id ?? `c${sequence}`;
  return {
    id,
    name: overrides.name ?? `Contact ${id}`,
    department: 'Procurement',
    title: 'Buyer',
    rank: 3,
    influence: 3,
    buyingRole: 'user',
    attitude: 'neutral',
    relationshipStrength: 3,
    ownerId: 'rep-1',
    leftAt: null,
    isMainContact: false,
    lastActivityAt: daysAgo(10),
    ...overrides,
  };
}

export function reportsTo(from: string, to: string, strength = 2): ContactRelation {
  return { scope: 'contact', kind: 'reports_to', from, to, strength };
}

export function relation(kind: ContactRelation['kind'], from: string, to: string, strength = 2): ContactRelation {
  return { scope: 'contact', kind, from, to, strength };
}

export function departmentRelation(kind: DepartmentRelation['kind'], from: string, to: string): DepartmentRelation {
  return { scope: 'department', kind, from, to, strength: 2 };
}

/** The defaults with a partial company override, parsed as the settings document would be. */
export function settingsWith(overrides: Record<string, unknown> = {}): PowerMapSettings {
  return powerMapSettingsSchema.parse(overrides);
}
