import { and, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../server/errors.ts';
import { apiTokenPrefix, hashSecret, newSecret } from '../../server/auth/tokens.ts';
import type { Db } from '../client.ts';
import { apiTokens } from '../schema/index.ts';

/** Create a personal API token; the secret is returned once and only its hash is kept. */
export async function createApiToken(db: Db, opts: { userId: string; name: string; expiresAt?: Date | null }) {
  const secret = newSecret(apiTokenPrefix);
  const [row] = await db
    .insert(apiTokens)
    .values({ userId: opts.userId, name: opts.name, tokenHash: hashSecret(secret), expiresAt: opts.expiresAt ?? null })
    .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, expiresAt: apiTokens.expiresAt });
  return { ...row!, token: secret };
}

export async function listApiTokens(db: Db, userId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(db: Db, opts: { userId: string; tokenId: string; now: Date }) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: opts.now })
    .where(and(eq(apiTokens.id, opts.tokenId), eq(apiTokens.userId, opts.userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (rows.length === 0) throw new AppError('not_found', 'No such active token.');
}
