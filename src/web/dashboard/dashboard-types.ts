import type { Tag, Tier } from '../../domain/catalog.ts';
import type { AccountRef, Commitment, Escalation, FourPats, HandsOff, Judged, Reason, Visit } from '../cockpit/organisation-types.ts';
import type { RepTarget } from '../tag-boards/playbook-types.ts';

// GET /api/dashboard as the web app reads it: the domain's `{ value, reasons }`
// judgements with dates as ISO strings. Lists are capped; `total` says how many there are.

export type { AccountRef, Judged, Reason };
export interface Person {
  name: string;
  nameZh: string | null;
}
export interface Listed<T> {
  total: number;
  items: T[];
}

export interface LevelMove {
  account: AccountRef;
  from: number;
  to: number;
  direction: 'up' | 'down';
  steps: number;
  at: string;
  evidence: string | null;
}

export interface DangerousAccount {
  account: AccountRef;
  owner: Person | null;
  signals: string[];
  reasons: Reason[];
  visitDensity: Judged<{ perMonth: number; target: number; meetsTarget: boolean }>;
  hasDefencePlan: boolean;
}

export interface NailAccount {
  account: AccountRef;
  owner: Person | null;
  decision: string | null;
  stalledDays: number | null;
  nextStep: string | null;
  reasons: Reason[];
}

export interface DepartmentSla {
  department: string;
  name: string | null;
  nameZh: string | null;
  open: number;
  breached: number;
  finishedLate: number;
  reasons: Reason[];
}

export interface PipelineStage {
  kind: 'standard' | 'solution';
  stage: string;
  deals: number;
  value: number;
  mismatches: number;
}

export interface MismatchedDeal {
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  dealId: string;
  name: string;
  nameZh: string | null;
  stage: string;
  reasons: Reason[];
}

export interface Dashboard {
  asOf: string;
  quarter: { from: string; to: string };
  year: number;
  accounts: number;
  tiers: { tier: Tier | null; count: number }[];
  tags: { tag: Tag | null; count: number }[];
  levels: { level: number | null; count: number }[];
  levelMoves: Judged<{ up: number; down: number; moves: LevelMove[] }>;
  dangerous: Listed<DangerousAccount>;
  nails: Listed<NailAccount> & { underAttack: number };
  benchmarkTargets: Pick<RepTarget, 'rep' | 'progress'>[];
  executives: {
    fourPats: FourPats;
    handsOff: { account: AccountRef; check: HandsOff }[];
    unplannedVisits: Visit[];
    blamingSales: Escalation[];
    overduePairings: number;
    unpairedStrategic: AccountRef[];
  };
  commitments: { overdue: number; broken: number; items: (Commitment & { reasons: Reason[] })[]; reasons: Reason[] };
  support: Judged<DepartmentSla[]>;
  concentration: Judged<{
    total: number;
    accounts: number;
    groups: { size: number; revenue: number; share: number | null }[];
    leaders: { account: AccountRef; revenue: number; share: number | null }[];
    warnings: ('top_account' | 'top_five')[];
    limits: { topAccountShare: number; topFiveShare: number };
  }>;
  paymentTraps: Listed<{ account: AccountRef; reasons: Reason[] }>;
  pipeline: Judged<{ stages: PipelineStage[]; deals: number; value: number; mismatches: number; mismatched: MismatchedDeal[] }>;
}
