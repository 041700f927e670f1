import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract/index.ts';
import { scorePredictions } from './score.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'documents');
const SCORER = join(import.meta.dirname, '..', '..', 'tools', 'score-extraction.py');

function predictions(file: string) {
  const docs = readdirSync(ROOT)
    .filter((d) => existsSync(join(ROOT, d, file)) && existsSync(join(ROOT, d, 'truth.json')))
    .sort();
  return {
    docs,
    preds: docs.map((d) => ({
      file: join(ROOT, d, file),
      ...extractFromText(readFileSync(join(ROOT, d, file), 'utf8')),
    })),
  };
}

describe('seed letter 2174-CV/HVCTQG', () => {
  const text = readFileSync(join(ROOT, 'seed', 'ocr.txt'), 'utf8');
  const truth = JSON.parse(readFileSync(join(ROOT, 'seed', 'truth.json'), 'utf8'));
  const e = extractFromText(text);

  it('gets every scored field right', () => {
    const { requirements, ...rest } = truth;
    for (const [k, v] of Object.entries(rest)) expect(e[k as keyof typeof e], k).toEqual(v);
    expect(e.requirements.map(({ no, deadline }) => ({ no, deadline }))).toEqual(requirements);
  });

  it('reads the handwritten receipt date 06.1.6.2022 as 16/6/2022 with low confidence', () => {
    expect(e.incoming?.date).toBe('2022-06-16');
    expect(e.confidence['incoming.date']).toBeLessThan(0.5);
    expect(e.confidence.numberSymbol).toBeGreaterThan(0.9);
  });

  it('keeps handwriting out of the fields and reports it', () => {
    const notes = e.annotations.map((a) => a.text);
    expect(notes).toContain('<i>(vthi gửi 2 đợc phê)</i>');
    expect(notes).toContain('** trường k, p biết để theo mieu f. hieu.*');
    for (const a of e.annotations) expect(text.slice(a.span[0], a.span[1])).toBe(a.text);
  });
});

describe('accuracy over the fixtures (the scorer, TypeScript port)', () => {
  it('clean text ≥ 0.99', () => {
    const { docs, preds } = predictions('clean.txt');
    const r = scorePredictions(ROOT, preds as never, docs);
    expect(r.documents).toBe(60);
    expect(r.mean).toBeGreaterThanOrEqual(0.99);
  });

  // 001–020 were tuned against; 021–060 came later and were first measured at 0.919 (notes/intake.md).
  it('OCR text ≥ 0.94', () => {
    const { preds } = predictions('ocr.txt');
    const r = scorePredictions(ROOT, preds as never);
    expect(r.documents).toBe(61);
    expect(r.missing).toBe(0);
    expect(r.mean).toBeGreaterThanOrEqual(0.94);
  });

  it.skipIf(spawnSync('python3', ['--version']).status !== 0)('agrees with tools/score-extraction.py', () => {
    const { preds } = predictions('ocr.txt');
    // Break a few fields so both scorers have errors to agree on.
    const damaged = preds.map((p, i) =>
      i % 3 === 0
        ? { ...p, recipients: p.recipients.slice(1), incoming: null, signer: { ...p.signer, authority: 'KT' } }
        : p,
    );
    const dir = mkdtempSync(join(tmpdir(), 'tct-score-'));
    try {
      const out = join(dir, 'out.jsonl');
      writeFileSync(out, damaged.map((p) => JSON.stringify(p)).join('\n'));
      const py = spawnSync('python3', [SCORER, ROOT, out], { encoding: 'utf8' });
      expect(py.status).toBe(0);
      const ts = scorePredictions(ROOT, damaged as never);
      const pyFields = Object.fromEntries(
        [...py.stdout.matchAll(/^\s+(\S+)\s+([\d.]+)$/gm)].map((m) => [m[1], Number(m[2])]),
      );
      for (const [k, v] of Object.entries(ts.fields)) expect(Number(v.toFixed(3)), k).toBe(pyFields[k]);
      expect(py.stdout).toContain(`mean field accuracy ${ts.mean.toFixed(3)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
