import { asc, eq, sql } from 'drizzle-orm';
import type { UserRole } from '../../domain/catalog.ts';
import { hashPassword } from '../../server/auth/password.ts';
import { AppError } from '../../server/errors.ts';
import type { Db } from '../client.ts';
import { users } from '../schema/index.ts';

export interface NewUser {
  email: string;
  name: string;
  nameZh?: string | null;
  role: UserRole;
  password: string;
  title?: string | null;
  regionId?: string | null;
  departmentId?: string | null;
  salesTrained?: boolean;
}

/** Public columns: never the password hash. */
export const userPublic = {
  id: users.id,
  email: users.email,
  name: users.name,
  nameZh: users.nameZh,
  role: users.role,
  title: users.title,
  regionId: users.regionId,
  departmentId: users.departmentId,
  salesTrained: users.salesTrained,
  active: users.active,
  locale: users.locale,
};

export async function createUser(db: Db, input: NewUser) {
  const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`);
  if (existing) throw new AppError('conflict.duplicate', `A user with email ${input.email} exists.`, { field: 'email' });
  const { password, ...rest } = input;
  const [row] = await db
    .insert(users)
    .values({ ...rest, passwordHash: await hashPassword(password) })
    .returning(userPublic);
  return row!;
}

export async function listUsers(db: Db, filter: { role?: UserRole } = {}) {
  return db
    .select(userPublic)
    .from(users)
    .where(filter.role ? eq(users.role, filter.role) : undefined)
    .orderBy(asc(users.name));
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select(userPublic).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row ?? null;
}
