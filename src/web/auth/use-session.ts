import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import { currentUserKey } from './use-current-user.ts';
import type { CurrentUser } from './user.ts';

export interface Credentials {
  email: string;
  password: string;
}

/** Sign in; on success the current user is known at once. */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => api<{ user: CurrentUser }>('/auth/login', { method: 'POST', body: credentials }),
    onSuccess: ({ user }) => {
      client.clear();
      client.setQueryData(currentUserKey, user);
    },
  });
}

/** Sign out and drop everything cached for the previous user. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/auth/logout', { method: 'POST' }),
    onSettled: () => {
      client.clear();
      client.setQueryData(currentUserKey, null);
    },
  });
}
