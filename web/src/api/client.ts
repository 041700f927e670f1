/**
 * The one way the web app talks to the API: JSON in and out, same-origin cookies, the CSRF
 * header on every non-GET request, and errors turned into `ApiError` carrying the server's
 * Vietnamese message. A 401 on anything but the auth endpoints sends the user to the login page.
 */
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

export type QueryValue = string | number | boolean | null | undefined;

/** Build "?a=1&b=2", leaving out empty values. */
export function queryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

type RequestOptions = { method?: string; body?: unknown; signal?: AbortSignal };

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', 'Không kết nối được tới máy chủ. Kiểm tra kết nối mạng và thử lại.');
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = (data as ApiErrorBody | null)?.error;
    const apiError = new ApiError(
      response.status,
      error?.code ?? `HTTP_${response.status}`,
      error?.message || fallbackMessage(response.status),
      error?.details,
    );
    if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated?.();
    throw apiError;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>(path, signal ? { signal } : {}),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>(path, { method: 'PATCH', body }),
  delete: <T>(path: string) => request<T>(path, { method: 'DELETE' }),
};

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Đã có lỗi xảy ra.';
}
