/**
 * ⚠ SECURITY: how every stored or uploaded file leaves the server. ⚠
 *
 * Uploaded bytes are never rendered by the browser as a document of our origin, whatever type the
 * uploader claimed: every response is `Content-Disposition: attachment`. Page images whose bytes really
 * are PNG or JPEG keep their image type so an `<img>` can still show them (images cannot run script);
 * everything else is `application/octet-stream`. With `nosniff` (plugins/security-headers.ts) the
 * browser does not second-guess the type.
 */
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

const IMAGE_SIGNATURES: [string, number[]][] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** The image type the bytes really have, or null. */
export function imageTypeOf(data: Buffer): string | null {
  for (const [type, magic] of IMAGE_SIGNATURES) if (magic.every((b, i) => data[i] === b)) return type;
  return null;
}

/** RFC 6266 attachment header for any Unicode name, with an ASCII fallback for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export type Attachment = { fileName: string; size?: number } & ({ stream: Readable } | { data: Buffer });

/** Send a stored or uploaded file as a download (see the header comment). */
export function sendAttachment(reply: FastifyReply, file: Attachment): FastifyReply {
  const type = 'data' in file ? (imageTypeOf(file.data) ?? 'application/octet-stream') : 'application/octet-stream';
  reply.header('content-type', type);
  reply.header('content-disposition', contentDisposition(file.fileName));
  const size = file.size ?? ('data' in file ? file.data.length : undefined);
  if (size !== undefined) reply.header('content-length', String(size));
  return reply.send('data' in file ? file.data : file.stream);
}
