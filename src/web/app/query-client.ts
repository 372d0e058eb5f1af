import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { currentUserKey } from '../auth/use-current-user.ts';
import { isApiError } from './api.ts';

/** When the session ends mid-work, any call answers auth.required: forget the user so the guard shows the login page. */
function onAuthLost(err: unknown): void {
  if (isApiError(err, 'auth.required')) queryClient.setQueryData(currentUserKey, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAuthLost }),
  mutationCache: new MutationCache({ onError: onAuthLost }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (not found, forbidden, validation) will not heal by retrying.
      retry: (failures, err) => failures < 2 && !(isApiError(err) && err.status >= 400 && err.status < 500),
    },
  },
});
