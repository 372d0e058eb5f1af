import { type Judgement, type Reason, reason } from '../reason.ts';
import { daysBetween } from './durations.ts';
import { compareIds } from './ordering.ts';

export const COMMITMENT_STATUSES = ['open', 'kept', 'broken'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A promise made to a customer, recorded so that 拍胸脯 is visible and tracked. */
export interface Commitment {
  id: string;
  accountId: string;
  /** The person (usually an executive) who made the promise. */
  promisedBy: string;
  what: string;
  /** The customer contact the promise was made to. */
  toContact: string;
  dueAt: Date;
  status: CommitmentStatus;
}

export type CommitmentFlag = 'overdue' | 'broken';

export interface FlaggedCommitment {
  id: string;
  accountId: string;
  promisedBy: string;
  flag: CommitmentFlag;
  /** Days past due for an open commitment; null for a broken one. */
  daysOverdue: number | null;
}

export interface CommitmentTally {
  key: string;
  open: number;
  kept: number;
  broken: number;
  overdue: number;
  flaggedIds: string[];
}

export interface CommitmentCheck {
  flagged: FlaggedCommitment[];
  byPerson: CommitmentTally[];
  byAccount: CommitmentTally[];
}

function tally(
  commitments: readonly Commitment[],
  flags: ReadonlyMap<string, FlaggedCommitment>,
  keyOf: (c: Commitment) => string,
): CommitmentTally[] {
  const groups = new Map<string, CommitmentTally>();
  for (const c of commitments) {
    const key = keyOf(c);
    const t = groups.get(key) ?? { key, open: 0, kept: 0, broken: 0, overdue: 0, flaggedIds: [] };
    t[c.status] += 1;
    const flag = flags.get(c.id);
    if (flag?.flag === 'overdue') t.overdue += 1;
    if (flag) t.flaggedIds.push(c.id);
    groups.set(key, t);
  }
  // Most flags first, so the people and accounts that need a word come to the top.
  return [...groups.values()].sort((a, b) => b.flaggedIds.length - a.flaggedIds.length || compareIds(a.key, b.key));
}

/**
 * 拍胸脯 guard rail: flags broken commitments and open ones past their due time,
 * and totals them on the person who promised and on the account.
 */
export function checkCommitments(options: {
  commitments: readonly Commitment[];
  now: Date;
}): Judgement<CommitmentCheck> {
  const { commitments, now } = options;
  const reasons: Reason[] = [];
  const flags = new Map<string, FlaggedCommitment>();

  for (const c of commitments) {
    const base = { id: c.id, accountId: c.accountId, promisedBy: c.promisedBy };
    if (c.status === 'broken') {
      flags.set(c.id, { ...base, flag: 'broken', daysOverdue: null });
      reasons.push(reason('commitment_kept', false, { input: c.status, params: { ...base, what: c.what } }));
    } else if (c.status === 'open' && now.getTime() > c.dueAt.getTime()) {
      const daysOverdue = daysBetween(c.dueAt, now);
      flags.set(c.id, { ...base, flag: 'overdue', daysOverdue });
      reasons.push(
        reason('commitment_on_time', false, {
          input: now,
          threshold: c.dueAt,
          params: { ...base, what: c.what, daysOverdue },
        }),
      );
    }
  }

  reasons.unshift(reason('commitments_all_honoured', flags.size === 0, { input: flags.size, threshold: 0 }));

  return {
    value: {
      flagged: [...flags.values()],
      byPerson: tally(commitments, flags, (c) => c.promisedBy),
      byAccount: tally(commitments, flags, (c) => c.accountId),
    },
    reasons,
  };
}
