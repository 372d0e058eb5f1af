import { describe, expect, it } from 'vitest';
import {
  SUPPORT_REQUEST_STATUSES,
  type SupportRequest,
  canMoveSupportRequest,
  departmentQueueSummary,
  supportRequestSla,
} from '../../../src/domain/organisation/support-requests.ts';
import { organisationDefaults } from '../../../src/domain/organisation/settings.ts';
import { HOUR, NOW, hoursLater } from './fixtures.ts';

const raisedAt = hoursLater(-30);
const req = (over: Partial<SupportRequest> = {}): SupportRequest => ({
  id: 'r1',
  department: 'pricing',
  raisedBy: 'rep-1',
  raisedAt,
  status: 'open',
  ...over,
});

describe('canMoveSupportRequest', () => {
  it('allows open → accepted → answered → closed and closing early, nothing backwards', () => {
    const allowed = (from: SupportRequest['status'], to: SupportRequest['status']) =>
      canMoveSupportRequest({ from, to }).value;
    expect(allowed('open', 'accepted')).toBe(true);
    expect(allowed('accepted', 'answered')).toBe(true);
    expect(allowed('answered', 'closed')).toBe(true);
    expect(allowed('open', 'closed')).toBe(true);
    expect(allowed('open', 'answered')).toBe(false);
    expect(allowed('answered', 'accepted')).toBe(false);
    for (const to of SUPPORT_REQUEST_STATUSES) expect(allowed('closed', to)).toBe(false);
  });
});

describe('supportRequestSla', () => {
  it('uses the department SLA when the rep gave no due time: at, just before and after the SLA', () => {
    const at = (hoursAfterRaise: number) =>
      supportRequestSla({ request: req(), now: new Date(raisedAt.getTime() + hoursAfterRaise * HOUR), slaHours: 24 })
        .value;
    expect(at(24)).toMatchObject({ dueSource: 'sla', breached: false, pending: true, hoursPastDue: 0 });
    expect(at(23.9).breached).toBe(false);
    expect(at(24.1).breached).toBe(true);
    expect(at(24).dueAt).toEqual(new Date(raisedAt.getTime() + 24 * HOUR));
  });

  it("uses the rep's due time when given", () => {
    const r = supportRequestSla({ request: req({ dueAt: hoursLater(2) }), now: NOW, slaHours: 24 });
    expect(r.value).toMatchObject({ dueSource: 'requested', dueAt: hoursLater(2), breached: false });
    expect(r.value.hoursPastDue).toBeCloseTo(-2);
  });

  it('stops the clock when the department answers', () => {
    const onTime = req({ status: 'answered', answeredAt: new Date(raisedAt.getTime() + 20 * HOUR) });
    expect(supportRequestSla({ request: onTime, now: NOW, slaHours: 24 }).value).toMatchObject({
      breached: false,
      pending: false,
    });
    const late = req({ status: 'closed', answeredAt: new Date(raisedAt.getTime() + 25 * HOUR) });
    expect(supportRequestSla({ request: late, now: NOW, slaHours: 24 }).value.breached).toBe(true);
  });

  it('counts a request closed unanswered after its due time as breached, before it as not', () => {
    const closed = (h: number) =>
      supportRequestSla({
        request: req({ status: 'closed', closedAt: new Date(raisedAt.getTime() + h * HOUR) }),
        now: NOW,
        slaHours: 24,
      }).value.breached;
    expect(closed(23)).toBe(false);
    expect(closed(26)).toBe(true);
    expect(supportRequestSla({ request: req({ status: 'closed' }), now: NOW, slaHours: 24 }).value).toMatchObject({
      breached: false,
      hoursPastDue: null,
    });
  });
});

describe('departmentQueueSummary', () => {
  it('counts what waits on each department and what of it is past due', () => {
    const r = departmentQueueSummary({
      requests: [
        req({ id: '1', department: 'pricing' }), // 30 h old, 24 h SLA: breached
        req({ id: '2', department: 'pricing', status: 'accepted', dueAt: hoursLater(5) }),
        req({ id: '3', department: 'legal' }), // 30 h old, 48 h SLA
        req({ id: '4', department: 'legal', status: 'answered', answeredAt: hoursLater(-1), dueAt: hoursLater(-2) }),
        req({ id: '5', department: 'finance', status: 'closed', answeredAt: hoursLater(-29) }),
      ],
      now: NOW,
      slaHours: organisationDefaults.supportRequestSlaHours,
    });
    const by = Object.fromEntries(r.value.map((q) => [q.department, q]));
    expect(by.pricing).toEqual({ department: 'pricing', open: 2, breached: 1, finishedLate: 0 });
    expect(by.legal).toEqual({ department: 'legal', open: 1, breached: 0, finishedLate: 1 });
    expect(by.finance).toEqual({ department: 'finance', open: 0, breached: 0, finishedLate: 0 });
    expect(r.value.map((q) => q.department)).toEqual([
      'solution_design',
      'pricing',
      'it_integration',
      'operations',
      'legal',
      'finance',
    ]);
    expect(r.reasons.find((x) => x.params?.department === 'pricing')?.met).toBe(false);
    expect(r.reasons.find((x) => x.params?.department === 'legal')?.met).toBe(true);
  });
});
