import { z } from 'zod';
import { type Reason, reason } from '../reason.ts';
import { isoDay } from './calendar.ts';
import { CRITERIA, type Criterion } from './criterion.ts';

/**
 * A person's evidence for or against a selection criterion, e.g. "their executives
 * declined to meet ours" (against mutual commitment). The note is the evidence, so
 * it may not be blank.
 */
export const attestationSchema = z.object({
  criterion: z.enum(CRITERIA),
  effect: z.enum(['for', 'against']),
  note: z.string().trim().min(1),
  attestedAt: z.date(),
  /** For strategic fit: which of the company's strategic intents the account serves. */
  intentId: z.string().min(1).optional(),
});
export type Attestation = z.infer<typeof attestationSchema>;

/**
 * The attestations on one criterion that count at `now`, newest first. Blank notes
 * carry no evidence and future-dated ones did not exist yet, so neither counts;
 * `since` limits them to a window.
 */
export function attestationsFor(options: {
  attestations: readonly Attestation[];
  criterion: Criterion;
  now: Date;
  since?: Date;
}): Attestation[] {
  const { attestations, criterion, now, since } = options;
  return attestations
    .filter(
      (a) =>
        a.criterion === criterion &&
        a.note.trim() !== '' &&
        a.attestedAt.getTime() <= now.getTime() &&
        (since === undefined || a.attestedAt.getTime() >= since.getTime()),
    )
    .sort((a, b) => b.attestedAt.getTime() - a.attestedAt.getTime());
}

/** The reason line for one attestation, naming its effect, note and date. */
export function attestationReason(
  criterion: Criterion,
  attestation: Attestation,
  met: boolean,
  extra: Record<string, unknown> = {},
): Reason {
  return reason(`${criterion}.attested_${attestation.effect}`, met, {
    input: attestation.effect,
    params: { note: attestation.note, date: isoDay(attestation.attestedAt), ...extra },
  });
}
