import { accountScores, attestations, benchmarkTargets, levelAssessments, playbookRecords, tagDecisions } from '../../db/schema/index.ts';
import {
  accountScoreRow,
  attestationRow,
  benchmarkTargetRow,
  levelAssessmentRow,
  type NewAccountScore,
  type NewAttestation,
  type NewBenchmarkTarget,
  type NewLevelAssessment,
  type NewPlaybookRecord,
  type NewTagDecision,
  playbookRecordRow,
  tagDecisionRow,
} from '../rows/judgement-rows.ts';
import { makeAccount } from './accounts.ts';
import { makeUser } from './company.ts';
import { type Executor, first } from './executor.ts';

type ForAccount<T> = Partial<T> & { accountId?: string };

async function accountIdFor(db: Executor, accountId: string | undefined): Promise<string> {
  return accountId ?? (await makeAccount(db)).id;
}

export async function makeAttestation(db: Executor, overrides: ForAccount<NewAttestation> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  return first(
    await db
      .insert(attestations)
      .values(attestationRow({ ...overrides, accountId }))
      .returning(),
  );
}

export async function makeAccountScore(db: Executor, overrides: ForAccount<NewAccountScore> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  return first(
    await db
      .insert(accountScores)
      .values(accountScoreRow({ ...overrides, accountId }))
      .returning(),
  );
}

export async function makeLevelAssessment(db: Executor, overrides: ForAccount<NewLevelAssessment> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  return first(
    await db
      .insert(levelAssessments)
      .values(levelAssessmentRow({ ...overrides, accountId }))
      .returning(),
  );
}

export async function makeTagDecision(db: Executor, overrides: ForAccount<NewTagDecision> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  return first(
    await db
      .insert(tagDecisions)
      .values(tagDecisionRow({ ...overrides, accountId }))
      .returning(),
  );
}

export async function makePlaybookRecord(db: Executor, overrides: ForAccount<NewPlaybookRecord> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  return first(
    await db
      .insert(playbookRecords)
      .values(playbookRecordRow({ ...overrides, accountId }))
      .returning(),
  );
}

export async function makeBenchmarkTarget(db: Executor, overrides: Partial<NewBenchmarkTarget> = {}) {
  const userId = overrides.userId ?? (await makeUser(db)).id;
  const year = overrides.year ?? new Date().getUTCFullYear();
  return first(
    await db
      .insert(benchmarkTargets)
      .values(benchmarkTargetRow({ ...overrides, userId, year }))
      .returning(),
  );
}
