import { describe, expect, it } from 'vitest';
import { dealDefaults, dealSettingsSchema } from '../../../src/domain/deals/settings.ts';
import { BUYING_STAGES } from '../../../src/domain/deals/stages.ts';

describe('dealSettingsSchema', () => {
  it('gives a complete method from nothing', () => {
    expect(dealDefaults.signals.length).toBeGreaterThanOrEqual(20);
    expect(dealDefaults.actions).toHaveLength(10);
    expect(Object.keys(dealDefaults.playbook)).toEqual([...BUYING_STAGES]);
    expect(dealDefaults.inference).toEqual({ evidenceThreshold: 1, confidenceHalfWeight: 2 });
    expect(dealDefaults.alignment.toleratedStageGap).toBe(0);
    expect(dealDefaults.ltc.allowEarlyClose).toBe(true);
  });

  it('has signals for every buying stage, each enough alone to name its stage', () => {
    for (const stage of BUYING_STAGES) {
      expect(dealDefaults.signals.filter((s) => s.stage === stage).length).toBeGreaterThanOrEqual(3);
    }
    for (const signal of dealDefaults.signals) {
      expect(signal.weight).toBeGreaterThanOrEqual(dealDefaults.inference.evidenceThreshold);
    }
  });

  it('fills missing fields of a partial company document with defaults', () => {
    const parsed = dealSettingsSchema.parse({ inference: { evidenceThreshold: 3 } });
    expect(parsed.inference).toEqual({ evidenceThreshold: 3, confidenceHalfWeight: 2 });
    expect(parsed.signals).toEqual(dealDefaults.signals);
  });

  it('hands out a fresh copy of the default catalogues', () => {
    const a = dealSettingsSchema.parse(undefined);
    a.signals.pop();
    expect(dealSettingsSchema.parse(undefined).signals).toHaveLength(dealDefaults.signals.length);
  });

  it('refuses a signal with no positive weight or an unknown stage', () => {
    const bad = (signal: object) =>
      dealSettingsSchema.safeParse({ signals: [{ id: 'x', name_en: 'x', name_zh: 'x', stage: 'execution', weight: 1, ...signal }] });
    expect(bad({}).success).toBe(true);
    expect(bad({ weight: 0 }).success).toBe(false);
    expect(bad({ stage: 'haggling' }).success).toBe(false);
    expect(bad({ id: 'Not An Id' }).success).toBe(false);
  });

  it('refuses duplicate signals and contradictory or dangling actions, naming where', () => {
    const signal = { id: 'a', name_en: 'x', name_zh: 'x', stage: 'execution', weight: 1 };
    expect(dealSettingsSchema.safeParse({ signals: [signal, signal] }).error?.issues[0]?.path).toEqual(['signals']);

    const action = (overrides: object) => ({ ...dealDefaults.actions[0], ...overrides });
    const contradictory = dealSettingsSchema.safeParse({
      actions: dealDefaults.actions.map((a, i) => (i === 0 ? action({ fitsAt: ['solution_evaluation'] }) : a)),
    });
    expect(contradictory.error?.issues.map((i) => i.message)).toEqual([
      'stage "solution_evaluation" both fits and is warned against',
    ]);

    const dangling = dealSettingsSchema.safeParse({ actions: dealDefaults.actions.slice(1) });
    expect(dangling.success).toBe(false);
    expect(dangling.error?.issues.some((i) => i.message === 'unknown action "discovery_call"')).toBe(true);
  });
});
