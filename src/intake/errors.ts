/** Errors of the intake engine; `message` is Vietnamese and meant for the user. */
export type IntakeErrorCode =
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'EMPTY'
  | 'UNSUPPORTED'
  | 'PDF_FAILED'
  | 'OCR_MISSING'
  | 'OCR_FAILED'
  | 'OCR_TIMEOUT'
  | 'ABORTED';

export class IntakeError extends Error {
  readonly code: IntakeErrorCode;
  readonly file: string | null;

  constructor(code: IntakeErrorCode, message: string, file: string | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IntakeError';
    this.code = code;
    this.file = file;
  }
}
