/**
 * /truong-cua-toi → the page of the user's own organisation.
 */
import { useEffect } from 'react';
import { Loading } from '../../components/Feedback.tsx';
import { navigate } from '../../lib/router.tsx';
import { useMe } from '../../session/SessionContext.tsx';

export function MySchoolRedirect() {
  const me = useMe();
  useEffect(
    () => navigate(`/to-chuc/${encodeURIComponent(me.organisation.id)}`, { replace: true }),
    [me.organisation.id],
  );
  return <Loading />;
}
