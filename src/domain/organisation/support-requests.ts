import { type Judgement, type Reason, reason } from '../reason.ts';
import { HOUR_MS, addHours } from './durations.ts';
import { SUPPORT_DEPARTMENTS, type SupportDepartment } from './vocabulary.ts';

/** open → accepted → answered → closed: the back office serving the front line (一切为了前线). */
export const SUPPORT_REQUEST_STATUSES = ['open', 'accepted', 'answered', 'closed'] as const;
export type SupportRequestStatus = (typeof SUPPORT_REQUEST_STATUSES)[number];

// A rep may close a request the department never answered (the need went away), but
// nobody walks a request backwards: reopening would hide how long it really took.
const NEXT: Record<SupportRequestStatus, readonly SupportRequestStatus[]> = {
  open: ['accepted', 'closed'],
  accepted: ['answered', 'closed'],
  answered: ['closed'],
  closed: [],
};

export interface SupportRequest {
  id: string;
  department: SupportDepartment;
  raisedBy: string;
  raisedAt: Date;
  /** The time the rep needs the answer by; without one the department's SLA applies. */
  dueAt?: Date | null;
  status: SupportRequestStatus;
  answeredAt?: Date | null;
  closedAt?: Date | null;
}

export type SlaHours = Record<SupportDepartment, number>;

export interface SupportRequestSla {
  dueAt: Date;
  dueSource: 'requested' | 'sla';
  /** Still waiting on the department (open or accepted). */
  pending: boolean;
  breached: boolean;
  /**
   * Positive: hours past due; negative: hours left (or answered this early).
   * Null when a finished request carries no time it was answered or closed.
   */
  hoursPastDue: number | null;
}

/** Whether a support request may move from one status to another. */
export function canMoveSupportRequest(options: {
  from: SupportRequestStatus;
  to: SupportRequestStatus;
}): Judgement<boolean> {
  const allowed = NEXT[options.from].includes(options.to);
  return {
    value: allowed,
    reasons: [reason('support_request_transition', allowed, { input: options, threshold: NEXT[options.from] })],
  };
}

/** When a support request is due and whether the department breached it. */
export function supportRequestSla(options: {
  request: SupportRequest;
  now: Date;
  slaHours: number;
}): Judgement<SupportRequestSla> {
  const { request, now, slaHours } = options;
  const requested = request.dueAt ?? null;
  const dueAt = requested ?? addHours(request.raisedAt, slaHours);
  const dueSource = requested ? 'requested' : 'sla';
  const pending = request.status === 'open' || request.status === 'accepted';
  // The clock stops when the department answers; a request closed unanswered stops it
  // when it is closed, so a department cannot escape a breach by waiting for the rep to give up.
  const stoppedAt = pending ? now : (request.answeredAt ?? request.closedAt ?? null);
  const hoursPastDue = stoppedAt ? (stoppedAt.getTime() - dueAt.getTime()) / HOUR_MS : null;
  const breached = hoursPastDue !== null && hoursPastDue > 0;

  return {
    value: { dueAt, dueSource, pending, breached, hoursPastDue },
    reasons: [
      reason('support_request_due', true, {
        input: dueSource,
        threshold: dueSource === 'sla' ? slaHours : dueAt,
        params: { dueAt, department: request.department },
      }),
      reason('support_request_within_sla', !breached, { input: stoppedAt, threshold: dueAt }),
    ],
  };
}

export interface DepartmentQueue {
  department: SupportDepartment;
  /** Waiting on the department: open or accepted. */
  open: number;
  /** Waiting and already past due. */
  breached: number;
  /** Answered, or closed unanswered, after the due time. */
  finishedLate: number;
}

/** Per department: how many requests wait on it and how many of those are past due. */
export function departmentQueueSummary(options: {
  requests: readonly SupportRequest[];
  now: Date;
  slaHours: SlaHours;
}): Judgement<DepartmentQueue[]> {
  const queues = new Map<SupportDepartment, DepartmentQueue>(
    SUPPORT_DEPARTMENTS.map((department) => [department, { department, open: 0, breached: 0, finishedLate: 0 }]),
  );
  for (const request of options.requests) {
    const queue = queues.get(request.department);
    if (!queue) continue;
    const sla = supportRequestSla({ request, now: options.now, slaHours: options.slaHours[request.department] });
    if (sla.value.pending) {
      queue.open += 1;
      if (sla.value.breached) queue.breached += 1;
    } else if (sla.value.breached) {
      queue.finishedLate += 1;
    }
  }
  const value = [...queues.values()];
  const reasons: Reason[] = value.map((q) =>
    reason('support_queue_within_sla', q.breached === 0, {
      input: q.breached,
      threshold: 0,
      params: { department: q.department, open: q.open },
    }),
  );
  return { value, reasons };
}
