import { Navigate } from 'react-router';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { homePathFor } from './navigation.ts';

/** The index route: sends the signed-in user to their own starting page. */
export function HomeRedirect() {
  const me = useCurrentUser();
  return <Navigate to={homePathFor(me.data?.role)} replace />;
}
