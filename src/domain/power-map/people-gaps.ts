import type { Reason } from '../reason.ts';
import type { Contact } from './contact.ts';
import { daysSince, isPresent } from './engagement.ts';
import { aboutContact, type GapContext, type GapFinding } from './gap.ts';
import { judgeTitleAgainstInfluence } from './title-vs-influence.ts';
import { powerMapReason } from './power-map-reason.ts';

/**
 * No coach (教练) on the map: nobody inside guides us through the customer's real
 * relationships. A "coach" recorded as an opponent is not guiding us, so does not count.
 */
export function noCoach({ contacts, now }: GapContext): GapFinding | null {
  const coaches = contacts.filter((c) => c.buyingRole === 'coach' && c.attitude !== 'opponent' && isPresent(c, now));
  if (coaches.length >= 1) return null;
  return { gap: 'no_coach', contactIds: [], reasons: [powerMapReason('coach', false, { input: 0, threshold: 1 })] };
}

/** Someone against us who can sway the deal on their own. */
export function highInfluenceOpponent({ contacts, now, settings }: GapContext): GapFinding | null {
  const found = contacts.filter(
    (c) => c.attitude === 'opponent' && c.influence >= settings.highInfluence && isPresent(c, now),
  );
  if (found.length === 0) return null;
  return {
    gap: 'high_influence_opponent',
    contactIds: found.map((c) => c.id),
    reasons: found.map((c) =>
      powerMapReason('opponent_influence', true, { input: c.influence, threshold: settings.highInfluence, params: aboutContact(c) }),
    ),
  };
}

/**
 * An opponent with a line into a decision maker (influences them, or is their ally):
 * the incumbent's friend in the buyer's ear, whatever their own title.
 */
export function opponentInfluencesDecisionMaker({ contacts, relations, now }: GapContext): GapFinding | null {
  const present = new Map(contacts.filter((c) => isPresent(c, now)).map((c) => [c.id, c] as const));
  const isOpponent = (id: string) => present.get(id)?.attitude === 'opponent';
  const isDecisionMaker = (id: string) => present.get(id)?.buyingRole === 'decision_maker';
  const ids = new Set<string>();
  const reasons: Reason[] = [];
  for (const r of relations) {
    if (r.scope !== 'contact' || r.from === r.to) continue;
    const pairs: [string, string][] =
      r.kind === 'influences' ? [[r.from, r.to]] : r.kind === 'ally' ? [[r.from, r.to], [r.to, r.from]] : [];
    for (const [opponentId, deciderId] of pairs) {
      if (!isOpponent(opponentId) || !isDecisionMaker(deciderId)) continue;
      const opponent = present.get(opponentId) as Contact;
      const decider = present.get(deciderId) as Contact;
      ids.add(opponentId).add(deciderId);
      reasons.push(
        powerMapReason('opponent_influences_decision_maker', true, {
          input: r.strength,
          params: { ...aboutContact(opponent), relation: r.kind, decisionMakerId: decider.id, decisionMaker: decider.name },
        }),
      );
    }
  }
  return reasons.length === 0
    ? null
    : { gap: 'opponent_influences_decision_maker', contactIds: [...ids], reasons };
}

/** Our main contact has a big title but little real power (徒有虚名): we talk to the wrong person. */
export function figureheadAsMainContact({ contacts, now, settings }: GapContext): GapFinding | null {
  const contactIds: string[] = [];
  const reasons: Reason[] = [];
  for (const c of contacts) {
    if (!c.isMainContact || !isPresent(c, now)) continue;
    const judgement = judgeTitleAgainstInfluence({ contact: c, settings });
    if (judgement.value !== 'figurehead') continue;
    contactIds.push(c.id);
    reasons.push(
      powerMapReason('main_contact', true, { input: true, params: aboutContact(c) }),
      ...judgement.reasons
        .filter((r) => r.rule.startsWith('figurehead_'))
        .map((r) => ({ ...r, params: aboutContact(c) })),
    );
  }
  return contactIds.length === 0 ? null : { gap: 'figurehead_as_main_contact', contactIds, reasons };
}

/** Why a departure hurts: the person's role, their real influence, or being our main contact. */
function keyBecause(c: Contact, settings: GapContext['settings']): string[] {
  const because: string[] = [];
  if (settings.keyContactRoles.includes(c.buyingRole)) because.push(c.buyingRole);
  if (c.influence >= settings.highInfluence) because.push('high_influence');
  if (c.isMainContact) because.push('main_contact');
  return because;
}

/** A decision maker, coach, high-influence or main contact left recently: the map needs redrawing. */
export function keyContactLeft({ contacts, now, settings }: GapContext): GapFinding | null {
  const contactIds: string[] = [];
  const reasons: Reason[] = [];
  for (const c of contacts) {
    if (c.leftAt === null || isPresent(c, now)) continue;
    const because = keyBecause(c, settings);
    const ago = daysSince(c.leftAt, now);
    if (because.length === 0 || ago > settings.keyContactLeftDays) continue;
    contactIds.push(c.id);
    reasons.push(
      powerMapReason('key_contact_left', true, {
        input: ago,
        threshold: settings.keyContactLeftDays,
        params: { ...aboutContact(c), because },
      }),
    );
  }
  return contactIds.length === 0 ? null : { gap: 'key_contact_left', contactIds, reasons };
}
