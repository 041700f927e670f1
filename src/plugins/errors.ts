/** Maps every error to one JSON shape with a Vietnamese message: {error: {code, message, details?}}. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../lib/app-error.ts';
import { FileIntegrityError, FileMissingError } from '../lib/file-store/index.ts';

const VALIDATION_FIELD_LABELS: Record<string, string> = {};

function describeValidation(error: FastifyError): string {
  const first = error.validation?.[0];
  if (!first) return 'Dữ liệu gửi lên không hợp lệ.';
  const field =
    (first.instancePath || '').replace(/^\//, '').replace(/\//g, '.') ||
    (first.params as { missingProperty?: string })?.missingProperty ||
    '';
  const label = VALIDATION_FIELD_LABELS[field] ?? field;
  switch (first.keyword) {
    case 'required':
      return `Thiếu trường bắt buộc: ${(first.params as { missingProperty?: string }).missingProperty}.`;
    case 'minLength':
      return `Trường "${label}" không được để trống hoặc quá ngắn.`;
    case 'maxLength':
      return `Trường "${label}" quá dài.`;
    case 'format':
    case 'pattern':
      return `Trường "${label}" sai định dạng.`;
    case 'enum':
    case 'anyOf':
    case 'const':
      return `Giá trị của trường "${label}" không hợp lệ.`;
    case 'additionalProperties':
      return `Trường không được hỗ trợ: ${(first.params as { additionalProperty?: string }).additionalProperty}.`;
    case 'type':
      return `Trường "${label}" sai kiểu dữ liệu.`;
    default:
      return `Dữ liệu không hợp lệ ở trường "${label}".`;
  }
}

/** The disk holding DATA_DIR is full (or over quota): the upload is refused, nothing was kept. */
export const DISK_FULL_MESSAGE =
  'Hết dung lượng lưu trữ trên máy chủ: tệp chưa được lưu. Hãy báo quản trị viên giải phóng dung lượng rồi thử lại.';
export const DATABASE_UNAVAILABLE_MESSAGE =
  'Cơ sở dữ liệu tạm thời không truy cập được (đang khởi động lại hoặc mất kết nối). Vui lòng thử lại sau ít giây.';

function isDiskFull(error: { code?: unknown }): boolean {
  return error.code === 'ENOSPC' || error.code === 'EDQUOT' || error.code === 'SQLITE_FULL';
}

export const FILE_STORE_UNAVAILABLE_MESSAGE =
  'Kho lưu trữ tệp tạm thời không truy cập được. Vui lòng thử lại sau ít giây; nếu vẫn lỗi, hãy báo quản trị viên.';

/** An S3 client's failure (AWS SDK v3 errors carry `$metadata`): the object store, not the database. */
function isFileStoreError(error: object): boolean {
  return '$metadata' in error;
}

/** PostgreSQL going away or not yet back: its admin-shutdown/starting-up codes, a refused or cut connection. */
function isDatabaseUnavailable(error: { code?: unknown; message?: string }): boolean {
  if (typeof error.code === 'string' && /^(57P0[1-3]|08[0-9A-Z]{3}|ECONNREFUSED|ECONNRESET)$/.test(error.code))
    return !isFileStoreError(error);
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    error.message ?? '',
  );
}

/** `serveSpa`: answer unknown non-API GETs with the web app's index.html (client-side routing). */
export function registerErrorHandling(app: FastifyInstance, opts: { serveSpa: boolean }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.statusCode)
        .send({ error: { code: error.code, message: error.message, details: error.details } });
    }
    if (error.validation) {
      return reply
        .status(400)
        .send({ error: { code: 'BAD_REQUEST', message: describeValidation(error), details: error.validation } });
    }
    if (
      error.statusCode === 413 ||
      error.code === 'FST_REQ_FILE_TOO_LARGE' ||
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
    ) {
      return reply.status(413).send({
        error: { code: 'PAYLOAD_TOO_LARGE', message: 'Tệp hoặc dữ liệu gửi lên vượt quá dung lượng cho phép.' },
      });
    }
    // A stored file whose bytes no longer match its SHA-256, or that is gone from the store: never served,
    // and the clerk is told it is the store, not their request (the details go to the log only).
    if (error instanceof FileIntegrityError || error instanceof FileMissingError) {
      request.log.error({ err: error }, 'stored file unreadable');
      const what = error instanceof FileIntegrityError ? 'bị hỏng hoặc đã bị thay đổi' : 'không còn';
      return reply.status(500).send({
        error: {
          code: 'FILE_UNAVAILABLE',
          message: `Tệp này ${what} trong kho lưu trữ nên không được gửi. Hãy báo quản trị viên (mã yêu cầu: ${request.id}).`,
        },
      });
    }
    if (isDiskFull(error)) {
      request.log.error({ err: error }, 'disk full');
      return reply.status(507).send({ error: { code: 'INSUFFICIENT_STORAGE', message: DISK_FULL_MESSAGE } });
    }
    if (isFileStoreError(error) && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH)$/.test(String(error.code))) {
      request.log.warn({ err: error }, 'file store unavailable');
      return reply
        .status(503)
        .header('retry-after', '5')
        .send({ error: { code: 'SERVICE_UNAVAILABLE', message: FILE_STORE_UNAVAILABLE_MESSAGE } });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', '5')
        .send({ error: { code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE } });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: { code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      error: {
        code: 'INTERNAL',
        message: `Đã có lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên (mã yêu cầu: ${request.id}).`,
      },
    });
  });
  app.setNotFoundHandler((request, reply) => {
    if (opts.serveSpa && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy đường dẫn yêu cầu.' } });
  });
}
