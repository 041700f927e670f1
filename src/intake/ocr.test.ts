import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IntakeError } from './errors.ts';
import { detectFormat } from './file-type.ts';
import { extractFromFile } from './ocr.ts';
import { writeImagePdf } from './test-support.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'documents');
const HAS_TESSERACT = existsSync('/usr/bin/tesseract');
const HAS_POPPLER = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext');
const dir = mkdtempSync(join(tmpdir(), 'tct-ocr-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

if (!HAS_TESSERACT)
  console.warn('Bỏ qua kiểm thử OCR thật: không có /usr/bin/tesseract (cài tesseract-ocr, tesseract-ocr-vie)');

describe('file type by magic bytes', () => {
  const b = (...x: number[]) => new Uint8Array(x);
  it.each([
    [b(0x25, 0x50, 0x44, 0x46, 0x2d), 'pdf'],
    [b(0x89, 0x50, 0x4e, 0x47, 0x0d), 'png'],
    [b(0xff, 0xd8, 0xff, 0xe0), 'jpeg'],
    [b(0x49, 0x49, 0x2a, 0x00), 'tiff'],
    [b(0x4d, 0x4d, 0x00, 0x2a), 'tiff'],
    [new TextEncoder().encode('Số 2174-CV/HVCTQG'), 'text'],
    [b(0x00, 0x01, 0x02, 0xff), 'unsupported'],
    [b(0xc3, 0x28, 0x41), 'unsupported'],
  ])('%#', (bytes, format) => expect(detectFormat(bytes)).toBe(format));
});

describe('extractFromFile errors', () => {
  const expectCode = async (p: Promise<unknown>, code: string) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(IntakeError);
    expect((err as IntakeError).code).toBe(code);
    expect((err as IntakeError).message).toMatch(/[ạ-ỹđ]/u); // a Vietnamese message
  };
  it('missing file', () => expectCode(extractFromFile(join(dir, 'khong-co.pdf')), 'NOT_FOUND'));
  it('empty file', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    return expectCode(extractFromFile(join(dir, 'empty.txt')), 'EMPTY');
  });
  it('binary file', () => {
    writeFileSync(join(dir, 'x.bin'), Buffer.from([0, 1, 2, 3, 250, 251]));
    return expectCode(extractFromFile(join(dir, 'x.bin')), 'UNSUPPORTED');
  });
  it('a PDF that is not one', () => {
    writeFileSync(join(dir, 'bad.pdf'), '%PDF-1.4\nkhông phải PDF');
    return expectCode(extractFromFile(join(dir, 'bad.pdf')), 'PDF_FAILED');
  });
  it('reads UTF-8 text directly', async () => {
    const e = await extractFromFile(join(ROOT, '001', 'ocr.txt'));
    expect(e.source).toEqual({ kind: 'text', format: 'text', method: 'text', pages: 1, ocrSeconds: 0 });
    expect(e.numberSymbol).toBe('3062-CV/HVCTQG');
  });
});

describe.skipIf(!HAS_TESSERACT)('real OCR', () => {
  it('reads a page image (JPEG) and extracts the letter', async () => {
    const progress: number[] = [];
    const e = await extractFromFile(join(ROOT, '016', 'page.jpg'), { onProgress: (p) => progress.push(p.page) });
    expect(e.source.kind).toBe('image');
    expect(e.source.format).toBe('jpeg');
    expect(progress).toEqual([1]);
    expect(e.numberSymbol).toBe('614-TB/TU');
    expect(e.date).toBe('2023-11-21');
    expect(e.signer.name).toBe('Phạm Văn Lực');
  });

  it.skipIf(!HAS_POPPLER)('rasterises and reads a scanned PDF without a text layer', async () => {
    const pdf = join(dir, 'scan.pdf');
    writeImagePdf(pdf, [join(ROOT, '015', 'page.jpg')]);
    const e = await extractFromFile(pdf, { parallelism: 1 });
    expect(e.source).toMatchObject({ kind: 'pdf', method: 'ocr', pages: 1 });
    expect(e.numberSymbol).toBe('24-KH/TU');
  });

  it.skipIf(!HAS_POPPLER)('uses the text layer of a searchable PDF', async () => {
    const base = join(dir, 'searchable');
    const made = spawnSync('tesseract', [join(ROOT, '012', 'page.jpg'), base, '-l', 'vie', 'pdf'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    expect(made.status).toBe(0);
    const e = await extractFromFile(`${base}.pdf`);
    expect(e.source).toMatchObject({ kind: 'pdf', method: 'text-layer', pages: 1, ocrSeconds: 0 });
    expect(e.numberSymbol).toBe('1387/QĐ-SGDĐT');
  });

  it('stops a page that runs past the time limit, with a Vietnamese message', async () => {
    const err = await extractFromFile(join(ROOT, '014', 'page.jpg'), { pageTimeoutMs: 1 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(IntakeError);
    expect((err as IntakeError).code).toBe('OCR_TIMEOUT');
    expect((err as IntakeError).message).toContain('giây');
  });
});
