import { describe, expect, it } from 'vitest';
import { type SelectionAccount, evaluateSelection } from '../../../src/domain/selection/evaluate-selection.ts';
import { scaleRanking } from '../../../src/domain/selection/scale-ranking.ts';
import { defaultSelectionSettings } from '../../../src/domain/selection/settings.ts';
import { NOW, attest, daysAgo } from './fixtures.ts';

const ranking = scaleRanking({
  accounts: [
    { accountId: 'apparel-leader', trailing12: { revenue: 8_000_000, grossProfit: 900_000 } },
    { accountId: 'small-shop', trailing12: { revenue: 2_000_000, grossProfit: 300_000 } },
  ],
  basis: 'revenue',
  cutShare: 0.5,
});

const leader: SelectionAccount = {
  accountId: 'apparel-leader',
  industry: 'apparel',
  serviceLines: ['warehousing', 'b2c_fulfilment', 'linehaul'],
  openOpportunities: [],
  commitmentEvents: [{ kind: 'executive_meeting', occurredAt: daysAgo(45) }],
  attestations: [],
  collectionCycleDays: 60,
  overdueShare: 0.05,
};

describe('evaluateSelection', () => {
  it('returns the four criteria, the payment trap and the tier together', () => {
    const e = evaluateSelection({ account: leader, ranking, settings: defaultSelectionSettings, now: NOW });
    expect(Object.fromEntries(Object.entries(e.criteria).map(([k, j]) => [k, j.value]))).toEqual({
      scale: true,
      solution_need: true,
      strategic_fit: true,
      mutual_commitment: true,
    });
    expect(e.paymentTrap.value).toBe(false);
    expect(e.tier.value).toBe('strategic');
    for (const j of [...Object.values(e.criteria), e.paymentTrap, e.tier]) expect(j.reasons.length).toBeGreaterThan(0);
  });

  it('lands a head customer that pays late at key account, until a person decides otherwise', () => {
    const late = { ...leader, collectionCycleDays: 120 };
    expect(evaluateSelection({ account: late, ranking, settings: defaultSelectionSettings, now: NOW }).tier.value).toBe('key_account');
    const decided = evaluateSelection({
      account: late,
      ranking,
      settings: defaultSelectionSettings,
      now: NOW,
      humanDecision: { tier: 'strategic', note: 'Terms renegotiated to 60 days from Q3', decidedBy: 'ceo', decidedAt: NOW },
    });
    expect(decided.tier.value).toBe('strategic');
  });

  it('uses the company settings: a refusal and a non-strategic industry drop it to key account', () => {
    const refused = { ...leader, attestations: [attest('mutual_commitment', 'against', daysAgo(10))] };
    const settings = { ...defaultSelectionSettings, strategicIndustries: ['pharma' as const] };
    const e = evaluateSelection({ account: refused, ranking, settings, now: NOW });
    expect(e.criteria.mutual_commitment.value).toBe(false);
    expect(e.criteria.strategic_fit.value).toBe(false);
    expect(e.tier.value).toBe('key_account');
  });

  it('makes a small account meeting the other three high potential', () => {
    const e = evaluateSelection({ account: { ...leader, accountId: 'small-shop' }, ranking, settings: defaultSelectionSettings, now: NOW });
    expect(e.criteria.scale.value).toBe(false);
    expect(e.tier.value).toBe('high_potential');
  });
});
