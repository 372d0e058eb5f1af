import type { Db } from '../../db/client.ts';
import { listCommitments } from '../../db/repositories/commitments.ts';
import { listDepartments, listEscalations } from '../../db/repositories/escalations.ts';
import { type AccountFacts, accountFacts, teamMembers } from '../../db/repositories/organisation-accounts.ts';
import { executiveActivities } from '../../db/repositories/organisation-visits.ts';
import { type StoredPairing, listPairings } from '../../db/repositories/pairings.ts';
import type { OrganisationSettings } from '../../domain/organisation/settings.ts';
import { touchpointHorizon } from './organisation-access.ts';
import { commitmentViews, escalationViews, handsOffCheck, pairingViews, teamCheck, visitViews } from './organisation-judgements.ts';

// The four pats (四拍型) over a set of accounts — one account's page, an executive's
// paired accounts, or a manager's whole scope — read in a few queries and judged
// by the domain.

/** The four pats over the given accounts; pass `pairings` when they were already read. */
export async function guardRailsOver(
  db: Db,
  options: { accountIds: readonly string[]; settings: OrganisationSettings; now: Date; pairings?: readonly StoredPairing[] },
) {
  const { settings, now } = options;
  const accounts = await accountFacts(db, { ids: options.accountIds });
  const ids = accounts.map((a) => a.id);
  const facts = new Map<string, AccountFacts>(accounts.map((a) => [a.id, a]));
  const inSet = (accountId: string) => facts.has(accountId);
  const [activities, pairings, commitments, escalations, departments, members] = await Promise.all([
    executiveActivities(db, { accountIds: ids, since: touchpointHorizon(settings, now) }),
    options.pairings ? Promise.resolve(options.pairings) : listPairings(db, { accountIds: ids }),
    listCommitments(db, { accountIds: ids }),
    listEscalations(db, { accountIds: ids }),
    listDepartments(db),
    teamMembers(db, ids),
  ]);
  const commitmentsHere = commitmentViews({ stored: commitments.filter((c) => inSet(c.accountId)), now });
  return {
    accounts,
    facts,
    activities,
    visits: visitViews({ activities, facts, settings, now }),
    pairings: pairingViews({ pairings: pairings.filter((p) => inSet(p.accountId)), activities, facts, now }),
    commitments: commitmentsHere,
    escalations: escalationViews({ stored: escalations.filter((e) => inSet(e.accountId)), departments }),
    handsOff: new Map(accounts.map((a) => [a.id, handsOffCheck({ account: a, activities, settings, now })])),
    teams: new Map(accounts.map((a) => [a.id, teamCheck({ account: a, members: members.filter((m) => m.accountId === a.id), settings })])),
    departments,
  };
}
export type GuardRails = Awaited<ReturnType<typeof guardRailsOver>>;

/** The count of each of the four pats over what was judged (for badges and the dashboard). */
export function fourPats(rails: Pick<GuardRails, 'visits' | 'commitments' | 'escalations' | 'handsOff'>) {
  return {
    unplanned_visit: rails.visits.filter((v) => v.check.value.flagged).length,
    over_promising: rails.commitments.check.value.flagged.length,
    // Open escalations that are not properly routed: no cause, or a collaboration failure with nobody to answer it.
    blaming_sales: rails.escalations.filter((e) => e.status !== 'resolved' && !e.route.value.valid).length,
    hands_off: [...rails.handsOff.values()].filter((h) => h.value.flagged).length,
  };
}
