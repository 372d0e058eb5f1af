import { type Judgement, reason } from '../reason.ts';
import { type DealSettings, dealDefaults } from './settings.ts';
import { type SalesStage, salesStageIndex } from './stages.ts';

/** `not_yet_required` before the stage where the delivery team must join. */
export type DeliveryTeamStatus = 'present' | 'missing' | 'not_yet_required';

export interface DeliveryTeamCheck extends Judgement<DeliveryTeamStatus> {
  flagged: boolean;
}

/**
 * Flags a solution deal that has reached solution design (by default) without a
 * delivery member: seed 002 has the delivery team join the design, so that the
 * onboarding (磨合期), the riskiest stage, is not a surprise to them.
 */
export function checkDeliveryTeam(options: {
  salesStage: SalesStage;
  team: { role: string }[];
  rules?: DealSettings['deliveryTeam'];
}): DeliveryTeamCheck {
  const { salesStage, team, rules = dealDefaults.deliveryTeam } = options;
  const required = salesStageIndex(salesStage) >= salesStageIndex(rules.requiredFrom);
  const deliveryMembers = team.filter((m) => rules.deliveryRoles.includes(m.role)).length;
  const value: DeliveryTeamStatus = !required ? 'not_yet_required' : deliveryMembers > 0 ? 'present' : 'missing';

  return {
    value,
    flagged: value === 'missing',
    reasons: [
      reason('delivery_team_required', required, {
        input: salesStage,
        threshold: rules.requiredFrom,
      }),
      reason('delivery_team_present', deliveryMembers > 0, {
        input: deliveryMembers,
        threshold: 1,
        params: { roles: rules.deliveryRoles.join(', ') },
      }),
    ],
  };
}
