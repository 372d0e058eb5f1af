import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReplicationCandidate, replicationTargets } from '../../../src/domain/organisation/replication.ts';

const benchmark = { accountId: 'bm', industry: 'apparel', level: 2 as const, solution: 'Omni-channel returns hub' };
const acc = (accountId: string, over: Partial<ReplicationCandidate> = {}): ReplicationCandidate => ({
  accountId,
  industry: 'apparel',
  level: 4,
  tier: 'key_account',
  status: 'active',
  ...over,
});

describe('replicationTargets (复制)', () => {
  it('lists same-industry accounts at a lower level, with the benchmark solution and reasons', () => {
    const r = replicationTargets({ benchmark, accounts: [acc('a', { level: 3 }), acc('b', { level: 5 })] });
    expect(r.value.map((t) => t.accountId)).toEqual(['a', 'b']);
    expect(r.value[0]).toMatchObject({ rank: 1, levelGap: 1, solution: benchmark.solution });
    expect(r.value[0]?.reasons.map((x) => x.rule)).toEqual([
      'replication_same_industry',
      'replication_lower_level',
      'replication_status_eligible',
      'replication_tier',
    ]);
  });

  it('excludes the same level, higher levels, other industries, lost, archived, unassessed and the benchmark itself', () => {
    const r = replicationTargets({
      benchmark,
      accounts: [
        acc('bm', { level: 5 }),
        acc('same', { level: 2 }),
        acc('better', { level: 1 }),
        acc('pharma', { industry: 'pharma' }),
        acc('lost', { status: 'lost' }),
        acc('archived', { status: 'archived' }),
        acc('unknown', { level: null }),
        acc('just-below', { level: 3 }),
      ],
    });
    expect(r.value.map((t) => t.accountId)).toEqual(['just-below']);
    expect(r.reasons[0]?.params).toMatchObject({ otherIndustry: 1, notLower: 3, excluded: 2 });
  });

  it('ranks by tier, then nearness to the benchmark level, then status', () => {
    const r = replicationTargets({
      benchmark,
      accounts: [
        acc('regular-near', { tier: 'regular', level: 3 }),
        acc('key-far', { tier: 'key_account', level: 5 }),
        acc('key-near-dormant', { tier: 'key_account', level: 3, status: 'dormant' }),
        acc('key-near-active', { tier: 'key_account', level: 3 }),
        acc('strategic-far', { tier: 'strategic', level: 5 }),
      ],
    });
    expect(r.value.map((t) => [t.rank, t.accountId])).toEqual([
      [1, 'strategic-far'],
      [2, 'key-near-active'],
      [3, 'key-near-dormant'],
      [4, 'key-far'],
      [5, 'regular-near'],
    ]);
  });

  it('says so when there is nothing to replicate to', () => {
    const r = replicationTargets({ benchmark, accounts: [] });
    expect(r.value).toEqual([]);
    expect(r.reasons[0]).toMatchObject({ rule: 'replication_targets_found', met: false });
  });

  const candidate = fc.record({
    accountId: fc.string({ minLength: 1, maxLength: 6 }),
    industry: fc.constantFrom('apparel', 'pharma', 'fmcg'),
    level: fc.constantFrom(1, 2, 3, 4, 5, null),
    tier: fc.constantFrom('strategic', 'key_account', 'high_potential', 'regular'),
    status: fc.constantFrom('prospect', 'active', 'dormant', 'lost', 'archived'),
  }) as fc.Arbitrary<ReplicationCandidate>;
  const bench = fc.record({
    accountId: fc.constant('bm'),
    industry: fc.constantFrom('apparel', 'pharma'),
    level: fc.constantFrom(1, 2, 3, 4, 5),
    solution: fc.constant('s'),
  }) as fc.Arbitrary<typeof benchmark>;

  it('only ever returns same-industry, lower-level, live accounts, ranked 1..n', () => {
    fc.assert(
      fc.property(bench, fc.array(candidate, { maxLength: 30 }), (b, accounts) => {
        const targets = replicationTargets({ benchmark: b, accounts }).value;
        targets.forEach((t, i) => {
          const source = accounts.find((a) => a.accountId === t.accountId && a.level === t.level && a.tier === t.tier);
          expect(source?.industry).toBe(b.industry);
          expect(t.level).toBeGreaterThan(b.level);
          expect(['lost', 'archived']).not.toContain(t.status);
          expect(t.accountId).not.toBe(b.accountId);
          expect(t.rank).toBe(i + 1);
        });
      }),
    );
  });

  it('never misses an eligible account', () => {
    fc.assert(
      fc.property(bench, fc.array(candidate, { maxLength: 30 }), (b, accounts) => {
        const eligible = accounts.filter(
          (a) =>
            a.accountId !== b.accountId &&
            a.industry === b.industry &&
            a.level !== null &&
            a.level > b.level &&
            a.status !== 'lost' &&
            a.status !== 'archived',
        );
        expect(replicationTargets({ benchmark: b, accounts }).value).toHaveLength(eligible.length);
      }),
    );
  });

  it('does not depend on the order accounts are given in', () => {
    fc.assert(
      fc.property(bench, fc.uniqueArray(candidate, { selector: (a) => a.accountId, maxLength: 20 }), (b, accounts) => {
        const forward = replicationTargets({ benchmark: b, accounts }).value.map((t) => t.accountId);
        const backward = replicationTargets({ benchmark: b, accounts: [...accounts].reverse() }).value.map(
          (t) => t.accountId,
        );
        expect(backward).toEqual(forward);
      }),
    );
  });
});
