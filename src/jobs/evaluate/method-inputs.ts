import type { LadderContact } from '../../domain/ladder/index.ts';
import {
  type Attestation,
  type CommitmentEvent,
  CRITERIA,
  type Criterion,
  type CustomerSite,
  type GrowthAssessment,
  type HumanPromotion,
  type SelectionAccount,
} from '../../domain/selection/index.ts';
import type { LoyaltyTrend, TagInput } from '../../domain/tags/index.ts';
import type { AccountInputs } from './account-inputs.ts';

// How the stored records read as the method's inputs. Each mapping is a choice
// about what counts as evidence; they are written here, once, so that the
// judgement API, the boards and the benchmark all read the data the same way.

const KEY_BUYING_ROLES = new Set(['decision_maker', 'coach']);
/** Activities that count as visits for the visit-trend and visit-density rules. */
const VISIT_KINDS = new Set(['visit', 'meeting']);
/** Our revenue moving less than this over the year reads as a stable relationship, not a trend. */
const LOYALTY_STABLE_BAND = 0.05;

const past = (at: Date, now: Date) => at.getTime() <= now.getTime();

/** Attestations on the four criteria (others, like strategic promotions, are not evidence for a criterion). */
export function criterionAttestations(inputs: AccountInputs): Attestation[] {
  return inputs.attestations
    .filter((a) => (CRITERIA as readonly string[]).includes(a.criterion) && (a.effect === 'for' || a.effect === 'against'))
    .map((a) => ({ criterion: a.criterion as Criterion, effect: a.effect as 'for' | 'against', note: a.note, attestedAt: a.attestedAt }));
}

/**
 * An executive-to-executive meeting or the customer investing in a joint project,
 * as marked on the activity. One activity can be both.
 */
export function commitmentEvents(inputs: AccountInputs): CommitmentEvent[] {
  const events: CommitmentEvent[] = [];
  for (const a of inputs.activities) {
    if (a.executiveLevel) events.push({ kind: 'executive_meeting', occurredAt: a.occurredAt });
    if (a.customerInvested) events.push({ kind: 'joint_investment', occurredAt: a.occurredAt });
  }
  return events;
}

export function selectionAccount(inputs: AccountInputs): SelectionAccount {
  return {
    accountId: inputs.id,
    industry: inputs.industry,
    serviceLines: inputs.serviceLines,
    openOpportunities: inputs.deals
      .filter((d) => d.outcome === 'open')
      .map((d) => ({ id: d.id, kind: d.kind === 'solution' ? 'solution' : 'standard' })),
    commitmentEvents: commitmentEvents(inputs),
    attestations: criterionAttestations(inputs),
    collectionCycleDays: inputs.collectionCycleDays,
    overdueShare: inputs.overdueShare,
  };
}

/**
 * A person's decision to make the account strategic despite the payment trap:
 * the latest `strategic_promotion` attestation, when it is a `for` (a later
 * `against` withdraws it). Its note is the reason.
 */
export function humanPromotion(inputs: AccountInputs, now: Date): HumanPromotion | undefined {
  const latest = inputs.attestations
    .filter((a) => a.criterion === 'strategic_promotion' && past(a.attestedAt, now))
    .sort((a, b) => b.attestedAt.getTime() - a.attestedAt.getTime())[0];
  if (!latest || latest.effect !== 'for') return undefined;
  return { tier: 'strategic', note: latest.note, decidedBy: latest.attestedBy ?? '', decidedAt: latest.attestedAt };
}

/** Our share of the customer's estimated logistics spend, from our trailing-12 revenue. */
export function shareOfWallet(inputs: AccountInputs, trailing12: number): number | null {
  const wallet = inputs.walletEstimate;
  return wallet !== null && wallet > 0 ? trailing12 / wallet : null;
}

/**
 * The last progress on the account, for the nail rule: the latest deal stage
 * change, or — when our trailing-12 revenue (and so our share of a fixed wallet)
 * grew over the twelve months before — the end of that window.
 */
export function lastProgressAt(inputs: AccountInputs, growth: GrowthAssessment, now: Date): Date | null {
  let latest: Date | null = null;
  for (const d of inputs.deals) {
    if (past(d.stageChangedAt, now) && (latest === null || d.stageChangedAt > latest)) latest = d.stageChangedAt;
  }
  if (growth.rate !== null && growth.rate > 0) {
    const windowEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    if (latest === null || windowEnd > latest) latest = windowEnd;
  }
  return latest;
}

function loyaltyTrend(rate: number | null): LoyaltyTrend | null {
  if (rate === null) return null;
  if (rate > LOYALTY_STABLE_BAND) return 'growing';
  if (rate < -LOYALTY_STABLE_BAND) return 'declining';
  return 'stable';
}

/**
 * Competitor activity: a competitor newly recorded on the account, or named on one
 * of our open deals (seen when the deal was last updated).
 */
function competitorActivity(inputs: AccountInputs): TagInput['competitorActivity'] {
  const seen: { at: Date; competitor: string }[] = inputs.competitors.map((c) => ({ at: c.createdAt, competitor: c.name }));
  for (const d of inputs.deals) {
    if (d.outcome !== 'open') continue;
    for (const name of d.competitors) seen.push({ at: d.updatedAt, competitor: name });
  }
  return seen;
}

export function tagInput(options: {
  inputs: AccountInputs;
  growth: GrowthAssessment;
  ourShare: number | null;
  salesContribution: number | null;
  now: Date;
}): TagInput {
  const { inputs, growth, ourShare, salesContribution, now } = options;
  return {
    now,
    scores: inputs.scores,
    loyalty: { tenureYears: null, trend: loyaltyTrend(growth.rate) },
    salesContribution,
    walletCny: inputs.walletEstimate,
    ourShare,
    lastProgressAt: lastProgressAt(inputs, growth, now),
    trackedSince: inputs.createdAt,
    monthlyRevenue: inputs.months,
    openComplaints: inputs.openEscalations,
    contactsLeft: inputs.contacts
      .filter((c): c is typeof c & { leftAt: Date } => c.leftAt !== null)
      .map((c) => ({ name: c.name, key: KEY_BUYING_ROLES.has(c.buyingRole) || c.isMainContact, leftAt: c.leftAt })),
    competitorActivity: competitorActivity(inputs),
    visits: inputs.activities.filter((a) => VISIT_KINDS.has(a.kind)).map((a) => a.occurredAt),
    payment: { overdueShare: inputs.overdueShare, collectionCycleDays: inputs.collectionCycleDays, previousCollectionCycleDays: null },
    levelHistory: inputs.levels,
  };
}

/** Contacts as the ladder counts them: one who has left is no longer a contact point. */
export function ladderContacts(inputs: AccountInputs, now: Date): LadderContact[] {
  return inputs.contacts.map((c) => ({
    id: c.id,
    department: c.department,
    rank: c.rank,
    leftAt: c.leftAt && past(c.leftAt, now) ? c.leftAt : null,
  }));
}

/**
 * The customer's sites for serviceability. An account with no site recorded (a
 * fresh import, say) is read as its head office where it is registered, served
 * through its province, rather than as a customer with nowhere to serve.
 */
export function customerSites(inputs: AccountInputs): CustomerSite[] {
  if (inputs.sites.length > 0) return inputs.sites;
  return [{ id: inputs.id, name: inputs.name, kind: 'hq', province: inputs.province, city: inputs.city, lat: null, lng: null }];
}
