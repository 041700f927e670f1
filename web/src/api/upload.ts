/**
 * Multipart uploads. The JSON client sends only JSON bodies, so this posts FormData itself, with the
 * session's CSRF token (read from /api/auth/me) and the same Vietnamese error handling: a failed
 * upload throws ApiError carrying the server's message and details.
 */
import { ApiError, api } from './client.ts';
import type { Session } from './types.ts';

export async function uploadFiles<T>(
  path: string,
  files: readonly File[],
  opts: { field?: string; tooLargeMessage?: string } = {},
): Promise<T> {
  const { csrfToken } = await api.get<Session>('/api/auth/me');
  const form = new FormData();
  for (const file of files) form.append(opts.field ?? 'file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được tới máy chủ. Kiểm tra kết nối mạng và thử lại.');
  }
  const data = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; details?: unknown };
  } | null;
  if (!response.ok) {
    const fallback =
      response.status === 413 ? (opts.tooLargeMessage ?? 'Tệp quá lớn.') : 'Tải tệp lên không thành công.';
    throw new ApiError(
      response.status,
      data?.error?.code ?? `HTTP_${response.status}`,
      data?.error?.message ?? fallback,
      data?.error?.details,
    );
  }
  return data as T;
}
