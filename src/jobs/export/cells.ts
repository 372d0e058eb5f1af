import { listSeparator } from '../import/kinds.ts';

/** A value as the import reads it back: empty for nothing, ISO for times, ';' between list items. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(cellText).join(listSeparator);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/** A stored month (first day) as the YYYY-MM a spreadsheet shows. */
export const monthKey = (month: string) => month.slice(0, 7);
