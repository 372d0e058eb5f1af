import type { LevelAssessment } from '../ladder/assessment.ts';
import { type LevelMove, levelMoves } from '../ladder/level-moves.ts';
import { type Judgement, type Reason, reason } from '../reason.ts';
import { type Quarter, inQuarter } from './quarter.ts';

export interface PortfolioLevelMove extends LevelMove {
  accountId: string;
}

export interface QuarterLevelMoves {
  /** Accounts whose official level went up (closer) in the quarter, counting each account once. */
  up: number;
  /** Accounts whose official level went down (looser) in the quarter. */
  down: number;
  /** Every move in the quarter, latest first. */
  moves: PortfolioLevelMove[];
}

/**
 * The moves of the official level within a quarter across the portfolio, as the
 * ladder dates them: on the day the customer confirmed the new level. An account
 * that moved both ways is counted by its last move.
 */
export function levelMovesInQuarter(options: {
  accounts: readonly { accountId: string; assessments: readonly LevelAssessment[] }[];
  quarter: Quarter;
}): Judgement<QuarterLevelMoves> {
  const { quarter } = options;
  const moves: PortfolioLevelMove[] = [];
  const moveReasons: Reason[] = [];
  const last = new Map<string, PortfolioLevelMove>();
  for (const { accountId, assessments } of options.accounts) {
    const judged = levelMoves({ assessments });
    judged.value.forEach((move, i) => {
      if (!inQuarter(move.at, quarter)) return;
      const here = { accountId, ...move };
      moves.push(here);
      const said = judged.reasons[i];
      if (said) moveReasons.push({ ...said, params: { ...said.params, accountId } });
      const before = last.get(accountId);
      if (!before || before.at.getTime() <= move.at.getTime()) last.set(accountId, here);
    });
  }
  moves.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.accountId < b.accountId ? -1 : 1));
  const finals = [...last.values()];
  const up = finals.filter((m) => m.direction === 'up').length;
  const down = finals.filter((m) => m.direction === 'down').length;
  const since = quarter.from.toISOString();
  return {
    value: { up, down, moves },
    reasons: [
      reason('portfolio_levels_moved_up', up > 0, { input: up, params: { since } }),
      // A drop is what needs attention, so "met" means no account dropped.
      reason('portfolio_levels_moved_down', down === 0, { input: down, params: { since } }),
      ...moveReasons,
    ],
  };
}
