import type { Contact } from './contact.ts';
import { departmentKey } from './engagement.ts';

/** Where the canvas puts one contact, in canvas pixels (top-left origin, y grows downward). */
export interface NodePosition {
  id: string;
  x: number;
  y: number;
}

export interface LayoutSpacing {
  /** Horizontal distance between neighbouring contacts. */
  column: number;
  /** Vertical distance between rows. */
  row: number;
  /** Extra space between two departments, so each reads as its own block. */
  departmentGap: number;
}

export const defaultLayoutSpacing: LayoutSpacing = { column: 220, row: 140, departmentGap: 80 };

export type LayoutContact = Pick<Contact, 'id' | 'name' | 'department' | 'rank'>;

/** Bad data must still give a finite drawing: an unknown rank sorts to the bottom. */
export function safeRank(rank: number): number {
  return Number.isFinite(rank) ? rank : Number.MAX_SAFE_INTEGER;
}

// Plain code-unit comparison, never localeCompare: the same data must give the same
// picture on every machine whatever its locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Top of the hierarchy first, then by name; the id breaks ties so input order never matters. */
export function compareContacts(a: LayoutContact, b: LayoutContact): number {
  return safeRank(a.rank) - safeRank(b.rank) || compareText(a.name, b.name) || compareText(a.id, b.id);
}

/** First occurrence of each id wins; a duplicated id would otherwise be drawn twice. */
export function uniqueById<T extends { id: string }>(contacts: readonly T[]): T[] {
  const seen = new Set<string>();
  return contacts.filter((c) => !seen.has(c.id) && seen.add(c.id) !== undefined);
}

/**
 * Contacts grouped by department, departments ordered left to right by the highest
 * rank they hold (management first), then by name; members sorted by compareContacts.
 */
export function groupByDepartment<T extends LayoutContact>(contacts: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const c of [...contacts].sort(compareContacts)) {
    const key = departmentKey(c.department);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const top = (group: T[]) => safeRank(group[0]?.rank ?? Number.MAX_SAFE_INTEGER);
  return [...groups.entries()]
    .sort(([ka, a], [kb, b]) => top(a) - top(b) || compareText(ka, kb))
    .map(([, group]) => group);
}
