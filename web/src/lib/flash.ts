/**
 * A one-time message carried to the next page ("Đã thêm cán bộ …" after a redirect), in the router's
 * navigation state rather than a module variable: it belongs to that one history entry, and is cleared
 * once shown so a reload or a later back/forward does not show it again.
 */
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, type NavigateOptions } from 'react-router';

type FlashState = { flash?: string };

/** Options for `navigate(to, withFlash('Đã lưu…'))`. */
export function withFlash(message: string, options: NavigateOptions = {}): NavigateOptions {
  return { ...options, state: { flash: message } satisfies FlashState };
}

/** The message the previous page sent along, and a way to dismiss it. */
export function useFlash(): [string | null, (message: string | null) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(() => (location.state as FlashState | null)?.flash ?? null);
  const carried = (location.state as FlashState | null)?.flash;
  useEffect(() => {
    // Keep the message on screen (component state) but take it off the history entry.
    if (carried) navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [carried, navigate, location.pathname, location.search]);
  return [message, setMessage];
}
