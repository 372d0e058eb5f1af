import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { listDepartments } from '../../db/repositories/escalations.ts';
import { guardedAccountIds } from '../../db/repositories/organisation-accounts.ts';
import { supportRequestTimes } from '../../db/repositories/support-requests.ts';
import type { OrganisationSettings } from '../../domain/organisation/settings.ts';
import { departmentQueueSummary } from '../../domain/organisation/support-requests.ts';
import { SUPPORT_DEPARTMENTS } from '../../domain/organisation/vocabulary.ts';
import { LIST_LIMIT } from './dashboard-tags.ts';
import { fourPats, guardRailsOver } from './organisation-overview.ts';

// The organisation side of the dashboard: the four pats (四拍型) over the accounts in
// scope as the compliance view judges them, the commitments they flag, and the
// support requests' SLAs per department (一切为了前线).

const ref = (a: { id: string; name: string; nameZh: string | null; tier: string | null }) => ({
  id: a.id,
  name: a.name,
  nameZh: a.nameZh,
  tier: a.tier,
});

/** Executive compliance and the flagged commitments over the accounts in scope. */
export async function executiveSections(db: Db, options: { scope: SQL | undefined; settings: OrganisationSettings; now: Date }) {
  const { settings, now } = options;
  const accountIds = await guardedAccountIds(db, options.scope);
  const rails = await guardRailsOver(db, { accountIds, settings, now });
  const paired = new Set(rails.pairings.map((p) => p.accountId));
  const check = rails.commitments.check;
  const flagged = rails.commitments.items
    .filter((c) => c.flag !== null)
    // Broken first, then the longest overdue.
    .sort((a, b) => Number(b.flag === 'broken') - Number(a.flag === 'broken') || (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
  const reasonsOf = (id: string) => check.reasons.filter((r) => r.params?.id === id);

  return {
    executives: {
      fourPats: fourPats(rails),
      handsOff: rails.accounts
        .filter((a) => rails.handsOff.get(a.id)?.value.flagged)
        .slice(0, LIST_LIMIT)
        .map((a) => ({ account: ref(a), check: rails.handsOff.get(a.id)! })),
      unplannedVisits: rails.visits
        .filter((v) => v.check.value.flagged)
        .sort((a, b) => b.at.getTime() - a.at.getTime())
        .slice(0, LIST_LIMIT),
      blamingSales: rails.escalations.filter((e) => e.status !== 'resolved' && !e.route.value.valid).slice(0, LIST_LIMIT),
      overduePairings: rails.pairings.filter((p) => p.status.value.overdue).length,
      unpairedStrategic: rails.accounts.filter((a) => a.tier === 'strategic' && !paired.has(a.id)).map(ref),
    },
    commitments: {
      overdue: check.value.flagged.filter((f) => f.flag === 'overdue').length,
      broken: check.value.flagged.filter((f) => f.flag === 'broken').length,
      items: flagged.slice(0, LIST_LIMIT).map((c) => ({ ...c, reasons: reasonsOf(c.id) })),
      reasons: check.reasons.filter((r) => r.rule === 'commitments_all_honoured'),
    },
  };
}

/** Per department: the requests on accounts in scope still waiting on it, and those past due. */
export async function supportSection(db: Db, options: { scope: SQL | undefined; settings: OrganisationSettings; now: Date }) {
  const [times, departments] = await Promise.all([supportRequestTimes(db, options.scope), listDepartments(db)]);
  const summary = departmentQueueSummary({
    requests: times,
    now: options.now,
    slaHours: options.settings.supportRequestSlaHours,
  });
  const named = new Map(departments.filter((d) => (SUPPORT_DEPARTMENTS as readonly string[]).includes(d.kind)).map((d) => [d.kind, d]));
  return {
    value: summary.value.map((q) => ({
      ...q,
      name: named.get(q.department)?.nameEn ?? null,
      nameZh: named.get(q.department)?.nameZh ?? null,
      reasons: summary.reasons.filter((r) => r.params?.department === q.department),
    })),
    reasons: summary.reasons,
  };
}
