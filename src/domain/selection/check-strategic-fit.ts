import { type Judgement, type Reason, reason } from '../reason.ts';
import { type Attestation, attestationReason, attestationsFor } from './attestation.ts';
import type { StrategicIntent } from './settings.ts';

/**
 * Strategic-fit criterion (与公司战略意图相匹配): met when the account's industry is
 * one of the company's strategic industries, or someone attested that it serves a
 * strategic intent (a benchmark in apparel, a national warehouse network…).
 *
 * The latest attestation decides in either direction. An attestation naming an
 * intent the company no longer holds does not count: the strategy moved on.
 */
export function checkStrategicFit(options: {
  industry: string | null;
  attestations: readonly Attestation[];
  strategicIndustries: readonly string[];
  strategicIntents: readonly StrategicIntent[];
  now: Date;
}): Judgement<boolean> {
  const { industry, attestations, strategicIndustries, strategicIntents, now } = options;
  const industryMet = industry !== null && strategicIndustries.includes(industry);
  const reasons: Reason[] = [
    industry === null
      ? reason('strategic_fit.industry_unknown', false, { threshold: [...strategicIndustries] })
      : reason('strategic_fit.industry', industryMet, { input: industry, threshold: [...strategicIndustries] }),
  ];

  const knownIntents = new Set(strategicIntents.map((i) => i.id));
  const counted = attestationsFor({ attestations, criterion: 'strategic_fit', now }).filter((a) => {
    if (a.intentId === undefined || knownIntents.has(a.intentId)) return true;
    reasons.push(
      reason('strategic_fit.unknown_intent', false, {
        input: a.intentId,
        threshold: [...knownIntents],
        params: { note: a.note },
      }),
    );
    return false;
  });

  const latest = counted[0];
  if (latest) {
    const value = latest.effect === 'for';
    const intent = strategicIntents.find((i) => i.id === latest.intentId);
    const named = intent ? { intentId: intent.id, intent_en: intent.name_en, intent_zh: intent.name_zh } : {};
    reasons.push(attestationReason('strategic_fit', latest, value, named));
    return { value, reasons };
  }
  return { value: industryMet, reasons };
}
