import type { Reason } from '../../domain/reason.ts';

// The organisation API's answers (SPEC §6) as the web app reads them: the domain's
// `{ value, reasons }` judgements with dates as ISO strings.

export type { Reason };
export interface Judged<T> {
  value: T;
  reasons: Reason[];
}

export interface AccountRef {
  id: string;
  name: string;
  nameZh: string | null;
  tier: string | null;
}

export type FourPat = 'unplanned_visit' | 'over_promising' | 'blaming_sales' | 'hands_off';
export const FOUR_PATS: readonly FourPat[] = ['unplanned_visit', 'over_promising', 'blaming_sales', 'hands_off'];
export type FourPats = Record<FourPat, number>;

export interface Visit {
  id: string;
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  kind: string;
  at: string;
  subject: string;
  objective: string | null;
  agenda: string | null;
  teamNotifiedAt: string | null;
  executiveIds: string[];
  planned: boolean;
  check: Judged<{ flagged: boolean; issues: string[]; noticeDays: number | null }>;
}

export interface Pairing {
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  tier: string | null;
  executiveId: string;
  executiveName: string;
  executiveNameZh: string | null;
  cadenceDays: number;
  since: string;
  status: Judged<{
    executiveId: string;
    lastVisitAt: string | null;
    nextDueAt: string | null;
    daysSinceLastVisit: number | null;
    overdue: boolean;
    salesTrained: boolean;
  }>;
}

export type HandsOff = Judged<{ applies: boolean; flagged: boolean; lastTouchpointAt: string | null; daysSinceLastTouchpoint: number | null }>;

export interface Commitment {
  id: string;
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  promisedBy: string;
  promisedByName: string;
  promisedByNameZh: string | null;
  what: string;
  toContactId: string | null;
  toContactName: string | null;
  toContactNameZh: string | null;
  dueOn: string;
  status: 'open' | 'kept' | 'broken';
  closedAt: string | null;
  createdAt: string;
  version: number;
  flag: 'overdue' | 'broken' | null;
  daysOverdue: number | null;
}
export interface Commitments {
  items: Commitment[];
  check: Judged<{ flagged: { id: string; flag: string }[]; byPerson: CommitmentTally[]; byAccount: CommitmentTally[] }>;
}
export interface CommitmentTally {
  key: string;
  open: number;
  kept: number;
  broken: number;
  overdue: number;
  flaggedIds: string[];
}

export interface DepartmentRef {
  id: string;
  kind: string;
  name: string;
  nameZh: string;
}

export interface Escalation {
  id: string;
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  title: string;
  rootCause: string | null;
  routedDepartments: DepartmentRef[];
  status: string;
  raisedBy: string | null;
  raisedByName: string | null;
  raisedByNameZh: string | null;
  raisedAt: string;
  resolvedAt: string | null;
  route: Judged<{ valid: boolean; routeTo: string[]; error: string | null }>;
}

export type TeamCheck = Judged<{ applies: boolean; missingRoles: string[]; flagged: boolean; coLocated: boolean | null }>;

/** GET /api/accounts/:id/guard-rails */
export interface GuardRails {
  account: AccountRef;
  fourPats: FourPats;
  handsOff: HandsOff;
  team: TeamCheck;
  pairings: Pairing[];
  visits: Visit[];
  commitments: Commitments;
  escalations: Escalation[];
}

/** GET /api/cockpit */
export interface Cockpit {
  executive: { id: string; name: string; nameZh: string | null; salesTrained: boolean };
  asOf: string;
  flags: FourPats;
  pairings: Pairing[];
  handsOff: { account: AccountRef; check: HandsOff }[];
  visits: Visit[];
  commitments: Commitments;
  escalations: Escalation[];
}

/** GET /api/organisation/compliance */
export interface Compliance {
  asOf: string;
  fourPats: FourPats;
  executives: {
    executiveId: string;
    name: string;
    nameZh: string | null;
    salesTrained: boolean;
    pairedAccounts: number;
    overdueVisits: number;
    unplannedVisits: number;
    flaggedCommitments: number;
  }[];
  handsOff: { account: AccountRef; check: HandsOff }[];
  incompleteTeams: { account: AccountRef; check: TeamCheck }[];
  unpaired: AccountRef[];
  commitments: Commitments['check'];
}

export interface AppNotification {
  id: string;
  kind: string;
  accountId: string | null;
  accountName: string | null;
  accountNameZh: string | null;
  payload: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}
