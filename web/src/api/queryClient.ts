/**
 * The server-state cache. Query keys are `[method, path template, {params}]` (openapi-react-query), so
 * after a write a page invalidates by path: `invalidate('/api/people')` refetches every cached GET whose
 * path template starts with it (lists and details alike). Failed requests are not retried except when the
 * network dropped: a 404 is an answer (the record is outside the user's scope), not a glitch.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => error instanceof ApiError && error.status === 0 && failures < 2,
      // Pages refetch when they mount; a refetch on every window focus would reset half-edited views.
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

/** Refetch every cached GET whose path template starts with one of `prefixes` ('/api/documents', …). */
export function invalidate(...prefixes: string[]): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const path = query.queryKey[1];
      return typeof path === 'string' && prefixes.some((prefix) => path.startsWith(prefix));
    },
  });
}
