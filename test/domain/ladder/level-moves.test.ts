import { describe, expect, it } from 'vitest';
import { levelMoves } from '../../../src/domain/ladder/level-moves.ts';
import { confirmed, daysAgo, own } from './build-assessment.ts';

describe('levelMoves', () => {
  it('dates and explains every move of the official level, up and down', () => {
    const j = levelMoves({
      assessments: [confirmed(5, 700), confirmed(3, 400, 'Solution signed'), confirmed(3, 300), confirmed(4, 30, 'Lost the warehouse tender')],
    });
    expect(j.value).toEqual([
      { from: 5, to: 3, direction: 'up', steps: 2, at: daysAgo(400), evidence: 'Solution signed' },
      { from: 3, to: 4, direction: 'down', steps: 1, at: daysAgo(30), evidence: 'Lost the warehouse tender' },
    ]);
    expect(j.reasons.map((r) => [r.rule, r.input, r.threshold])).toEqual([
      ['ladder_moved_up', 3, 5],
      ['ladder_moved_down', 4, 3],
    ]);
  });

  it('is not moved by our own estimates', () => {
    expect(levelMoves({ assessments: [confirmed(4, 300), own(2, 200), own(5, 100), confirmed(4, 10)] }).value).toEqual([]);
  });

  it('orders by date, not by input order', () => {
    const moves = levelMoves({ assessments: [confirmed(2, 10), confirmed(4, 100)] }).value;
    expect(moves).toMatchObject([{ from: 4, to: 2, direction: 'up' }]);
  });
});
