import { type Judgement, reason } from '../reason.ts';
import { addDays, daysBetween, latest } from './durations.ts';

export interface ExecutivePairing {
  executiveId: string;
  /** The executive has had sales training, so a visit helps rather than harms (不成事反坏事). */
  salesTrained: boolean;
  /** When the pairing started: without any visit yet, the first one is due a cadence later. */
  pairedAt?: Date;
}

export interface PairingStatus {
  executiveId: string;
  lastVisitAt: Date | null;
  /** Null only when there has never been a visit and the pairing date is unknown: due now. */
  nextDueAt: Date | null;
  daysSinceLastVisit: number | null;
  overdue: boolean;
  salesTrained: boolean;
}

/** Decides whether a paired executive keeps the visit cadence on a strategic account (结对子). */
export function executivePairingStatus(options: {
  pairing: ExecutivePairing;
  visits: readonly { at: Date }[];
  now: Date;
  cadenceDays: number;
}): Judgement<PairingStatus> {
  const { pairing, now, cadenceDays } = options;
  // Planned visits in the future do not count: only a visit that happened keeps the cadence.
  const lastVisitAt = latest(options.visits.map((v) => v.at).filter((at) => at.getTime() <= now.getTime()));
  const anchor = lastVisitAt ?? pairing.pairedAt ?? null;
  const nextDueAt = anchor ? addDays(anchor, cadenceDays) : null;
  const overdue = nextDueAt === null || now.getTime() > nextDueAt.getTime();
  const daysSinceLastVisit = lastVisitAt ? daysBetween(lastVisitAt, now) : null;

  return {
    value: {
      executiveId: pairing.executiveId,
      lastVisitAt,
      nextDueAt,
      daysSinceLastVisit,
      overdue,
      salesTrained: pairing.salesTrained,
    },
    reasons: [
      reason('executive_visit_cadence', !overdue, {
        input: daysSinceLastVisit,
        threshold: cadenceDays,
        params: { lastVisitAt, nextDueAt },
      }),
      reason('executive_sales_trained', pairing.salesTrained, { input: pairing.salesTrained, threshold: true }),
    ],
  };
}
