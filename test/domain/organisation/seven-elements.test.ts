import { describe, expect, it } from 'vitest';
import { type SevenElementsInput, sevenElementsScorecard } from '../../../src/domain/organisation/seven-elements.ts';

const fullTeam = [
  { userId: 'u1', role: 'sales_lead' },
  { userId: 'u2', role: 'solution' },
  { userId: 'u3', role: 'delivery' },
  { userId: 'u4', role: 'executive_sponsor' },
] as const;

const healthy = (): SevenElementsInput => ({
  goals: [
    { id: 'g1', met: true },
    { id: 'g2', met: true },
  ],
  teams: [
    { accountId: 's1', tier: 'strategic', members: fullTeam },
    { accountId: 'k1', tier: 'key_account', members: [] },
  ],
  profitSharing: [
    {
      accountId: 's1',
      splits: [
        { department: 'sales', share: 0.7 },
        { department: 'operations', share: 0.3 },
      ],
    },
  ],
  processes: [{ id: 'p1', standardised: true }],
  toolkitAssets: [
    { id: 't1', kind: 'demo' },
    { id: 't2', kind: 'visit_method' },
    { id: 't3', kind: 'deck' },
    { id: 't4', kind: 'talk_track' },
  ],
  benchmarks: { built: 2, target: 2 },
  solutions: { created: 1, target: 1 },
  seedSalespeople: { trained: 3, target: 3 },
  replication: [{ benchmarkAccountId: 's1', targetAccountIds: ['x1', 'x2'], pursuedAccountIds: ['x1'] }],
});

const element = (input: SevenElementsInput, name: string) => {
  const e = sevenElementsScorecard(input).value.elements.find((x) => x.element === name);
  if (!e) throw new Error(`no element ${name}`);
  return e;
};

describe('sevenElementsScorecard', () => {
  it('scores all seven elements (目标、组织、机制、流程、工具、标杆、复制) in order', () => {
    const r = sevenElementsScorecard(healthy());
    expect(r.value.elements.map((e) => e.element)).toEqual([
      'goals',
      'organisation',
      'mechanism',
      'process',
      'tools',
      'benchmark',
      'replication',
    ]);
    expect(r.value.metCount).toBe(7);
    expect(r.reasons.every((x) => x.met)).toBe(true);
  });

  it('goals: met only when every goal is met, and never with no goals', () => {
    expect(
      element(
        {
          ...healthy(),
          goals: [
            { id: 'g', met: false },
            { id: 'h', met: true },
          ],
        },
        'goals',
      ),
    ).toMatchObject({
      met: false,
      measures: [{ name: 'goals_met', actual: 1, target: 2, met: false }],
    });
    expect(element({ ...healthy(), goals: [] }, 'goals').met).toBe(false);
  });

  it('organisation: counts complete teams on strategic accounts only', () => {
    const input = {
      ...healthy(),
      teams: [...healthy().teams, { accountId: 's2', name: 'Harbour Retail', nameZh: '港湾零售', tier: 'strategic' as const, members: [] }],
    };
    const e = element(input, 'organisation');
    expect(e.met).toBe(false);
    expect(e.measures).toEqual([{ name: 'teams_complete', actual: 1, target: 2, met: false }]);
    expect(e.reasons.find((x) => x.rule === 'seven_elements_team_incomplete')?.params).toEqual({
      accountId: 's2',
      account: 'Harbour Retail',
      accountZh: '港湾零售',
    });
  });

  it('mechanism: every strategic account needs a split summing to 100 %', () => {
    const twoStrategic = {
      ...healthy(),
      teams: [...healthy().teams, { accountId: 's2', tier: 'strategic' as const, members: fullTeam }],
    };
    expect(element(twoStrategic, 'mechanism').measures).toEqual([
      { name: 'profit_sharing_valid', actual: 1, target: 2, met: false },
    ]);
    const short = {
      ...healthy(),
      profitSharing: [{ accountId: 's1', splits: [{ department: 'sales' as const, share: 0.9 }] }],
    };
    expect(element(short, 'mechanism').met).toBe(false);
  });

  it('process: met when every process is standardised', () => {
    expect(
      element(
        {
          ...healthy(),
          processes: [
            { id: 'a', standardised: true },
            { id: 'b', standardised: false },
          ],
        },
        'process',
      ).met,
    ).toBe(false);
  });

  it('tools: counts assets and needs one of each required kind', () => {
    const noDemo = {
      ...healthy(),
      toolkitAssets: [...healthy().toolkitAssets.filter((a) => a.kind !== 'demo'), { id: 'x', kind: 'deck' as const }],
    };
    const e = element(noDemo, 'tools');
    expect(e.met).toBe(false);
    expect(e.measures).toEqual([
      { name: 'toolkit_assets', actual: 4, target: 4, met: true },
      { name: 'toolkit_kinds', actual: 3, target: 4, met: false },
    ]);
    expect(e.reasons.find((x) => x.rule === 'seven_elements_toolkit_kind' && !x.met)?.params).toEqual({ kind: 'demo' });
  });

  it('benchmark: benchmarks built, solutions created and seeds trained, each against its target', () => {
    expect(element({ ...healthy(), benchmarks: { built: 1, target: 2 } }, 'benchmark').met).toBe(false);
    expect(element({ ...healthy(), benchmarks: { built: 3, target: 2 } }, 'benchmark').met).toBe(true);
    expect(element({ ...healthy(), seedSalespeople: { trained: 2, target: 3 } }, 'benchmark').met).toBe(false);
    expect(element({ ...healthy(), solutions: { created: 0, target: 0 } }, 'benchmark').met).toBe(true);
  });

  it('replication: each benchmark needs look-alike targets and one being pursued', () => {
    const notPursued = {
      ...healthy(),
      replication: [{ benchmarkAccountId: 's1', targetAccountIds: ['x1'], pursuedAccountIds: [] }],
    };
    expect(element(notPursued, 'replication').met).toBe(false);
    expect(element({ ...healthy(), replication: [] }, 'replication').met).toBe(false);
    expect(
      element(healthy(), 'replication').reasons.find((x) => x.rule === 'seven_elements_replication_targets')?.input,
    ).toBe(2);
  });
});
