import type { AccountFacts } from '../../db/repositories/organisation-accounts.ts';
import type { ExecutiveActivity } from '../../db/repositories/organisation-visits.ts';
import type { StoredCommitment } from '../../db/repositories/commitments.ts';
import type { DepartmentRow, StoredEscalation } from '../../db/repositories/escalations.ts';
import type { StoredPairing } from '../../db/repositories/pairings.ts';
import type { StoredSupportRequest } from '../../db/repositories/support-requests.ts';
import type { TeamRole } from '../../domain/catalog.ts';
import { type CommitmentStatus, checkCommitments } from '../../domain/organisation/commitments.ts';
import { type RootCause, routeEscalation } from '../../domain/organisation/escalation.ts';
import { executivePairingStatus } from '../../domain/organisation/executive-pairing.ts';
import { checkHandsOff } from '../../domain/organisation/hands-off.ts';
import type { OrganisationSettings } from '../../domain/organisation/settings.ts';
import {
  SUPPORT_REQUEST_STATUSES,
  type SupportRequestStatus,
  canMoveSupportRequest,
  supportRequestSla,
} from '../../domain/organisation/support-requests.ts';
import { checkTeamCompleteness } from '../../domain/organisation/team-completeness.ts';
import { checkUnplannedVisit } from '../../domain/organisation/unplanned-visit.ts';
import type { DepartmentKind, SupportDepartment } from '../../domain/organisation/vocabulary.ts';
import type { CurrentUser } from '../auth/current-user.ts';

// From stored rows to the domain's judgements, as the organisation routes send them.
// Only shaping here: every decision is the domain's.

const DAY_MS = 86_400_000;

/** A calendar due day is kept for the whole of that day: it is late from the next one. */
export const endOfDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);

/** Visits are the executive activities that meet the customer, not calls or emails. */
const isVisit = (a: ExecutiveActivity) => a.kind === 'visit' || a.kind === 'meeting';

/** 拍脑门: each executive visit with its plan-and-notice check. */
export function visitViews(options: {
  activities: readonly ExecutiveActivity[];
  facts: ReadonlyMap<string, AccountFacts>;
  settings: OrganisationSettings;
  now: Date;
}) {
  return options.activities.filter(isVisit).map((a) => {
    const account = options.facts.get(a.accountId);
    return {
      id: a.id,
      accountId: a.accountId,
      accountName: account?.name ?? '',
      accountNameZh: account?.nameZh ?? null,
      kind: a.kind,
      at: a.occurredAt,
      subject: a.subject,
      objective: a.objective,
      agenda: a.agenda,
      teamNotifiedAt: a.teamNotifiedAt,
      executiveIds: a.executiveIds,
      planned: a.occurredAt.getTime() > options.now.getTime(),
      check: checkUnplannedVisit({
        visit: { at: a.occurredAt, plan: { objective: a.objective, agenda: a.agenda }, teamNotifiedAt: a.teamNotifiedAt },
        noticeDays: options.settings.visitPlanNoticeDays,
      }),
    };
  });
}
export type VisitView = ReturnType<typeof visitViews>[number];

/** 结对子: each pairing with its cadence, measured on the paired executive's own visits. */
export function pairingViews(options: {
  pairings: readonly StoredPairing[];
  activities: readonly ExecutiveActivity[];
  facts: ReadonlyMap<string, AccountFacts>;
  now: Date;
}) {
  return options.pairings.map((p) => {
    const account = options.facts.get(p.accountId);
    const visits = options.activities
      .filter((a) => a.accountId === p.accountId && isVisit(a) && a.executiveIds.includes(p.executiveId))
      .map((a) => ({ at: a.occurredAt }));
    return {
      accountId: p.accountId,
      accountName: account?.name ?? '',
      accountNameZh: account?.nameZh ?? null,
      tier: account?.tier ?? null,
      executiveId: p.executiveId,
      executiveName: p.executiveName,
      executiveNameZh: p.executiveNameZh,
      cadenceDays: p.cadenceDays,
      since: p.since,
      status: executivePairingStatus({
        pairing: { executiveId: p.executiveId, salesTrained: p.salesTrained, pairedAt: new Date(`${p.since}T00:00:00Z`) },
        visits,
        now: options.now,
        cadenceDays: p.cadenceDays,
      }),
    };
  });
}
export type PairingView = ReturnType<typeof pairingViews>[number];

/** 拍屁股: whether any executive touched the (strategic) account within the window. */
export function handsOffCheck(options: {
  account: AccountFacts;
  activities: readonly ExecutiveActivity[];
  settings: OrganisationSettings;
  now: Date;
}) {
  return checkHandsOff({
    tier: options.account.tier ?? 'regular',
    touchpoints: options.activities.filter((a) => a.accountId === options.account.id).map((a) => ({ at: a.occurredAt })),
    now: options.now,
    windowDays: options.settings.handsOffWindowDays,
  });
}

/** 拍胸脯: the commitments with their flags, and the tallies on people and accounts. */
export function commitmentViews(options: { stored: readonly StoredCommitment[]; now: Date }) {
  const check = checkCommitments({
    commitments: options.stored.map((c) => ({
      id: c.id,
      accountId: c.accountId,
      promisedBy: c.promisedBy,
      what: c.what,
      toContact: c.toContactName ?? '',
      dueAt: endOfDay(c.dueOn),
      status: c.status as CommitmentStatus,
    })),
    now: options.now,
  });
  const flags = new Map(check.value.flagged.map((f) => [f.id, f]));
  const items = options.stored.map((c) => ({
    ...c,
    status: c.status as CommitmentStatus,
    flag: flags.get(c.id)?.flag ?? null,
    daysOverdue: flags.get(c.id)?.daysOverdue ?? null,
  }));
  return { items, check };
}

/** 拍桌子: each escalation with where its root cause routes it. */
export function escalationViews(options: { stored: readonly StoredEscalation[]; departments: readonly DepartmentRow[] }) {
  const byId = new Map(options.departments.map((d) => [d.id, d]));
  return options.stored.map((e) => {
    const routed = e.routedDepartmentIds.map((id) => byId.get(id)).filter((d) => d !== undefined);
    return {
      ...e,
      rootCause: (e.rootCause as RootCause | null) ?? null,
      routedDepartments: routed.map((d) => ({ id: d.id, kind: d.kind, name: d.nameEn, nameZh: d.nameZh })),
      route: routeEscalation({
        escalation: { accountId: e.accountId, rootCause: e.rootCause as RootCause | null, departmentsInvolved: routed.map((d) => d.kind as DepartmentKind) },
      }),
    };
  });
}

/** Who works a support request: a member of the department it was sent to, or an admin. */
export const worksOn = (user: CurrentUser, departmentId: string) => user.role === 'admin' || user.departmentId === departmentId;

const slaHoursFor = (settings: OrganisationSettings, kind: string) =>
  settings.supportRequestSlaHours[kind as SupportDepartment] ?? Math.max(...Object.values(settings.supportRequestSlaHours));

/** When a rep gives no due time the SLA sets it; the stored time is then the SLA's, and is read as such. */
export const slaDueAt = (settings: OrganisationSettings, kind: string, raisedAt: Date) =>
  new Date(raisedAt.getTime() + slaHoursFor(settings, kind) * 3_600_000);

/** 一切为了前线: a request with its SLA and the moves the caller may make. */
export function supportRequestView(options: { stored: StoredSupportRequest; settings: OrganisationSettings; now: Date; viewer: CurrentUser }) {
  const { stored, settings, now, viewer } = options;
  const status = stored.status as SupportRequestStatus;
  const bySla = Math.abs(slaDueAt(settings, stored.departmentKind, stored.raisedAt).getTime() - stored.dueAt.getTime()) < 1000;
  const sla = supportRequestSla({
    request: {
      id: stored.id,
      department: stored.departmentKind as SupportDepartment,
      raisedBy: stored.raisedBy,
      raisedAt: stored.raisedAt,
      dueAt: bySla ? null : stored.dueAt,
      status,
      answeredAt: stored.answeredAt,
      closedAt: stored.closedAt,
    },
    now,
    slaHours: slaHoursFor(settings, stored.departmentKind),
  });
  const allowedMoves = worksOn(viewer, stored.departmentId)
    ? SUPPORT_REQUEST_STATUSES.filter((to) => canMoveSupportRequest({ from: status, to }).value)
    : [];
  return { ...stored, status, sla, allowedMoves };
}

/** 团队作战: whether the account's team has every role the company requires. */
export function teamCheck(options: {
  account: AccountFacts;
  members: readonly { role: string; userId: string; coLocated: boolean }[];
  settings: OrganisationSettings;
}) {
  const { account, members, settings } = options;
  // 贴得近: the account's own flag, or anyone of the team working at the customer's site.
  const coLocated = account.coLocated || members.some((m) => m.coLocated);
  return checkTeamCompleteness({
    tier: account.tier ?? 'regular',
    members: members.map((m) => ({ userId: m.userId, role: m.role as TeamRole })),
    requiredRoles: settings.requiredTeamRoles,
    coLocated,
  });
}
