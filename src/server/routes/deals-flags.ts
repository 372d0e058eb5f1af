import type { z } from 'zod';
import type { DealEvidence, StoredDeal } from '../../db/repositories/deals.ts';
import type { DealSettings } from '../../domain/deals/settings.ts';
import { judgeDeal } from './deals-judgements.ts';
import type { dealFlagsView } from './deals-library.schema.ts';

type DealFlags = z.infer<typeof dealFlagsView>;

/**
 * The flags of an account's deals, for the account page: a solution deal out of step
 * with its customer, one past solution design without its delivery team, and
 * onboarding (磨合期) issues left open past their due day. Deals with nothing wrong
 * are left out.
 */
export function dealFlags(options: { deals: StoredDeal[]; evidence: DealEvidence; settings: DealSettings; now: Date }): DealFlags {
  const { deals, evidence, settings, now } = options;
  const items: DealFlags['items'] = [];
  for (const deal of deals) {
    const mine = <T extends { dealId: string }>(rows: T[]) => rows.filter((r) => r.dealId === deal.id);
    const j = judgeDeal({ deal, signals: mine(evidence.signals), team: mine(evidence.team), issues: mine(evidence.issues), settings, now });
    const flags: DealFlags['items'][number]['flags'] = [];
    if (j.alignment?.mismatch) flags.push({ kind: 'stage_mismatch', reasons: j.alignment.reasons });
    if (j.deliveryTeam?.flagged) flags.push({ kind: 'delivery_team_missing', reasons: j.deliveryTeam.reasons });
    if (j.overdue.value.length > 0) flags.push({ kind: 'onboarding_overdue', reasons: j.overdue.reasons });
    if (flags.length > 0) items.push({ dealId: deal.id, name: deal.name, nameZh: deal.nameZh, kind: deal.kind, stage: deal.stage, flags });
  }
  return { items, total: items.reduce((sum, item) => sum + item.flags.length, 0) };
}
