import type {
  accountScores,
  attestations,
  benchmarkTargets,
  levelAssessments,
  playbookRecords,
  tagDecisions,
} from '../../db/schema/index.ts';

export type NewAttestation = typeof attestations.$inferInsert;
export type NewAccountScore = typeof accountScores.$inferInsert;
export type NewLevelAssessment = typeof levelAssessments.$inferInsert;
export type NewTagDecision = typeof tagDecisions.$inferInsert;
export type NewPlaybookRecord = typeof playbookRecords.$inferInsert;
export type NewBenchmarkTarget = typeof benchmarkTargets.$inferInsert;

export function attestationRow(overrides: Partial<NewAttestation> & { accountId: string }): NewAttestation {
  return { criterion: 'mutual_commitment', effect: 'for', note: 'Joint project team formed / 双方成立联合项目组', ...overrides };
}

export function accountScoreRow(overrides: Partial<NewAccountScore> & { accountId: string }): NewAccountScore {
  return { influence: 3, satisfaction: 3, cooperation: 3, ...overrides };
}

export function levelAssessmentRow(overrides: Partial<NewLevelAssessment> & { accountId: string }): NewLevelAssessment {
  return { level: 5, source: 'own_estimate', assessedAt: new Date(), ...overrides };
}

export function tagDecisionRow(overrides: Partial<NewTagDecision> & { accountId: string }): NewTagDecision {
  return { suggested: 'none', decided: 'none', ...overrides };
}

export function playbookRecordRow(overrides: Partial<NewPlaybookRecord> & { accountId: string }): NewPlaybookRecord {
  return { kind: 'benchmark_profile', payload: { level: 'local', radiates: [] }, ...overrides };
}

export function benchmarkTargetRow(overrides: Partial<NewBenchmarkTarget> & { userId: string; year: number }): NewBenchmarkTarget {
  return { target: 2, candidateAccountIds: [], ...overrides };
}
