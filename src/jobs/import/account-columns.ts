import type { ColumnSpec } from './column-spec.ts';

/** Which account a row belongs to: account_id wins; an export writes account_name. */
export const accountColumns: readonly ColumnSpec[] = [
  { column: 'account_name', type: 'text' },
  { column: 'account_id', type: 'text' },
];
export const accountRequired: readonly string[] = ['account_name', 'account_id'];
