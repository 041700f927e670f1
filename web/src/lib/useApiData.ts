/**
 * Transitional: `useApiData<T>(path)` for the pages not yet moved to `$api.useQuery` (documents and
 * training, see docs/web.md). It is a TanStack Query query keyed `['get', path]`, so these pages share
 * the cache and are refreshed by `invalidate('/api/…')` like the others; the type is the caller's word.
 * New code uses `$api.useQuery` with the generated types.
 */
import { useQuery } from '@tanstack/react-query';
import { ApiError, toApiError, NETWORK_ERROR_MESSAGE } from '../api/client.ts';

export type ApiData<T> = {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
};

async function getJson<T>(path: string, signal: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE);
  }
  if (!response.ok) throw await toApiError(response, { url: path });
  return (await response.json()) as T;
}

export function useApiData<T>(path: string | null): ApiData<T> {
  const query = useQuery({
    queryKey: ['get', path ?? ''],
    queryFn: ({ signal }) => getJson<T>(path ?? '', signal),
    enabled: path !== null,
  });
  return {
    data: query.data ?? null,
    error: query.error,
    loading: query.isFetching,
    reload: () => void query.refetch(),
  };
}
