export * from './accounts.ts';
export * from './company.ts';
export * from './contacts.ts';
export * from './deals.ts';
export * from './judgements.ts';
export * from './organisation.ts';
