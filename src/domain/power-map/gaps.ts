import type { Contact, PowerRelation } from './contact.ts';
import { decisionMakerNotCovered, decisionMakerUnknown, narrowCoverage, singleThreaded } from './coverage-gaps.ts';
import { type GapRule, type PowerMapGap, powerMapGapKinds } from './gap.ts';
import {
  figureheadAsMainContact,
  highInfluenceOpponent,
  keyContactLeft,
  noCoach,
  opponentInfluencesDecisionMaker,
} from './people-gaps.ts';
import type { GapSeverity, PowerMapSettings } from './settings.ts';

const rules: GapRule[] = [
  noCoach,
  decisionMakerUnknown,
  decisionMakerNotCovered,
  singleThreaded,
  highInfluenceOpponent,
  opponentInfluencesDecisionMaker,
  figureheadAsMainContact,
  keyContactLeft,
  narrowCoverage,
];

const severityOrder: Record<GapSeverity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Decides which power-map gaps an account has (SPEC §5): where we lack a guide,
 * miss the people who decide, hang on one thread, face powerful opponents, or just
 * lost someone who mattered. Most urgent first; gaps a company switched off are left out.
 */
export function powerMapGaps(options: {
  contacts: readonly Contact[];
  relations: readonly PowerRelation[];
  now: Date;
  settings: PowerMapSettings;
}): PowerMapGap[] {
  const gaps: PowerMapGap[] = [];
  for (const rule of rules) {
    const finding = rule(options);
    if (finding === null) continue;
    const severity = options.settings.severities[finding.gap];
    if (severity === 'off') continue;
    gaps.push({ ...finding, severity });
  }
  return gaps.sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      powerMapGapKinds.indexOf(a.gap) - powerMapGapKinds.indexOf(b.gap),
  );
}
