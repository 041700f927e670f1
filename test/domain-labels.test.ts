/** Issue 11.8: labels a school official would read as wrong. Scans the code that produces UI and seed text. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLE_LABELS } from '../src/modules/tenancy/actor.ts';

const ROOT = new URL('..', import.meta.url).pathname;
function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'api' ? [] : files(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}
// reports/design/vocabulary.ts lists the ways people write a kind (recognition input), not labels
const SOURCES = [...files('src'), ...files('web/src')].filter((f) => !f.endsWith('vocabulary.ts'));

describe('labels', () => {
  it.each([
    ['Ô tô vàng', 'say "Ô nền vàng"'],
    ['Nơi nhận (Kính gửi)', '"Kính gửi" and "Nơi nhận" are different parts of a letter'],
    ['Kính trình Thầy', '"Kính trình đồng chí Hiệu trưởng"'],
    ['cán bộ bộ, ngành', '"trường cán bộ của bộ, ngành, đoàn thể Trung ương"'],
  ])('no "%s" (%s)', (phrase) => {
    const hits = SOURCES.filter((f) =>
      readFileSync(join(ROOT, f), 'utf8').toLowerCase().includes(phrase.toLowerCase()),
    );
    expect(hits).toEqual([]);
  });

  it("a leader is not labelled with the board's name", () => {
    expect(ROLE_LABELS.leader).not.toBe('Ban Giám hiệu');
    const seed = readFileSync(join(ROOT, 'src/seed/seed-demo.ts'), 'utf8');
    expect(seed).toMatch(/title: 'Hiệu trưởng'/);
  });
});
