import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import { accountKeys } from '../accounts/use-accounts.ts';
import type { Judged } from '../cockpit/organisation-types.ts';

export interface PlanAction {
  id: string;
  what: string;
  ownerId: string | null;
  ownerName: string | null;
  ownerNameZh: string | null;
  dueOn: string;
  doneAt: string | null;
  createdAt: string;
  overdue: boolean;
}

export interface PlanFields {
  goals: { revenue: number | null; revenueGrowth: number | null; benchmark: string | null; solution: string | null };
  targetLevel: number | null;
  levelMover: string | null;
  knowOurselves: string | null;
  knowCustomer: string | null;
  knowIndustry: string | null;
  knowCompetitors: string | null;
}

export interface Plan extends PlanFields {
  accountId: string;
  reviewedAt: string | null;
  updatedAt: string;
  version: number;
  actions: PlanAction[];
}

/** GET /api/accounts/:id/plan */
export interface PlanResponse {
  tier: string | null;
  currentLevel: number | null;
  reviewDays: number;
  plan: Plan | null;
  flags: Judged<{
    overdueActionIds: string[];
    reviewOverdue: boolean;
    missingLevelMover: boolean;
    missingGoalsBeyondRevenue: boolean;
    missingKnowSections: string[];
    flagged: boolean;
  }> | null;
}

const key = (accountId: string) => accountKeys.part(accountId, 'plan');

export function useAccountPlan(accountId: string) {
  return useQuery({ queryKey: key(accountId), queryFn: ({ signal }) => api<PlanResponse>(`/accounts/${accountId}/plan`, { signal }) });
}

/** Every change answers with the whole plan and its flags: the cache takes it as it is. */
function usePlanMutation<V>(accountId: string, request: (vars: V) => Promise<PlanResponse | undefined>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (plan) => {
      if (plan) client.setQueryData(key(accountId), plan);
      else void client.invalidateQueries({ queryKey: key(accountId) });
    },
  });
}

export const useSavePlan = (accountId: string) =>
  usePlanMutation(accountId, (body: PlanFields & { version?: number }) => api<PlanResponse>(`/accounts/${accountId}/plan`, { method: 'PUT', body }));

export const useReviewPlan = (accountId: string) =>
  usePlanMutation(accountId, (version: number) => api<PlanResponse>(`/accounts/${accountId}/plan/review`, { method: 'POST', body: { version } }));

export const useAddPlanAction = (accountId: string) =>
  usePlanMutation(accountId, (body: { what: string; ownerId: string | null; dueOn: string }) =>
    api<PlanResponse>(`/accounts/${accountId}/plan/actions`, { method: 'POST', body }),
  );

export const useChangePlanAction = (accountId: string) =>
  usePlanMutation(accountId, ({ id, changes }: { id: string; changes: { done?: boolean } }) =>
    api<PlanResponse>(`/accounts/${accountId}/plan/actions/${id}`, { method: 'PATCH', body: changes }),
  );

export const useDeletePlanAction = (accountId: string) =>
  usePlanMutation(accountId, (id: string) => api<undefined>(`/accounts/${accountId}/plan/actions/${id}`, { method: 'DELETE' }));

export function useReloadPlan(accountId: string) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: key(accountId) });
}
