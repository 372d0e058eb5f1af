import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { RowError } from './row-error.ts';

export type CsvRecord = { row: number; cells: Record<string, string> } | { row: number; error: RowError };

export interface CsvHeaderRules {
  /** Every column a file of this kind may have. */
  known: readonly string[];
  /** Each group needs at least one of its columns (e.g. account_id or account_name). */
  required: readonly (readonly string[])[];
}

const normaliseHeader = (name: string) => name.trim().toLowerCase().replaceAll(' ', '_');

/** Problems with the header row itself; none means the rows can be read. */
export function checkHeader(header: string[], rules: CsvHeaderRules): RowError[] {
  const errors: RowError[] = [];
  const seen = new Set<string>();
  for (const column of header) {
    if (column === '') errors.push({ row: 1, column: null, message: 'a column has no name' });
    else if (seen.has(column)) errors.push({ row: 1, column, message: 'the column appears twice' });
    else if (!rules.known.includes(column))
      errors.push({ row: 1, column, message: `not a column of this file; expected some of: ${rules.known.join(', ')}` });
    seen.add(column);
  }
  for (const group of rules.required) {
    if (!group.some((c) => seen.has(c))) {
      errors.push({ row: 1, column: group.join(' or '), message: 'this column is required' });
    }
  }
  return errors;
}

/**
 * Stream the records of a CSV file, each as cells keyed by header column. The
 * header is checked first; a malformed file (e.g. an unclosed quote) ends with an
 * error record. Reports progress as rows read and bytes consumed.
 */
export async function* readCsvRecords(
  input: Readable,
  rules: CsvHeaderRules,
  onRead?: (rows: number, bytes: number) => void,
): AsyncGenerator<CsvRecord> {
  // Records are taken as the parser makes them: a stream that fails drops what it
  // buffered, and the rows before a malformed spot still deserve their own checks.
  const made: string[][] = [];
  // Excel writes a byte-order mark before UTF-8; it is not part of the first column's name.
  const parser = input.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[]) => {
        made.push(record);
        return record;
      },
    }),
  );
  input.on('error', (err) => parser.destroy(err));
  let header: string[] | null = null;
  let row = 0;
  let failure: CsvError | null = null;
  const iterator = (parser as AsyncIterable<string[]>)[Symbol.asyncIterator]();
  try {
    while (true) {
      if (made.length === 0) {
        if (failure) break;
        try {
          if ((await iterator.next()).done) break;
        } catch (err) {
          if (!(err instanceof CsvError)) throw err;
          failure = err;
        }
        continue;
      }
      const record = made.shift()!;
      row++;
      if (!header) {
        header = record.map(normaliseHeader);
        const errors = checkHeader(header, rules);
        for (const error of errors) yield { row: 1, error };
        if (errors.length) return;
        continue;
      }
      if (record.length !== header.length) {
        yield { row, error: { row, column: null, message: `has ${record.length} values; the header has ${header.length}` } };
        continue;
      }
      const cells: Record<string, string> = {};
      header.forEach((column, i) => {
        cells[column] = record[i] ?? '';
      });
      yield { row, cells };
      if (onRead && row % 500 === 0) onRead(row - 1, parser.info.bytes);
    }
  } finally {
    parser.destroy();
  }
  if (failure) {
    const at = typeof failure.records === 'number' ? failure.records + 1 : row + 1;
    yield { row: at, error: { row: at, column: null, message: `the file is not valid CSV here: ${failure.message}` } };
    return;
  }
  if (!header) {
    yield { row: 1, error: { row: 1, column: null, message: 'the file is empty; the first row must name the columns' } };
    return;
  }
  onRead?.(Math.max(row - 1, 0), parser.info.bytes);
}
