import { departments, regions, users } from '../../db/schema/index.ts';
import { hashPassword } from '../../server/auth/password.ts';
import { departmentRow, type NewDepartment, type NewRegion, type NewUser, regionRow, userRow } from '../rows/company-rows.ts';
import { type Executor, first } from './executor.ts';

export async function makeRegion(db: Executor, overrides: Partial<NewRegion> = {}) {
  return first(await db.insert(regions).values(regionRow(overrides)).returning());
}

export async function makeDepartment(db: Executor, overrides: Partial<NewDepartment> = {}) {
  return first(await db.insert(departments).values(departmentRow(overrides)).returning());
}

/** A user; give `password` to store its scrypt hash, so the user can sign in. */
export async function makeUser(db: Executor, overrides: Partial<NewUser> & { password?: string } = {}) {
  const { password, ...rest } = overrides;
  const passwordHash = password === undefined ? rest.passwordHash : await hashPassword(password);
  return first(
    await db
      .insert(users)
      .values(userRow({ ...rest, passwordHash }))
      .returning(),
  );
}
