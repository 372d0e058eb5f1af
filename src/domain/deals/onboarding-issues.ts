import { type Judgement, type Reason, reason } from '../reason.ts';
import type { OnboardingIssueStatus } from './vocabulary.ts';

export interface OnboardingIssue {
  id: string;
  /** What the issue is, so a reason can name it to people. */
  title?: string;
  dueAt: Date;
  status: OnboardingIssueStatus;
}

export interface OverdueOnboardingIssue<T extends OnboardingIssue> {
  issue: T;
  /** Whole days past due; 0 on the first day late. */
  daysOverdue: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The onboarding (磨合期) issues still open past their due time, most overdue first.
 * Delivery is the riskiest stage: an issue left unresolved there spoils the next deal.
 */
export function overdueOnboardingIssues<T extends OnboardingIssue>(options: {
  issues: T[];
  now: Date;
}): Judgement<OverdueOnboardingIssue<T>[]> {
  const { issues, now } = options;
  const overdue = issues
    .filter((issue) => issue.status !== 'done' && issue.dueAt.getTime() < now.getTime())
    .map((issue) => ({ issue, daysOverdue: Math.floor((now.getTime() - issue.dueAt.getTime()) / DAY_MS) }))
    .sort((a, b) => a.issue.dueAt.getTime() - b.issue.dueAt.getTime() || a.issue.id.localeCompare(b.issue.id));

  const reasons: Reason[] = [
    reason('onboarding_issues_on_time', overdue.length === 0, {
      input: overdue.length,
      threshold: 0,
      params: { open: issues.filter((i) => i.status !== 'done').length },
    }),
    ...overdue.map(({ issue, daysOverdue }) =>
      reason('onboarding_issue_overdue', false, {
        input: issue.dueAt.toISOString(),
        threshold: now.toISOString(),
        params: { issueId: issue.id, issue: issue.title ?? issue.id, daysOverdue },
      }),
    ),
  ];
  return { value: overdue, reasons };
}
