import { describe, expect, it } from 'vitest';
import { optimismFlag } from '../../../src/domain/ladder/optimism-flag.ts';
import { confirmed, own } from './build-assessment.ts';

describe('optimismFlag', () => {
  it('flags an own estimate one level better than confirmed; not the same or worse', () => {
    expect(optimismFlag({ assessments: [confirmed(3, 30), own(2, 5)] }).value).toBe(true);
    expect(optimismFlag({ assessments: [confirmed(3, 30), own(3, 5)] }).value).toBe(false);
    expect(optimismFlag({ assessments: [confirmed(3, 30), own(4, 5)] }).value).toBe(false);
  });

  it('compares the latest own estimate with the official level', () => {
    const j = optimismFlag({ assessments: [own(1, 100), confirmed(4, 60), own(3, 10)] });
    expect(j.value).toBe(true);
    expect(j.reasons[0]).toMatchObject({ rule: 'ladder_optimism', met: true, input: 3, threshold: 4 });
    expect(optimismFlag({ assessments: [own(1, 100), confirmed(4, 60), own(4, 10)] }).value).toBe(false);
  });

  it('does not call an unconfirmed estimate optimism, but says it is unconfirmed', () => {
    const j = optimismFlag({ assessments: [own(2, 5)] });
    expect(j.value).toBe(false);
    expect(j.reasons[0]).toMatchObject({ rule: 'ladder_unconfirmed', input: 2 });
  });

  it('has nothing to flag without an own estimate', () => {
    expect(optimismFlag({ assessments: [confirmed(2, 5)] }).value).toBe(false);
  });
});
