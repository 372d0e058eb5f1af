import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api.ts';

export type SettingsDocument = Record<string, Record<string, unknown>>;

export interface SettingsVersion {
  version: number;
  document: SettingsDocument;
  note: string | null;
  createdAt: string | null;
  createdBy: { id: string; name: string; nameZh: string | null } | null;
}

export interface SettingsHistoryItem {
  version: number;
  note: string | null;
  createdAt: string;
  createdBy: { id: string; name: string; nameZh: string | null } | null;
}

/** A JSON Schema node, as z.toJSONSchema writes the settings document's. */
export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: (string | number)[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  description?: string;
  anyOf?: SchemaNode[];
}

export const settingsKeys = {
  current: ['settings', 'current'] as const,
  versions: ['settings', 'versions'] as const,
  version: (v: number) => ['settings', 'versions', v] as const,
  schema: ['settings', 'schema'] as const,
};

/** The company settings in force (every judgement names the version it used). */
export function useSettings() {
  return useQuery({
    queryKey: settingsKeys.current,
    queryFn: ({ signal }) => api<SettingsVersion>('/settings', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useSettingsVersions() {
  return useQuery({
    queryKey: settingsKeys.versions,
    queryFn: async ({ signal }) => (await api<{ items: SettingsHistoryItem[] }>('/settings/versions', { signal })).items,
  });
}

export function useSettingsVersion(version: number | null) {
  return useQuery({
    queryKey: settingsKeys.version(version ?? 0),
    queryFn: ({ signal }) => api<SettingsVersion>(`/settings/versions/${version}`, { signal }),
    enabled: version !== null,
  });
}

export function useSettingsSchema() {
  return useQuery({
    queryKey: settingsKeys.schema,
    queryFn: ({ signal }) => api<SchemaNode>('/settings/schema', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Judge the whole portfolio again under the settings in force (managers, executives, admins). */
export function useRunEvaluation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ evaluated: number; changed: number; settingsVersion: number }>('/evaluations/run', { method: 'POST' }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['accounts'] });
      void client.invalidateQueries({ queryKey: ['boards'] });
      void client.invalidateQueries({ queryKey: ['pool'] });
    },
  });
}

/** Save a new version; `version` is the one the edit started from, so a newer save meanwhile is a conflict. */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { document: SettingsDocument; note?: string; version: number }) =>
      api<SettingsVersion>('/settings', { method: 'PUT', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['settings'] });
      // Judgements are re-made under the new rules; read them again.
      void client.invalidateQueries({ queryKey: ['accounts'] });
      void client.invalidateQueries({ queryKey: ['boards'] });
      void client.invalidateQueries({ queryKey: ['pool'] });
    },
  });
}
