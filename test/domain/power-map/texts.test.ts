import { describe, expect, it } from 'vitest';
import { buyingRoles } from '../../../src/domain/catalog.ts';
import { coverageParts, coverageScore } from '../../../src/domain/power-map/coverage-score.ts';
import { powerMapGapKinds } from '../../../src/domain/power-map/gap.ts';
import { powerMapGaps } from '../../../src/domain/power-map/gaps.ts';
import { gapSeverities } from '../../../src/domain/power-map/settings.ts';
import { judgeTitleAgainstInfluence, titlePowers } from '../../../src/domain/power-map/title-vs-influence.ts';
import en from '../../../src/web/i18n/power-map.en.json';
import zh from '../../../src/web/i18n/power-map.zh-CN.json';
import { contact, daysAgo, now, relation, settingsWith } from './contact-factory.ts';

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

/** A map that trips every gap, so that every reason key the rules can produce appears. */
function everyReasonKey(): string[] {
  const settings = settingsWith();
  const contacts = [
    contact({ id: 'dm1', buyingRole: 'decision_maker', ownerId: null, lastActivityAt: null }),
    contact({ id: 'dm2', buyingRole: 'decision_maker', lastActivityAt: daysAgo(200) }),
    contact({ id: 'op', attitude: 'opponent', influence: 5 }),
    contact({ id: 'main', isMainContact: true, rank: 1, influence: 1 }),
    contact({ id: 'gone', buyingRole: 'coach', leftAt: daysAgo(3) }),
  ];
  const gaps = powerMapGaps({ contacts, relations: [relation('influences', 'op', 'dm1')], now, settings });
  const lonely = powerMapGaps({ contacts: [], relations: [], now, settings });
  return [
    ...gaps.flatMap((g) => g.reasons),
    ...lonely.flatMap((g) => g.reasons),
    ...coverageScore({ contacts, now, settings }).reasons,
    ...judgeTitleAgainstInfluence({ contact: { rank: 1, influence: 1 }, settings }).reasons,
  ].map((r) => r.key);
}

describe('power-map texts', () => {
  const keys = [
    ...new Set([
      ...everyReasonKey(),
      ...powerMapGapKinds.flatMap((g) => [`powerMap.gaps.${g}`, `powerMap.gapHelp.${g}`]),
      ...[...gapSeverities, 'off'].map((s) => `powerMap.severity.${s}`),
      ...titlePowers.map((t) => `powerMap.titlePower.${t}`),
      ...coverageParts.map((p) => `powerMap.coverageParts.${p}`),
      ...[...buyingRoles, 'high_influence', 'main_contact'].map((b) => `powerMap.keyContactBecause.${b}`),
    ]),
  ];

  it('covers every gap rule, including the never-touched wording', () => {
    expect(keys).toContain('reasons.power_map.decision_maker_activity_never');
    expect(keys).toContain('reasons.power_map.decision_maker_activity');
    expect(keys).toContain('reasons.power_map.key_contact_left');
    expect(keys).toContain('reasons.power_map.coach');
    const written = Object.keys(en.reasons.power_map).map((rule) => `reasons.power_map.${rule}`);
    expect(written.filter((key) => !keys.includes(key))).toEqual([]);
  });

  it.each([
    ['en', en],
    ['zh-CN', zh],
  ])('has a %s text for every reason and value the power map produces', (_, texts) => {
    const missing = keys.filter((key) => typeof lookup(texts, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
