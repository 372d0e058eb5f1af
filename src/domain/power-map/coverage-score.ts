import type { Judgement } from '../reason.ts';
import type { Contact } from './contact.ts';
import { distinctDepartments, distinctLevels, isActiveContact, isPresent } from './engagement.ts';
import type { PowerMapSettings } from './settings.ts';
import { powerMapReason } from './power-map-reason.ts';

export const coverageParts = ['contactPoints', 'levels', 'departments', 'decisionMakers', 'attitude'] as const;
export type CoveragePart = (typeof coverageParts)[number];

const fill = (count: number, target: number) => Math.min(count / target, 1);
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * How widely and how well we reach into the customer, 0..100 (single point → multi-point,
 * SPEC §3). Five visible parts: contact points, levels, departments, decision makers
 * covered, and supporters against the opponents we are not reaching.
 *
 * Every part only rises when we gain an active contact. That is why an opponent we
 * are actively working counts as reached rather than against us: the opponents that
 * hurt are the ones nobody of ours talks to.
 */
export function coverageScore(options: {
  contacts: readonly Contact[];
  now: Date;
  settings: PowerMapSettings;
}): Judgement<number> {
  const { contacts, now, settings } = options;
  const { targets, weights } = settings.coverage;
  const windowDays = settings.coverageWindowDays;
  const active = contacts.filter((c) => isActiveContact(c, now, windowDays));
  const activeIds = new Set(active.map((c) => c.id));
  const present = contacts.filter((c) => isPresent(c, now));

  const decisionMakers = present.filter((c) => c.buyingRole === 'decision_maker');
  const coveredDecisionMakers = decisionMakers.filter((c) => activeIds.has(c.id)).length;
  const supporters = active.filter((c) => c.attitude === 'supporter').length;
  const unreachedOpponents = present.filter((c) => c.attitude === 'opponent' && !activeIds.has(c.id)).length;
  const levels = distinctLevels(active);
  const departments = distinctDepartments(active);

  const shares: Record<CoveragePart, number> = {
    contactPoints: fill(active.length, targets.contactPoints),
    levels: fill(levels, targets.levels),
    departments: fill(departments, targets.departments),
    // An unknown decision maker is not coverage, however many others we know.
    decisionMakers: decisionMakers.length === 0 ? 0 : coveredDecisionMakers / decisionMakers.length,
    attitude: supporters === 0 ? 0 : fill(supporters, targets.supporters) * (supporters / (supporters + unreachedOpponents)),
  };
  const totalWeight = coverageParts.reduce((sum, part) => sum + weights[part], 0);
  const points = (part: CoveragePart) => (totalWeight === 0 ? 0 : (100 * weights[part] * shares[part]) / totalWeight);
  const params = (part: CoveragePart) => ({
    points: oneDecimal(points(part)),
    maxPoints: oneDecimal(totalWeight === 0 ? 0 : (100 * weights[part]) / totalWeight),
  });

  const reasons = [
    powerMapReason('coverage_contact_points', active.length >= targets.contactPoints, {
      input: active.length,
      threshold: targets.contactPoints,
      params: { ...params('contactPoints'), windowDays },
    }),
    powerMapReason('coverage_levels', levels >= targets.levels, {
      input: levels,
      threshold: targets.levels,
      params: params('levels'),
    }),
    powerMapReason('coverage_departments', departments >= targets.departments, {
      input: departments,
      threshold: targets.departments,
      params: params('departments'),
    }),
    powerMapReason('coverage_decision_makers', decisionMakers.length > 0 && coveredDecisionMakers === decisionMakers.length, {
      input: coveredDecisionMakers,
      threshold: decisionMakers.length,
      params: params('decisionMakers'),
    }),
    powerMapReason('coverage_attitude', supporters >= targets.supporters && unreachedOpponents === 0, {
      input: supporters,
      threshold: targets.supporters,
      params: { ...params('attitude'), unreachedOpponents },
    }),
  ];
  const total = coverageParts.reduce((sum, part) => sum + points(part), 0);
  return { value: Math.min(100, Math.max(0, Math.round(total))), reasons };
}
