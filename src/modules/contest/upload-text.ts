/** The text of a file sent as base64 in a JSON body (DOCX, PDF, TXT), through the engine's readers. */
import { entryText, UnreadableFileError } from '../../contest/similarity/index.ts';
import { AppError } from '../../lib/app-error.ts';

/** Larger than any written work (a few thousand words). */
export const MAX_FILE_BYTES = 15 * 1024 * 1024;

export async function uploadedText(fileBase64: string, fileName: string): Promise<{ text: string; file: Buffer }> {
  const file = Buffer.from(fileBase64, 'base64');
  if (file.length === 0) throw new AppError('BAD_REQUEST', 'Tệp tải lên rỗng.');
  if (file.length > MAX_FILE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'Tệp quá lớn (tối đa 15 MB).');
  try {
    const text = (await entryText(file, fileName, { label: fileName })).normalize('NFC');
    if (!text.trim()) throw new AppError('BAD_REQUEST', `Tệp ${fileName} không có chữ.`);
    return { text, file };
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new AppError('BAD_REQUEST', error.message);
    throw error;
  }
}
