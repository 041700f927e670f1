/**
 * Errors a service may throw on purpose. `plugins/errors.ts` maps the code to HTTP in one place;
 * the message is Vietnamese and safe to show to the user.
 */
export type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LOCKED'
  | 'TOO_MANY_REQUESTS'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNPROCESSABLE';

const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: unknown;

  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message);
    this.code = code;
    this.details = details;
  }

  get statusCode(): number {
    return HTTP_STATUS[this.code];
  }
}

/** The one "not found" for anything outside the caller's scope: never reveal that a record exists. */
export function notFound(what = 'Không tìm thấy dữ liệu'): AppError {
  return new AppError('NOT_FOUND', what);
}
