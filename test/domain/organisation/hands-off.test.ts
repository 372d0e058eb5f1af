import { describe, expect, it } from 'vitest';
import { checkHandsOff } from '../../../src/domain/organisation/hands-off.ts';
import { NOW, daysAgo, daysLater } from './fixtures.ts';

const check = (tier: 'strategic' | 'key_account', touchDaysAgo: number[]) =>
  checkHandsOff({
    tier,
    touchpoints: touchDaysAgo.map((d) => ({ at: daysAgo(d), kind: 'call' as const })),
    now: NOW,
    windowDays: 90,
  });

describe('checkHandsOff (拍屁股)', () => {
  it('passes a touchpoint exactly 90 days ago and just inside, flags just beyond', () => {
    expect(check('strategic', [90]).value.flagged).toBe(false);
    expect(check('strategic', [89.9]).value.flagged).toBe(false);
    const r = check('strategic', [90.1]);
    expect(r.value.flagged).toBe(true);
    expect(r.reasons.find((x) => x.rule === 'hands_off_executive_touchpoint')).toMatchObject({
      met: false,
      threshold: 90,
    });
  });

  it('uses the latest touchpoint, of any kind', () => {
    const r = check('strategic', [300, 12, 150]);
    expect(r.value.lastTouchpointAt).toEqual(daysAgo(12));
    expect(r.value.flagged).toBe(false);
  });

  it('flags a strategic account no executive ever touched', () => {
    expect(check('strategic', []).value).toMatchObject({
      flagged: true,
      lastTouchpointAt: null,
      daysSinceLastTouchpoint: null,
    });
  });

  it('does not count a touchpoint that is only planned', () => {
    const r = checkHandsOff({ tier: 'strategic', touchpoints: [{ at: daysLater(3) }], now: NOW, windowDays: 90 });
    expect(r.value.flagged).toBe(true);
  });

  it('leaves non-strategic accounts alone', () => {
    expect(check('key_account', []).value).toMatchObject({ applies: false, flagged: false });
  });
});
