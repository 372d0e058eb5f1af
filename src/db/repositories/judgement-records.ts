import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tag } from '../../domain/catalog.ts';
import type { AttestationBody, LevelAssessmentBody, ScoreBody, TagDecisionBody } from '../../server/routes/judgement-records.schema.ts';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { accountEvaluations, accountScores, attestations, levelAssessments, tagDecisions, users } from '../schema/index.ts';

// The human records the method reads for one account: attestations, manager
// scores, tag decisions and level assessments. Callers have checked the account
// is in the user's scope; every query still names account_id (the distribution key).

const person = alias(users, 'person');
const personColumns = { id: person.id, name: person.name, nameZh: person.nameZh };
const asPerson = (p: { id: string | null; name: string | null; nameZh: string | null } | null) =>
  p?.id ? { id: p.id, name: p.name ?? '', nameZh: p.nameZh } : null;

// Strategic intents travel in the evidence column as `intent:<id>`, the form the evaluation reads.
const intentPrefix = 'intent:';

export async function listAttestations(db: Db | Tx, accountId: string) {
  const rows = await db
    .select({ a: attestations, by: personColumns })
    .from(attestations)
    .leftJoin(person, eq(person.id, attestations.attestedBy))
    .where(eq(attestations.accountId, accountId))
    .orderBy(desc(attestations.attestedAt));
  return rows.map(({ a, by }) => {
    const intent = a.evidence?.startsWith(intentPrefix) ? a.evidence.slice(intentPrefix.length).trim() : null;
    return {
      id: a.id,
      criterion: a.criterion,
      effect: a.effect,
      note: a.note,
      evidence: intent === null ? a.evidence : null,
      intentId: intent,
      attestedBy: asPerson(by),
      attestedAt: a.attestedAt,
    };
  });
}

/** Record a person's evidence for or against a criterion (or a promotion despite the payment trap). */
export async function addAttestation(db: Db | Tx, opts: { accountId: string; input: AttestationBody; actorId: string; now: Date }) {
  const { input } = opts;
  if (input.criterion === 'strategic_promotion' && input.effect === 'against' && !(await hasPromotion(db, opts.accountId))) {
    throw new AppError('validation.failed', 'There is no promotion to withdraw.', { field: 'effect' });
  }
  if (input.intentId && input.criterion !== 'strategic_fit') {
    throw new AppError('validation.failed', 'Only strategic fit names a strategic intent.', { field: 'intentId' });
  }
  const evidence = input.intentId ? `${intentPrefix}${input.intentId}` : (input.evidence ?? null);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(attestations)
      .values({
        accountId: opts.accountId,
        criterion: input.criterion,
        effect: input.effect,
        note: input.note,
        evidence,
        attestedBy: opts.actorId,
        attestedAt: opts.now,
      })
      .returning({ id: attestations.id });
    return row!;
  });
}

async function hasPromotion(db: Db | Tx, accountId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: attestations.id })
    .from(attestations)
    .where(and(eq(attestations.accountId, accountId), eq(attestations.criterion, 'strategic_promotion'), eq(attestations.effect, 'for')))
    .limit(1);
  return row !== undefined;
}

export async function listScores(db: Db | Tx, accountId: string) {
  const rows = await db
    .select({ s: accountScores, by: personColumns })
    .from(accountScores)
    .leftJoin(person, eq(person.id, accountScores.scoredBy))
    .where(eq(accountScores.accountId, accountId))
    .orderBy(desc(accountScores.scoredAt));
  return rows.map(({ s, by }) => ({
    id: s.id,
    influence: s.influence,
    satisfaction: s.satisfaction,
    cooperation: s.cooperation,
    note: s.note,
    scoredBy: asPerson(by),
    scoredAt: s.scoredAt,
  }));
}

/** A manager's scores of influence, satisfaction and cooperation; the latest one counts. */
export async function addScore(db: Db | Tx, opts: { accountId: string; input: ScoreBody; actorId: string; now: Date }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(accountScores)
      .values({ accountId: opts.accountId, ...opts.input, note: opts.input.note ?? null, scoredBy: opts.actorId, scoredAt: opts.now })
      .returning({ id: accountScores.id });
    return row!;
  });
}

export async function listTagDecisions(db: Db | Tx, accountId: string) {
  const rows = await db
    .select({ d: tagDecisions, by: personColumns })
    .from(tagDecisions)
    .leftJoin(person, eq(person.id, tagDecisions.decidedBy))
    .where(eq(tagDecisions.accountId, accountId))
    .orderBy(desc(tagDecisions.decidedAt));
  return rows.map(({ d, by }) => ({
    id: d.id,
    suggested: d.suggested,
    decided: d.decided,
    source: d.decided === d.suggested ? ('confirmed' as const) : ('overridden' as const),
    note: d.note,
    decidedBy: asPerson(by),
    decidedAt: d.decidedAt,
  }));
}

/**
 * A manager confirms the tag the system suggests now, or overrides it. An override
 * must say why: the note is what the next manager reads.
 */
export async function decideTag(db: Db | Tx, opts: { accountId: string; input: TagDecisionBody; actorId: string; now: Date }) {
  return db.transaction(async (tx) => {
    const [evaluation] = await tx
      .select({ suggested: accountEvaluations.suggestedTag })
      .from(accountEvaluations)
      .where(eq(accountEvaluations.accountId, opts.accountId))
      .for('update');
    if (!evaluation) throw new AppError('conflict.stale_version', 'The account has not been evaluated yet; reload and try again.');
    const suggested = evaluation.suggested as Tag;
    const note = opts.input.note?.trim() || null;
    if (opts.input.decided !== suggested && !note) {
      throw new AppError('validation.failed', 'An override of the suggested tag needs a note saying why.', { field: 'note' });
    }
    const [row] = await tx
      .insert(tagDecisions)
      .values({ accountId: opts.accountId, suggested, decided: opts.input.decided, note, decidedBy: opts.actorId, decidedAt: opts.now })
      .returning({ id: tagDecisions.id });
    return { id: row!.id, suggested };
  });
}

export async function listLevelAssessments(db: Db | Tx, accountId: string) {
  const rows = await db
    .select({ l: levelAssessments, by: personColumns })
    .from(levelAssessments)
    .leftJoin(person, eq(person.id, levelAssessments.assessedBy))
    .where(eq(levelAssessments.accountId, accountId))
    .orderBy(desc(levelAssessments.assessedAt), desc(levelAssessments.createdAt));
  return rows.map(({ l, by }) => ({
    id: l.id,
    level: l.level,
    source: l.source,
    evidence: l.evidence,
    assessedAt: l.assessedAt,
    assessedBy: asPerson(by),
    createdAt: l.createdAt,
  }));
}

/** Record a level: our own estimate, or the customer's confirmation with its evidence. */
export async function addLevelAssessment(db: Db | Tx, opts: { accountId: string; input: LevelAssessmentBody; actorId: string; now: Date }) {
  const { input, now } = opts;
  if (input.assessedAt && input.assessedAt > now.toISOString().slice(0, 10)) {
    throw new AppError('validation.failed', 'An assessment cannot be dated in the future.', { field: 'assessedAt' });
  }
  // A dated assessment is taken at noon UTC of its day (so it reads as that day
  // everywhere), but never later than now: a rule must not see it as not yet made.
  const noon = input.assessedAt ? new Date(`${input.assessedAt}T12:00:00Z`) : now;
  const assessedAt = noon.getTime() > now.getTime() ? now : noon;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(levelAssessments)
      .values({
        accountId: opts.accountId,
        level: input.level,
        source: input.source,
        evidence: input.evidence ?? null,
        assessedAt,
        assessedBy: opts.actorId,
      })
      .returning({ id: levelAssessments.id });
    return row!;
  });
}
