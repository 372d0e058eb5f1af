import { and, arrayContains, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { ProofAssetKind } from '../../domain/deals/vocabulary.ts';
import { AppError } from '../../server/errors.ts';
import type { OnboardingIssuePatch, ProofAssetBody } from '../../server/routes/deals-library.schema.ts';
import type { Db } from '../client.ts';
import { accounts, dealProofs, onboardingIssues, proofAssets, users } from '../schema/index.ts';

// The proof library (company-wide, SPEC §4) and the onboarding (磨合期) issues of a won deal.

/** Proof assets, optionally of one kind or matching words in either title or the description. */
export async function listProofAssets(db: Db, filters: { kind?: string; q?: string; industry?: string }) {
  const words = filters.q ? `%${filters.q}%` : null;
  const rows = await db
    .select()
    .from(proofAssets)
    .where(
      and(
        filters.kind ? eq(proofAssets.kind, filters.kind) : undefined,
        words ? or(ilike(proofAssets.title, words), ilike(proofAssets.titleZh, words), ilike(proofAssets.description, words)) : undefined,
        // A general asset (no industry) speaks to every customer, so it stays in an industry search.
        filters.industry ? or(arrayContains(proofAssets.industries, [filters.industry]), eq(proofAssets.industries, [])) : undefined,
      ),
    )
    .orderBy(asc(proofAssets.kind), asc(proofAssets.title))
    .limit(500);
  // Kinds are validated on the way in (proofAssetBody).
  return rows.map((row) => ({ ...row, kind: row.kind as ProofAssetKind }));
}
export type StoredProofAsset = Awaited<ReturnType<typeof listProofAssets>>[number];

export async function createProofAsset(db: Db, input: ProofAssetBody & { createdBy: string }) {
  if (input.sourceAccountId) {
    const [source] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, input.sourceAccountId));
    if (!source) throw new AppError('validation.failed', 'No such account.', { field: 'sourceAccountId' });
  }
  const [row] = await db.insert(proofAssets).values(input).returning();
  return row!;
}

export async function attachProof(db: Db, ref: { accountId: string; dealId: string }, proofAssetId: string, now: Date) {
  const [asset] = await db.select({ id: proofAssets.id }).from(proofAssets).where(eq(proofAssets.id, proofAssetId));
  if (!asset) throw new AppError('validation.failed', 'No such proof in the library.', { field: 'proofAssetId' });
  await db
    .insert(dealProofs)
    .values({ ...ref, proofAssetId, attachedAt: now })
    .onConflictDoNothing();
}

export async function detachProof(db: Db, ref: { accountId: string; dealId: string }, proofAssetId: string) {
  const rows = await db
    .delete(dealProofs)
    .where(and(eq(dealProofs.accountId, ref.accountId), eq(dealProofs.dealId, ref.dealId), eq(dealProofs.proofAssetId, proofAssetId)))
    .returning({ id: dealProofs.proofAssetId });
  if (rows.length === 0) throw new AppError('not_found', 'That proof is not attached to this deal.');
}

async function requireOwner(db: Db, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, ownerId));
  if (!user) throw new AppError('validation.failed', 'No such user.', { field: 'ownerId' });
}

export async function addOnboardingIssue(
  db: Db,
  ref: { accountId: string; dealId: string },
  input: { title: string; ownerId?: string | null; dueOn: string },
) {
  await requireOwner(db, input.ownerId);
  const [row] = await db
    .insert(onboardingIssues)
    .values({ ...ref, ...input })
    .returning({ id: onboardingIssues.id });
  return row!.id;
}

/** Change an issue; marking it done stamps when, reopening clears it. */
export async function updateOnboardingIssue(
  db: Db,
  ref: { accountId: string; dealId: string },
  issueId: string,
  patch: OnboardingIssuePatch,
  now: Date,
) {
  await requireOwner(db, patch.ownerId);
  // Marking a done issue done again keeps the day it was first resolved.
  const resolved =
    patch.status === undefined
      ? {}
      : { resolvedAt: patch.status === 'done' ? sql`coalesce(${onboardingIssues.resolvedAt}, ${now.toISOString()}::timestamptz)` : null };
  const rows = await db
    .update(onboardingIssues)
    .set({ ...patch, ...resolved })
    .where(and(eq(onboardingIssues.accountId, ref.accountId), eq(onboardingIssues.dealId, ref.dealId), eq(onboardingIssues.id, issueId)))
    .returning({ id: onboardingIssues.id });
  if (rows.length === 0) throw new AppError('not_found', 'No such onboarding issue on this deal.');
}
