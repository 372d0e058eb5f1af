import { type Judgement, type Reason, reason } from '../reason.ts';
import type { PaymentTrapSettings } from './settings.ts';

/**
 * Payment trap (压款的陷阱): a big customer that pays late costs more than it brings.
 * Flagged when the collection cycle is above `maxCollectionDays` or the overdue
 * share above `maxOverdueShare`; sitting exactly at a limit is not a trap.
 * An unknown figure cannot raise the flag but is named, so nobody reads the
 * absence of a flag as a clean bill.
 */
export function checkPaymentTrap(options: {
  collectionCycleDays: number | null;
  overdueShare: number | null;
  settings: PaymentTrapSettings;
}): Judgement<boolean> {
  const { collectionCycleDays, overdueShare, settings } = options;
  const reasons: Reason[] = [];

  const cycleTrap = collectionCycleDays !== null && collectionCycleDays > settings.maxCollectionDays;
  reasons.push(
    collectionCycleDays === null
      ? reason('payment_trap.collection_cycle_unknown', false, { threshold: settings.maxCollectionDays })
      : reason('payment_trap.collection_cycle', cycleTrap, {
          input: collectionCycleDays,
          threshold: settings.maxCollectionDays,
        }),
  );

  const overdueTrap = overdueShare !== null && overdueShare > settings.maxOverdueShare;
  reasons.push(
    overdueShare === null
      ? reason('payment_trap.overdue_share_unknown', false, { threshold: settings.maxOverdueShare })
      : reason('payment_trap.overdue_share', overdueTrap, { input: overdueShare, threshold: settings.maxOverdueShare }),
  );

  return { value: cycleTrap || overdueTrap, reasons };
}
