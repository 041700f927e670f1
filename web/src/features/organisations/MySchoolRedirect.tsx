/**
 * /truong-cua-toi → the page of the user's own organisation.
 */
import { Navigate } from 'react-router';
import { useMe } from '../../session/SessionContext.tsx';

export function MySchoolRedirect() {
  const me = useMe();
  return <Navigate to={`/to-chuc/${encodeURIComponent(me.organisation.id)}`} replace />;
}
