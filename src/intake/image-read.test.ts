import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFromText } from './extract/index.ts';
import { betterReading, missingCoreFields, readImage } from './image-read.ts';
import { CORE_LETTER_HEAD, CORE_LETTER_SIGNATURE, SEALED_SIGNATURE } from './test-support.ts';

// A short synthetic letter with every core field, and the same page with the signature block read as noise
// (what a global threshold makes of strokes under a grey seal).
const LETTER = `${CORE_LETTER_HEAD}\n${CORE_LETTER_SIGNATURE}`;
const SEALED = `${CORE_LETTER_HEAD}\n${SEALED_SIGNATURE}`;

const dir = mkdtempSync(join(tmpdir(), 'tct-image-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in tesseract: prints `otsu` or `sauvola` text by its -c argument and logs each call's arguments. */
function fakeTesseract(name: string, otsu: string, sauvola: string): { path: string; calls: () => string[] } {
  const log = join(dir, `${name}.log`);
  writeFileSync(join(dir, `${name}.otsu`), otsu);
  writeFileSync(join(dir, `${name}.sauvola`), sauvola);
  writeFileSync(log, '');
  const path = join(dir, name);
  writeFileSync(
    path,
    `#!/bin/sh\necho "$*" >> '${log}'\ncase "$*" in *thresholding_method=2*) cat '${path}.sauvola';; *) cat '${path}.otsu';; esac\n`,
  );
  chmodSync(path, 0o755);
  return { path, calls: () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) };
}

describe('image reading: a second reading with a local threshold when a core field is missing', () => {
  it('counts the core fields a reading lost', () => {
    expect(missingCoreFields(extractFromText(LETTER))).toBe(0);
    expect(missingCoreFields(extractFromText(SEALED))).toBe(2);
  });

  it('keeps the second reading only when it misses strictly fewer core fields', () => {
    const full = extractFromText(LETTER);
    const sealed = extractFromText(SEALED);
    expect(betterReading(sealed, full)).toBe('second');
    expect(betterReading(full, sealed)).toBe('first');
    expect(betterReading(sealed, sealed)).toBe('first');
  });

  it('reads once when the first reading has every core field', async () => {
    const t = fakeTesseract('complete', LETTER, SEALED);
    const r = await readImage(join(dir, 'page.jpg'), { tesseractPath: t.path });
    expect(r.readings).toBe(1);
    expect(t.calls()).toHaveLength(1);
    expect(r.extraction.signer.name).toBe('Nguyễn Văn An');
  });

  it('reads again with thresholding_method=2 and keeps that reading when it recovers the signer', async () => {
    const t = fakeTesseract('sealed', SEALED, LETTER);
    const r = await readImage(join(dir, 'page.jpg'), { tesseractPath: t.path });
    expect(r.readings).toBe(2);
    expect(t.calls()[1]).toContain('thresholding_method=2');
    expect(r.text).toBe(LETTER);
    expect(r.extraction.signer).toMatchObject({ name: 'Nguyễn Văn An', title: 'GIÁM ĐỐC' });
  });

  it('keeps the first reading when the second is no better', async () => {
    const t = fakeTesseract('worse', SEALED, 'không đọc được');
    const r = await readImage(join(dir, 'page.jpg'), { tesseractPath: t.path });
    expect(r.readings).toBe(2);
    expect(r.text).toBe(SEALED);
  });
});
