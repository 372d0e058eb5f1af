import { z } from 'zod';
import { transferKinds } from '../../jobs/import/kinds.ts';

export const transferParams = z.object({
  kind: z.enum(transferKinds).describe('accounts, contacts, financials (months of revenue, gross profit, volume) or activities'),
});

/** The file as the body (Content-Type: text/csv), or wrapped in JSON. */
export const importBody = z.union([z.string().describe('the CSV file, header first'), z.object({ csv: z.string() })]);

export const importResponse = z.object({ kind: z.enum(transferKinds), imported: z.number().int() });

export const rowErrorView = z.object({
  row: z.number().int().describe('1 is the header; the first record is row 2'),
  column: z.string().nullable(),
  message: z.string(),
});

export const importErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
      details: z.object({ errorCount: z.number().int(), errors: z.array(rowErrorView) }).optional(),
    }),
  })
  .describe('import.invalid: nothing was written; every row error is listed (up to 1,000)');

export const exportResponse = {
  description: 'The CSV file, in the import columns (it re-imports), starting with a UTF-8 byte-order mark',
  content: { 'text/csv': { schema: z.string() } },
};
