import { describe, expect, it } from 'vitest';
import { checkTeamCompleteness } from '../../../src/domain/organisation/team-completeness.ts';

const fullTeam = [
  { userId: 'u1', role: 'sales_lead' },
  { userId: 'u2', role: 'solution' },
  { userId: 'u3', role: 'delivery' },
  { userId: 'u4', role: 'executive_sponsor' },
] as const;

describe('checkTeamCompleteness', () => {
  it('passes a strategic account whose team holds every required role', () => {
    const r = checkTeamCompleteness({ tier: 'strategic', members: fullTeam });
    expect(r.value).toMatchObject({ applies: true, missingRoles: [], flagged: false });
    expect(r.reasons.filter((x) => x.rule === 'team_role_filled').every((x) => x.met)).toBe(true);
  });

  it('flags a strategic account missing one role and names it', () => {
    const r = checkTeamCompleteness({ tier: 'strategic', members: fullTeam.filter((m) => m.role !== 'delivery') });
    expect(r.value.flagged).toBe(true);
    expect(r.value.missingRoles).toEqual(['delivery']);
    const delivery = r.reasons.find((x) => x.rule === 'team_role_filled' && x.params?.role === 'delivery');
    expect(delivery).toMatchObject({ met: false, input: 0, threshold: 1, key: 'reasons.team_role_filled' });
  });

  it('flags a strategic account with no team at all, missing every required role', () => {
    const r = checkTeamCompleteness({ tier: 'strategic', members: [] });
    expect(r.value.flagged).toBe(true);
    expect(r.value.missingRoles).toEqual(['sales_lead', 'solution', 'delivery', 'executive_sponsor']);
  });

  it('does not flag a key account with a thin team, but still lists what it lacks', () => {
    for (const tier of ['key_account', 'high_potential', 'regular'] as const) {
      const r = checkTeamCompleteness({ tier, members: [{ userId: 'u1', role: 'sales_lead' }] });
      expect(r.value.flagged).toBe(false);
      expect(r.value.applies).toBe(false);
      expect(r.value.missingRoles).toHaveLength(3);
    }
  });

  it('does not count optional roles as filling required ones', () => {
    const r = checkTeamCompleteness({
      tier: 'strategic',
      members: [
        { userId: 'u1', role: 'finance' },
        { userId: 'u2', role: 'other' },
      ],
    });
    expect(r.value.missingRoles).toHaveLength(4);
  });

  it('follows the company list of required roles', () => {
    const r = checkTeamCompleteness({ tier: 'strategic', members: fullTeam, requiredRoles: ['sales_lead', 'finance'] });
    expect(r.value.missingRoles).toEqual(['finance']);
  });

  it('records co-location (贴得近) when known', () => {
    const r = checkTeamCompleteness({ tier: 'strategic', members: fullTeam, coLocated: true });
    expect(r.value.coLocated).toBe(true);
    expect(r.reasons.find((x) => x.rule === 'team_co_located')?.met).toBe(true);
    expect(checkTeamCompleteness({ tier: 'strategic', members: fullTeam }).value.coLocated).toBeNull();
  });
});
