/**
 * Reading a page image, with a second reading when the first one lost a field every letter has.
 *
 * tesseract's default global threshold (Otsu) merges strokes under a grey seal or incoming stamp into the
 * seal, so the signer's name or title, or the number line under a stamp, can come out as noise. A local
 * threshold (Sauvola) keeps those strokes but reads clean pages slightly worse, so it is not the default:
 * it is tried only when the first reading misses a core field, and its reading is kept only when it misses
 * fewer. The whole reading is kept or dropped (never field by field), so text and spans stay one reading.
 * Measured on page images (notes/ocrimage.md): a second reading on 6 of 40 dev3 pages and 3 of 30 samples.
 * Scanned PDFs get the same second reading of their OCR'd pages (ocr.ts, readPdfLetter).
 */
import { extractFromText, type ExtractOptions } from './extract/index.ts';
import { ocrImage, type OcrOptions } from './ocr-core.ts';
import type { Extraction } from './types.ts';

/** Fields every letter has (NĐ 30/2020 Phụ lục I; HD 36-HD/VPTW): a reading without one lost part of the page. */
export function missingCoreFields(x: Extraction): number {
  const core = [x.issuer.name, x.numberSymbol, x.date, x.subject, x.signer.name, x.signer.title];
  return core.filter((v) => v === null || v.trim() === '').length;
}

export interface ImageReading {
  text: string;
  extraction: Extraction;
  /** Tesseract runs made: 1, or 2 when the first reading missed a core field. */
  readings: number;
}

/** The second reading replaces the first only when it misses strictly fewer core fields. */
export function betterReading(first: Extraction, second: Extraction): 'first' | 'second' {
  return missingCoreFields(second) < missingCoreFields(first) ? 'second' : 'first';
}

/** A reading is tried again with Sauvola when it missed a core field, unless it was a Sauvola reading already. */
export function wantsSecondReading(x: Extraction, opts: OcrOptions): boolean {
  return missingCoreFields(x) > 0 && opts.binarisation !== 'sauvola';
}

/** OCRs one image (see ocrImage) and extracts its metadata, with the second reading described above. */
export async function readImage(
  path: string,
  opts: OcrOptions & ExtractOptions = {},
  page = 1,
  pages = 1,
): Promise<ImageReading> {
  const text = await ocrImage(path, opts, page, pages);
  const extraction = extractFromText(text, opts);
  if (!wantsSecondReading(extraction, opts)) return { text, extraction, readings: 1 };
  const text2 = await ocrImage(path, { ...opts, binarisation: 'sauvola' }, page, pages);
  const extraction2 = extractFromText(text2, opts);
  return betterReading(extraction, extraction2) === 'second'
    ? { text: text2, extraction: extraction2, readings: 2 }
    : { text, extraction, readings: 2 };
}
