// Organisation and executives (SPEC §6): teams, pairing, the four-pats guard rails,
// front-line support, account plans, the seven elements and replication.
export * from './account-plan.ts';
export * from './commitments.ts';
export * from './escalation.ts';
export * from './executive-pairing.ts';
export * from './hands-off.ts';
export * from './profit-sharing.ts';
export * from './replication.ts';
export * from './settings.ts';
export * from './seven-elements.ts';
export * from './support-requests.ts';
export * from './team-completeness.ts';
export * from './unplanned-visit.ts';
export * from './vocabulary.ts';
