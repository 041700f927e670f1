import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFromFile } from './ocr.ts';
import { CORE_LETTER_HEAD, CORE_LETTER_SIGNATURE, SEALED_SIGNATURE, writeImagePdf } from './test-support.ts';

// Scanned PDFs get the second (Sauvola) reading of image-read.ts. tesseract is a stand-in that prints a text
// chosen by the page image it is given (pdf.ts names them p1-…/p1.…, p2-…) and by its threshold argument;
// poppler is real, so the pages go through pdf.ts as an upload's would.
const HAS_POPPLER = existsSync('/usr/bin/pdfimages') && existsSync('/usr/bin/pdftotext');
const JPEG = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'documents', '001', 'page.jpg');

const HEAD = CORE_LETTER_HEAD;
const SIGNATURE = CORE_LETTER_SIGNATURE;
const LETTER = `${HEAD}\n${SIGNATURE}`;
const SEALED = `${HEAD}\n${SEALED_SIGNATURE}`;
// A typed annex (text layer, ASCII only): at least 40 letters, so pdf.ts takes it as it is.
const ANNEX = ['Phu luc: danh sach can bo du lop boi duong', 'Tran Van Binh, chuyen vien phong to chuc'];

const dir = mkdtempSync(join(tmpdir(), 'tct-pdf-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Texts = Record<string, { otsu: string; sauvola: string }>;

/** A stand-in tesseract printing texts[page][threshold]; logs each call's arguments. */
function fakeTesseract(name: string, texts: Texts): { path: string; calls: () => string[] } {
  const path = join(dir, name);
  const log = `${path}.log`;
  writeFileSync(log, '');
  for (const [page, t] of Object.entries(texts)) {
    writeFileSync(`${path}.${page}.otsu`, t.otsu);
    writeFileSync(`${path}.${page}.sauvola`, t.sauvola);
  }
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      `echo "$*" >> '${log}'`,
      'm=otsu; case "$*" in *thresholding_method=2*) m=sauvola;; esac',
      'p=p1; case "$1" in */p2[-.]*) p=p2;; esac',
      `cat '${path}'."$p.$m"`,
      '',
    ].join('\n'),
  );
  chmodSync(path, 0o755);
  return { path, calls: () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) };
}

const sauvolaCalls = (calls: string[]) => calls.filter((c) => c.includes('thresholding_method=2'));

describe.skipIf(!HAS_POPPLER)(
  'scanned PDF: a second reading with a local threshold when a core field is missing',
  () => {
    it('reads the scanned page again and keeps that reading when it recovers the signer', async () => {
      const pdf = join(dir, 'sealed.pdf');
      writeImagePdf(pdf, [JPEG]);
      const t = fakeTesseract('sealed', { p1: { otsu: SEALED, sauvola: LETTER } });
      const progress: number[] = [];
      const e = await extractFromFile(pdf, { tesseractPath: t.path, onProgress: (p) => progress.push(p.page) });
      expect(t.calls()).toHaveLength(2);
      expect(t.calls()[1]).toContain('thresholding_method=2');
      expect(e.source).toMatchObject({ kind: 'pdf', method: 'ocr', readings: 2 });
      expect(e.signer).toMatchObject({ name: 'Nguyễn Văn An', title: 'GIÁM ĐỐC' });
      expect(e.text).toBe(LETTER.trimEnd());
      expect(progress).toEqual([1]); // the page is counted once
    });

    it('reads once when the first reading has every core field', async () => {
      const pdf = join(dir, 'clean.pdf');
      writeImagePdf(pdf, [JPEG]);
      const t = fakeTesseract('clean', { p1: { otsu: LETTER, sauvola: SEALED } });
      const e = await extractFromFile(pdf, { tesseractPath: t.path });
      expect(t.calls()).toHaveLength(1);
      expect(e.source.readings).toBe(1);
      expect(e.signer.name).toBe('Nguyễn Văn An');
    });

    it('keeps the whole first reading when the second is no better', async () => {
      const pdf = join(dir, 'worse.pdf');
      writeImagePdf(pdf, [JPEG]);
      const t = fakeTesseract('worse', { p1: { otsu: SEALED, sauvola: 'không đọc được' } });
      const e = await extractFromFile(pdf, { tesseractPath: t.path });
      expect(e.source.readings).toBe(2);
      expect(e.text).toBe(SEALED.trimEnd());
      expect(e.numberSymbol).toBe('12/SNV-TCCB');
    });

    it('reads every scanned page again and joins the second readings in page order', async () => {
      const pdf = join(dir, 'two.pdf');
      writeImagePdf(pdf, [JPEG, { jpeg: JPEG, crop: [0.5, 1] }]);
      const t = fakeTesseract('two', {
        p1: { otsu: HEAD, sauvola: `${HEAD}\n` },
        p2: { otsu: SEALED_SIGNATURE, sauvola: SIGNATURE },
      });
      const e = await extractFromFile(pdf, { tesseractPath: t.path });
      const again = sauvolaCalls(t.calls());
      expect(again).toHaveLength(2);
      expect(again.some((c) => c.includes('/p1')) && again.some((c) => c.includes('/p2'))).toBe(true);
      expect(e.source).toMatchObject({ method: 'ocr', pages: 2, readings: 2 });
      expect(e.signer.name).toBe('Nguyễn Văn An');
      expect(e.text.indexOf('Số: 12/SNV-TCCB')).toBeLessThan(e.text.indexOf('Nguyễn Văn An'));
    });

    it('never reads a text-layer page again: only the scanned pages of a mixed PDF', async () => {
      const pdf = join(dir, 'mixed.pdf');
      writeImagePdf(pdf, [JPEG, { text: ANNEX }]);
      const t = fakeTesseract('mixed', { p1: { otsu: SEALED, sauvola: LETTER } });
      const e = await extractFromFile(pdf, { tesseractPath: t.path });
      expect(t.calls()).toHaveLength(2);
      expect(t.calls().every((c) => c.includes('/p1-'))).toBe(true);
      expect(e.source).toMatchObject({ method: 'text-layer+ocr', readings: 2 });
      expect(e.signer.name).toBe('Nguyễn Văn An');
      expect(e.text).toContain('Tran Van Binh');
    });

    it('runs no OCR for a PDF whose pages all have a text layer, even when a core field is missing', async () => {
      const pdf = join(dir, 'typed.pdf');
      writeImagePdf(pdf, [{ text: ANNEX }]);
      const t = fakeTesseract('typed', {});
      const e = await extractFromFile(pdf, { tesseractPath: t.path });
      expect(t.calls()).toHaveLength(0);
      expect(e.source).toMatchObject({ method: 'text-layer', readings: 0 });
      expect(e.signer.name).toBeNull();
    });
  },
);
