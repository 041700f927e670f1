/**
 * A small router on the History API: the current location as external state, `navigate`,
 * `<Link>`, path patterns with `:params`, and query-string helpers. Enough for this app without
 * a dependency.
 */
import { useCallback, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

const LOCATION_CHANGED = 'tct:locationchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_CHANGED, onChange);
  };
}

function currentHref(): string {
  return window.location.pathname + window.location.search;
}

export type AppLocation = { pathname: string; search: string; href: string };

function toLocation(href: string): AppLocation {
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.search, href: url.pathname + url.search };
}

let cachedHref = '';
let cachedLocation: AppLocation = { pathname: '/', search: '', href: '/' };

function snapshot(): AppLocation {
  const href = currentHref();
  if (href !== cachedHref) {
    cachedHref = href;
    cachedLocation = toLocation(href);
  }
  return cachedLocation;
}

export function useLocation(): AppLocation {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentHref()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(LOCATION_CHANGED));
  if (!options.replace) window.scrollTo(0, 0);
}

export type RouteParams = Record<string, string>;

/** Match "/to-chuc/:id" against "/to-chuc/abc" → { id: "abc" }; null when it does not match. */
export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: RouteParams = {};
  for (let i = 0; i < patternParts.length; i++) {
    const expected = patternParts[i] ?? '';
    const actual = pathParts[i] ?? '';
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string;
  children: ReactNode;
  replace?: boolean;
};

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function Link({ to, replace, onClick, target, children, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainLeftClick(event) || (target && target !== '_self')) return;
    event.preventDefault();
    navigate(to, replace ? { replace } : {});
  };
  return (
    <a href={to} onClick={handleClick} target={target} {...rest}>
      {children}
    </a>
  );
}

/** The query string as an object, and a setter that merges changes (empty values are removed). */
export function useSearchParams(): [
  URLSearchParams,
  (changes: Record<string, string | number | null | undefined>, options?: { replace?: boolean }) => void,
] {
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const update = useCallback(
    (changes: Record<string, string | number | null | undefined>, options: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      const text = next.toString();
      navigate(window.location.pathname + (text ? `?${text}` : ''), { replace: options.replace ?? true });
    },
    [],
  );
  return [params, update];
}
