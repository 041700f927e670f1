import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findLetterStarts, lettersFromStarts, splitBatch } from './split.ts';
import { writeImagePdf } from './test-support.ts';

const REPO = join(import.meta.dirname, '..', '..');
const ROOT = join(REPO, 'test', 'fixtures', 'documents');
const ocr = (n: string) => readFileSync(join(ROOT, n, 'ocr.txt'), 'utf8');
const page = (n: string) => join(ROOT, n, 'page.jpg');
const HAS_OCR = existsSync('/usr/bin/tesseract') && existsSync('/usr/bin/pdfimages');
const dir = mkdtempSync(join(tmpdir(), 'tct-split-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A letter's OCR text cut in two inside its numbered list, as two scanned pages would read. */
function twoPages(n: string): [string, string] {
  const lines = ocr(n).split('\n');
  const at = lines.findIndex((l, i) => i > 10 && /^2\.\s/.test(l));
  return [lines.slice(0, at + 1).join('\n'), lines.slice(at + 1).join('\n')];
}

describe('where letters start (page texts)', () => {
  it('starts a letter at each header block, not at a page that continues one', () => {
    const [a1, a2] = twoPages('021');
    const [b1, b2] = twoPages('048');
    const pages = [ocr('003'), a1, a2, ocr('007'), b1, b2, ocr('057')];
    const starts = findLetterStarts(pages);
    expect(starts.filter((s) => s.starts).map((s) => s.page)).toEqual([1, 2, 4, 5, 7]);
    for (const s of starts.filter((x) => x.starts && x.page > 1)) {
      expect(s.score).toBeGreaterThanOrEqual(0.5);
      expect(s.evidence).toContain('previous-signature');
    }
    expect(starts[2]?.evidence).toContain('continues');
    expect(starts[2]?.score).toBeLessThan(0.5);
  });

  it('makes one extraction per letter; a moved boundary needs no new OCR', () => {
    const [a1, a2] = twoPages('021');
    const pages = [ocr('003'), a1, a2];
    const letters = lettersFromStarts(pages, [1, 2]);
    expect(letters.map((l) => l.pages)).toEqual([
      [1, 1],
      [2, 3],
    ]);
    expect(letters[1]?.extraction.numberSymbol).toBe('1236-CV/HVCTQG');
    expect(letters[1]?.extraction.signer.name).toBe('Hoàng Minh Đức');
    // The clerk merges everything into one letter: the first letter's header wins.
    expect(lettersFromStarts(pages, [1])[0]?.extraction.numberSymbol).toBe('214-KH/TU');
  });
});

describe.skipIf(!HAS_OCR)('a scanner batch PDF (real OCR)', () => {
  const pdf = join(dir, 'batch.pdf');
  writeImagePdf(pdf, [
    page('003'),
    { jpeg: page('021'), crop: [0, 0.55] },
    { jpeg: page('021'), crop: [0.55, 1] },
    page('007'),
    page('045'),
  ]);

  it('splits it into its letters with their page ranges and fields', async () => {
    const b = await splitBatch(pdf);
    expect(b.pages).toBe(5);
    expect(b.letters.map((l) => l.pages)).toEqual([
      [1, 1],
      [2, 3],
      [4, 4],
      [5, 5],
    ]);
    expect(b.letters.map((l) => l.extraction.numberSymbol)).toEqual([
      '214-KH/TU',
      '1236-CV/HVCTQG',
      '1786/QĐ-UBND',
      '1047-CV/HVCTQG',
    ]);
    const two = b.letters[1]?.extraction;
    expect(two?.requirements.find((r) => r.no === 2)?.deadline).toBe('2021-07-30');
    expect(b.pageStarts[2]?.starts).toBe(false);
    expect(b.pageTexts).toHaveLength(5);
  }, 180_000);

  it('tct extract --split prints one JSON line per letter with its page range', () => {
    const r = spawnSync(process.execPath, ['bin/tct.js', 'extract', '--split', '--no-text', pdf], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { letter: number; pages: number[]; numberSymbol: string; text?: string });
    expect(lines.map((l) => [l.letter, l.pages])).toEqual([
      [1, [1, 1]],
      [2, [2, 3]],
      [3, [4, 4]],
      [4, [5, 5]],
    ]);
    expect(lines[1]?.numberSymbol).toBe('1236-CV/HVCTQG');
    expect(lines[0]?.text).toBeUndefined();
  }, 180_000);
});
