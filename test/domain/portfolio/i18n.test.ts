import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/web/i18n/dashboard.en.json' with { type: 'json' };
import zh from '../../../src/web/i18n/dashboard.zh-CN.json' with { type: 'json' };

const sourceDir = join(import.meta.dirname, '../../../src/domain/portfolio');
const rulesInSource = new Set(
  readdirSync(sourceDir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(sourceDir, f), 'utf8').matchAll(/'(portfolio_[a-z_]+)'/g)].map((m) => m[1] as string)),
);

/** Every leaf key, with i18next's plural suffixes folded (Chinese has no singular form). */
const leafKeys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(one|other)$/, '')}`],
  );

describe('dashboard texts', () => {
  it('finds the portfolio rules in the source', () => {
    expect(rulesInSource.size).toBeGreaterThanOrEqual(8);
  });

  for (const [name, texts] of [
    ['en', en],
    ['zh-CN', zh],
  ] as const) {
    it(`${name} has a text for every reason the portfolio rules give`, () => {
      const reasons = texts.reasons as Record<string, string>;
      expect([...rulesInSource].filter((rule) => !reasons[rule])).toEqual([]);
    });
  }

  it('has the same keys in English and Chinese', () => {
    expect(new Set(leafKeys(zh))).toEqual(new Set(leafKeys(en)));
  });
});
