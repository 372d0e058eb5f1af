import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Tier } from '../../domain/catalog.ts';
import { api } from '../app/api.ts';
import type { Judged, Reason } from '../judgements/judgement-types.ts';

export interface PoolAccount {
  accountId: string;
  name: string;
  nameZh: string | null;
  industry: string;
  regionId: string | null;
  ownerId: string | null;
  tag: string;
  officialLevel: number | null;
  paymentTrap: boolean;
  evaluatedAt: string;
}

export interface CurrentPool {
  accounts: PoolAccount[];
  count: number;
  max: number;
  poolSizeWarning: Judged<boolean>;
  reviewDue: Judged<{ due: boolean; dueAt: string }>;
}

export interface PoolReview {
  id: string;
  takenAt: string;
  settingsVersion: number | null;
  note: string | null;
  takenByName: string | null;
  takenByNameZh: string | null;
  summary: {
    accounts: number;
    tiers: Record<Tier, number>;
    paymentTrapFlagged: number;
    strategicPoolMax: number;
    poolSizeWarning: Judged<boolean>;
  };
}

export interface SnapshotEntry {
  accountId: string;
  tier: Tier;
  criteria: Record<string, boolean>;
  paymentTrap?: boolean;
  name: string | null;
  nameZh: string | null;
}

export interface PoolChange {
  accountId: string;
  name: string | null;
  nameZh: string | null;
  before: SnapshotEntry | null;
  after: SnapshotEntry | null;
  changedCriteria: { criterion: string; before: boolean | null; after: boolean | null }[];
  reasons: Reason[];
}

export interface PoolReviewDetail {
  review: PoolReview;
  previous: { id: string; takenAt: string } | null;
  pool: SnapshotEntry[];
  diff: { entered: PoolChange[]; left: PoolChange[]; stayed: string[]; moved: PoolChange[]; movedCount: number; reasons: Reason[] };
}

export const poolKeys = {
  current: ['pool', 'current'] as const,
  reviews: ['pool', 'reviews'] as const,
  review: (id: string) => ['pool', 'reviews', id] as const,
};

/** The strategic pool (战略客户池) now: its accounts in my scope and the company-wide count against the maximum. */
export function useCurrentPool() {
  return useQuery({ queryKey: poolKeys.current, queryFn: ({ signal }) => api<CurrentPool>('/pool', { signal }) });
}

export function usePoolReviews(enabled: boolean) {
  return useQuery({
    queryKey: poolKeys.reviews,
    queryFn: ({ signal }) => api<{ items: PoolReview[]; due: Judged<{ due: boolean; dueAt: string }> }>('/pool-reviews', { signal }),
    enabled,
  });
}

export function usePoolReview(id: string | null) {
  return useQuery({
    queryKey: poolKeys.review(id ?? ''),
    queryFn: ({ signal }) => api<PoolReviewDetail>(`/pool-reviews/${id}`, { signal }),
    enabled: id !== null,
  });
}

/** Take a dated snapshot of the pool; the portfolio is re-judged first. */
export function useTakePoolReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (note: string) => api<PoolReview>('/pool-reviews', { method: 'POST', body: note ? { note } : {} }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['pool'] });
      void client.invalidateQueries({ queryKey: ['accounts'] });
    },
  });
}
