import type { RelationshipLevel } from './level.ts';

/** Who says the relationship is at this level: we, or the customer (层级是客户说了算的). */
export const ASSESSMENT_SOURCES = ['own_estimate', 'customer_confirmed'] as const;
export type AssessmentSource = (typeof ASSESSMENT_SOURCES)[number];

/** How the customer confirmed a level. */
export const CONFIRMATION_CHANNELS = ['review_meeting', 'survey', 'other'] as const;
export type ConfirmationChannel = (typeof CONFIRMATION_CHANNELS)[number];

export interface LevelAssessment {
  id?: string;
  level: RelationshipLevel;
  source: AssessmentSource;
  confirmedVia?: ConfirmationChannel | null;
  evidence?: string | null;
  assessedAt: Date;
  assessedBy?: string | null;
}

/**
 * Assessments oldest first. The sort is stable, so among assessments made at the
 * same moment the one recorded later in the input counts as the later one.
 */
export function inDateOrder<T extends { assessedAt: Date }>(assessments: readonly T[]): T[] {
  return [...assessments].sort((a, b) => a.assessedAt.getTime() - b.assessedAt.getTime());
}

/** The latest assessment from one source, or null when that source never spoke. */
export function latestFrom<T extends LevelAssessment>(assessments: readonly T[], source: AssessmentSource): T | null {
  const ordered = inDateOrder(assessments).filter((a) => a.source === source);
  return ordered[ordered.length - 1] ?? null;
}
