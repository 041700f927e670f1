/**
 * Multipart upload of result files. The JSON client does not send bodies other than JSON, so this
 * posts FormData itself, with the session's CSRF token (read from /api/auth/me) and the same
 * Vietnamese error handling.
 */
import { ApiError, api } from '../../api/client.ts';
import type { Session } from '../../api/types.ts';

export async function uploadFiles<T>(path: string, files: readonly File[]): Promise<T> {
  const { csrfToken } = await api.get<Session>('/api/auth/me');
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin', headers: { accept: 'application/json', 'x-csrf-token': csrfToken } });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được tới máy chủ. Kiểm tra kết nối mạng và thử lại.');
  }
  const data = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!response.ok) {
    throw new ApiError(response.status, data?.error?.code ?? `HTTP_${response.status}`, data?.error?.message ?? (response.status === 413 ? 'Tệp quá lớn.' : 'Tải tệp lên không thành công.'));
  }
  return data as T;
}
