/** Sending stored files as downloads: the Content-Disposition header and untrusted uploads. */
import type { ReadStream } from 'node:fs';
import type { FastifyReply } from 'fastify';

/** RFC 6266 header value with an ASCII fallback and the UTF-8 name. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7E]/g, '_')
    .replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * An uploaded file (task result, obligation evidence) is always downloaded, never rendered: the type
 * the uploader claimed is not trusted.
 */
export function sendAttachment(reply: FastifyReply, file: { fileName: string; size: number; stream: ReadStream }) {
  return reply
    .header('content-type', 'application/octet-stream')
    .header('content-length', String(file.size))
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.stream);
}
