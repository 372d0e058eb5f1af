import { describe, expect, it } from 'vitest';
import { levelDropAlert } from '../../../src/domain/ladder/level-drop-alert.ts';
import { NOW, confirmed, own } from './build-assessment.ts';

const alert = (assessments: Parameters<typeof levelDropAlert>[0]['assessments']) =>
  levelDropAlert({ assessments, now: NOW, withinDays: 180 });

describe('levelDropAlert', () => {
  it('alerts on an official drop within 180 days, not 181', () => {
    expect(alert([confirmed(2, 500), confirmed(3, 179)]).value).toBe(true);
    expect(alert([confirmed(2, 500), confirmed(3, 180)]).value).toBe(true);
    expect(alert([confirmed(2, 500), confirmed(3, 181)]).value).toBe(false);
  });

  it('does not alert on a rise', () => {
    expect(alert([confirmed(3, 500), confirmed(2, 10)]).value).toBe(false);
  });

  it('reports how long ago the last drop was', () => {
    const j = alert([confirmed(2, 500), confirmed(3, 20)]);
    expect(j.reasons[0]).toMatchObject({ rule: 'ladder_level_dropped', met: true, input: 20, threshold: 180, params: { from: 2, to: 3 } });
  });

  it('alerts when our estimate since the last confirmation puts the level lower', () => {
    const j = alert([confirmed(2, 100), own(3, 10)]);
    expect(j.value).toBe(true);
    expect(j.reasons[1]).toMatchObject({ rule: 'ladder_own_estimate_below_official', met: true, input: 3, threshold: 2 });
  });

  it('ignores own estimates older than the confirmation, or not lower', () => {
    expect(alert([own(4, 200), confirmed(2, 100)]).value).toBe(false);
    expect(alert([confirmed(2, 100), own(2, 10)]).value).toBe(false);
    expect(alert([confirmed(3, 300), own(4, 181)]).value).toBe(false);
  });
});
