/**
 * Multipart uploads. The multipart routes have no JSON body schema in the OpenAPI document, so this
 * posts FormData with fetch itself — with the session's CSRF token and the client's error handling: a
 * failed upload throws ApiError carrying the server's Vietnamese message and details.
 */
import { ApiError, NETWORK_ERROR_MESSAGE, csrfHeader, toApiError } from './client.ts';

export async function uploadFiles<T>(
  path: string,
  files: readonly File[],
  opts: { field?: string; tooLargeMessage?: string } = {},
): Promise<T> {
  const form = new FormData();
  for (const file of files) form.append(opts.field ?? 'file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...csrfHeader() },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE);
  }
  if (!response.ok) {
    const fallback =
      response.status === 413 ? (opts.tooLargeMessage ?? 'Tệp quá lớn.') : 'Tải tệp lên không thành công.';
    throw await toApiError(response, { url: path, fallback });
  }
  return (await response.json()) as T;
}
