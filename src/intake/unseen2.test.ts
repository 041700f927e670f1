/**
 * Generalisation check on the second generator's letters (test/fixtures/unseen/gen2, issue 17): written from
 * the document standards and the network data, not from the engine's rules, with rendered pages read by
 * tesseract (ocr.txt) and text-level damage (synth.txt). The sets worked on (dev2–dev10) set floors; holdout2
 * only has to be complete, and holdout3 and holdout4, the sets nobody reads, are not scored here. Floors sit a little under the figures measured when they
 * were set (notes/gen.md; raised after the engine work: notes/session-2026-12-07b.md), so that a regression fails.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFolder } from './score-folder.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'unseen', 'gen2');

const score = (root: string, file: string) => scoreFolder(root, file);

describe('gen2 unseen letters (dev2)', () => {
  const floors = { clean: 0.98, ocr: 0.945, synth: 0.95 };
  it.each(['clean', 'ocr', 'synth'] as const)('%s text', (kind) => {
    const r = score(join(ROOT, 'dev2'), `${kind}.txt`);
    expect(r.documents).toBe(40);
    expect(r.missing).toBe(0);
    expect(r.mean).toBeGreaterThanOrEqual(floors[kind]);
  });
});

describe('gen2 unseen letters (holdout2)', () => {
  it.each(['clean', 'ocr', 'synth'] as const)('%s text is complete', (kind) => {
    const r = score(join(ROOT, 'holdout2'), `${kind}.txt`);
    expect(r.documents).toBe(40);
    expect(r.missing).toBe(0);
  });
});

// The sets worked on since (dev3–dev10; notes/session-2026-12-07e.md, -07f.md, -07g.md): floors a little under the end-of-session
// figures, so that a rule that helps one set and breaks another fails here.
describe.each([
  ['dev3', 60, { clean: 0.995, ocr: 0.96, synth: 0.96 }],
  ['dev4', 60, { clean: 0.995, ocr: 0.95, synth: 0.955 }],
  ['dev5', 60, { clean: 0.995, ocr: 0.955, synth: 0.965 }],
  ['dev6', 60, { clean: 0.995, ocr: 0.955, synth: 0.95 }],
  // dev7 and dev8 (notes/session-2026-12-07f.md): 80 letters each, made in the session of 2026-12-07 (sixth).
  ['dev7', 80, { clean: 0.995, ocr: 0.955, synth: 0.955 }],
  ['dev8', 80, { clean: 0.995, ocr: 0.96, synth: 0.95 }],
  // dev9 (notes/session-2026-12-07g.md): 80 letters, scored once unread (0.952 on OCR text) and then worked on.
  ['dev9', 80, { clean: 0.995, ocr: 0.955, synth: 0.955 }],
  // dev10 (notes/session-2026-12-07g.md): 80 letters, scored once unread at the end of the session (0.940).
  ['dev10', 80, { clean: 0.995, ocr: 0.94, synth: 0.96 }],
] as const)('gen2 unseen letters (%s)', (set, count, floors) => {
  it.each(['clean', 'ocr', 'synth'] as const)('%s text', (kind) => {
    const r = score(join(ROOT, set), `${kind}.txt`);
    expect(r.documents).toBe(count);
    expect(r.missing).toBe(0);
    expect(r.mean).toBeGreaterThanOrEqual(floors[kind]);
  });
});
