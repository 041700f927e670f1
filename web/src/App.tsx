/**
 * Chooses what to show for the current address: the login page, a redirect to it, or the page
 * inside the layout (or the 403 page when the user's role may not open it).
 */
import { useEffect } from 'react';
import { Loading } from './components/Feedback.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { Layout } from './components/Layout.tsx';
import { ForbiddenPage, ServerErrorPage } from './features/errors/ErrorPages.tsx';
import { matchPath, navigate, useLocation } from './lib/router.tsx';
import { LOGIN_PATH, canOpen, findRoute } from './routes.tsx';
import { CurrentOrganisationProvider } from './session/CurrentOrganisationContext.tsx';
import { useSession } from './session/SessionContext.tsx';

const APP_NAME = 'TCT';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

export function App() {
  const location = useLocation();
  const { state } = useSession();
  const { route, params } = findRoute(location.pathname, matchPath);

  useEffect(() => {
    document.title = `${route.label} — ${APP_NAME}`;
  }, [route.label]);

  if (state.status === 'loading') {
    return (
      <div className="centered-page">
        <Loading label="Đang kiểm tra phiên làm việc…" />
      </div>
    );
  }

  if (state.status === 'unavailable') {
    return (
      <div className="centered-page">
        <ServerErrorPage message={`Không kết nối được tới máy chủ: ${state.message}`} />
      </div>
    );
  }

  if (route.public)
    return (
      <ErrorBoundary resetKey={location.pathname} fallback={<ServerErrorPage />}>
        {route.element(params)}
      </ErrorBoundary>
    );

  if (state.status === 'anonymous') {
    const next = location.href === '/' ? '' : `?next=${encodeURIComponent(location.href)}`;
    return <Redirect to={`${LOGIN_PATH}${next}`} />;
  }

  const me = state.user;
  return (
    <CurrentOrganisationProvider key={me.id}>
      <Layout>
        <ErrorBoundary resetKey={location.pathname} fallback={<ServerErrorPage />}>
          {canOpen(route, me) ? route.element(params) : <ForbiddenPage />}
        </ErrorBoundary>
      </Layout>
    </CurrentOrganisationProvider>
  );
}
