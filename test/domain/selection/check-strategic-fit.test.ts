import { describe, expect, it } from 'vitest';
import { checkStrategicFit } from '../../../src/domain/selection/check-strategic-fit.ts';
import { DEFAULT_STRATEGIC_INTENTS } from '../../../src/domain/selection/settings.ts';
import { NOW, attest, daysAgo } from './fixtures.ts';

const base = {
  industry: 'fmcg' as string | null,
  attestations: [],
  strategicIndustries: ['apparel', 'auto_parts', 'pharma', 'electronics'],
  strategicIntents: DEFAULT_STRATEGIC_INTENTS,
  now: NOW,
};

describe('checkStrategicFit', () => {
  it('is met when the industry is a strategic one', () => {
    const j = checkStrategicFit({ ...base, industry: 'apparel' });
    expect(j.value).toBe(true);
    expect(j.reasons[0]).toMatchObject({ rule: 'strategic_fit.industry', met: true, input: 'apparel' });
  });

  it('is not met for another industry or an unknown one', () => {
    expect(checkStrategicFit(base).value).toBe(false);
    const unknown = checkStrategicFit({ ...base, industry: null });
    expect(unknown.value).toBe(false);
    expect(unknown.reasons[0]?.rule).toBe('strategic_fit.industry_unknown');
  });

  it('is met by an attestation naming a strategic intent, with the intent named in both languages', () => {
    const j = checkStrategicFit({
      ...base,
      attestations: [attest('strategic_fit', 'for', daysAgo(3), { intentId: 'national_warehouse_network' })],
    });
    expect(j.value).toBe(true);
    expect(j.reasons.at(-1)).toMatchObject({
      rule: 'strategic_fit.attested_for',
      params: { intentId: 'national_warehouse_network', intent_zh: '搭建全国仓配网络' },
    });
  });

  it('does not count an attestation whose intent the company no longer holds', () => {
    const j = checkStrategicFit({
      ...base,
      attestations: [attest('strategic_fit', 'for', daysAgo(3), { intentId: 'cross_border_hub' })],
    });
    expect(j.value).toBe(false);
    expect(j.reasons.map((r) => r.rule)).toContain('strategic_fit.unknown_intent');
  });

  it('lets a later attestation against overrule a strategic industry', () => {
    const j = checkStrategicFit({ ...base, industry: 'pharma', attestations: [attest('strategic_fit', 'against', daysAgo(1))] });
    expect(j.value).toBe(false);
    expect(j.reasons.at(-1)?.rule).toBe('strategic_fit.attested_against');
  });
});
