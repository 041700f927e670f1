import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');

describe('tct extract', () => {
  it('prints JSON Lines for good files, a Vietnamese message for a missing one, and exits non-zero', () => {
    const good = 'test/fixtures/documents/seed/ocr.txt';
    const good2 = 'test/fixtures/documents/007/clean.txt';
    const missing = 'test/fixtures/documents/khong-co-tep.pdf';
    const r = spawnSync(process.execPath, ['bin/tct.js', 'extract', good, missing, good2], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(a?.file).toBe(good);
    expect(a?.numberSymbol).toBe('2174-CV/HVCTQG');
    expect(b?.file).toBe(good2);
    expect(b?.numberSymbol).toBe('1786/QĐ-UBND');
    expect(r.stderr).toContain(`Không tìm thấy tệp: ${missing}`);
  });

  it('--pretty indents and exits 0 when all files are read', () => {
    const r = spawnSync(
      process.execPath,
      ['bin/tct.js', 'extract', 'test/fixtures/documents/001/clean.txt', '--pretty', '--no-text'],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\n  "file": "test/fixtures/documents/001/clean.txt"');
    expect(JSON.parse(r.stdout).source.kind).toBe('text');
  });
});
