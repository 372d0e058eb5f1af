import { type Judgement, type Reason, reason } from '../reason.ts';
import { daysBetween } from './durations.ts';

export interface ExecutiveVisit {
  at: Date;
  plan?: {
    objective?: string | null;
    /** Free text or a list of agenda items. */
    agenda?: string | readonly string[] | null;
  } | null;
  /** When the account team was told of the visit; absent when it was not told at all. */
  teamNotifiedAt?: Date | null;
}

export const UNPLANNED_VISIT_ISSUES = ['no_objective', 'no_agenda', 'team_not_notified', 'late_notice'] as const;
export type UnplannedVisitIssue = (typeof UNPLANNED_VISIT_ISSUES)[number];

export interface UnplannedVisitCheck {
  flagged: boolean;
  issues: UnplannedVisitIssue[];
  /** Days between telling the team and the visit; null when the team was not told. */
  noticeDays: number | null;
}

const filled = (text: string | null | undefined): boolean => (text ?? '').trim().length > 0;

function agendaFilled(agenda: string | readonly string[] | null | undefined): boolean {
  if (agenda == null) return false;
  return typeof agenda === 'string' ? filled(agenda) : agenda.some(filled);
}

/**
 * 拍脑门 guard rail: an executive visit needs a plan (objective and agenda) and the
 * account team told at least `noticeDays` before, so the executive never walks in
 * on a customer the sales team did not know about.
 */
export function checkUnplannedVisit(options: {
  visit: ExecutiveVisit;
  noticeDays: number;
}): Judgement<UnplannedVisitCheck> {
  const { visit, noticeDays: required } = options;
  const issues: UnplannedVisitIssue[] = [];
  const reasons: Reason[] = [];

  const hasObjective = filled(visit.plan?.objective);
  if (!hasObjective) issues.push('no_objective');
  reasons.push(reason('visit_plan_objective', hasObjective, { input: hasObjective, threshold: true }));

  const hasAgenda = agendaFilled(visit.plan?.agenda);
  if (!hasAgenda) issues.push('no_agenda');
  reasons.push(reason('visit_plan_agenda', hasAgenda, { input: hasAgenda, threshold: true }));

  const notifiedAt = visit.teamNotifiedAt ?? null;
  const noticeDays = notifiedAt ? daysBetween(notifiedAt, visit.at) : null;
  if (noticeDays === null) {
    issues.push('team_not_notified');
    reasons.push(reason('visit_team_notified', false, { input: null, threshold: required }));
  } else {
    const enough = noticeDays >= required;
    if (!enough) issues.push('late_notice');
    reasons.push(reason('visit_notice_days', enough, { input: noticeDays, threshold: required }));
  }

  return { value: { flagged: issues.length > 0, issues, noticeDays }, reasons };
}
