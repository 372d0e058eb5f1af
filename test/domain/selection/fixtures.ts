import type { Attestation } from '../../../src/domain/selection/attestation.ts';
import type { Criterion } from '../../../src/domain/selection/criterion.ts';

/** A fixed "now" for the selection tests and date helpers around it. */
export const NOW = new Date('2026-06-30T12:00:00Z');
export const DAY = 24 * 60 * 60 * 1000;
export const daysAgo = (days: number, from: Date = NOW): Date => new Date(from.getTime() - days * DAY);

export const attest = (
  criterion: Criterion,
  effect: 'for' | 'against',
  attestedAt: Date,
  extra: Partial<Attestation> = {},
): Attestation => ({ criterion, effect, note: `${effect} ${criterion}`, attestedAt, ...extra });
