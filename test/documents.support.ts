/** Helpers shared by the documents, registers, search and intake API tests. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Client } from '../src/testing/http.ts';

export const FIXTURES = new URL('./fixtures/documents/', import.meta.url);

export function fixtureText(folder: string, file: 'ocr.txt' | 'clean.txt' = 'ocr.txt'): string {
  return readFileSync(new URL(`${folder}/${file}`, FIXTURES), 'utf8');
}

export function fixtureBytes(path: string): Buffer {
  return readFileSync(new URL(path, new URL('./fixtures/', import.meta.url)));
}

/** A multipart/form-data body with one file field named "file". */
export function multipart(fileName: string, data: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----tct${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, data, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function upload(client: Client, url: string, fileName: string, data: Buffer, contentType?: string) {
  const form = multipart(fileName, data, contentType);
  return client.request('POST', url, form.body, form.headers);
}

/** Create a draft from pasted OCR text and return its JSON. */
export async function intakeText(client: Client, text: string) {
  const res = await client.request('POST', '/api/intake/text', { text });
  if (res.statusCode !== 201) throw new Error(`intake/text → ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A minimal manual draft (issuer + subject are what registration needs). */
export async function manualDraft(client: Client, fields: Record<string, unknown>) {
  const res = await client.request('POST', '/api/documents/manual', {
    issuerName: 'Tỉnh ủy Thái Nguyên',
    subject: 'Văn bản thử nghiệm',
    ...fields,
  });
  if (res.statusCode !== 201) throw new Error(`documents/manual → ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function register(client: Client, id: string, body: Record<string, unknown>) {
  return client.request('POST', `/api/documents/${id}/register`, body);
}
