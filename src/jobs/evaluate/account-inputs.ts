import type { LevelAssessment } from '../../domain/ladder/index.ts';
import type { CustomerSite } from '../../domain/selection/index.ts';
import type { TagDecision, TagScores } from '../../domain/tags/index.ts';

/**
 * Everything the method looks at for one account, as loaded for a whole chunk of
 * the portfolio at once. Plain data with Dates, ready for the domain.
 */
export interface AccountInputs {
  id: string;
  name: string;
  /** Where the customer is registered: its head office when no site is recorded. */
  province: string;
  city: string;
  industry: string | null;
  status: string;
  walletEstimate: number | null;
  collectionCycleDays: number | null;
  overdueShare: number | null;
  customerGrowth: number | null;
  jointOffice: boolean;
  createdAt: Date;
  /** Our monthly revenue, `YYYY-MM-DD` first-of-month, covering the growth windows. */
  months: { month: string; revenue: number }[];
  /** Service lines we carry for the account. */
  serviceLines: string[];
  deals: { id: string; kind: string; outcome: string; stageChangedAt: Date; updatedAt: Date; competitors: string[] }[];
  /** Visits and meetings, executive meetings and joint investments inside the windows the rules read. */
  activities: { kind: string; occurredAt: Date; executiveLevel: boolean; customerInvested: boolean }[];
  attestations: { criterion: string; effect: string; note: string; attestedAt: Date; attestedBy: string | null }[];
  contacts: {
    id: string;
    name: string;
    department: string;
    rank: number;
    buyingRole: string;
    isMainContact: boolean;
    leftAt: Date | null;
  }[];
  levels: LevelAssessment[];
  tagDecisions: TagDecision[];
  /** The latest manager scores; all null while never scored. */
  scores: TagScores;
  openEscalations: number;
  competitors: { name: string; createdAt: Date }[];
  sites: CustomerSite[];
  /** What the account plan names to move the relationship up a rung. */
  levelMover: string | null;
}

export function emptyInputs(
  account: Pick<
    AccountInputs,
    | 'id'
    | 'name'
    | 'province'
    | 'city'
    | 'industry'
    | 'status'
    | 'walletEstimate'
    | 'collectionCycleDays'
    | 'overdueShare'
    | 'customerGrowth'
    | 'jointOffice'
    | 'createdAt'
  >,
): AccountInputs {
  return {
    ...account,
    months: [],
    serviceLines: [],
    deals: [],
    activities: [],
    attestations: [],
    contacts: [],
    levels: [],
    tagDecisions: [],
    scores: { influence: null, satisfaction: null, cooperation: null },
    openEscalations: 0,
    competitors: [],
    sites: [],
    levelMover: null,
  };
}
