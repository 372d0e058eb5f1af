import { AppError } from '../../server/errors.ts';

/**
 * One problem with one cell or row of an imported file. `row` counts the way a
 * spreadsheet does: the header is row 1, the first record row 2.
 */
export interface RowError {
  row: number;
  /** The column at fault, as named in the header; null when the whole row is wrong. */
  column: string | null;
  message: string;
}

/** At most this many errors travel back; the count says how many there were. */
export const maxReportedErrors = 1000;

/** The whole file is refused: nothing was written. */
export function importRejected(errors: RowError[]): AppError {
  const sorted = [...errors].sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
  const first = sorted[0];
  const where = first ? ` First: row ${first.row}${first.column ? `, column ${first.column}` : ''}: ${first.message}` : '';
  const message = `The file was not imported: ${sorted.length} error${sorted.length === 1 ? '' : 's'}; nothing was written.${where}`;
  return new AppError('import.invalid', message, {
    details: { errorCount: sorted.length, errors: sorted.slice(0, maxReportedErrors) },
  });
}

/** Row errors carried by an import.invalid error, if that is what it is. */
export function rowErrorsOf(err: unknown): RowError[] | null {
  if (!(err instanceof AppError) || err.code !== 'import.invalid') return null;
  const details = err.details as { errors?: RowError[] } | undefined;
  return details?.errors ?? [];
}
