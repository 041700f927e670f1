/** HTTP helpers of the documents routes: reading one uploaded file, sending a stored one. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.ts';
import { contentDisposition } from '../../lib/downloads.ts';

/** The uploaded file of a multipart request (field "file"), within config.uploadMaxBytes (413 beyond). */
export async function readUpload(request: FastifyRequest): Promise<{ fileName: string; data: Buffer }> {
  if (!request.isMultipart())
    throw new AppError('BAD_REQUEST', 'Cần gửi tệp dạng multipart/form-data (trường "file").');
  const part = await request.file();
  if (!part) throw new AppError('BAD_REQUEST', 'Chưa chọn tệp để tải lên.');
  const data = await part.toBuffer();
  if (data.length === 0) throw new AppError('BAD_REQUEST', 'Tệp tải lên rỗng.');
  return { fileName: part.filename, data };
}

const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'text/plain; charset=utf-8']);

/** Send a stored file: inline only for types a browser shows safely, as a download otherwise. */
export function sendFile(
  reply: FastifyReply,
  file: { file_name: string; content_type: string },
  data: Buffer,
  forceDownload = false,
) {
  const inline = !forceDownload && INLINE_TYPES.has(file.content_type);
  reply.header('content-type', inline ? file.content_type : 'application/octet-stream');
  reply.header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', file.file_name));
  reply.header('cache-control', 'private, max-age=300');
  if (inline && file.content_type !== 'application/pdf')
    reply.header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
  return reply.send(data);
}
