import { describe, expect, it } from 'vitest';
import { checkDeliveryTeam } from '../../../src/domain/deals/check-delivery-team.ts';
import { dealDefaults } from '../../../src/domain/deals/settings.ts';

const noDelivery = [{ role: 'sales' }, { role: 'solution' }];
const withDelivery = [...noDelivery, { role: 'delivery' }];

describe('checkDeliveryTeam', () => {
  it('does not require delivery just before solution design', () => {
    const result = checkDeliveryTeam({ salesStage: 'needs_discovery', team: noDelivery });
    expect(result).toMatchObject({ value: 'not_yet_required', flagged: false });
    expect(result.reasons[0]).toMatchObject({ rule: 'delivery_team_required', met: false, threshold: 'solution_design' });
  });

  it('flags a deal at solution design without a delivery member', () => {
    const result = checkDeliveryTeam({ salesStage: 'solution_design', team: noDelivery });
    expect(result).toMatchObject({ value: 'missing', flagged: true });
    expect(result.reasons[1]).toMatchObject({ rule: 'delivery_team_present', met: false, input: 0, threshold: 1 });
  });

  it.each(['solution_proof', 'solution_delivery'] as const)('flags a deal at %s without a delivery member', (salesStage) => {
    expect(checkDeliveryTeam({ salesStage, team: [] }).flagged).toBe(true);
  });

  it('passes once a delivery member is on the deal', () => {
    const result = checkDeliveryTeam({ salesStage: 'solution_design', team: withDelivery });
    expect(result).toMatchObject({ value: 'present', flagged: false });
  });

  it('follows the company rules for the stage and the roles', () => {
    const rules = { requiredFrom: 'solution_proof' as const, deliveryRoles: ['operations'] };
    expect(checkDeliveryTeam({ salesStage: 'solution_design', team: [], rules }).flagged).toBe(false);
    expect(checkDeliveryTeam({ salesStage: 'solution_proof', team: withDelivery, rules }).flagged).toBe(true);
    expect(checkDeliveryTeam({ salesStage: 'solution_proof', team: [{ role: 'operations' }], rules }).flagged).toBe(false);
  });

  it('defaults to the settings defaults', () => {
    expect(dealDefaults.deliveryTeam).toEqual({ requiredFrom: 'solution_design', deliveryRoles: ['delivery'] });
  });
});
