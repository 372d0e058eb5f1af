import { describe, expect, it } from 'vitest';
import { checkLtcTransition, nextLtcStage } from '../../../src/domain/deals/ltc.ts';
import { LTC_STAGES } from '../../../src/domain/deals/stages.ts';

describe('nextLtcStage', () => {
  it('walks lead → opportunity → contract → execution → collection → closed', () => {
    const walked = [];
    for (let stage: (typeof LTC_STAGES)[number] | null = 'lead'; stage; stage = nextLtcStage(stage)) walked.push(stage);
    expect(walked).toEqual(['lead', 'opportunity', 'contract', 'execution', 'collection', 'closed']);
  });
  it('has nothing after closed', () => expect(nextLtcStage('closed')).toBeNull());
});

describe('checkLtcTransition', () => {
  it.each(LTC_STAGES.slice(0, -1).map((from) => [from, nextLtcStage(from) ?? from] as const))('allows %s → %s', (from, to) => {
    const result = checkLtcTransition({ from, to });
    expect(result.value).toBe(true);
    expect(result.reasons[0]).toMatchObject({ rule: 'ltc_next_stage', met: true, input: to, threshold: to });
  });

  it('refuses skipping a stage: a contract must be executed before collection', () => {
    const result = checkLtcTransition({ from: 'contract', to: 'collection' });
    expect(result.value).toBe(false);
    expect(result.reasons[0]).toMatchObject({ rule: 'ltc_stage_skipped', met: false, threshold: 'execution' });
  });

  it.each([
    ['opportunity', 'lead'],
    ['contract', 'contract'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(checkLtcTransition({ from, to }).reasons[0]).toMatchObject({ rule: 'ltc_not_forward', met: false });
  });

  it('closes a dead lead early when allowed, and refuses when not', () => {
    expect(checkLtcTransition({ from: 'lead', to: 'closed' })).toMatchObject({ value: true });
    const refused = checkLtcTransition({ from: 'opportunity', to: 'closed', allowEarlyClose: false });
    expect(refused.value).toBe(false);
    expect(refused.reasons[0]).toMatchObject({ rule: 'ltc_early_close', met: false });
  });

  it('moves nothing out of closed', () => {
    for (const to of LTC_STAGES) {
      expect(checkLtcTransition({ from: 'closed', to }).reasons[0]).toMatchObject({ rule: 'ltc_already_closed', met: false });
    }
  });
});
