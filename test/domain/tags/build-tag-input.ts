import type { TagInput } from '../../../src/domain/tags/tag-input.ts';

export const NOW = new Date('2026-06-15T12:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

export function daysAgo(days: number, now: Date = NOW): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** An account that qualifies for no tag: no scores, no wallet, no signals. */
export function quietAccount(overrides: Partial<TagInput> = {}): TagInput {
  return {
    now: NOW,
    scores: { influence: null, satisfaction: null, cooperation: null },
    walletCny: null,
    ourShare: null,
    lastProgressAt: null,
    monthlyRevenue: [],
    openComplaints: 0,
    contactsLeft: [],
    competitorActivity: [],
    visits: [],
    payment: null,
    levelHistory: [],
    ...overrides,
  };
}

/** Benchmark-grade scores: influence, satisfaction and cooperation all high. */
export const HIGH_SCORES = { influence: 5, satisfaction: 5, cooperation: 5 };

/** Nail inputs: large wallet, low share, no progress for a year. */
export const NAIL_FACTS: Partial<TagInput> = {
  walletCny: 50_000_000,
  ourShare: 0.05,
  lastProgressAt: daysAgo(365),
};

/** A dangerous fact on its own: an open complaint. */
export const DANGER_FACTS: Partial<TagInput> = { openComplaints: 2 };
