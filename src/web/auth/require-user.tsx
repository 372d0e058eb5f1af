import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useCurrentUser } from './use-current-user.ts';

/** Pages behind it need a signed-in user; others go to the login page and come back. */
export function RequireUser() {
  const me = useCurrentUser();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
