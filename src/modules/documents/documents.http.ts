/** HTTP helper of the documents routes: reading one uploaded file (sending one: lib/downloads.ts). */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.ts';

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
