import type { Tag, Tier, UserRole } from '../../domain/catalog.ts';
import type { Judged, Reason } from '../judgements/judgement-types.ts';
import type { SupportRequest } from '../support/use-support.ts';
import type { RepTarget, VisitDensity } from '../tag-boards/playbook-types.ts';

// GET /api/my-week as the web app reads it: the API's judgements with dates as ISO strings.

export type { Judged, Reason };

export interface AccountRef {
  id: string;
  name: string;
  nameZh: string | null;
  tier: Tier | null;
  tag: Tag | null;
}

export type DueState = 'overdue' | 'due_this_week';

export interface VisitDue {
  account: AccountRef;
  density: Judged<VisitDensity>;
  due: Judged<boolean>;
  visitsThisWeek: number;
  plannedThisWeek: number;
}

export interface PlanReviewDue {
  account: AccountRef;
  reviewedAt: string | null;
  dueAt: string;
  due: Judged<DueState>;
}

export interface PlanActionDue {
  id: string;
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  what: string;
  dueOn: string;
  due: Judged<DueState>;
}

export interface DefenceActionDue {
  id: string;
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  part: string;
  action: string | null;
  what: string;
  dueOn: string;
  due: Judged<DueState>;
}

export interface CommitmentDue {
  id: string;
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  what: string;
  toContactName: string | null;
  toContactNameZh: string | null;
  dueOn: string;
  due: Judged<DueState>;
}

export interface WaitingRequest extends SupportRequest {
  waitingOn: 'department' | 'rep';
}

export interface FlaggedDeal {
  dealId: string;
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  name: string;
  nameZh: string | null;
  kind: string;
  stage: string;
  flags: { kind: 'stage_mismatch' | 'delivery_team_missing' | 'onboarding_overdue'; reasons: Reason[] }[];
}

export interface WeekActivity {
  id: string;
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  kind: string;
  occurredAt: string;
  subject: string;
  loggedByName: string | null;
  loggedByNameZh: string | null;
  planned: boolean;
}

export interface MyWeek {
  person: { id: string; name: string; nameZh: string | null; role: UserRole; regionId: string | null };
  week: { start: string; end: string; firstDay: string; lastDay: string; asOf: string };
  visitsPerMonthTarget: number;
  visits: VisitDue[];
  planReviews: PlanReviewDue[];
  benchmark: (RepTarget & { progress: Judged<RepTarget['progress']['value'] & { candidatesNotVisited: string[] }> }) | null;
  benchmarkYear: number;
  planActions: PlanActionDue[];
  defenceActions: DefenceActionDue[];
  commitments: CommitmentDue[];
  supportRequests: WaitingRequest[];
  dealFlags: FlaggedDeal[];
  activities: WeekActivity[];
}
