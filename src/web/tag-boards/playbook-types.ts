import type { Judged, Person, Reason } from '../judgements/judgement-types.ts';

// The playbook of each tag as GET /api/accounts/:id/playbook and GET /api/boards/:tag send it.

export type BoardTag = 'benchmark' | 'nail' | 'dangerous';
export const boardTags: readonly BoardTag[] = ['benchmark', 'nail', 'dangerous'];

export interface PlaybookRecord<P = Record<string, unknown>> {
  id: string;
  kind: string;
  payload: P;
  /** False when the stored payload does not fit its kind's schema. */
  valid: boolean;
  amount: number | null;
  dueAt: string | null;
  status: string | null;
  createdBy: Person | null;
  createdAt: string;
}

export interface CaseAssetPayload {
  kind: string;
  title: string;
  url: string;
  note?: string | null;
}
export interface NailAssessmentPayload {
  potentialValueCny: number;
  expectedReturnCny: number;
  costCny: number;
  causes: string[];
  decision?: string | null;
  stalledSince?: string | null;
  note?: string | null;
}
export interface DefencePlanPayload {
  relationship: string[];
  commercial: string[];
  risk: string[];
  note?: string | null;
}
export interface DefenceActionPayload {
  part: string;
  action?: string | null;
  what: string;
  ownerId?: string | null;
}

export interface BorrowableBenchmark {
  accountId: string;
  name: string;
  nameZh: string | null;
  region: string;
  regionName: string | null;
  regionNameZh: string | null;
  industry?: string | null;
  level: string;
  caseAssets: { kind: string; title?: string | null; url?: string | null }[];
}

/** 高密度拜访: visits to a dangerous account against the monthly target. */
export interface VisitDensity {
  visitsInWindow: number;
  perMonth: number;
  target: number;
  meetsTarget: boolean;
  shortfall: number;
  lastVisitAt: string | null;
  nextVisitDueAt: string | null;
}

export interface BoardAccount {
  id: string;
  name: string;
  nameZh: string | null;
  industry: string;
  regionId: string | null;
  regionName: string | null;
  regionNameZh: string | null;
  marketStage: string | null;
  ownerId: string | null;
  ownerName: string | null;
  ownerNameZh: string | null;
  tier: string | null;
  tag: string | null;
  suggestedTag: string | null;
}

export interface AccountPlaybook {
  account: BoardAccount;
  tagSource: string | null;
  records: PlaybookRecord[];
  benchmark: {
    level: string | null;
    profile: PlaybookRecord<{ level: string; radiates: string[]; note?: string | null }> | null;
    investmentTotal: number;
    investments: PlaybookRecord<{ what: string; note?: string | null }>[];
    caseAssets: PlaybookRecord<CaseAssetPayload>[];
    readiness: Judged<boolean>;
    borrowable: Judged<BorrowableBenchmark[]>;
    borrowings: PlaybookRecord<{ benchmarkAccountId: string; purpose: string }>[];
  };
  nail: {
    stalledSince: string | null;
    stalledDays: number | null;
    assessment: PlaybookRecord<NailAssessmentPayload> | null;
    value: Judged<string> | null;
    decision: string | null;
    counterActions: Judged<string[]>;
    escalations: PlaybookRecord<{ step: string; personId?: string | null; outcome?: string | null }>[];
    nextStep: Judged<string | null> | null;
    marketStage: Judged<{ stage: string | null; focus: string | null; nailsFirst: boolean }>;
  };
  dangerous: {
    signals: string[];
    signalReasons: Reason[];
    visitDensity: Judged<VisitDensity>;
    suggestedPlan: Judged<Record<'relationship' | 'commercial' | 'risk', { id: string; because: string[] }[]>>;
    plan: PlaybookRecord<DefencePlanPayload> | null;
    actions: PlaybookRecord<DefenceActionPayload>[];
    repReplacements: PlaybookRecord<{ customerAsked: boolean; decision: string; newRepId?: string | null; note: string }>[];
  };
}

export interface Board {
  tag: BoardTag;
  total: number;
  items: AccountPlaybook[];
}

export interface RepTarget {
  rep: { id: string; name: string; nameZh: string | null; regionId: string | null };
  target: number | null;
  candidates: { accountId: string; name: string; nameZh: string | null; visited: boolean }[];
  progress: Judged<{ target: number; achieved: number; remaining: number; candidates: number; candidatesVisited: number; visits: number }>;
}

export interface Targets {
  year: number;
  defaultTarget: number;
  items: RepTarget[];
}
