import { describe, expect, it } from 'vitest';
import { checkScale } from '../../../src/domain/selection/check-scale.ts';
import { scaleRanking } from '../../../src/domain/selection/scale-ranking.ts';

const ranking = scaleRanking({
  accounts: [
    { accountId: 'head', trailing12: { revenue: 60, grossProfit: 6 } },
    { accountId: 'tail', trailing12: { revenue: 40, grossProfit: 4 } },
  ],
  basis: 'revenue',
  cutShare: 0.5,
});

describe('checkScale', () => {
  it('meets scale for a head customer, explaining rank, basis and cut', () => {
    const j = checkScale({ accountId: 'head', ranking });
    expect(j.value).toBe(true);
    expect(j.reasons).toEqual([
      expect.objectContaining({
        rule: 'scale.head_customer',
        key: 'reasons.scale.head_customer',
        met: true,
        input: 0,
        threshold: 0.5,
        params: expect.objectContaining({ basis: 'revenue', rank: 1, value: 60, cumulativeShare: 0.6 }),
      }),
    ]);
  });

  it('does not meet scale outside the head', () => {
    const j = checkScale({ accountId: 'tail', ranking });
    expect(j.value).toBe(false);
    expect(j.reasons[0]).toMatchObject({ met: false, input: 0.6, params: { rank: 2 } });
  });

  it('says so when the account has no figures in the ranking', () => {
    const j = checkScale({ accountId: 'prospect', ranking });
    expect(j.value).toBe(false);
    expect(j.reasons[0]?.rule).toBe('scale.not_ranked');
  });
});
