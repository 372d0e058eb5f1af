import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import { accountKeys } from '../accounts/use-accounts.ts';
import type { AccountPlaybook } from '../tag-boards/playbook-types.ts';
import type { Attestation, JudgementResponse, LevelAssessment, Score, TagDecision } from './judgement-types.ts';

export const judgementKeys = {
  judgement: (accountId: string) => accountKeys.part(accountId, 'judgement'),
  records: (accountId: string, kind: string) => accountKeys.part(accountId, kind),
  playbook: (accountId: string) => accountKeys.part(accountId, 'playbook'),
};

/** The account's whole judgement with the history of its tier, tag and level. */
export function useJudgement(accountId: string) {
  return useQuery({
    queryKey: judgementKeys.judgement(accountId),
    queryFn: ({ signal }) => api<JudgementResponse>(`/accounts/${accountId}/judgement`, { signal }),
  });
}

function useRecords<T>(accountId: string, kind: string) {
  return useQuery({
    queryKey: judgementKeys.records(accountId, kind),
    queryFn: async ({ signal }) => (await api<{ items: T[] }>(`/accounts/${accountId}/${kind}`, { signal })).items,
  });
}

export const useAttestations = (accountId: string) => useRecords<Attestation>(accountId, 'attestations');
export const useTagDecisions = (accountId: string) => useRecords<TagDecision>(accountId, 'tag-decisions');
export const useLevelAssessments = (accountId: string) => useRecords<LevelAssessment>(accountId, 'level-assessments');
export const useScores = (accountId: string) => useRecords<Score>(accountId, 'scores');

export function useAccountPlaybook(accountId: string) {
  return useQuery({
    queryKey: judgementKeys.playbook(accountId),
    queryFn: ({ signal }) => api<AccountPlaybook>(`/accounts/${accountId}/playbook`, { signal }),
  });
}

export type RecordKind = 'attestations' | 'tag-decisions' | 'level-assessments' | 'scores' | 'playbook-records';

/**
 * Record something on the account. The server re-judges the account in the same
 * write, so everything judged about it (and the lists and boards) is read again.
 */
export function useRecordOnAccount(accountId: string, kind: RecordKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => api<{ id: string }>(`/accounts/${accountId}/${kind}`, { method: 'POST', body }),
    onSuccess: () => refreshAccountJudgement(client, accountId),
  });
}

/** Move a playbook record along (an action done, a case asset ready). */
export function usePlaybookStatus(accountId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ recordId, status }: { recordId: string; status: string }) =>
      api<{ id: string }>(`/accounts/${accountId}/playbook-records/${recordId}`, { method: 'PATCH', body: { status } }),
    onSuccess: () => refreshAccountJudgement(client, accountId),
  });
}

export function refreshAccountJudgement(client: ReturnType<typeof useQueryClient>, accountId: string) {
  void client.invalidateQueries({ queryKey: accountKeys.one(accountId) });
  void client.invalidateQueries({ queryKey: ['accounts', 'list'] });
  void client.invalidateQueries({ queryKey: ['boards'] });
  void client.invalidateQueries({ queryKey: ['pool'] });
}
