import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_SOURCES, CONFIRMATION_CHANNELS } from '../../../src/domain/ladder/assessment.ts';
import { CONTACT_MODES } from '../../../src/domain/ladder/ladder-indicators.ts';
import { LEVEL_IDS, RELATIONSHIP_LEVELS } from '../../../src/domain/ladder/level.ts';
import { LADDER_ACTIONS } from '../../../src/domain/ladder/next-step-advice.ts';
import { ladderSettingsSchema } from '../../../src/domain/ladder/settings.ts';
import en from '../../../src/web/i18n/ladder.en.json' with { type: 'json' };
import zh from '../../../src/web/i18n/ladder.zh-CN.json' with { type: 'json' };

describe('ladderSettingsSchema', () => {
  it('fills every default', () => {
    expect(ladderSettingsSchema.parse(undefined)).toEqual({
      levelDropAlertDays: 180,
      multiPointMinContacts: 2,
      multiPointMinLevels: 2,
      multiProductMinServiceLines: 2,
      partnershipMinShareOfWallet: 0.5,
    });
  });

  it('rejects a multi-point definition of a single contact', () => {
    expect(ladderSettingsSchema.safeParse({ multiPointMinContacts: 1 }).success).toBe(false);
  });
});

const sourceDir = join(import.meta.dirname, '../../../src/domain/ladder');
const rules = new Set(
  readdirSync(sourceDir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(sourceDir, f), 'utf8').matchAll(/'(ladder_[a-z_]+)'/g)].map((m) => m[1] as string)),
);
const enums: Record<string, readonly string[]> = {
  level: Object.values(LEVEL_IDS),
  levelDescription: Object.values(LEVEL_IDS),
  source: ASSESSMENT_SOURCES,
  confirmationChannel: CONFIRMATION_CHANNELS,
  moveDirection: ['up', 'down'],
  contactMode: CONTACT_MODES,
  actions: LADDER_ACTIONS,
};

describe('ladder texts', () => {
  for (const [name, texts] of [
    ['en', en],
    ['zh-CN', zh],
  ] as const) {
    const table = texts as Record<string, Record<string, string>>;
    it(`${name} has a text for every ladder reason and vocabulary value`, () => {
      expect([...rules].filter((r) => !table.reasons?.[r])).toEqual([]);
      expect(Object.entries(enums).flatMap(([g, ids]) => ids.filter((id) => !table[g]?.[id]).map((id) => `${g}.${id}`))).toEqual([]);
    });
  }

  it('names the five levels in the method’s words', () => {
    expect(RELATIONSHIP_LEVELS.map((level) => (zh.level as Record<string, string>)[LEVEL_IDS[level]])).toEqual([
      '标准产品',
      '标准产品+增值服务',
      '标准化解决方案',
      '定制化解决方案',
      '战略合作关系',
    ]);
  });
});
