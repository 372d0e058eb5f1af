import { type Judgement, type Reason, reason } from '../reason.ts';
import { compareIds } from './ordering.ts';
import type { AccountStatus, AccountTier, RelationshipLevel } from './vocabulary.ts';

export interface ReplicationBenchmark {
  accountId: string;
  industry: string;
  level: RelationshipLevel;
  /** The solution proven at the benchmark, offered to its look-alikes. */
  solution: string;
}

export interface ReplicationCandidate {
  accountId: string;
  industry: string;
  level: RelationshipLevel | null;
  tier: AccountTier;
  status: AccountStatus;
}

export interface ReplicationTarget {
  accountId: string;
  rank: number;
  level: RelationshipLevel;
  tier: AccountTier;
  status: AccountStatus;
  /** How many ladder steps the target sits below the benchmark. */
  levelGap: number;
  solution: string;
  reasons: Reason[];
}

const EXCLUDED_STATUSES: readonly AccountStatus[] = ['lost', 'archived'];
// Higher-value accounts first: replication spends the same effort per account, so
// it should go where the return is largest.
const TIER_ORDER: Record<AccountTier, number> = { strategic: 0, key_account: 1, high_potential: 2, regular: 3 };
// An active customer already trusts us; a dormant one must first be woken up.
const STATUS_ORDER: Record<AccountStatus, number> = { active: 0, prospect: 1, dormant: 2, lost: 3, archived: 4 };

/**
 * 复制: from a benchmark account's solution, the look-alike accounts in the same
 * industry that sit lower on the ladder (a greater level number), ranked by tier,
 * then by nearness to the benchmark's level (one step is easier than three),
 * then by status.
 */
export function replicationTargets(options: {
  benchmark: ReplicationBenchmark;
  accounts: readonly ReplicationCandidate[];
}): Judgement<ReplicationTarget[]> {
  const { benchmark, accounts } = options;
  const matches: Omit<ReplicationTarget, 'rank'>[] = [];
  let otherIndustry = 0;
  let notLower = 0;
  let excluded = 0;

  for (const a of accounts) {
    if (a.accountId === benchmark.accountId) continue;
    if (a.industry !== benchmark.industry) {
      otherIndustry += 1;
      continue;
    }
    if (EXCLUDED_STATUSES.includes(a.status)) {
      excluded += 1;
      continue;
    }
    // An account with no assessed level cannot be placed on the ladder, so it is not compared.
    if (a.level === null || a.level <= benchmark.level) {
      notLower += 1;
      continue;
    }
    matches.push({
      accountId: a.accountId,
      level: a.level,
      tier: a.tier,
      status: a.status,
      levelGap: a.level - benchmark.level,
      solution: benchmark.solution,
      reasons: [
        reason('replication_same_industry', true, { input: a.industry, threshold: benchmark.industry }),
        reason('replication_lower_level', true, { input: a.level, threshold: benchmark.level }),
        reason('replication_status_eligible', true, { input: a.status, threshold: EXCLUDED_STATUSES }),
        reason('replication_tier', true, { input: a.tier }),
      ],
    });
  }

  matches.sort(
    (x, y) =>
      TIER_ORDER[x.tier] - TIER_ORDER[y.tier] ||
      x.levelGap - y.levelGap ||
      STATUS_ORDER[x.status] - STATUS_ORDER[y.status] ||
      compareIds(x.accountId, y.accountId),
  );

  return {
    value: matches.map((m, i) => ({ ...m, rank: i + 1 })),
    reasons: [
      reason('replication_targets_found', matches.length > 0, {
        input: matches.length,
        threshold: 1,
        params: { benchmarkId: benchmark.accountId, otherIndustry, notLower, excluded },
      }),
    ],
  };
}
