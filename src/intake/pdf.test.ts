import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFromFile, selectPages } from './ocr.ts';
import { joinPages, type PdfPage, planPage, readPdfPages } from './pdf.ts';
import { writeImagePdf } from './test-support.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'documents');
const page = (n: string) => join(ROOT, n, 'page.jpg');
const HAS_OCR = existsSync('/usr/bin/tesseract') && existsSync('/usr/bin/pdfimages');
const dir = mkdtempSync(join(tmpdir(), 'tct-pdf-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('page selection', () => {
  it('reads short documents whole and long ones from their first pages and the last', () => {
    expect(selectPages(undefined, 3)).toEqual([1, 2, 3]);
    expect(selectPages('auto', 300)).toEqual([1, 2, 3, 300]);
    expect(selectPages('all', 4)).toEqual([1, 2, 3, 4]);
    expect(selectPages('1-3,last', 10)).toEqual([1, 2, 3, 10]);
    expect(selectPages('2, 5-4,last', 6)).toEqual([2, 4, 5, 6]);
    expect(selectPages('1-3,last', 2)).toEqual([1, 2]);
    expect(selectPages([3, 1, 3, 9], 5)).toEqual([1, 3]);
    expect(() => selectPages('một', 5)).toThrow(/Danh sách trang không hợp lệ/);
  });
});

describe('how a scanned page is read', () => {
  const a4 = { page: 1, widthPt: 595, heightPt: 842, rotate: 0, layer: '' };
  const img = (w: number, h: number, ppi: number, enc = 'jpeg') => ({
    type: 'image',
    width: w,
    height: h,
    enc,
    xPpi: ppi,
    yPpi: ppi,
  });
  it('hands a full-page scan to tesseract as it is, whatever ppi the file claims', () => {
    expect(planPage({ ...a4, images: [img(1654, 2339, 200)] } as PdfPage)).toEqual({ mode: 'extract', dpi: 200 });
    const tagged96 = { ...a4, widthPt: 1275, heightPt: 1803, images: [img(1700, 2404, 96)] };
    expect(planPage(tagged96 as PdfPage).mode).toBe('extract');
  });
  it('rasterises other pages at the image resolution, within the floor, the ceiling and the pixel cap', () => {
    const half = { ...a4, heightPt: 421, images: [img(1654, 2339, 200)] };
    expect(planPage(half as PdfPage)).toEqual({ mode: 'raster', dpi: 200 });
    expect(planPage({ ...a4, images: [img(1240, 1754, 150, 'jbig2')] } as PdfPage)).toEqual({
      mode: 'raster',
      dpi: 150,
    });
    expect(planPage({ ...a4, heightPt: 421, images: [img(600, 850, 72)] } as PdfPage).dpi).toBe(150);
    expect(planPage({ ...a4, images: [img(4960, 7016, 600, 'ccitt')] } as PdfPage).dpi).toBe(400);
    expect(planPage({ ...a4, rotate: 90, images: [img(1654, 2339, 200)] } as PdfPage).mode).toBe('raster');
    expect(planPage({ ...a4, images: [] } as PdfPage)).toEqual({ mode: 'raster', dpi: 300 });
    const poster = { ...a4, widthPt: 72 * 40, heightPt: 72 * 60, images: [img(16000, 24000, 400, 'jbig2')] };
    expect(planPage(poster as PdfPage).dpi).toBeLessThan(110);
  });
});

describe('joining pages', () => {
  it('drops a page number at the top of a following page and keeps a sentence over the break', () => {
    const text = joinPages(['1. Gửi báo cáo về Sở Nội vụ\n\n', '\n2\n\ntrước ngày 15/7/2023.\n2. Cử cán bộ.\n']);
    expect(text).toBe('1. Gửi báo cáo về Sở Nội vụ\ntrước ngày 15/7/2023.\n2. Cử cán bộ.');
    expect(joinPages(['Kết thúc câu.', '- 2 -\nĐoạn mới.'])).toBe('Kết thúc câu.\n\nĐoạn mới.');
  });
});

describe.skipIf(!HAS_OCR)('scanned PDFs (real OCR)', () => {
  it('keeps requirements and deadlines that run over a page break', async () => {
    // Sample 021 printed over two pages: requirement 2 starts on page 1 and its deadline is on page 2.
    const pdf = join(dir, 'two-pages.pdf');
    writeImagePdf(pdf, [
      { jpeg: page('021'), crop: [0, 0.55] },
      { jpeg: page('021'), crop: [0.55, 1] },
    ]);
    const e = await extractFromFile(pdf);
    expect(e.source).toMatchObject({ kind: 'pdf', method: 'ocr', pages: 2, pagesRead: [1, 2], remainingPages: [] });
    const req = Object.fromEntries(e.requirements.map((r) => [r.no, r.deadline]));
    expect(req).toMatchObject({ 1: null, 2: '2021-07-30', 3: '2021-09-15', 4: null, 5: null });
    expect(e.numberSymbol).toBe('1236-CV/HVCTQG');
    expect(e.signer.name).toBe('Hoàng Minh Đức');
  }, 120_000);

  it('gives a long PDF its metadata from the first pages and the last; the rest is read page by page', async () => {
    const pdf = join(dir, 'long.pdf');
    // Letter 003 on page 1, then other pages; the last page is letter 021's (its signature).
    const pages = ['003', '004', '005', '006', '007', '008', '009', '010', '011', '021'].map(page);
    writeImagePdf(pdf, pages);
    const e = await extractFromFile(pdf);
    expect(e.source.pagesRead).toEqual([1, 2, 3, 10]);
    expect(e.source.remainingPages).toEqual([4, 5, 6, 7, 8, 9]);
    expect(e.numberSymbol).toBe('214-KH/TU');
    const seen: number[] = [];
    const rest = await readPdfPages(pdf, [5, 4], { onPage: (p) => seen.push(p.page) });
    expect(rest.map((r) => r.page)).toEqual([5, 4]);
    expect(seen.sort()).toEqual([4, 5]);
    expect(rest[0]?.text).toMatch(/1786\/Q/); // page 5 is letter 007
  }, 180_000);
});
