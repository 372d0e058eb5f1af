import type { Edge, Node } from '@xyflow/react';
import { departmentKey } from '../../domain/power-map/engagement.ts';
import type { LayoutSpacing, NodePosition } from '../../domain/power-map/layout.ts';
import { orgChartLayout } from '../../domain/power-map/org-chart-layout.ts';
import { powerLayout } from '../../domain/power-map/power-layout.ts';
import type { CardText, DepartmentText } from './card-texts.ts';
import type { MapLayout, MapPerson, MapRelation, PowerMapData } from './power-map-types.ts';

/** Card height on the canvas; the layouts' 140 px rows leave room between cards. */
export const cardHeight = 88;
/** Real influence widens the card (and thickens its border): power is visible before reading. */
export const cardWidth = (influence: number) => 140 + 10 * Math.min(5, Math.max(1, Math.round(influence)));

const groupPadding = 18;
const groupHeader = 30;
const emptyGroup = { width: 200, height: 70 };

export interface PersonData extends Record<string, unknown> {
  person: MapPerson;
  /** The card's texts in the interface language, added by the canvas. */
  text?: CardText;
}
export interface DepartmentData extends Record<string, unknown> {
  department: string;
  members: number;
  text?: DepartmentText;
}
export type PersonNode = Node<PersonData, 'person'>;
export type DepartmentNode = Node<DepartmentData, 'department'>;
export type MapNode = PersonNode | DepartmentNode;
export interface RelationData extends Record<string, unknown> {
  relation: MapRelation;
  /** Sideways offset in px, so that two lines between the same pair do not hide each other. */
  bend: number;
}
export type MapEdge = Edge<RelationData, 'relation'>;

export const departmentNodeId = (department: string) => `department:${departmentKey(department)}`;
export const isDepartmentNodeId = (id: string) => id.startsWith('department:');

/** A little tighter than the domain's default: the widest card is 190 px, and more of the map fits on screen. */
const spacing: LayoutSpacing = { column: 205, row: 120, departmentGap: 56 };

/** Where each person sits, by the chosen layout of the domain. */
export function layoutPositions(data: Pick<PowerMapData, 'nodes' | 'edges'>, layout: MapLayout): NodePosition[] {
  if (layout === 'power') return powerLayout({ contacts: data.nodes, spacing });
  return orgChartLayout({ contacts: data.nodes, relations: data.edges, spacing });
}

/**
 * The canvas's nodes and edges: each department a group around its people (React
 * Flow wants parents before children, and children placed relative to them), each
 * relation an edge. Departments named only by a department relation get an empty
 * group to the right, so their alliances and hostilities still show.
 */
export function buildMapGraph(
  data: Pick<PowerMapData, 'nodes' | 'edges' | 'departments'>,
  layout: MapLayout,
): { nodes: MapNode[]; edges: MapEdge[] } {
  const positions = new Map(layoutPositions(data, layout).map((p) => [p.id, p] as const));
  const members = new Map<string, MapPerson[]>();
  const names = new Map<string, string>();
  for (const person of data.nodes) {
    const key = departmentNodeId(person.department);
    if (!names.has(key)) names.set(key, person.department.trim());
    const list = members.get(key);
    if (list) list.push(person);
    else members.set(key, [person]);
  }

  const groups: DepartmentNode[] = [];
  const people: PersonNode[] = [];
  let right = 0;
  for (const [id, list] of members) {
    const boxes = list.map((p) => {
      const at = positions.get(p.id) ?? { x: 0, y: 0 };
      return { p, x: at.x, y: at.y, w: cardWidth(p.influence) };
    });
    const x = Math.min(...boxes.map((b) => b.x)) - groupPadding;
    const y = Math.min(...boxes.map((b) => b.y)) - groupPadding - groupHeader;
    const width = Math.max(...boxes.map((b) => b.x + b.w)) + groupPadding - x;
    const height = Math.max(...boxes.map((b) => b.y)) + cardHeight + groupPadding - y;
    right = Math.max(right, x + width);
    groups.push(departmentNode(id, names.get(id) ?? id, list.length, { x, y }, { width, height }));
    for (const b of boxes) {
      people.push({
        id: b.p.id,
        type: 'person',
        parentId: id,
        position: { x: b.x - x, y: b.y - y },
        width: b.w,
        height: cardHeight,
        data: { person: b.p },
      });
    }
  }
  for (const department of data.departments) {
    const id = departmentNodeId(department);
    if (members.has(id) || groups.some((g) => g.id === id)) continue;
    right += 80;
    groups.push(departmentNode(id, department.trim(), 0, { x: right, y: 0 }, emptyGroup));
    right += emptyGroup.width;
  }

  return {
    nodes: [...groups, ...people],
    edges: relationEdges(data.edges, new Set([...groups.map((g) => g.id), ...people.map((p) => p.id)])),
  };
}

const bendStep = 36;

function relationEdges(relations: readonly MapRelation[], known: ReadonlySet<string>): MapEdge[] {
  const ends = relations.map((relation) => ({
    relation,
    source: relation.scope === 'department' ? departmentNodeId(relation.from) : relation.from,
    target: relation.scope === 'department' ? departmentNodeId(relation.to) : relation.to,
  }));
  const usable = ends.filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target);
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const pairs = new Map<string, number>();
  for (const e of usable) pairs.set(pairKey(e.source, e.target), (pairs.get(pairKey(e.source, e.target)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return usable.map(({ relation, source, target }) => {
    const key = pairKey(source, target);
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    // Spread the lines of one pair symmetrically; the sign follows the drawing direction.
    const offset = (index - ((pairs.get(key) ?? 1) - 1) / 2) * bendStep;
    const bend = offset === 0 || source < target ? offset : -offset;
    return { id: relation.id, type: 'relation' as const, source, target, data: { relation, bend } };
  });
}

function departmentNode(
  id: string,
  department: string,
  count: number,
  position: { x: number; y: number },
  size: { width: number; height: number },
): DepartmentNode {
  return {
    id,
    type: 'department',
    position,
    width: size.width,
    height: size.height,
    data: { department, members: count },
  };
}
