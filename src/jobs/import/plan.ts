import type { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import type { CheckedRow, ColumnSpec } from './column-spec.ts';
import type { ImportContext } from './references.ts';
import type { RowError } from './row-error.ts';

/** Writes every checked row inside the import's one transaction, reporting rows written. */
export type ImportWrite = (tx: Tx, onBatch: (written: number) => void) => Promise<number>;

/** How one kind of file is read, checked and written. */
export interface ImportPlan<S extends z.ZodType = z.ZodType> {
  /** Columns in the order an export writes them. */
  columns: readonly ColumnSpec[];
  /** Each group needs at least one of its columns in the header. */
  required: readonly (readonly string[])[];
  /** The resource's own schema for the fields that are not references. */
  schema: S;
  /** Resolve every reference in bulk; the errors, and the write to run if there are none. */
  resolve(ctx: ImportContext, rows: CheckedRow<z.output<S>>[]): Promise<{ errors: RowError[]; write: ImportWrite }>;
}

/** Rows per multi-row insert: well under PostgreSQL's 65,535 parameters for the widest table. */
export const insertBatchSize = 500;

export const definePlan = <S extends z.ZodType>(plan: ImportPlan<S>): ImportPlan<S> => plan;
