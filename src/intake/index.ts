/** Public entry of the document-intake engine. */
export { extractFromText } from './extract/index.ts';
export type { ExtractOptions, ReceiverHints } from './extract/index.ts';
export { extractFromFile, LONG_DOCUMENT_PAGES, METADATA_HEAD, ocrImage, readPdf, selectPages } from './ocr.ts';
export type { FileExtraction, FileSource, OcrOptions, OcrProgress, PageSelection } from './ocr.ts';
export { joinPages, readPdfLayout, readPdfPages } from './pdf.ts';
export type { PageResult, PagesOptions } from './pdf.ts';
export { findLetterStarts, lettersFromStarts, scorePageStart, splitBatch } from './split.ts';
export type { BatchLetter, BatchSplit, PageStart, StartEvidence } from './split.ts';
export { IntakeError } from './errors.ts';
export type { IntakeErrorCode } from './errors.ts';
export type * from './types.ts';
