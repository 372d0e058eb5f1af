import { type Judgement, type Reason, reason } from '../reason.ts';
import type { Tier } from '../catalog.ts';
import { CRITERIA, type Criterion } from './criterion.ts';

/** One account in a dated pool review snapshot. */
export interface PoolSnapshotEntry {
  accountId: string;
  tier: Tier;
  criteria: Record<Criterion, boolean>;
  /** Recorded so that an account that left only because of the payment trap says so. */
  paymentTrap?: boolean;
}

export interface CriterionChange {
  criterion: Criterion;
  before: boolean | null;
  after: boolean | null;
}

export interface PoolChange {
  accountId: string;
  /** null: the account was not in that snapshot (new to the portfolio, or gone from it). */
  before: PoolSnapshotEntry | null;
  after: PoolSnapshotEntry | null;
  changedCriteria: CriterionChange[];
  reasons: Reason[];
}

export interface PoolReviewDiff {
  /** Became strategic since the previous review. */
  entered: PoolChange[];
  /** Were strategic at the previous review and no longer are. */
  left: PoolChange[];
  /** Strategic in both reviews. */
  stayed: string[];
  /** Changed tier without touching the strategic pool (e.g. high potential → key account). */
  moved: PoolChange[];
}

/**
 * Who entered and who left the strategic pool (战略客户池) between two reviews, and
 * why: which criteria changed, whether the payment trap was raised or cleared.
 */
export function diffPoolReviews(options: {
  previous: readonly PoolSnapshotEntry[];
  current: readonly PoolSnapshotEntry[];
}): Judgement<PoolReviewDiff> {
  const previous = new Map(options.previous.map((e) => [e.accountId, e]));
  const current = new Map(options.current.map((e) => [e.accountId, e]));
  const ids = [...new Set([...previous.keys(), ...current.keys()])].sort();

  const diff: PoolReviewDiff = { entered: [], left: [], stayed: [], moved: [] };
  for (const id of ids) {
    const before = previous.get(id) ?? null;
    const after = current.get(id) ?? null;
    const wasIn = before?.tier === 'strategic';
    const isIn = after?.tier === 'strategic';
    if (wasIn && isIn) diff.stayed.push(id);
    else if (isIn) diff.entered.push(describeChange(id, before, after));
    else if (wasIn) diff.left.push(describeChange(id, before, after));
    else if (before && after && before.tier !== after.tier) diff.moved.push(describeChange(id, before, after));
  }

  return {
    value: diff,
    reasons: [
      reason('pool.entered', diff.entered.length > 0, { input: diff.entered.length }),
      reason('pool.left', diff.left.length > 0, { input: diff.left.length }),
    ],
  };
}

function describeChange(accountId: string, before: PoolSnapshotEntry | null, after: PoolSnapshotEntry | null): PoolChange {
  const reasons: Reason[] = [
    reason('pool.tier_changed', true, {
      input: after?.tier ?? null,
      threshold: before?.tier ?? null,
      params: { from: before?.tier ?? 'none', to: after?.tier ?? 'none' },
    }),
  ];
  if (!before) reasons.push(reason('pool.account_new', true));
  if (!after) reasons.push(reason('pool.account_gone', true));

  const changedCriteria: CriterionChange[] = [];
  for (const criterion of CRITERIA) {
    const was = before ? before.criteria[criterion] : null;
    const is = after ? after.criteria[criterion] : null;
    if (was === is || !before || !after) continue;
    changedCriteria.push({ criterion, before: was, after: is });
    reasons.push(reason(is ? 'pool.criterion_gained' : 'pool.criterion_lost', Boolean(is), { input: is, params: { criterion } }));
  }

  const trapBefore = before?.paymentTrap ?? false;
  const trapAfter = after?.paymentTrap ?? false;
  if (before && after && trapBefore !== trapAfter) {
    reasons.push(reason(trapAfter ? 'pool.payment_trap_raised' : 'pool.payment_trap_cleared', trapAfter, { input: trapAfter }));
  }
  // Same criteria, same flag, another tier: a person decided (or the rules changed).
  if (before && after && changedCriteria.length === 0 && trapBefore === trapAfter) {
    reasons.push(reason('pool.no_criterion_changed', false));
  }
  return { accountId, before, after, changedCriteria, reasons };
}
