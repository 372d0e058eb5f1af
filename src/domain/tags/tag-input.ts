import type { LevelAssessment } from '../ladder/assessment.ts';

export type { Tag } from '../catalog.ts';

/** Manager scores on a 1–5 scale; null while not yet scored. */
export interface TagScores {
  influence: number | null;
  satisfaction: number | null;
  cooperation: number | null;
}

export const LOYALTY_TRENDS = ['growing', 'stable', 'declining'] as const;
export type LoyaltyTrend = (typeof LOYALTY_TRENDS)[number];

/** 忠诚度: how long and how steadily the customer has stayed with us. */
export interface Loyalty {
  tenureYears: number | null;
  trend: LoyaltyTrend | null;
}

export interface MonthlyRevenue {
  /** `YYYY-MM` or the first day of the month `YYYY-MM-01`. */
  month: string;
  revenue: number;
}

export interface ContactDeparture {
  name: string;
  /** Only key contacts (decision makers, coaches, main contacts) raise the signal. */
  key: boolean;
  leftAt: Date;
}

export interface CompetitorActivity {
  at: Date;
  competitor?: string | null;
  note?: string | null;
}

export interface PaymentData {
  /** Share of receivables overdue, 0..1. */
  overdueShare: number | null;
  collectionCycleDays: number | null;
  /** The same measure one period earlier, to see the cycle worsening. */
  previousCollectionCycleDays: number | null;
}

/** Everything the tag suggestion looks at, as plain data. */
export interface TagInput {
  now: Date;
  scores: TagScores;
  loyalty?: Loyalty | null;
  /** Our revenue from the account as a share of the company's; shown, never decisive. */
  salesContribution?: number | null;
  /** The customer's estimated yearly logistics spend, CNY. */
  walletCny: number | null;
  /** Our share of that wallet, 0..1. */
  ourShare: number | null;
  /** Last opportunity stage advance or share growth on the account. */
  lastProgressAt: Date | null;
  /** When we started tracking the account; the stall is counted from here when nothing ever progressed. */
  trackedSince?: Date | null;
  monthlyRevenue: readonly MonthlyRevenue[];
  /** Open complaints and escalations. */
  openComplaints: number;
  contactsLeft: readonly ContactDeparture[];
  competitorActivity: readonly CompetitorActivity[];
  visits: readonly Date[];
  payment: PaymentData | null;
  levelHistory: readonly LevelAssessment[];
}
