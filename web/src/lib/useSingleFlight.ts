/**
 * A guard against acting twice: `run(fn)` calls `fn` only when no earlier call is still running.
 * A mutation's `isPending` reaches the button only after a re-render, and a double click's second click
 * can arrive before it; this ref is set synchronously, so the second click finds it taken.
 */
import { useCallback, useRef } from 'react';

export function useSingleFlight(): (fn: () => Promise<unknown>) => void {
  const running = useRef(false);
  return useCallback((fn: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    fn()
      .catch(() => undefined)
      .finally(() => {
        running.current = false;
      });
  }, []);
}
