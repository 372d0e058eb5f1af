import { describe, expect, it } from 'vitest';
import { figureheadOrHiddenPower, judgeTitleAgainstInfluence } from '../../../src/domain/power-map/title-vs-influence.ts';
import { settingsWith } from './contact-factory.ts';

describe('figureheadOrHiddenPower', () => {
  it('calls a high title with low influence a figurehead (徒有虚名), at and around rank 2 and influence 2', () => {
    expect(figureheadOrHiddenPower({ rank: 1, influence: 1 })).toBe('figurehead');
    expect(figureheadOrHiddenPower({ rank: 2, influence: 2 })).toBe('figurehead');
    expect(figureheadOrHiddenPower({ rank: 3, influence: 2 })).toBeNull();
    expect(figureheadOrHiddenPower({ rank: 2, influence: 3 })).toBeNull();
  });

  it('calls a low title with high influence hidden power (大权在握), at and around rank 4 and influence 4', () => {
    expect(figureheadOrHiddenPower({ rank: 5, influence: 5 })).toBe('hidden_power');
    expect(figureheadOrHiddenPower({ rank: 4, influence: 4 })).toBe('hidden_power');
    expect(figureheadOrHiddenPower({ rank: 3, influence: 4 })).toBeNull();
    expect(figureheadOrHiddenPower({ rank: 4, influence: 3 })).toBeNull();
  });

  it('leaves titles that match their influence alone', () => {
    expect(figureheadOrHiddenPower({ rank: 1, influence: 5 })).toBeNull();
    expect(figureheadOrHiddenPower({ rank: 6, influence: 1 })).toBeNull();
  });

  it('follows the company thresholds', () => {
    const settings = settingsWith({ figurehead: { maxRank: 3 }, hiddenPower: { minRank: 5 } });
    expect(figureheadOrHiddenPower({ rank: 3, influence: 2 }, settings)).toBe('figurehead');
    expect(figureheadOrHiddenPower({ rank: 4, influence: 5 }, settings)).toBeNull();
  });

  it('explains the verdict with the rank and influence against each threshold', () => {
    const { value, reasons } = judgeTitleAgainstInfluence({ contact: { rank: 2, influence: 1 }, settings: settingsWith() });
    expect(value).toBe('figurehead');
    expect(reasons).toContainEqual(
      expect.objectContaining({ rule: 'figurehead_rank', met: true, input: 2, threshold: 2, key: 'reasons.power_map.figurehead_rank' }),
    );
    expect(reasons).toContainEqual(
      expect.objectContaining({ rule: 'hidden_power_influence', met: false, input: 1, threshold: 4 }),
    );
  });
});
