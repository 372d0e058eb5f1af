import type { PowerRelation } from './contact.ts';
import { departmentKey } from './engagement.ts';
import {
  compareContacts,
  defaultLayoutSpacing,
  groupByDepartment,
  type LayoutContact,
  type LayoutSpacing,
  type NodePosition,
  safeRank,
  uniqueById,
} from './layout.ts';

/**
 * Each contact's boss for drawing purposes: the strongest reports_to relation to a
 * colleague in the same department (cross-department lines are drawn as edges but
 * do not move people out of their department's block).
 */
function bossOf(contacts: readonly LayoutContact[], relations: readonly PowerRelation[]): Map<string, string> {
  const byId = new Map(contacts.map((c) => [c.id, c] as const));
  const best = new Map<string, { to: string; strength: number }>();
  for (const r of relations) {
    if (r.scope !== 'contact' || r.kind !== 'reports_to' || r.from === r.to) continue;
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    if (!from || !to || departmentKey(from.department) !== departmentKey(to.department)) continue;
    const strength = Number.isFinite(r.strength) ? r.strength : 0;
    const current = best.get(r.from);
    if (!current || strength > current.strength || (strength === current.strength && r.to < current.to)) {
      best.set(r.from, { to: r.to, strength });
    }
  }
  return new Map([...best].map(([from, { to }]) => [from, to]));
}

/**
 * Reporting lines recorded by people can loop (A reports to B reports to A). Each loop
 * is cut above its most senior member, who becomes a root; the choice depends only
 * on the data, so the drawing is the same whatever order the data came in.
 */
function cutCycles(sorted: readonly LayoutContact[], boss: Map<string, string>): void {
  const byId = new Map(sorted.map((c) => [c.id, c] as const));
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of sorted) {
    const path: string[] = [];
    let current: string | undefined = start.id;
    while (current !== undefined && !state.has(current)) {
      state.set(current, 'walking');
      path.push(current);
      current = boss.get(current);
    }
    if (current !== undefined && state.get(current) === 'walking') {
      const loop = path.slice(path.indexOf(current)).map((id) => byId.get(id) as LayoutContact);
      const head = loop.sort(compareContacts)[0] as LayoutContact;
      boss.delete(head.id);
    }
    for (const id of path) state.set(id, 'done');
  }
}

/**
 * The formal org chart (the surface of SPEC §5): a tree per reports_to line, departments
 * side by side, everyone at least one row below their boss and rows aligned by rank
 * across departments. Sorting dominates the cost (n log n); reporting loops cannot make it hang.
 */
export function orgChartLayout(options: {
  contacts: readonly LayoutContact[];
  relations: readonly PowerRelation[];
  spacing?: LayoutSpacing;
}): NodePosition[] {
  const spacing = options.spacing ?? defaultLayoutSpacing;
  const contacts = uniqueById(options.contacts);
  const sorted = [...contacts].sort(compareContacts);
  const boss = bossOf(sorted, options.relations);
  cutCycles(sorted, boss);

  const children = new Map<string, LayoutContact[]>();
  for (const c of sorted) {
    const b = boss.get(c.id);
    if (b === undefined) continue;
    const siblings = children.get(b);
    if (siblings) siblings.push(c);
    else children.set(b, [c]);
  }
  const rankRow = new Map([...new Set(sorted.map((c) => safeRank(c.rank)))].map((rank, i) => [rank, i] as const));

  const positions = new Map<string, NodePosition>();
  let left = 0;
  for (const department of groupByDepartment(contacts)) {
    // Breadth-first from the department's roots: parents before children.
    const order = department.filter((c) => !boss.has(c.id));
    for (let i = 0; i < order.length; i++) {
      for (const k of children.get((order[i] as LayoutContact).id) ?? []) order.push(k);
    }

    const width = new Map<string, number>();
    for (const c of [...order].reverse()) {
      const kids = children.get(c.id) ?? [];
      width.set(c.id, Math.max(1, kids.reduce((sum, k) => sum + (width.get(k.id) ?? 1), 0)));
    }
    const row = new Map<string, number>();
    const slot = new Map<string, number>();
    let cursor = 0;
    for (const c of order) {
      const b = boss.get(c.id);
      const r = Math.max(rankRow.get(safeRank(c.rank)) ?? 0, b === undefined ? 0 : (row.get(b) ?? 0) + 1);
      row.set(c.id, r);
      const start = b === undefined ? cursor : (slot.get(c.id) ?? 0);
      if (b === undefined) cursor += width.get(c.id) ?? 1;
      let childStart = start;
      for (const k of children.get(c.id) ?? []) {
        slot.set(k.id, childStart);
        childStart += width.get(k.id) ?? 1;
      }
      const column = start + ((width.get(c.id) ?? 1) - 1) / 2;
      positions.set(c.id, { id: c.id, x: left + column * spacing.column, y: r * spacing.row });
    }
    left += cursor * spacing.column + spacing.departmentGap;
  }
  return contacts.map((c) => positions.get(c.id) as NodePosition);
}
