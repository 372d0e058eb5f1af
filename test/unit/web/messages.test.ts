import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as catalog from '../../../src/domain/catalog.ts';
import { type Messages, mergeMessages } from '../../../src/web/i18n/merge-messages.ts';

const dir = fileURLToPath(new URL('../../../src/web/i18n/', import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as Messages;
const areaFiles = (suffix: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix) && f !== suffix.slice(1))
    .sort();

/** Every leaf key, with i18next's plural suffixes folded (Chinese has no singular form). */
function leafKeys(tree: Messages, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leafKeys(value as Messages, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

const at = (tree: Messages, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Messages | undefined)?.[key], tree);

describe('interface texts', () => {
  it('has the same keys in English and Chinese for the shell and accounts', () => {
    expect(new Set(leafKeys(read('zh-CN.json')))).toEqual(new Set(leafKeys(read('en.json'))));
  });

  it('names every vocabulary id of the catalogue in both languages, after merging every area', () => {
    const vocabularies = Object.entries(catalog as Record<string, unknown>).filter((entry): entry is [string, readonly string[]] =>
      Array.isArray(entry[1]),
    );
    expect(vocabularies.length).toBeGreaterThan(10);
    for (const [suffix, base] of [
      ['.en.json', 'en.json'],
      ['.zh-CN.json', 'zh-CN.json'],
    ] as const) {
      const messages = mergeMessages(read(base), ...areaFiles(suffix).map(read));
      for (const [vocabulary, ids] of vocabularies) {
        for (const id of ids)
          expect(at(messages, `catalog.${vocabulary}.${id}`), `${base}: catalog.${vocabulary}.${id}`).toEqual(expect.any(String));
      }
    }
  });

  it('merges area texts into the shell texts key by key, later files winning', () => {
    const merged = mergeMessages(
      { catalog: { tiers: { strategic: 'Strategic' } }, shell: { product: 'Abreast' } },
      { catalog: { tiers: { regular: 'Regular' } }, shell: { product: 'Abreast!' } },
    );
    expect(merged).toEqual({ catalog: { tiers: { strategic: 'Strategic', regular: 'Regular' } }, shell: { product: 'Abreast!' } });
  });
});
