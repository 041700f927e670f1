/**
 * Generalisation check: letters written independently of the 20 samples (test/fixtures/unseen/, made by
 * letters.py + make.py there: state and Party types, legal numbers, authorities, stamps, marks, deadlines in
 * words) scored by the same scorer, from the typed text and from OCR-damaged text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract/index.ts';
import { scorePredictions } from './score.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'unseen');

function score(file: string) {
  const docs = readdirSync(ROOT)
    .filter((d) => existsSync(join(ROOT, d, file)) && existsSync(join(ROOT, d, 'truth.json')))
    .sort();
  const preds = docs.map((d) => ({
    file: join(ROOT, d, file),
    ...extractFromText(readFileSync(join(ROOT, d, file), 'utf8')),
  }));
  return scorePredictions(ROOT, preds as never, docs);
}

describe('unseen letters (not the samples)', () => {
  it('clean text ≥ 0.98', () => {
    const r = score('clean.txt');
    expect(r.documents).toBeGreaterThanOrEqual(12);
    expect(r.mean).toBeGreaterThanOrEqual(0.98);
  });

  it('OCR-damaged text ≥ 0.97', () => {
    const r = score('ocr.txt');
    expect(r.documents).toBeGreaterThanOrEqual(12);
    expect(r.missing).toBe(0);
    expect(r.mean).toBeGreaterThanOrEqual(0.97);
  });
});
