import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '../../server/errors.ts';
import type { Db } from '../client.ts';
import { contacts, dealActions, dealProofs, dealSignals, dealTeamMembers, onboardingIssues, proofAssets, users } from '../schema/index.ts';

// What is logged on one deal: its team, the buying signals seen, our sales actions,
// the proof attached and the onboarding issues. The deal is known to exist on the
// account, and the account to be in the caller's scope.

const onDeal = (table: { accountId: AnyPgColumn; dealId: AnyPgColumn }, accountId: string, dealId: string) =>
  and(eq(table.accountId, accountId), eq(table.dealId, dealId));

/** Everything logged on a deal, read side by side. */
export async function loadDealRecords(db: Db, accountId: string, dealId: string) {
  const [team, signals, actions, proofs, issues] = await Promise.all([
    db
      .select({ userId: dealTeamMembers.userId, name: users.name, nameZh: users.nameZh, role: dealTeamMembers.role })
      .from(dealTeamMembers)
      .innerJoin(users, eq(users.id, dealTeamMembers.userId))
      .where(onDeal(dealTeamMembers, accountId, dealId))
      .orderBy(asc(dealTeamMembers.role), asc(users.name)),
    db
      .select({ signal: dealSignals, contactName: contacts.name, contactNameZh: contacts.nameZh })
      .from(dealSignals)
      .leftJoin(contacts, and(eq(contacts.accountId, dealSignals.accountId), eq(contacts.id, dealSignals.contactId)))
      .where(onDeal(dealSignals, accountId, dealId))
      .orderBy(desc(dealSignals.observedAt), asc(dealSignals.id)),
    db
      .select()
      .from(dealActions)
      .where(onDeal(dealActions, accountId, dealId))
      .orderBy(desc(dealActions.occurredAt), asc(dealActions.id)),
    db
      .select({ asset: proofAssets, attachedAt: dealProofs.attachedAt })
      .from(dealProofs)
      .innerJoin(proofAssets, eq(proofAssets.id, dealProofs.proofAssetId))
      .where(onDeal(dealProofs, accountId, dealId))
      .orderBy(asc(dealProofs.attachedAt), asc(proofAssets.id)),
    db
      .select({ issue: onboardingIssues, ownerName: users.name, ownerNameZh: users.nameZh })
      .from(onboardingIssues)
      .leftJoin(users, eq(users.id, onboardingIssues.ownerId))
      .where(onDeal(onboardingIssues, accountId, dealId))
      .orderBy(asc(onboardingIssues.dueOn), asc(onboardingIssues.id)),
  ]);
  return {
    team,
    signals: signals.map(({ signal, ...names }) => ({ ...signal, ...names })),
    actions,
    proofs: proofs.map(({ asset, attachedAt }) => ({ ...asset, attachedAt })),
    issues: issues.map(({ issue, ...names }) => ({ ...issue, ...names })),
  };
}
export type DealRecords = Awaited<ReturnType<typeof loadDealRecords>>;

export async function addTeamMember(db: Db, ref: { accountId: string; dealId: string }, member: { userId: string; role: string }) {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, member.userId));
  if (!user) throw new AppError('validation.failed', 'No such user.', { field: 'userId' });
  await db
    .insert(dealTeamMembers)
    .values({ ...ref, ...member })
    .onConflictDoNothing();
}

export async function removeTeamMember(db: Db, ref: { accountId: string; dealId: string }, member: { userId: string; role: string }) {
  const rows = await db
    .delete(dealTeamMembers)
    .where(
      and(
        onDeal(dealTeamMembers, ref.accountId, ref.dealId),
        eq(dealTeamMembers.userId, member.userId),
        eq(dealTeamMembers.role, member.role),
      ),
    )
    .returning({ userId: dealTeamMembers.userId });
  if (rows.length === 0) throw new AppError('not_found', 'That person has no such role on the deal.');
}

export interface NewSignal {
  signal: string;
  observedAt: Date;
  contactId?: string | null;
  note?: string | null;
  createdBy: string;
}

/** Log a buying signal; the source contact must be one of the account's people. */
export async function addSignal(db: Db, ref: { accountId: string; dealId: string }, input: NewSignal) {
  if (input.contactId) {
    const [contact] = await db
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.accountId, ref.accountId), eq(contacts.id, input.contactId)));
    if (!contact) throw new AppError('validation.failed', 'The source is not a contact of this account.', { field: 'contactId' });
  }
  const [row] = await db
    .insert(dealSignals)
    .values({ ...ref, ...input })
    .returning({ id: dealSignals.id });
  return row!.id;
}

/** Retract a signal logged by mistake: it stays in the log, marked, and no longer counts. */
export async function retractSignal(db: Db, ref: { accountId: string; dealId: string }, signalId: string, now: Date) {
  const rows = await db
    .update(dealSignals)
    .set({ retractedAt: now })
    .where(and(onDeal(dealSignals, ref.accountId, ref.dealId), eq(dealSignals.id, signalId), isNull(dealSignals.retractedAt)))
    .returning({ id: dealSignals.id });
  if (rows.length > 0) return;
  const [exists] = await db
    .select({ id: dealSignals.id })
    .from(dealSignals)
    .where(and(onDeal(dealSignals, ref.accountId, ref.dealId), eq(dealSignals.id, signalId)));
  if (!exists) throw new AppError('not_found', 'No such signal on this deal.');
  // Retracting twice is harmless: the first retraction stands.
}

/** Log one of our sales actions with the check it was given at the time. */
export async function addAction(
  db: Db,
  ref: { accountId: string; dealId: string },
  input: { action: string; occurredAt: Date; note?: string | null; check: unknown; createdBy: string },
) {
  const [row] = await db
    .insert(dealActions)
    .values({ ...ref, ...input })
    .returning();
  return row!;
}
