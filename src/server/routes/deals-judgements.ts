import type { DealEvidence, StoredDeal } from '../../db/repositories/deals.ts';
import type { DealRecords } from '../../db/repositories/deals-records.ts';
import { checkDeliveryTeam } from '../../domain/deals/check-delivery-team.ts';
import { checkSalesAction } from '../../domain/deals/check-sales-action.ts';
import { checkStageAlignment } from '../../domain/deals/check-stage-alignment.ts';
import { inferBuyingStage } from '../../domain/deals/infer-buying-stage.ts';
import { nextLtcStage } from '../../domain/deals/ltc.ts';
import { overdueOnboardingIssues } from '../../domain/deals/onboarding-issues.ts';
import { playbookFor } from '../../domain/deals/playbook.ts';
import type { DealSettings } from '../../domain/deals/settings.ts';
import { LTC_STAGES, type LtcStage, SALES_STAGES, type SalesStage } from '../../domain/deals/stages.ts';
import type { OnboardingIssueStatus } from '../../domain/deals/vocabulary.ts';
import type { ActionCheckView, DealDetailView, DealSummaryView } from './deals.schema.ts';

// The judgements of a deal, composed from the pure method: which stage the customer is
// in, whether we are in step, whether the delivery team is there, what is overdue.

const DAY_MS = 24 * 60 * 60 * 1000;

export const isSalesStage = (stage: string): stage is SalesStage => (SALES_STAGES as readonly string[]).includes(stage);
export const isLtcStage = (stage: string): stage is LtcStage => (LTC_STAGES as readonly string[]).includes(stage);

/** A due day is met until the day is over. */
export const dueAt = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);

type SignalRow = { signal: string; observedAt: Date; retractedAt: Date | null };
type IssueRow = { id: string; title: string; dueOn: string; status: string };

/** The customer's buying stage from the signals logged on the deal. */
export function inferDealStage(signals: SignalRow[], settings: DealSettings) {
  return inferBuyingStage({
    signals: signals.map((s) => ({ signalId: s.signal, observedAt: s.observedAt, retracted: s.retractedAt !== null })),
    catalogue: settings.signals,
    rules: settings.inference,
  });
}

export function overdueIssues(issues: IssueRow[], now: Date) {
  return overdueOnboardingIssues({
    issues: issues.map((i) => ({ id: i.id, title: i.title, dueAt: dueAt(i.dueOn), status: i.status as OnboardingIssueStatus })),
    now,
  });
}

/** Every judgement about one deal, each with its reasons. */
export function judgeDeal(options: {
  deal: StoredDeal;
  signals: SignalRow[];
  team: { role: string }[];
  issues: IssueRow[];
  settings: DealSettings;
  now: Date;
}) {
  const { deal, signals, team, issues, settings, now } = options;
  const overdue = overdueIssues(issues, now);
  const solution = deal.kind === 'solution' && isSalesStage(deal.stage);
  const buyingStage = solution ? inferDealStage(signals, settings) : null;
  const stage = deal.stage as SalesStage;
  return {
    buyingStage,
    alignment:
      solution && buyingStage
        ? checkStageAlignment({
            salesStage: stage,
            inferredBuyingStage: buyingStage.value,
            toleratedGap: settings.alignment.toleratedStageGap,
          })
        : null,
    // A lost deal needs no delivery team.
    deliveryTeam: solution && deal.outcome !== 'lost' ? checkDeliveryTeam({ salesStage: stage, team, rules: settings.deliveryTeam }) : null,
    nextLtcStage: deal.kind === 'standard' && isLtcStage(deal.stage) ? nextLtcStage(deal.stage) : null,
    overdue,
  };
}

export function summariseDeal(deal: StoredDeal, evidence: DealEvidence, settings: DealSettings, now: Date): DealSummaryView {
  const mine = <T extends { dealId: string }>(rows: T[]) => rows.filter((r) => r.dealId === deal.id);
  const { overdue, ...judgements } = judgeDeal({
    deal,
    signals: mine(evidence.signals),
    team: mine(evidence.team),
    issues: mine(evidence.issues),
    settings,
    now,
  });
  return asSummary(deal, { ...judgements, overdueIssues: overdue.value.length });
}

function asSummary(deal: StoredDeal, judgements: DealSummaryView['judgements']): DealSummaryView {
  return { ...deal, kind: deal.kind as DealSummaryView['kind'], outcome: deal.outcome as DealSummaryView['outcome'], judgements };
}

/** The deal page: the deal, what is logged on it, and every judgement. */
export function describeDeal(deal: StoredDeal, records: DealRecords, settings: DealSettings, now: Date): DealDetailView {
  const { overdue, ...judgements } = judgeDeal({
    deal,
    signals: records.signals,
    team: records.team,
    issues: records.issues,
    settings,
    now,
  });
  const catalogue = new Map(settings.signals.map((s) => [s.id, s]));
  const lateBy = new Map(overdue.value.map((o) => [o.issue.id, o.daysOverdue]));
  const inferred = judgements.buyingStage?.value ?? null;
  const playbook =
    deal.kind !== 'solution'
      ? null
      : inferred
        ? playbookFor({ stage: { buying: inferred }, playbook: settings.playbook })
        : isSalesStage(deal.stage)
          ? playbookFor({ stage: { sales: deal.stage }, playbook: settings.playbook })
          : null;
  return {
    ...asSummary(deal, { ...judgements, overdueIssues: overdue.value.length }),
    team: records.team,
    signals: records.signals.map((s) => {
      const known = catalogue.get(s.signal);
      return {
        id: s.id,
        signal: s.signal,
        stage: known?.stage ?? null,
        nameEn: known?.name_en ?? null,
        nameZh: known?.name_zh ?? null,
        observedAt: s.observedAt,
        contactId: s.contactId,
        contactName: s.contactName,
        contactNameZh: s.contactNameZh,
        note: s.note,
        retractedAt: s.retractedAt,
        createdAt: s.createdAt,
      };
    }),
    actions: records.actions.map((a) => ({
      id: a.id,
      action: a.action,
      occurredAt: a.occurredAt,
      note: a.note,
      check: storedCheck(a.check),
      createdBy: a.createdBy,
      createdAt: a.createdAt,
    })),
    proofs: records.proofs,
    onboardingIssues: records.issues.map((i) => ({ ...i, status: i.status as 'open' | 'done', daysOverdue: lateBy.get(i.id) ?? null })),
    playbook,
    onboarding: { overdue: overdue.value.map((o) => ({ issueId: o.issue.id, daysOverdue: o.daysOverdue })), reasons: overdue.reasons },
  };
}

/**
 * Checks an action against the customer's stage ("what if I do this now?"): an action
 * done now is judged on every live signal; one logged after the fact (`at`) on the
 * signals seen by then.
 */
export function checkActionAt(options: { action: string; signals: SignalRow[]; settings: DealSettings; at: Date | null }): ActionCheckView {
  const { action, signals, settings, at } = options;
  const seen = at === null ? signals : signals.filter((s) => s.observedAt.getTime() <= at.getTime());
  const inference = inferDealStage(seen, settings);
  const check = checkSalesAction({ action, buyingStage: inference.value, catalogue: settings.actions });
  return { ...check, buyingStage: inference.value, confidence: inference.confidence };
}

/** An action's stored check; rows written before the check kept all its parts read as a plain verdict. */
function storedCheck(raw: unknown): ActionCheckView {
  const c = (raw ?? {}) as Partial<ActionCheckView> & { verdict?: string };
  const value = c.value ?? c.verdict;
  return {
    value: value === 'warning' ? 'warning' : 'ok',
    reasons: Array.isArray(c.reasons) ? c.reasons : [],
    alternatives: Array.isArray(c.alternatives) ? c.alternatives : [],
    proofKinds: Array.isArray(c.proofKinds) ? c.proofKinds : [],
    buyingStage: c.buyingStage ?? null,
    confidence: typeof c.confidence === 'number' ? c.confidence : 0,
  };
}
