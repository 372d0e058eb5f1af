import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountKeys } from '../accounts/use-accounts.ts';
import { api } from '../app/api.ts';
import type { ContactFields } from './person-form-values.ts';
import type { MapPerson, MapRelation, PowerMapData } from './power-map-types.ts';

export const powerMapKey = (accountId: string) => accountKeys.part(accountId, 'power-map');

export function usePowerMap(accountId: string) {
  return useQuery({
    queryKey: powerMapKey(accountId),
    queryFn: ({ signal }) => api<PowerMapData>(`/accounts/${accountId}/power-map`, { signal }),
  });
}

/** After any edit the gaps and the coverage score change too, so the whole map is read again. */
function useMapMutation<Input, Output>(accountId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      void client.invalidateQueries({ queryKey: accountKeys.part(accountId, 'contacts') });
      await client.invalidateQueries({ queryKey: powerMapKey(accountId) });
    },
  });
}

/** Add a person, or save the edit of one (with the version read: a concurrent edit is a conflict). */
export function useSavePerson(accountId: string) {
  return useMapMutation(accountId, (input: { id?: string; version?: number; fields: ContactFields }) =>
    input.id
      ? api<MapPerson>(`/accounts/${accountId}/contacts/${input.id}`, {
          method: 'PATCH',
          body: { ...input.fields, version: input.version },
        })
      : api<MapPerson>(`/accounts/${accountId}/contacts`, { method: 'POST', body: input.fields }),
  );
}

export interface NewRelation {
  scope: 'contact' | 'department';
  from: string;
  to: string;
  kind: MapRelation['kind'];
  strength: number;
  note: string | null;
}

export function useAddRelation(accountId: string) {
  return useMapMutation(accountId, ({ scope, from, to, ...rest }: NewRelation) =>
    api<MapRelation>(`/accounts/${accountId}/relations`, {
      method: 'POST',
      body:
        scope === 'contact'
          ? { scope, fromContactId: from, toContactId: to, ...rest }
          : { scope, fromDepartment: from, toDepartment: to, ...rest },
    }),
  );
}

export function useUpdateRelation(accountId: string) {
  return useMapMutation(accountId, ({ id, ...changes }: Pick<MapRelation, 'id' | 'version' | 'kind' | 'strength' | 'note'>) =>
    api<MapRelation>(`/accounts/${accountId}/relations/${id}`, { method: 'PATCH', body: changes }),
  );
}

export function useDeleteRelation(accountId: string) {
  return useMapMutation(accountId, (id: string) => api<void>(`/accounts/${accountId}/relations/${id}`, { method: 'DELETE' }));
}
