import type { LevelAssessment } from '../../../src/domain/ladder/assessment.ts';
import type { RelationshipLevel } from '../../../src/domain/ladder/level.ts';

export const NOW = new Date('2026-06-15T12:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

export function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * DAY_MS);
}

export const own = (level: RelationshipLevel, days: number): LevelAssessment => ({ level, source: 'own_estimate', assessedAt: daysAgo(days) });
export const confirmed = (level: RelationshipLevel, days: number, evidence?: string): LevelAssessment => ({
  level,
  source: 'customer_confirmed',
  confirmedVia: 'review_meeting',
  evidence: evidence ?? null,
  assessedAt: daysAgo(days),
});
