import type { Tag, Tier } from '../../domain/catalog.ts';
import type { Reason } from '../../domain/reason.ts';

// The judgements as the API sends them: the domain's `{ value, reasons }` with
// dates as ISO strings.

export type { Reason };
export interface Judged<T> {
  value: T;
  reasons: Reason[];
}

export type Criterion = 'scale' | 'solution_need' | 'strategic_fit' | 'mutual_commitment';
export const criteria: readonly Criterion[] = ['scale', 'solution_need', 'strategic_fit', 'mutual_commitment'];

export interface Person {
  id: string;
  name: string;
  nameZh: string | null;
}

export interface SiteRef {
  id: string;
  name: string;
  kind: string;
  province: string;
  city: string;
}

export interface Evaluation {
  tier: Judged<Tier>;
  criteria: Record<Criterion, Judged<boolean>>;
  paymentTrap: Judged<boolean>;
  serviceability: Judged<{
    served: boolean;
    servedSites: SiteRef[];
    entryPoint: { site: SiteRef; distanceKm: number; operation: { province: string; city?: string } } | null;
  }>;
  growth: Judged<{ rate: number | null; trailing12: number; previous12: number; customerRate: number | null }>;
  tag: {
    suggested: Judged<Tag>;
    effective: Judged<{
      tag: Tag;
      source: 'suggested' | 'confirmed' | 'overridden';
      note: string | null;
      decidedAt: string | null;
      needsReview: boolean;
    }>;
  };
  level: {
    official: Judged<number | null>;
    optimism: Judged<boolean>;
    moves: Judged<{ from: number; to: number; direction: 'up' | 'down'; steps: number; at: string; evidence: string | null }[]>;
    dropAlert: Judged<boolean>;
    indicators: Judged<{
      serviceLines: number;
      contactPoints: number;
      levelsCovered: number;
      departmentsCovered: number;
      contactMode: string;
      jointOffice: boolean;
      shareOfWallet: number | null;
    }>;
    nextStep: Judged<{ from: number | null; to: number | null; hardest: boolean; actions: string[] }> | null;
  };
  settingsVersion: number;
  evaluatedAt: string;
}

export interface HistoryEvent {
  id: string;
  field: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  /** The rules and values behind a computed change. */
  reasons: Reason[] | null;
  settingsVersion: number | null;
  actorName: string | null;
  actorNameZh: string | null;
  at: string;
}

/** GET /api/accounts/:id/judgement */
export interface JudgementResponse {
  evaluation: Evaluation | null;
  history: HistoryEvent[];
}

export interface Attestation {
  id: string;
  criterion: string;
  effect: 'for' | 'against';
  note: string;
  evidence: string | null;
  intentId: string | null;
  attestedBy: Person | null;
  attestedAt: string;
}

export interface TagDecision {
  id: string;
  suggested: Tag;
  decided: Tag;
  source: 'confirmed' | 'overridden';
  note: string | null;
  decidedBy: Person | null;
  decidedAt: string;
}

export interface LevelAssessment {
  id: string;
  level: number;
  source: 'own_estimate' | 'customer_confirmed';
  evidence: string | null;
  assessedAt: string;
  assessedBy: Person | null;
}

export interface Score {
  id: string;
  influence: number | null;
  satisfaction: number | null;
  cooperation: number | null;
  note: string | null;
  scoredBy: Person | null;
  scoredAt: string;
}
