import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import type { Board, BoardTag, Targets } from './playbook-types.ts';

export const boardKeys = {
  board: (tag: BoardTag) => ['boards', tag] as const,
  targets: (year: number) => ['boards', 'targets', year] as const,
};

/** The accounts in my scope whose tag in force is `tag`, each with its playbook. */
export function useBoard(tag: BoardTag) {
  return useQuery({ queryKey: boardKeys.board(tag), queryFn: ({ signal }) => api<Board>(`/boards/${tag}`, { signal }) });
}

/** 硬任务: each rep's benchmark target for the year, candidates and progress. */
export function useBenchmarkTargets(year: number) {
  return useQuery({
    queryKey: boardKeys.targets(year),
    queryFn: ({ signal }) => api<Targets>('/benchmark-targets', { query: { year }, signal }),
  });
}

export function useSaveTarget(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, ...body }: { userId: string; target?: number; candidateAccountIds: string[] }) =>
      api(`/benchmark-targets/${userId}/${year}`, { method: 'PUT', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: boardKeys.targets(year) }),
  });
}

/** 阶段区分: the stage of a regional market decides whether nails come first. */
export function useSetMarketStage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ regionId, marketStage }: { regionId: string; marketStage: string }) =>
      api(`/regions/${regionId}/market-stage`, { method: 'PUT', body: { marketStage } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['regions'] });
      void client.invalidateQueries({ queryKey: ['boards'] });
    },
  });
}
