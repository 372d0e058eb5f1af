import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { apiTokens, sessions, users } from '../../db/schema/index.ts';
import type { UserRole } from '../../domain/catalog.ts';
import { hashSecret } from './tokens.ts';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  nameZh: string | null;
  role: UserRole;
  regionId: string | null;
  departmentId: string | null;
  locale: string;
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  nameZh: users.nameZh,
  role: users.role,
  regionId: users.regionId,
  departmentId: users.departmentId,
  locale: users.locale,
};

/** The active user behind a session cookie, if the session is live. */
export async function userForSession(db: Db, secret: string, now: Date): Promise<CurrentUser | null> {
  const [row] = await db
    .select(userColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashSecret(secret)), gt(sessions.expiresAt, now), eq(users.active, true)));
  return (row as CurrentUser | undefined) ?? null;
}

/** The active user behind a personal API token, if it is neither revoked nor expired. */
export async function userForApiToken(db: Db, secret: string, now: Date): Promise<CurrentUser | null> {
  const hash = hashSecret(secret);
  const [row] = await db
    .select(userColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.tokenHash, hash));
  return row as CurrentUser;
}
