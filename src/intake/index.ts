/** Public entry of the document-intake engine. */
export { extractFromText } from './extract/index.ts';
export { extractFromFile, ocrImage, readPdf } from './ocr.ts';
export type { FileExtraction, FileSource, OcrOptions, OcrProgress } from './ocr.ts';
export { IntakeError } from './errors.ts';
export type { IntakeErrorCode } from './errors.ts';
export type * from './types.ts';
