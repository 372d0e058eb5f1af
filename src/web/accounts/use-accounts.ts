import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import type { Account, AccountFields, AccountPage } from './account-types.ts';
import type { AccountFilters } from './use-account-filters.ts';

export const pageSize = 25;

export const accountKeys = {
  all: ['accounts'] as const,
  list: (filters: AccountFilters) => ['accounts', 'list', filters] as const,
  one: (id: string) => ['accounts', 'one', id] as const,
  part: (id: string, part: string) => ['accounts', 'one', id, part] as const,
};

/** The accounts list, page by page (cursor paging). */
export function useAccountList(filters: AccountFilters) {
  return useInfiniteQuery({
    queryKey: accountKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api<AccountPage>('/accounts', { query: { ...filters, limit: pageSize, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useAccount(id: string) {
  return useQuery({
    queryKey: accountKeys.one(id),
    queryFn: async ({ signal }) => (await api<{ account: Account }>(`/accounts/${id}`, { signal })).account,
  });
}

/** One of an account's lists (sites, financials, contacts, …). */
export function useAccountPart<T>(id: string, part: string) {
  return useQuery({
    queryKey: accountKeys.part(id, part),
    queryFn: async ({ signal }) => (await api<{ items: T[] }>(`/accounts/${id}/${part}`, { signal })).items,
  });
}

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (fields: Partial<AccountFields> & { reason?: string }) =>
      (await api<{ account: Account }>('/accounts', { method: 'POST', body: fields })).account,
    onSuccess: (account) => {
      client.setQueryData(accountKeys.one(account.id), account);
      void client.invalidateQueries({ queryKey: ['accounts', 'list'] });
    },
  });
}

/** Save changes; `version` is the one the form read, so a concurrent edit is a conflict, not an overwrite. */
export function useUpdateAccount(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (changes: Partial<AccountFields> & { version: number; reason?: string }) =>
      (await api<{ account: Account }>(`/accounts/${id}`, { method: 'PATCH', body: changes })).account,
    onSuccess: (account) => {
      client.setQueryData(accountKeys.one(id), account);
      void client.invalidateQueries({ queryKey: ['accounts', 'list'] });
      void client.invalidateQueries({ queryKey: accountKeys.part(id, 'history') });
    },
  });
}
