import type { z } from 'zod';
import { type CellType, cellValue } from './cells.ts';
import type { RowError } from './row-error.ts';

/** One column of an import file. */
export interface ColumnSpec {
  column: string;
  type: CellType;
  /** The schema field it fills; absent for a reference (owner_email…) resolved in bulk. */
  field?: string;
}

/** A row after its own checks: validated fields, and the references still to resolve. */
export interface CheckedRow<T> {
  row: number;
  /** Absent when the row failed its own checks (its references are still checked). */
  input?: T;
  refs: Record<string, unknown>;
}

/** Coerce a row's cells and validate them with the resource's own schema. */
export function checkRow<S extends z.ZodType>(opts: {
  row: number;
  cells: Record<string, string>;
  columns: readonly ColumnSpec[];
  schema: S;
}): { checked: CheckedRow<z.output<S>>; errors: RowError[] } {
  const { row, cells, columns, schema } = opts;
  const errors: RowError[] = [];
  const input: Record<string, unknown> = {};
  const refs: Record<string, unknown> = {};
  const columnOf = new Map<string, string>();
  for (const spec of columns) {
    const raw = cells[spec.column];
    if (raw === undefined) continue;
    const result = cellValue(spec.type, raw);
    if (!result.ok) {
      errors.push({ row, column: spec.column, message: result.message });
      continue;
    }
    if (spec.field) {
      columnOf.set(spec.field, spec.column);
      if (result.value !== undefined) input[spec.field] = result.value;
    } else if (result.value !== undefined) {
      refs[spec.column] = result.value;
    }
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const column = columnOf.get(field) ?? columns.find((c) => c.field === field)?.column ?? null;
      // A cell that failed coercion already has its error.
      if (column && errors.some((e) => e.column === column)) continue;
      const missing = field !== '' && input[field] === undefined;
      errors.push({ row, column, message: missing ? 'required' : issue.message });
    }
  }
  const ok = errors.length === 0 && parsed.success;
  return { checked: { row, input: ok ? (parsed.data as z.output<S>) : undefined, refs }, errors };
}

/** The rows that passed their own checks. */
export const validRows = <T>(rows: CheckedRow<T>[]) => rows.filter((r): r is CheckedRow<T> & { input: T } => r.input !== undefined);

export const refText = (row: CheckedRow<unknown>, column: string) => row.refs[column] as string | undefined;
export const refList = (row: CheckedRow<unknown>, column: string) => (row.refs[column] as string[] | undefined) ?? [];

/** Split work into fixed-size batches (multi-row inserts, bounded parameters). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
