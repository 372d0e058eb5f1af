import type { Db, Tx } from '../../db/client.ts';
import { type EvaluatePortfolioResult, evaluatePortfolio } from './evaluate-portfolio.ts';

export type { AccountInputs } from './account-inputs.ts';
export { type EvaluatePortfolioOptions, type EvaluatePortfolioResult, evaluatePortfolio } from './evaluate-portfolio.ts';
export { judgeAccount } from './judge-account.ts';
export type { EvaluationResult } from './result.ts';

/**
 * Re-judge one account right after a write that changes one of its inputs (an
 * attestation, a score, a tag decision, a level assessment…), so that its tier,
 * tag and level are never stale. Inside an open transaction, pass the transaction
 * as `db`: the embedded database has one connection and would wait on itself.
 */
export function evaluateAccount(options: {
  db: Db | Tx;
  accountId: string;
  now: Date;
  actorId?: string | null;
}): Promise<EvaluatePortfolioResult> {
  return evaluatePortfolio({ db: options.db, now: options.now, accountIds: [options.accountId], actorId: options.actorId ?? null });
}
export { reviewPool } from './review-pool.ts';
