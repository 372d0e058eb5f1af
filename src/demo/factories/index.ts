// The builders tests, the demo company and the scale generator share (STYLE.md §5):
// each inserts one record with sensible defaults, creating missing parents.
export * from './accounts.ts';
export * from './activities.ts';
export * from './company.ts';
export * from './contacts.ts';
export * from './deals.ts';
export type { Executor } from './executor.ts';
export * from './judgements.ts';
export * from './organisation.ts';
