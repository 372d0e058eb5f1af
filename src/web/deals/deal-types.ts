import type { BuyingStage, DealKind, SalesStage } from '../../domain/deals/stages.ts';

/** One reason behind a computed value (src/domain/reason.ts), as the API sends it. */
export interface ReasonItem {
  rule: string;
  key: string;
  met: boolean;
  input?: unknown;
  threshold?: unknown;
  params?: Record<string, unknown>;
}

export interface Evidence {
  signalId: string;
  stage: BuyingStage;
  weight: number;
  observedAt: string;
}

export interface BuyingStageJudgement {
  value: BuyingStage | null;
  confidence: number;
  evidence: Evidence[];
  contradicting: Evidence[];
  weightByStage: Record<string, number>;
  reasons: ReasonItem[];
}

export interface AlignmentJudgement {
  value: 'in_step' | 'ahead' | 'behind' | 'unknown';
  mismatch: boolean;
  gap: number | null;
  matchingSalesStage: SalesStage | null;
  advice: 'wait_for_customer' | 'catch_up' | null;
  reasons: ReasonItem[];
}

export interface DeliveryTeamJudgement {
  value: 'present' | 'missing' | 'not_yet_required';
  flagged: boolean;
  reasons: ReasonItem[];
}

export type DealOutcome = 'open' | 'won' | 'lost';

/** A row of GET /api/deals and GET /api/accounts/:id/deals. */
export interface DealSummary {
  id: string;
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  industry: string;
  name: string;
  nameZh: string | null;
  kind: DealKind;
  stage: string;
  value: number | null;
  expectedCloseOn: string | null;
  serviceLines: string[];
  competitors: string[];
  ownerId: string | null;
  ownerName: string | null;
  ownerNameZh: string | null;
  outcome: DealOutcome;
  outcomeReason: string | null;
  stageChangedAt: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  judgements: {
    buyingStage: BuyingStageJudgement | null;
    alignment: AlignmentJudgement | null;
    deliveryTeam: DeliveryTeamJudgement | null;
    nextLtcStage: string | null;
    overdueIssues: number;
  };
}

export interface DealTeamMember {
  userId: string;
  name: string;
  nameZh: string | null;
  role: string;
}

export interface DealSignal {
  id: string;
  signal: string;
  stage: BuyingStage | null;
  nameEn: string | null;
  nameZh: string | null;
  observedAt: string;
  contactId: string | null;
  contactName: string | null;
  contactNameZh: string | null;
  note: string | null;
  retractedAt: string | null;
  createdAt: string;
}

export interface ActionCheck {
  value: 'ok' | 'warning';
  reasons: ReasonItem[];
  alternatives: string[];
  proofKinds: string[];
  buyingStage: BuyingStage | null;
  confidence: number;
}

export interface DealAction {
  id: string;
  action: string;
  occurredAt: string;
  note: string | null;
  check: ActionCheck;
  createdBy: string | null;
  createdAt: string;
}

export interface ProofAsset {
  id: string;
  kind: string;
  title: string;
  titleZh: string | null;
  url: string | null;
  industries: string[];
  serviceLines: string[];
  sourceAccountId: string | null;
  description: string | null;
  createdAt: string;
}

export interface RankedProof {
  asset: ProofAsset;
  score: number;
  reasons: ReasonItem[];
}

export interface OnboardingIssue {
  id: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  ownerNameZh: string | null;
  dueOn: string;
  status: 'open' | 'done';
  resolvedAt: string | null;
  createdAt: string;
  daysOverdue: number | null;
}

export interface PlaybookStage {
  buyingStage: BuyingStage;
  recommendedActions: string[];
  exitCriteria: { id: string; en: string; zh: string }[];
}

/** GET /api/accounts/:id/deals/:dealId. */
export interface DealDetail extends DealSummary {
  team: DealTeamMember[];
  signals: DealSignal[];
  actions: DealAction[];
  proofs: (ProofAsset & { attachedAt: string })[];
  onboardingIssues: OnboardingIssue[];
  playbook: PlaybookStage | null;
  onboarding: { overdue: { issueId: string; daysOverdue: number }[]; reasons: ReasonItem[] };
}

export interface ActionResult {
  action: DealAction | null;
  check: ActionCheck;
  suggestedProofs: RankedProof[];
}

interface Named {
  id: string;
  name_en: string;
  name_zh: string;
}

/** GET /api/deals/catalogue: the company's own signals, actions and playbook. */
export interface DealCatalogue {
  signals: (Named & { stage: BuyingStage; weight: number })[];
  actions: (Named & { fitsAt: BuyingStage[]; warnAt: BuyingStage[] })[];
  playbook: PlaybookStage[];
  deliveryRoles: string[];
  deliveryRequiredFrom: string;
  toleratedStageGap: number;
  ltcAllowEarlyClose: boolean;
}

export type DealFlagKind = 'stage_mismatch' | 'delivery_team_missing' | 'onboarding_overdue';

export interface DealFlags {
  items: {
    dealId: string;
    name: string;
    nameZh: string | null;
    kind: string;
    stage: string;
    flags: { kind: DealFlagKind; reasons: ReasonItem[] }[];
  }[];
  total: number;
}

/** The editable fields of a deal (POST/PATCH). */
export interface DealFields {
  name: string;
  nameZh: string | null;
  kind: DealKind;
  value: number | null;
  expectedCloseOn: string | null;
  serviceLines: string[];
  competitors: string[];
  ownerId: string | null;
  outcome: DealOutcome;
  outcomeReason: string | null;
}
