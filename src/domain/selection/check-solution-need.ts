import { type Judgement, type Reason, reason } from '../reason.ts';
import { type Attestation, attestationReason, attestationsFor } from './attestation.ts';

export interface OpenOpportunity {
  id: string;
  /** A solution deal runs the dual track; a standard one runs LTC. */
  kind: 'standard' | 'solution';
}

/**
 * Solution-need criterion (具有解决方案需求): the customer needs a solution, not one
 * standard product. Met when it uses at least `minServiceLines` of our service
 * lines, or has an open solution-type opportunity, or someone attested it.
 *
 * The latest attestation, when there is one, decides in either direction: a person
 * who looked can say that two service lines are just two commodity purchases, or
 * that a one-line customer is asking for an integrated supply chain.
 */
export function checkSolutionNeed(options: {
  serviceLines: readonly string[];
  openOpportunities: readonly OpenOpportunity[];
  attestations: readonly Attestation[];
  minServiceLines: number;
  now: Date;
}): Judgement<boolean> {
  const { serviceLines, openOpportunities, attestations, minServiceLines, now } = options;
  const distinctLines = [...new Set(serviceLines)].sort();
  const linesMet = distinctLines.length >= minServiceLines;
  const solutionDeals = openOpportunities.filter((o) => o.kind === 'solution').map((o) => o.id);
  const dealMet = solutionDeals.length > 0;

  const reasons: Reason[] = [
    reason('solution_need.service_lines', linesMet, {
      input: distinctLines.length,
      threshold: minServiceLines,
      params: { serviceLines: distinctLines },
    }),
    reason('solution_need.solution_opportunity', dealMet, {
      input: solutionDeals.length,
      threshold: 1,
      params: { opportunityIds: solutionDeals },
    }),
  ];

  const latest = attestationsFor({ attestations, criterion: 'solution_need', now })[0];
  if (latest) {
    const value = latest.effect === 'for';
    reasons.push(attestationReason('solution_need', latest, value));
    return { value, reasons };
  }
  return { value: linesMet || dealMet, reasons };
}
