import type { Reason } from '../reason.ts';
import {
  daysSinceActivity,
  distinctDepartments,
  distinctLevels,
  isActiveContact,
  isPresent,
  isRecentlyTouched,
} from './engagement.ts';
import { aboutContact, type GapContext, type GapFinding } from './gap.ts';
import { powerMapReason } from './power-map-reason.ts';

/** Nobody on the map is recorded as the decision maker: we do not know who signs. */
export function decisionMakerUnknown({ contacts, now }: GapContext): GapFinding | null {
  const count = contacts.filter((c) => c.buyingRole === 'decision_maker' && isPresent(c, now)).length;
  if (count >= 1) return null;
  return {
    gap: 'decision_maker_unknown',
    contactIds: [],
    reasons: [powerMapReason('decision_maker_identified', false, { input: count, threshold: 1 })],
  };
}

/** A decision maker nobody of ours owns, or nobody has touched within the window. */
export function decisionMakerNotCovered({ contacts, now, settings }: GapContext): GapFinding | null {
  const windowDays = settings.coverageWindowDays;
  const contactIds: string[] = [];
  const reasons: Reason[] = [];
  for (const c of contacts) {
    if (c.buyingRole !== 'decision_maker' || !isPresent(c, now)) continue;
    const owned = c.ownerId !== null;
    const touched = isRecentlyTouched(c, now, windowDays);
    if (owned && touched) continue;
    contactIds.push(c.id);
    const age = daysSinceActivity(c, now);
    reasons.push(
      powerMapReason('decision_maker_owner', owned, { input: c.ownerId, params: aboutContact(c) }),
      powerMapReason(
        'decision_maker_activity',
        touched,
        { input: age, threshold: windowDays, params: aboutContact(c) },
        age === null ? 'never' : undefined,
      ),
    );
  }
  return contactIds.length === 0 ? null : { gap: 'decision_maker_not_covered', contactIds, reasons };
}

/** Too few active contacts: the whole relationship hangs on one thread (or none). */
export function singleThreaded({ contacts, now, settings }: GapContext): GapFinding | null {
  const active = contacts.filter((c) => isActiveContact(c, now, settings.coverageWindowDays));
  if (active.length >= settings.minActiveContacts) return null;
  return {
    gap: 'single_threaded',
    contactIds: active.map((c) => c.id),
    reasons: [
      powerMapReason('active_contacts', false, {
        input: active.length,
        threshold: settings.minActiveContacts,
        params: { windowDays: settings.coverageWindowDays },
      }),
    ],
  };
}

/**
 * Several threads, but all at one level or in one department (SPEC §2.3 asks for
 * links between more departments and levels). Not raised when single-threaded,
 * which already says the same thing more urgently.
 */
export function narrowCoverage({ contacts, now, settings }: GapContext): GapFinding | null {
  const active = contacts.filter((c) => isActiveContact(c, now, settings.coverageWindowDays));
  if (active.length < settings.minActiveContacts) return null;
  const levels = distinctLevels(active);
  const departments = distinctDepartments(active);
  const enoughLevels = levels >= settings.minLevels;
  const enoughDepartments = departments >= settings.minDepartments;
  if (enoughLevels && enoughDepartments) return null;
  return {
    gap: 'narrow_coverage',
    contactIds: active.map((c) => c.id),
    reasons: [
      powerMapReason('levels_covered', enoughLevels, { input: levels, threshold: settings.minLevels }),
      powerMapReason('departments_covered', enoughDepartments, { input: departments, threshold: settings.minDepartments }),
    ],
  };
}
