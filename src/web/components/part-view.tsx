import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyNote } from './empty-state.tsx';
import { ErrorAlert } from './error-alert.tsx';
import { PageLoader } from './page-loader.tsx';

interface PartViewProps<T> {
  query: UseQueryResult<T[]>;
  empty: string;
  children: (items: T[]) => React.ReactNode;
}

/** A list fetched on its own: loading, failure and emptiness handled the same way everywhere. */
export function PartView<T>({ query, empty, children }: PartViewProps<T>) {
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.length === 0) return <EmptyNote>{empty}</EmptyNote>;
  return <>{children(query.data)}</>;
}
