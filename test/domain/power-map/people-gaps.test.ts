import { describe, expect, it } from 'vitest';
import type { Contact, PowerRelation } from '../../../src/domain/power-map/contact.ts';
import type { PowerMapGapKind } from '../../../src/domain/power-map/gap.ts';
import { powerMapGaps } from '../../../src/domain/power-map/gaps.ts';
import type { PowerMapSettings } from '../../../src/domain/power-map/settings.ts';
import { contact, daysAgo, departmentRelation, now, relation, settingsWith } from './contact-factory.ts';

function find(
  kind: PowerMapGapKind,
  contacts: Contact[],
  relations: PowerRelation[] = [],
  settings: PowerMapSettings = settingsWith(),
) {
  return powerMapGaps({ contacts, relations, now, settings }).find((g) => g.gap === kind);
}

describe('no coach', () => {
  it('is raised when nobody guides us, and not when a coach (教练) is on the map', () => {
    expect(find('no_coach', [contact({})])?.reasons[0]).toMatchObject({ rule: 'coach', met: false, threshold: 1 });
    expect(find('no_coach', [contact({ buyingRole: 'coach' })])).toBeUndefined();
  });

  it('does not count a coach who has left or who is against us', () => {
    expect(find('no_coach', [contact({ buyingRole: 'coach', leftAt: daysAgo(3) })])).toBeDefined();
    expect(find('no_coach', [contact({ buyingRole: 'coach', attitude: 'opponent' })])).toBeDefined();
    expect(find('no_coach', [contact({ buyingRole: 'coach', leftAt: new Date(now.getTime() + 86_400_000) })])).toBeUndefined();
  });
});

describe('high-influence opponent', () => {
  it('flags opponents from influence 4, not at 3', () => {
    expect(find('high_influence_opponent', [contact({ attitude: 'opponent', influence: 3 })])).toBeUndefined();
    const gap = find('high_influence_opponent', [contact({ id: 'op', attitude: 'opponent', influence: 4 })]);
    expect(gap?.contactIds).toEqual(['op']);
    expect(gap?.reasons[0]).toMatchObject({ rule: 'opponent_influence', input: 4, threshold: 4, params: { contactId: 'op' } });
    expect(find('high_influence_opponent', [contact({ attitude: 'opponent', influence: 5 })])).toBeDefined();
  });

  it('ignores supporters with high influence and opponents who left', () => {
    expect(find('high_influence_opponent', [contact({ attitude: 'supporter', influence: 5 })])).toBeUndefined();
    expect(find('high_influence_opponent', [contact({ attitude: 'opponent', influence: 5, leftAt: daysAgo(1) })])).toBeUndefined();
  });

  it('follows the company threshold', () => {
    const settings = settingsWith({ highInfluence: 5 });
    expect(find('high_influence_opponent', [contact({ attitude: 'opponent', influence: 4 })], [], settings)).toBeUndefined();
  });
});

describe('opponent influences a decision maker', () => {
  const opponent = contact({ id: 'op', attitude: 'opponent', influence: 2 });
  const decider = contact({ id: 'dm', buyingRole: 'decision_maker' });

  it('is raised when an opponent influences the decision maker or is their ally, either way round', () => {
    const influences = find('opponent_influences_decision_maker', [opponent, decider], [relation('influences', 'op', 'dm', 3)]);
    expect(influences?.contactIds.sort()).toEqual(['dm', 'op']);
    expect(influences?.reasons[0]).toMatchObject({ input: 3, params: { contactId: 'op', decisionMakerId: 'dm' } });
    expect(find('opponent_influences_decision_maker', [opponent, decider], [relation('ally', 'dm', 'op')])).toBeDefined();
  });

  it('is not raised for the decision maker influencing the opponent, for rivals, or for department lines', () => {
    const contacts = [opponent, decider];
    expect(find('opponent_influences_decision_maker', contacts, [relation('influences', 'dm', 'op')])).toBeUndefined();
    expect(find('opponent_influences_decision_maker', contacts, [relation('rival', 'op', 'dm')])).toBeUndefined();
    expect(
      find('opponent_influences_decision_maker', contacts, [departmentRelation('influences', 'op', 'dm')]),
    ).toBeUndefined();
  });
});

describe('figurehead as main contact', () => {
  const main = (rank: number, influence: number) => [contact({ id: 'main', isMainContact: true, rank, influence })];

  it('is raised for a main contact with rank at most 2 and influence at most 2 (徒有虚名)', () => {
    const gap = find('figurehead_as_main_contact', main(2, 2));
    expect(gap?.contactIds).toEqual(['main']);
    expect(gap?.reasons).toContainEqual(expect.objectContaining({ rule: 'figurehead_rank', input: 2, threshold: 2 }));
    expect(gap?.reasons).toContainEqual(expect.objectContaining({ rule: 'figurehead_influence', input: 2, threshold: 2 }));
    expect(find('figurehead_as_main_contact', main(1, 1))).toBeDefined();
  });

  it('is not raised just past either threshold, nor for a figurehead who is not the main contact', () => {
    expect(find('figurehead_as_main_contact', main(3, 2))).toBeUndefined();
    expect(find('figurehead_as_main_contact', main(2, 3))).toBeUndefined();
    expect(find('figurehead_as_main_contact', [contact({ rank: 1, influence: 1 })])).toBeUndefined();
  });
});

describe('key contact left', () => {
  const left = (days: number, overrides: Partial<Contact> = {}) =>
    contact({ id: 'gone', buyingRole: 'decision_maker', leftAt: daysAgo(days), ...overrides });

  it('is raised for a decision maker who left 179 or 180 days ago, not 181', () => {
    expect(find('key_contact_left', [left(179)])).toBeDefined();
    const gap = find('key_contact_left', [left(180)]);
    expect(gap?.reasons[0]).toMatchObject({
      rule: 'key_contact_left',
      input: 180,
      threshold: 180,
      params: { contactId: 'gone', because: ['decision_maker'] },
    });
    expect(find('key_contact_left', [left(181)])).toBeUndefined();
  });

  it('counts coaches, influence from 4, and the main contact as key; not an ordinary user', () => {
    const user = { buyingRole: 'user', influence: 3, isMainContact: false } as const;
    expect(find('key_contact_left', [left(30, { ...user, buyingRole: 'coach' })])).toBeDefined();
    expect(find('key_contact_left', [left(30, { ...user, influence: 4 })])?.reasons[0]?.params).toMatchObject({
      because: ['high_influence'],
    });
    expect(find('key_contact_left', [left(30, { ...user })])).toBeUndefined();
    expect(find('key_contact_left', [left(30, { ...user, isMainContact: true })])).toBeDefined();
  });

  it('waits for an announced departure to happen', () => {
    expect(find('key_contact_left', [left(-10)])).toBeUndefined();
  });
});

describe('powerMapGaps', () => {
  it('reads the auto-parts customer of the method: a figurehead VP as main contact, an uncovered chief, the incumbent’s ally', () => {
    const contacts = [
      contact({ id: 'gm', name: 'General manager', department: 'Management', rank: 1, influence: 5, buyingRole: 'decision_maker', ownerId: null, lastActivityAt: null }),
      contact({ id: 'vp', name: 'Procurement VP', rank: 2, influence: 2, buyingRole: 'influencer', isMainContact: true }),
      contact({ id: 'chief', name: 'Procurement chief', rank: 1, influence: 5, buyingRole: 'decision_maker' }),
      contact({ id: 'admin', name: 'Administration head', department: 'Administration', rank: 2, buyingRole: 'coach', attitude: 'supporter' }),
      contact({ id: 'prod', name: 'Production director', department: 'Production', rank: 2, influence: 4, attitude: 'opponent', ownerId: null }),
    ];
    const relations = [relation('ally', 'prod', 'gm', 3), departmentRelation('rival', 'Production', 'Procurement')];
    const gaps = powerMapGaps({ contacts, relations, now, settings: settingsWith() });
    expect(gaps.map((g) => [g.gap, g.severity, g.contactIds])).toEqual([
      ['decision_maker_not_covered', 'critical', ['gm']],
      ['high_influence_opponent', 'critical', ['prod']],
      ['opponent_influences_decision_maker', 'warning', ['prod', 'gm']],
      ['figurehead_as_main_contact', 'warning', ['vp']],
    ]);
  });

  it('puts critical gaps before warnings and follows the company severities, leaving out gaps switched off', () => {
    const contacts = [contact({})];
    expect(powerMapGaps({ contacts, relations: [], now, settings: settingsWith() }).map((g) => g.gap)).toEqual([
      'single_threaded',
      'no_coach',
      'decision_maker_unknown',
    ]);
    const settings = settingsWith({ severities: { single_threaded: 'info', no_coach: 'off', decision_maker_unknown: 'critical' } });
    expect(powerMapGaps({ contacts, relations: [], now, settings }).map((g) => [g.gap, g.severity])).toEqual([
      ['decision_maker_unknown', 'critical'],
      ['single_threaded', 'info'],
    ]);
  });
});
