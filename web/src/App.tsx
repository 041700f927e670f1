/**
 * The route tree: React Router matches the address against `routes.tsx`. Every signed-in page shares one
 * shell (current organisation, layout) and is guarded by role (the 403 page); an anonymous visitor is sent
 * to the login page with a way back. Pages are lazy chunks, shown inside the layout once loaded.
 */
import { Suspense, useEffect } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation, useParams } from 'react-router';
import { Loading } from './components/Feedback.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { Layout } from './components/Layout.tsx';
import { ForbiddenPage, ServerErrorPage } from './features/errors/ErrorPages.tsx';
import { type AppRoute, LOGIN_PATH, canOpen, notFoundRoute, routes } from './routes.tsx';
import { CurrentOrganisationProvider } from './session/CurrentOrganisationContext.tsx';
import { useMe, useSession } from './session/SessionContext.tsx';

const APP_NAME = 'TCT';

/** One page: its title, the role guard, and a boundary so a failing page shows the 500 page. */
function RoutePage({ route }: { route: AppRoute }) {
  const params = useParams();
  const { pathname } = useLocation();
  const me = useMe();
  useEffect(() => {
    document.title = `${route.label} — ${APP_NAME}`;
  }, [route.label]);
  return (
    <ErrorBoundary resetKey={pathname} fallback={<ServerErrorPage />}>
      <Suspense fallback={<Loading />}>{canOpen(route, me) ? route.element(params) : <ForbiddenPage />}</Suspense>
    </ErrorBoundary>
  );
}

function PublicPage({ route }: { route: AppRoute }) {
  const params = useParams();
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = `${route.label} — ${APP_NAME}`;
  }, [route.label]);
  return (
    <ErrorBoundary resetKey={pathname} fallback={<ServerErrorPage />}>
      <Suspense fallback={<Loading />}>{route.element(params)}</Suspense>
    </ErrorBoundary>
  );
}

/** Everything behind the login: anonymous visitors go to the login page and come back afterwards. */
function SignedInShell() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status !== 'authenticated') {
    const href = location.pathname + location.search;
    const loggedOut = state.status === 'anonymous' && state.loggedOut;
    const next = href === '/' || loggedOut ? '' : `?next=${encodeURIComponent(href)}`;
    return <Navigate to={`${LOGIN_PATH}${next}`} replace />;
  }
  return (
    <CurrentOrganisationProvider key={state.user.id}>
      <Layout>
        <Outlet />
      </Layout>
    </CurrentOrganisationProvider>
  );
}

export function App() {
  const { state } = useSession();

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

  return (
    <Routes>
      {routes
        .filter((route) => route.public)
        .map((route) => (
          <Route key={route.path} path={route.path} element={<PublicPage route={route} />} />
        ))}
      <Route element={<SignedInShell />}>
        {routes
          .filter((route) => !route.public)
          .map((route) => (
            <Route key={route.path} path={route.path} element={<RoutePage route={route} />} />
          ))}
        <Route path="*" element={<RoutePage route={notFoundRoute} />} />
      </Route>
    </Routes>
  );
}
