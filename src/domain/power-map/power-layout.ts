import type { Contact } from './contact.ts';
import {
  defaultLayoutSpacing,
  groupByDepartment,
  type LayoutContact,
  type LayoutSpacing,
  type NodePosition,
  uniqueById,
} from './layout.ts';

const TOP_INFLUENCE = 5;

/** Influence 1..5 as a row from the top; unusable values sink to the bottom row. */
function influenceRow(influence: number): number {
  const level = Number.isFinite(influence) ? Math.min(TOP_INFLUENCE, Math.max(1, Math.round(influence))) : 1;
  return TOP_INFLUENCE - level;
}

/**
 * The real power structure, as opposed to the org chart: the higher someone's real
 * influence, the higher they sit, whatever their title. Departments stay side by side
 * in the same order as the org chart so the two views can be compared at a glance.
 */
export function powerLayout(options: {
  contacts: readonly (LayoutContact & Pick<Contact, 'influence'>)[];
  spacing?: LayoutSpacing;
}): NodePosition[] {
  const spacing = options.spacing ?? defaultLayoutSpacing;
  const contacts = uniqueById(options.contacts);
  const positions = new Map<string, NodePosition>();
  let left = 0;
  for (const department of groupByDepartment(contacts)) {
    const rows = new Map<number, typeof department>();
    for (const c of department) {
      const row = influenceRow(c.influence);
      const members = rows.get(row);
      if (members) members.push(c);
      else rows.set(row, [c]);
    }
    const width = Math.max(...[...rows.values()].map((r) => r.length));
    for (const [row, members] of rows) {
      // Centre shorter rows under the widest one.
      const offset = (width - members.length) / 2;
      members.forEach((c, i) => {
        positions.set(c.id, { id: c.id, x: left + (offset + i) * spacing.column, y: row * spacing.row });
      });
    }
    left += width * spacing.column + spacing.departmentGap;
  }
  return contacts.map((c) => positions.get(c.id) as NodePosition);
}
