import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tags } from '../../../src/domain/catalog.ts';
import { CASE_ASSET_KINDS, BENCHMARK_LEVELS } from '../../../src/domain/tags/benchmark-profile.ts';
import { DANGEROUS_SIGNALS } from '../../../src/domain/tags/dangerous-signals.ts';
import { DEFENCE_ACTIONS, DEFENCE_PARTS } from '../../../src/domain/tags/defence-plan.ts';
import { MARKET_FOCUSES, MARKET_STAGES } from '../../../src/domain/tags/market-stage.ts';
import { NAIL_ACTIONS, NAIL_CAUSES } from '../../../src/domain/tags/nail-causes.ts';
import { ESCALATION_STEPS } from '../../../src/domain/tags/nail-escalation.ts';
import { NAIL_DECISIONS } from '../../../src/domain/tags/nail-value.ts';
import { TAG_SOURCES } from '../../../src/domain/tags/resolve-tag.ts';
import { LOYALTY_TRENDS } from '../../../src/domain/tags/tag-input.ts';
import en from '../../../src/web/i18n/tags.en.json' with { type: 'json' };
import zh from '../../../src/web/i18n/tags.zh-CN.json' with { type: 'json' };

const sourceDir = join(import.meta.dirname, '../../../src/domain/tags');
const rulesInSource = new Set(
  readdirSync(sourceDir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(sourceDir, f), 'utf8').matchAll(/'((?:tag|benchmark|nail|dangerous)_[a-z_]+)'/g)].map((m) => m[1] as string)),
);
// Built from the signal ids rather than written out.
for (const s of DANGEROUS_SIGNALS) rulesInSource.add(`dangerous_${s}`);
rulesInSource.add('dangerous');
rulesInSource.add('dangerous_signal_disabled');

const enums: Record<string, readonly string[]> = {
  tag: tags,
  strategy: tags,
  tagSource: TAG_SOURCES,
  loyaltyTrend: LOYALTY_TRENDS,
  dangerousSignal: DANGEROUS_SIGNALS,
  benchmarkLevel: BENCHMARK_LEVELS,
  caseAsset: CASE_ASSET_KINDS,
  nailCause: NAIL_CAUSES,
  nailAction: NAIL_ACTIONS,
  nailDecision: NAIL_DECISIONS,
  escalationStep: ESCALATION_STEPS,
  marketStage: MARKET_STAGES,
  marketFocus: MARKET_FOCUSES,
  defencePart: DEFENCE_PARTS,
  defenceAction: Object.values(DEFENCE_ACTIONS).flat(),
};

describe('tag texts', () => {
  for (const [name, texts] of [
    ['en', en],
    ['zh-CN', zh],
  ] as const) {
    const table = texts as Record<string, Record<string, string>>;
    it(`${name} has a text for every reason the tag rules give`, () => {
      const missing = [...rulesInSource].filter((rule) => !table.reasons?.[rule]);
      expect(missing).toEqual([]);
    });

    it(`${name} has a text for every tag vocabulary value`, () => {
      const missing = Object.entries(enums).flatMap(([group, ids]) => ids.filter((id) => !table[group]?.[id]).map((id) => `${group}.${id}`));
      expect(missing).toEqual([]);
    });
  }

  it('uses the method’s own Chinese terms for the tags', () => {
    expect(zh.tag).toMatchObject({ benchmark: '标杆客户', nail: '钉子客户', dangerous: '危险客户' });
    expect(zh.benchmarkLevel).toEqual({ national: '全国样板', provincial: '本省样板', local: '本地样板', neighbouring: '周边样板' });
    expect(zh.defencePart).toEqual({ relationship: '关系防御', commercial: '商务防御', risk: '风险防御' });
  });
});
