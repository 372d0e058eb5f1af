import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relationKinds } from '../../../src/domain/catalog.ts';
import type { ContactRelation } from '../../../src/domain/power-map/contact.ts';
import type { NodePosition } from '../../../src/domain/power-map/layout.ts';
import { orgChartLayout } from '../../../src/domain/power-map/org-chart-layout.ts';
import { powerLayout } from '../../../src/domain/power-map/power-layout.ts';
import { reportsTo } from './contact-factory.ts';

type Person = { id: string; name: string; department: string; rank: number; influence: number };
const person = (id: string, department: string, rank: number, influence = 3): Person => ({
  id,
  name: id,
  department,
  rank,
  influence,
});
const at = (positions: NodePosition[]) => new Map(positions.map((p) => [p.id, p] as const));
const allFiniteAndDistinct = (positions: NodePosition[]) => {
  expect(positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(positions.length);
};

const people = [
  person('gm', 'Management', 1, 5),
  person('vp', 'Procurement', 2, 2),
  person('chief', 'Procurement', 2, 5),
  person('buyer', 'Procurement', 4, 2),
  person('clerk', 'Procurement', 5, 1),
  person('admin', 'Administration', 2, 3),
  person('qe', 'Quality', 4, 4),
];
const lines = [reportsTo('buyer', 'chief'), reportsTo('clerk', 'buyer'), reportsTo('vp', 'gm'), reportsTo('chief', 'gm')];

/** 300 people over 6 departments with arbitrary relations, loops and self-references included. */
const bigMap = fc
  .array(fc.record({ department: fc.integer({ min: 0, max: 5 }), rank: fc.integer({ min: 1, max: 8 }), influence: fc.integer({ min: 1, max: 5 }) }), {
    minLength: 300,
    maxLength: 300,
  })
  .chain((rows) => {
    const contacts = rows.map((r, i) => person(`p${i}`, `D${r.department}`, r.rank, r.influence));
    const relation = fc.record({
      scope: fc.constant('contact' as const),
      kind: fc.constantFrom(...relationKinds),
      from: fc.integer({ min: 0, max: 299 }).map((i) => `p${i}`),
      to: fc.integer({ min: 0, max: 299 }).map((i) => `p${i}`),
      strength: fc.integer({ min: 1, max: 3 }),
    });
    return fc.tuple(fc.constant(contacts), fc.array(relation, { maxLength: 600 }));
  });

describe('orgChartLayout', () => {
  it('puts everyone below their boss and centres a boss over their team', () => {
    const p = at(orgChartLayout({ contacts: people, relations: lines }));
    expect(p.get('chief')?.y).toBeGreaterThan(p.get('gm')?.y ?? Infinity);
    expect(p.get('clerk')?.y).toBeGreaterThan(p.get('buyer')?.y ?? Infinity);
    expect(p.get('buyer')?.x).toBe(p.get('chief')?.x);
  });

  it('keeps departments side by side, management first, in blocks that do not overlap', () => {
    const positions = orgChartLayout({ contacts: people, relations: lines });
    const byDepartment = new Map<string, number[]>();
    for (const c of people) byDepartment.set(c.department, [...(byDepartment.get(c.department) ?? []), at(positions).get(c.id)?.x ?? NaN]);
    const blocks = [...byDepartment.values()].map((xs) => [Math.min(...xs), Math.max(...xs)] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]?.[0]).toBeGreaterThan(blocks[i - 1]?.[1] ?? Infinity);
    expect(at(positions).get('gm')?.x).toBe(0);
    allFiniteAndDistinct(positions);
  });

  it('aligns people of the same rank on one row across departments', () => {
    const p = at(orgChartLayout({ contacts: people, relations: [] }));
    expect(p.get('vp')?.y).toBe(p.get('admin')?.y);
    expect(p.get('buyer')?.y).toBe(p.get('qe')?.y);
  });

  it('draws reporting loops and self-references as trees, cutting the loop above its most senior member', () => {
    const loop = [person('a', 'X', 1), person('b', 'X', 2), person('c', 'X', 3)];
    const relations = [reportsTo('a', 'c'), reportsTo('b', 'a'), reportsTo('c', 'b'), reportsTo('a', 'a')];
    const p = at(orgChartLayout({ contacts: loop, relations }));
    expect(p.get('a')?.y).toBeLessThan(p.get('b')?.y ?? -Infinity);
    expect(p.get('b')?.y).toBeLessThan(p.get('c')?.y ?? -Infinity);
  });

  it('handles 300 people with arbitrary relations: finite, distinct, everyone placed, whatever the input order', () => {
    fc.assert(
      fc.property(bigMap, fc.integer(), ([contacts, relations], seed) => {
        const positions = orgChartLayout({ contacts, relations: relations as ContactRelation[] });
        expect(positions.map((p) => p.id)).toEqual(contacts.map((c) => c.id));
        allFiniteAndDistinct(positions);
        const shuffled = [...contacts].sort((a, b) => ((a.rank * 31 + seed) % 7) - ((b.rank * 31 + seed) % 7));
        const again = orgChartLayout({ contacts: shuffled, relations: [...relations].reverse() as ContactRelation[] });
        expect(at(again)).toEqual(at(positions));
      }),
      { numRuns: 20 },
    );
  });

  it('survives a single 300-long reporting loop', () => {
    const chain = Array.from({ length: 300 }, (_, i) => person(`p${i}`, 'X', 3));
    const relations = chain.map((_, i) => reportsTo(`p${i}`, `p${(i + 1) % 300}`));
    const positions = orgChartLayout({ contacts: chain, relations });
    allFiniteAndDistinct(positions);
    expect(orgChartLayout({ contacts: chain, relations })).toEqual(positions);
  });
});

describe('powerLayout', () => {
  it('puts higher real influence higher up, whatever the title', () => {
    const p = at(powerLayout({ contacts: people }));
    expect(p.get('qe')?.y).toBeLessThan(p.get('vp')?.y ?? -Infinity);
    expect(p.get('chief')?.y).toBe(p.get('gm')?.y);
    expect(p.get('clerk')?.y).toBeGreaterThan(p.get('buyer')?.y ?? Infinity);
  });

  it('keeps the org chart’s department order so both views read left to right alike', () => {
    const org = at(orgChartLayout({ contacts: people, relations: lines }));
    const power = at(powerLayout({ contacts: people }));
    const order = (p: Map<string, NodePosition>) => ['gm', 'chief', 'admin', 'qe'].sort((a, b) => (p.get(a)?.x ?? 0) - (p.get(b)?.x ?? 0));
    expect(order(power)).toEqual(order(org));
  });

  it('sinks unusable influence to the bottom row and stays finite', () => {
    const p = at(powerLayout({ contacts: [person('x', 'A', 1, Number.NaN), person('y', 'A', 1, 1), person('z', 'A', 1, 9)] }));
    expect(p.get('x')?.y).toBe(p.get('y')?.y);
    expect(p.get('z')?.y).toBe(0);
  });

  it('handles 300 people deterministically, whatever the input order', () => {
    fc.assert(
      fc.property(bigMap, ([contacts]) => {
        const positions = powerLayout({ contacts });
        allFiniteAndDistinct(positions);
        expect(at(powerLayout({ contacts: [...contacts].reverse() }))).toEqual(at(positions));
      }),
      { numRuns: 20 },
    );
  });
});
