import type { departments, regions, users } from '../../db/schema/index.ts';
import { nextSequence } from './sequence.ts';

export type NewRegion = typeof regions.$inferInsert;
export type NewDepartment = typeof departments.$inferInsert;
export type NewUser = typeof users.$inferInsert;

export function regionRow(overrides: Partial<NewRegion> = {}): NewRegion {
  const n = nextSequence();
  return { code: `region-${n}`, nameEn: `Region ${n}`, nameZh: `区域${n}`, provinces: [], marketStage: 'mid', ...overrides };
}

export function departmentRow(overrides: Partial<NewDepartment> = {}): NewDepartment {
  const n = nextSequence();
  return { code: `department-${n}`, nameEn: `Department ${n}`, nameZh: `部门${n}`, kind: 'sales', ...overrides };
}

/** A user row; the password hash is the factory's business (hashing is slow and async). */
export function userRow(overrides: Partial<NewUser> = {}): NewUser {
  const n = nextSequence();
  return { email: `user${n}@example.test`, name: `User ${n}`, role: 'rep', locale: 'en', ...overrides };
}
