import type { Tier } from '../../domain/catalog.ts';
import type { LadderIndicators, LevelMove, NextStepAdvice, RelationshipLevel } from '../../domain/ladder/index.ts';
import type { Judgement } from '../../domain/reason.ts';
import type { Criterion, GrowthAssessment, Serviceability } from '../../domain/selection/index.ts';
import type { EffectiveTag, Tag } from '../../domain/tags/index.ts';

/**
 * One account's whole judgement, as stored in `account_evaluations.result` and
 * served by the judgement API: every value with the reasons that produced it,
 * exactly as the domain returned them. Stored as JSON, so Dates read back as ISO
 * strings.
 */
export interface EvaluationResult {
  tier: Judgement<Tier>;
  criteria: Record<Criterion, Judgement<boolean>>;
  paymentTrap: Judgement<boolean>;
  serviceability: Judgement<Serviceability>;
  growth: Judgement<GrowthAssessment>;
  tag: { suggested: Judgement<Tag>; effective: Judgement<EffectiveTag> };
  level: {
    official: Judgement<RelationshipLevel | null>;
    optimism: Judgement<boolean>;
    moves: Judgement<LevelMove[]>;
    dropAlert: Judgement<boolean>;
    indicators: Judgement<LadderIndicators>;
    nextStep: Judgement<NextStepAdvice> | null;
  };
  settingsVersion: number;
  evaluatedAt: string;
}
