/**
 * The one way the web app talks to the API: openapi-fetch over the generated `paths` (openapi.d.ts), so
 * paths, parameters, bodies and responses are checked against the server's schemas at compile time.
 * One middleware keeps the house rules: same-origin cookies, the CSRF header on every non-GET request,
 * and every failed response thrown as `ApiError` carrying the server's Vietnamese message (a fallback
 * message per status otherwise). A 401 on anything but the auth endpoints ends the session in the app.
 * `$api` wraps the same client for TanStack Query (openapi-react-query): query keys are
 * `[method, path template, {params}]`, see queryClient.ts for invalidation.
 */
import createFetchClient, { type Middleware } from 'openapi-fetch';
import createQueryHooks from 'openapi-react-query';
import type { paths } from './openapi.d.ts';

export type ApiErrorBody = { error?: { code?: string; message?: string; details?: unknown } };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header for a write sent outside the typed client (multipart uploads). */
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Registered by the session provider: what to do when the session has expired. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: 'Dữ liệu gửi lên không hợp lệ.',
  401: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu.',
  409: 'Dữ liệu đã bị thay đổi hoặc trùng lặp.',
  413: 'Tệp quá lớn.',
  423: 'Tài khoản tạm khóa.',
  429: 'Quá nhiều yêu cầu. Vui lòng thử lại sau.',
};

function fallbackMessage(status: number): string {
  return (
    FALLBACK_MESSAGES[status] ??
    (status >= 500 ? 'Máy chủ gặp sự cố. Vui lòng thử lại sau.' : `Yêu cầu không thành công (mã ${status}).`)
  );
}

export const NETWORK_ERROR_MESSAGE = 'Không kết nối được tới máy chủ. Kiểm tra kết nối mạng và thử lại.';

/** A failed response as ApiError; a 401 outside /api/auth/ also ends the session in the app. */
export async function toApiError(
  response: Response,
  opts: { url?: string; fallback?: string } = {},
): Promise<ApiError> {
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as ApiErrorBody | null;
  const error = body?.error;
  const path = new URL(opts.url || response.url || '/', window.location.origin).pathname;
  if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated?.();
  return new ApiError(
    response.status,
    error?.code ?? `HTTP_${response.status}`,
    error?.message || opts.fallback || fallbackMessage(response.status),
    error?.details,
  );
}

export type QueryValue = string | number | boolean | null | undefined;

/** Build "?a=1&b=2", leaving out empty values (also how the client serialises query parameters). */
export function queryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const houseRules: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken)
      request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ request, response }) {
    if (!response.ok) throw await toApiError(response, { url: request.url });
    return response;
  },
  onError({ error }) {
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE);
  },
};

export const client = createFetchClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  querySerializer: (query) => queryString(query as Record<string, QueryValue>).slice(1),
});
client.use(houseRules);

/** TanStack Query hooks over the typed client: `$api.useQuery('get', '/api/people/{id}', {params})`. */
export const $api = createQueryHooks(client);

/**
 * The data of a call whose failures already threw (see the middleware). For the routes that still have no
 * response schema the generated type is empty; the caller names the type it expects.
 */
export async function unwrap<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Đã có lỗi xảy ra.';
}

/**
 * A record that does not exist or lies outside the user's scope (the server answers 404 for both, and
 * 403 is treated alike): pages show NotFoundOrNoAccessPage. Takes `unknown` because the generated
 * error type of a route without error schemas is `never`.
 */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 403);
}

/** The message of an error, or null when there is none (for hooks whose error type is `never | null`). */
export function messageOf(error: unknown): string | null {
  return error ? errorMessage(error) : null;
}
