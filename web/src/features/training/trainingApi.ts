/**
 * The training capability's calls that the JSON client cannot make: multipart upload of an import
 * file (with the session's CSRF token) and an import refused with its full error list (422).
 */
import { ApiError, api } from '../../api/client.ts';
import type { Session } from '../../api/types.ts';
import type { ImportError } from './trainingTypes.ts';

/** A refused import: the server lists every error and wrote nothing. */
export class ImportRefusedError extends ApiError {
  readonly errors: ImportError[];
  constructor(message: string, errors: ImportError[]) {
    super(422, 'UNPROCESSABLE', message, { errors });
    this.errors = errors;
  }
}

export async function uploadImport<T>(path: string, file: File): Promise<T> {
  const { csrfToken } = await api.get<Session>('/api/auth/me');
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin', headers: { accept: 'application/json', 'x-csrf-token': csrfToken } });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được tới máy chủ. Kiểm tra kết nối mạng và thử lại.');
  }
  const data = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: { errors?: ImportError[] } } } | null;
  if (!response.ok) {
    const message = data?.error?.message ?? (response.status === 413 ? 'Tệp quá lớn (tối đa 10 MB).' : 'Tải tệp lên không thành công.');
    if (response.status === 422 && data?.error?.details?.errors) throw new ImportRefusedError(message, data.error.details.errors);
    throw new ApiError(response.status, data?.error?.code ?? `HTTP_${response.status}`, message);
  }
  return data as T;
}

export const TEMPLATE_URL = '/api/training/template.xlsx';

export const LEVEL_OPTIONS = [
  { value: 'so_cap', label: 'Sơ cấp LLCT' },
  { value: 'trung_cap', label: 'Trung cấp LLCT' },
  { value: 'cao_cap', label: 'Cao cấp LLCT' },
  { value: 'boi_duong', label: 'Bồi dưỡng' },
] as const;

export const MODE_OPTIONS = [
  { value: 'tap_trung', label: 'Tập trung' },
  { value: 'khong_tap_trung', label: 'Không tập trung' },
] as const;
