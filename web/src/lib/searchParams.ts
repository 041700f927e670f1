/**
 * List filters and page numbers live in the query string so a link can be shared and the back button works.
 * React Router's `useSearchParams` replaces the whole query; pages change one or two filters at a time, so
 * this merges changes into the current query and drops empty values.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type QueryChanges = Record<string, string | number | null | undefined>;

export function useQueryParams(): [URLSearchParams, (changes: QueryChanges, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: QueryChanges, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: options.replace ?? true },
      );
    },
    [setParams],
  );
  return [params, update];
}
