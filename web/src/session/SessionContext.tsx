/**
 * Who is logged in. Loads /api/auth/me once at start (outside the query cache: the session gates everything else), keeps the CSRF token for the API client,
 * and offers login/logout. When any API call answers 401 the session is cleared, and the app
 * shows the login page with a way back to where the user was.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, client, setCsrfToken, setUnauthenticatedHandler, unwrap } from '../api/client.ts';
import { queryClient } from '../api/queryClient.ts';
import type { Me, Session } from '../api/types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; expired: boolean; loggedOut?: boolean }
  | { status: 'authenticated'; user: Me }
  | { status: 'unavailable'; message: string };

type SessionValue = {
  state: SessionState;
  login: (email: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const accept = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'authenticated', user: session.user });
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await unwrap(client.GET('/api/auth/me')));
    } catch (error) {
      setCsrfToken(null);
      if (error instanceof ApiError && error.status === 401) setState({ status: 'anonymous', expired: false });
      else
        setState({
          status: 'unavailable',
          message: error instanceof Error ? error.message : 'Không kết nối được tới máy chủ.',
        });
    }
  }, [accept]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      queryClient.clear();
      setState({ status: 'anonymous', expired: true });
    });
    void refresh();
    return () => setUnauthenticatedHandler(null);
  }, [refresh]);

  const login = useCallback(
    async (email: string, password: string) => {
      const session = await unwrap(client.POST('/api/auth/login', { body: { email, password } }));
      accept(session);
      return session.user;
    },
    [accept],
  );

  const logout = useCallback(async () => {
    try {
      await client.POST('/api/auth/logout');
    } finally {
      setCsrfToken(null);
      // The next user of this browser must not see the previous one's cached pages.
      queryClient.clear();
      // After "Đăng xuất" the login page opens plain, not with a way back to the page left behind.
      setState({ status: 'anonymous', expired: false, loggedOut: true });
    }
  }, []);

  const value = useMemo(() => ({ state, login, logout, refresh }), [state, login, logout, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The logged-in user; only for components rendered inside the authenticated layout. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useMe called without an authenticated session');
  return state.user;
}
