import { describe, expect, it } from 'vitest';
import { buildMapGraph, cardHeight, cardWidth, departmentNodeId } from '../../../src/web/power-map/map-graph.ts';
import { emptyPerson, fieldsFromForm, formFromPerson, validatePerson } from '../../../src/web/power-map/person-form-values.ts';
import type { MapPerson, MapRelation } from '../../../src/web/power-map/power-map-types.ts';

const person = (id: string, fields: Partial<MapPerson> = {}): MapPerson => ({
  id,
  name: `Person ${id}`,
  nameZh: null,
  department: 'procurement',
  title: 'Manager',
  titleZh: null,
  rank: 3,
  influence: 3,
  buyingRole: 'user',
  attitude: 'neutral',
  relationshipStrength: 1,
  ownerId: null,
  ownerName: null,
  ownerNameZh: null,
  isMainContact: false,
  email: null,
  phone: null,
  leftAt: null,
  notes: null,
  lastActivityAt: null,
  present: true,
  active: false,
  titlePower: { value: null, reasons: [] },
  version: 1,
  ...fields,
});
const line = (id: string, from: string, to: string, fields: Partial<MapRelation> = {}): MapRelation => ({
  id,
  scope: 'contact',
  kind: 'ally',
  from,
  to,
  strength: 2,
  note: null,
  version: 1,
  ...fields,
});

describe('power-map canvas graph', () => {
  const nodes = [
    person('boss', { rank: 1, influence: 5 }),
    person('buyer', { rank: 2 }),
    person('driver', { department: ' Logistics ', influence: 1 }),
    person('planner', { department: 'logistics', rank: 4 }),
  ];
  const edges = [
    line('r1', 'buyer', 'boss', { kind: 'reports_to' }),
    line('r2', 'driver', 'boss', { kind: 'influences' }),
    line('r3', 'boss', 'driver', { kind: 'rival' }),
    line('d1', 'procurement', 'finance', { scope: 'department', kind: 'rival' }),
  ];
  const departments = ['procurement', ' Logistics ', 'finance'];

  it('puts each department group before its people, and every person inside their group', () => {
    for (const layout of ['org', 'power'] as const) {
      const graph = buildMapGraph({ nodes, edges, departments }, layout);
      const index = new Map(graph.nodes.map((n, i) => [n.id, i] as const));
      for (const n of graph.nodes.filter((g) => g.type === 'person')) {
        const parent = graph.nodes.find((g) => g.id === n.parentId);
        expect(parent, n.id).toBeDefined();
        expect(index.get(parent?.id ?? '')).toBeLessThan(index.get(n.id) ?? -1);
        expect(n.position.x).toBeGreaterThanOrEqual(0);
        expect(n.position.y).toBeGreaterThanOrEqual(0);
        expect(n.position.x + (n.width ?? 0)).toBeLessThanOrEqual(parent?.width ?? 0);
        expect(n.position.y + cardHeight).toBeLessThanOrEqual(parent?.height ?? 0);
      }
    }
  });

  it('treats " Logistics " and "logistics" as one department, and gives a department named only by a relation its own group', () => {
    const graph = buildMapGraph({ nodes, edges, departments }, 'org');
    const groups = graph.nodes.filter((n) => n.type === 'department');
    expect(groups.map((g) => g.id).sort()).toEqual([departmentNodeId('finance'), departmentNodeId('logistics'), departmentNodeId('procurement')].sort());
    expect(graph.nodes.find((n) => n.id === 'planner')?.parentId).toBe(departmentNodeId('Logistics'));
    expect(groups.find((g) => g.id === departmentNodeId('finance'))?.data).toMatchObject({ members: 0 });
  });

  it('joins department relations between groups and bends two lines between the same pair apart', () => {
    const graph = buildMapGraph({ nodes, edges, departments }, 'org');
    expect(graph.edges.find((e) => e.id === 'd1')).toMatchObject({ source: departmentNodeId('procurement'), target: departmentNodeId('finance') });
    const bends = ['r2', 'r3'].map((id) => graph.edges.find((e) => e.id === id)?.data?.bend ?? 0);
    // Drawn in opposite directions, the two lines still land on opposite sides.
    expect(bends[0]).not.toBe(0);
    expect(bends[0]).toBe(bends[1]);
    expect(graph.edges.find((e) => e.id === 'r1')?.data?.bend).toBe(0);
  });

  it('leaves out a line whose end is not on the map', () => {
    const graph = buildMapGraph({ nodes, edges: [...edges, line('ghost', 'boss', 'nobody')], departments }, 'org');
    expect(graph.edges.map((e) => e.id)).not.toContain('ghost');
  });

  it('widens a card with real influence', () => {
    expect(cardWidth(1)).toBeLessThan(cardWidth(3));
    expect(cardWidth(3)).toBeLessThan(cardWidth(5));
    expect(cardWidth(9)).toBe(cardWidth(5));
  });

  it('puts the most influential person at the top in the real-power layout, whatever the title', () => {
    const graph = buildMapGraph({ nodes: [person('vp', { rank: 1, influence: 1 }), person('clerk', { rank: 5, influence: 5 })], edges: [], departments: [] }, 'power');
    const y = (id: string) => graph.nodes.find((n) => n.id === id)?.position.y ?? Number.NaN;
    expect(y('clerk')).toBeLessThan(y('vp'));
  });
});

describe('person form', () => {
  it('sends every field, so an edit never lets a field fall back to a default', () => {
    const p = person('x', { rank: 1, isMainContact: true, relationshipStrength: 4, nameZh: '张三', leftAt: '2025-01-31' });
    const fields = fieldsFromForm({ ...formFromPerson(p), influence: 2 });
    expect(fields).toMatchObject({ rank: 1, influence: 2, isMainContact: true, relationshipStrength: 4, nameZh: '张三', leftAt: '2025-01-31' });
    expect(Object.keys(fields).sort()).toEqual(Object.keys(fieldsFromForm(emptyPerson())).sort());
  });

  it('turns empty optional text into null and trims the rest', () => {
    expect(fieldsFromForm({ ...emptyPerson(), name: '  Li Lei ', nameZh: '  ', email: '' })).toMatchObject({ name: 'Li Lei', nameZh: null, email: null });
  });

  it('names the missing and malformed fields', () => {
    expect(Object.keys(validatePerson(emptyPerson())).sort()).toEqual(['department', 'name', 'title']);
    const filled = { ...emptyPerson({ department: 'it' }), name: 'A', title: 'B' };
    expect(validatePerson(filled)).toEqual({});
    expect(validatePerson({ ...filled, rank: 0 })).toHaveProperty('rank');
    expect(validatePerson({ ...filled, rank: 10 })).toEqual({});
    expect(validatePerson({ ...filled, rank: 11 })).toHaveProperty('rank');
    expect(validatePerson({ ...filled, email: 'not-an-email' })).toHaveProperty('email');
    expect(validatePerson({ ...filled, leftAt: '31/01/2025' })).toHaveProperty('leftAt');
  });
});
