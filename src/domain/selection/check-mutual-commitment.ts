import { type Judgement, type Reason, reason } from '../reason.ts';
import { type Attestation, attestationReason, attestationsFor } from './attestation.ts';
import { isoDay, monthsBefore } from './calendar.ts';

/** Something the customer did that shows cooperation is mutual. */
export interface CommitmentEvent {
  /** An executive-to-executive meeting that took place, or resources the customer put into a joint project. */
  kind: 'executive_meeting' | 'joint_investment';
  occurredAt: Date;
}

/**
 * Mutual-commitment criterion (对于双方合作的意向度): cooperation is mutual, not "a
 * barber's pole hot at one end" (剃头挑子一头热). Only the last `windowMonths` count.
 *
 * Evidence has two strengths. Events (an executive meeting held, the customer
 * investing in a joint project) and recorded refusals (an `against` attestation,
 * e.g. "their executives declined to meet ours") are facts about the customer;
 * a `for` attestation is our opinion. So:
 * - with a refusal in the window, the criterion is met only if an event happened
 *   after the latest refusal (they came round); earlier events and any `for`
 *   attestation do not outweigh it;
 * - without a refusal, any event or `for` attestation in the window meets it.
 */
export function checkMutualCommitment(options: {
  events: readonly CommitmentEvent[];
  attestations: readonly Attestation[];
  windowMonths: number;
  now: Date;
}): Judgement<boolean> {
  const { events, attestations, windowMonths, now } = options;
  const since = monthsBefore(now, windowMonths);
  const inWindow = events
    .filter((e) => e.occurredAt.getTime() >= since.getTime() && e.occurredAt.getTime() <= now.getTime())
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
  const attested = attestationsFor({ attestations, criterion: 'mutual_commitment', now, since });
  const refusal = attested.find((a) => a.effect === 'against');
  const support = attested.find((a) => a.effect === 'for');

  const reasons: Reason[] = (['executive_meeting', 'joint_investment'] as const).map((kind) => {
    const ofKind = inWindow.filter((e) => e.kind === kind);
    const latest = ofKind[0];
    return reason(`mutual_commitment.${kind}`, ofKind.length > 0, {
      input: ofKind.length,
      threshold: 1,
      params: { windowMonths, since: isoDay(since), latest: latest ? isoDay(latest.occurredAt) : null },
    });
  });

  if (refusal) {
    const after = inWindow.find((e) => e.occurredAt.getTime() > refusal.attestedAt.getTime());
    reasons.push(attestationReason('mutual_commitment', refusal, false, { windowMonths }));
    reasons.push(
      reason('mutual_commitment.refusal_overcome', after !== undefined, {
        input: after ? isoDay(after.occurredAt) : null,
        threshold: isoDay(refusal.attestedAt),
        params: { kind: after?.kind ?? null },
      }),
    );
    if (support) {
      reasons.push(
        reason('mutual_commitment.opinion_outweighed', false, {
          input: isoDay(support.attestedAt),
          params: { note: support.note },
        }),
      );
    }
    return { value: after !== undefined, reasons };
  }

  if (support) reasons.push(attestationReason('mutual_commitment', support, true, { windowMonths }));
  return { value: inWindow.length > 0 || support !== undefined, reasons };
}
