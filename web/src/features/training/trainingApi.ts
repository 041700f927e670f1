/**
 * The training capability's calls that the JSON client cannot make: multipart upload of an import
 * file (with the session's CSRF token) and an import refused with its full error list (422).
 */
import { ApiError } from '../../api/client.ts';
import { uploadFiles } from '../../api/upload.ts';
import type { ImportError } from './trainingTypes.ts';

/** A refused import: the server lists every error and wrote nothing. */
export class ImportRefusedError extends ApiError {
  readonly errors: ImportError[];
  constructor(message: string, errors: ImportError[]) {
    super(422, 'UNPROCESSABLE', message, { errors });
    this.errors = errors;
  }
}

/** Upload an import file; a refusal with the full error list (422) becomes an ImportRefusedError. */
export async function uploadImport<T>(path: string, file: File): Promise<T> {
  try {
    return await uploadFiles<T>(path, [file], { tooLargeMessage: 'Tệp quá lớn (tối đa 10 MB).' });
  } catch (error) {
    const errors =
      error instanceof ApiError && error.status === 422
        ? (error.details as { errors?: ImportError[] } | undefined)?.errors
        : undefined;
    if (errors) throw new ImportRefusedError(error instanceof Error ? error.message : '', errors);
    throw error;
  }
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
