import { type Judgement, reason } from '../reason.ts';
import { type LevelAssessment, inDateOrder } from './assessment.ts';
import type { RelationshipLevel } from './level.ts';

export type MoveDirection = 'up' | 'down';

export interface LevelMove {
  from: RelationshipLevel;
  to: RelationshipLevel;
  direction: MoveDirection;
  /** How many rungs were crossed; always positive. */
  steps: number;
  at: Date;
  evidence: string | null;
}

/**
 * The dated moves of the official level: every change between consecutive
 * customer-confirmed assessments, up (closer) or down (looser). Own estimates never
 * move the official level.
 */
export function levelMoves(options: { assessments: readonly LevelAssessment[] }): Judgement<LevelMove[]> {
  const confirmed = inDateOrder(options.assessments).filter((a) => a.source === 'customer_confirmed');
  const moves: LevelMove[] = [];
  for (let i = 1; i < confirmed.length; i++) {
    const before = confirmed[i - 1];
    const after = confirmed[i];
    if (!before || !after || before.level === after.level) continue;
    moves.push({
      from: before.level,
      to: after.level,
      // Level 1 is the top of the ladder, so a smaller number is a move up.
      direction: after.level < before.level ? 'up' : 'down',
      steps: Math.abs(after.level - before.level),
      at: after.assessedAt,
      evidence: after.evidence ?? null,
    });
  }
  const reasons = moves.map((m) =>
    reason(m.direction === 'up' ? 'ladder_moved_up' : 'ladder_moved_down', true, {
      input: m.to,
      threshold: m.from,
      params: { at: m.at.toISOString(), steps: m.steps, evidence: m.evidence },
    }),
  );
  return { value: moves, reasons };
}
