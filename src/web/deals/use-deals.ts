import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import type { ActionResult, DealCatalogue, DealDetail, DealFlags, DealSummary, RankedProof } from './deal-types.ts';

export const dealKeys = {
  all: ['deals'] as const,
  board: (kind: string) => ['deals', 'board', kind] as const,
  account: (accountId: string) => ['deals', 'account', accountId] as const,
  flags: (accountId: string) => ['deals', 'flags', accountId] as const,
  one: (accountId: string, dealId: string) => ['deals', 'one', accountId, dealId] as const,
  catalogue: ['deals', 'catalogue'] as const,
  library: (query: object) => ['deals', 'library', query] as const,
};

const dealPath = (accountId: string, dealId: string) => `/accounts/${accountId}/deals/${dealId}`;

/** Deals in my scope of one kind, for a board. */
export function useDealBoard(kind: 'solution' | 'standard') {
  return useQuery({
    queryKey: dealKeys.board(kind),
    queryFn: async ({ signal }) => (await api<{ items: DealSummary[] }>('/deals', { query: { kind }, signal })).items,
  });
}

export function useAccountDeals(accountId: string) {
  return useQuery({
    queryKey: dealKeys.account(accountId),
    queryFn: async ({ signal }) =>
      (await api<{ items: DealSummary[] }>(`/accounts/${accountId}/deals`, { query: { includeLost: true }, signal })).items,
  });
}

export function useDealFlags(accountId: string) {
  return useQuery({
    queryKey: dealKeys.flags(accountId),
    queryFn: ({ signal }) => api<DealFlags>(`/accounts/${accountId}/deal-flags`, { signal }),
  });
}

export function useDeal(accountId: string, dealId: string) {
  return useQuery({
    queryKey: dealKeys.one(accountId, dealId),
    queryFn: ({ signal }) => api<DealDetail>(dealPath(accountId, dealId), { signal }),
  });
}

/** The company's signal and action catalogues and the playbook; they change only with the settings. */
export function useDealCatalogue() {
  return useQuery({
    queryKey: dealKeys.catalogue,
    queryFn: ({ signal }) => api<DealCatalogue>('/deals/catalogue', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useProofSuggestions(accountId: string, dealId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['deals', 'one', accountId, dealId, 'proof-suggestions'],
    queryFn: async ({ signal }) =>
      (await api<{ items: RankedProof[] }>(`${dealPath(accountId, dealId)}/proof-suggestions`, { signal })).items,
    enabled,
  });
}

export function useProofLibrary(query: { industry?: string; serviceLines?: string; kind?: string; q?: string }, enabled = true) {
  return useQuery({
    queryKey: dealKeys.library(query),
    queryFn: async ({ signal }) => (await api<{ items: RankedProof[] }>('/proof-assets', { query, signal })).items,
    enabled,
  });
}

/**
 * Any change made on a deal: the server answers with the deal page as it now stands,
 * which replaces the cached one; boards and account flags are refreshed behind it.
 */
export function useDealChange(accountId: string, dealId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: { method: 'POST' | 'PATCH' | 'DELETE'; path: string; body?: unknown; query?: Record<string, string> }) =>
      api<DealDetail>(`${dealPath(accountId, dealId)}${change.path}`, { method: change.method, body: change.body, query: change.query }),
    onSuccess: (deal) => {
      client.setQueryData(dealKeys.one(accountId, dealId), deal);
      void client.invalidateQueries({ queryKey: ['deals', 'board'] });
      void client.invalidateQueries({ queryKey: dealKeys.account(accountId) });
      void client.invalidateQueries({ queryKey: dealKeys.flags(accountId) });
    },
  });
}

/** Log an action (checked and kept), or only ask what the check would say. */
export function useDealAction(accountId: string, dealId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { action: string; occurredAt?: string; note?: string | null; dryRun: boolean }) => {
      const { dryRun, ...body } = input;
      return api<ActionResult>(`${dealPath(accountId, dealId)}/actions`, { method: 'POST', body, query: { dryRun } });
    },
    onSuccess: (result) => {
      if (result.action) void client.invalidateQueries({ queryKey: dealKeys.one(accountId, dealId) });
    },
  });
}

/** Move a deal to another stage with the version it was read at. */
export function useMoveDeal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (move: { accountId: string; dealId: string; stage: string; version: number }) =>
      api<DealDetail>(`${dealPath(move.accountId, move.dealId)}/stage`, {
        method: 'POST',
        body: { stage: move.stage, version: move.version },
      }),
    onSuccess: (deal) => {
      client.setQueryData(dealKeys.one(deal.accountId, deal.id), deal);
      void client.invalidateQueries({ queryKey: ['deals', 'board'] });
      void client.invalidateQueries({ queryKey: dealKeys.account(deal.accountId) });
      void client.invalidateQueries({ queryKey: dealKeys.flags(deal.accountId) });
    },
  });
}

export function useCreateDeal(accountId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fields: object) => api<DealDetail>(`/accounts/${accountId}/deals`, { method: 'POST', body: fields }),
    onSuccess: (deal) => {
      client.setQueryData(dealKeys.one(accountId, deal.id), deal);
      void client.invalidateQueries({ queryKey: dealKeys.all });
    },
  });
}
