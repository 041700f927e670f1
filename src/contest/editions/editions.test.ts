import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkEdition,
  copyEdition,
  EDITION_2022,
  EDITION_2024,
  EDITION_2025,
  EDITIONS,
  editionOfYear,
} from './index.ts';
import type { FactOf } from './schema.ts';

const reference = readFileSync(new URL('../../../reference/contest-editions.md', import.meta.url), 'utf8');

function facts(node: unknown, path = ''): [string, FactOf<unknown>][] {
  if (node === null || typeof node !== 'object') return [];
  if ('confidence' in node && 'source' in node && 'value' in node) return [[path, node as FactOf<unknown>]];
  return Object.entries(node).flatMap(([k, v]) => facts(v, `${path}/${k}`));
}

describe('edition data', () => {
  it('has the five editions 2021–2025, each valid against the schema and its own rules', () => {
    expect(EDITIONS.map((e) => [e.year, e.number])).toEqual([
      [2021, 1],
      [2022, 2],
      [2023, 3],
      [2024, 4],
      [2025, 5],
    ]);
    for (const edition of EDITIONS) expect(checkEdition(edition)).toEqual({ ok: true, edition });
    expect(editionOfYear(2023)?.plan.value?.number).toBe('1712-KH/HVCTQG');
    expect(editionOfYear(2030)).toBeNull();
  });

  it('gives every fact a source and a confidence, and leaves what the sources lack empty and uncertain', () => {
    for (const edition of EDITIONS) {
      const all = facts(edition);
      expect(all.length).toBeGreaterThan(15);
      for (const [path, fact] of all) {
        expect(fact.source.length, `${edition.id}${path}`).toBeGreaterThan(5);
        if (fact.value === null) expect(fact.confidence, `${edition.id}${path}`).toBe('uncertain');
      }
      // The sources give no marking scale, margin or final-score rule for any edition: none is invented.
      expect(Object.values(edition.marking).every((f) => f.value === null)).toBe(true);
    }
  });

  it('carries the facts the sources give, traceable in the reference copy', () => {
    for (const edition of EDITIONS) expect(reference).toContain(edition.plan.value!.number);
    expect(EDITION_2022.quota.value).toEqual({
      per: 'author_or_group',
      maxTotal: 2,
      maxByKind: { written: 2, audiovisual: null },
      maxByCategory: { tap_chi: 1, bao: 1 },
    });
    const c2025 = Object.fromEntries(EDITION_2025.categories.map((c) => [c.code, c]));
    expect(c2025.tap_chi!.overlapThreshold.value).toBe(0.2);
    expect(c2025.bao!.overlapThreshold.value).toBe(0.25);
    expect(c2025.video!.overlapThreshold.value).toBeNull();
    expect([c2025.tap_chi!.maxAuthors.value, c2025.phat_thanh!.maxAuthors.value]).toEqual([2, 3]);
    expect(EDITION_2025.quota.value?.maxByKind).toEqual({ written: 2, audiovisual: 3 });
    expect(EDITION_2024.quota.value).toBeNull(); // "the 2024 per-author quota" is among the open questions
    const prizes2024 = Object.fromEntries(EDITION_2024.prizeCategories.map((p) => [p.code, p.prizes.value]));
    expect(prizes2024.video).toEqual({ dac_biet: 0, A: 1, B: 2, C: 3, KK: 6 });
    expect(prizes2024.toan_cuoc?.dac_biet).toBe(1);
  });
});

describe('copyEdition', () => {
  it('copies the rules as an unconfirmed draft and starts plan, window and results empty', () => {
    const before = structuredClone(EDITION_2025);
    const next = copyEdition(EDITION_2025, 2026);
    expect(EDITION_2025).toEqual(before);
    expect(checkEdition(next).ok).toBe(true);
    expect(next).toMatchObject({ id: 'e2026', year: 2026, number: 6 });
    expect(next.title).toContain('lần thứ 6, năm 2026');
    expect([next.plan.value, next.window.value, next.results.value]).toEqual([null, null, null]);
    const tapChi = next.categories.find((c) => c.code === 'tap_chi')!;
    expect(tapChi.overlapThreshold).toMatchObject({ value: 0.2, confidence: 'uncertain' });
    expect(tapChi.overlapThreshold.note).toContain('Sao chép từ lần thi năm 2025');
    expect(next.quota.value).toEqual(EDITION_2025.quota.value);
    for (const [, fact] of facts(next)) if (fact.value !== null) expect(fact.confidence).toBe('uncertain');
    expect(() => copyEdition(EDITION_2025, 2025)).toThrow(/phải sau năm 2025/);
  });
});

describe('checkEdition', () => {
  it('lists what is wrong with an edited edition, in Vietnamese', () => {
    const broken = structuredClone(EDITION_2025);
    broken.categories.push({ ...broken.categories[0]! });
    broken.quota.value!.maxByCategory.radio = 1;
    broken.window.value = { opens: '2025-09-01', closes: '2025-07-15', closesBy: 'postmark' };
    broken.prizeCategories[0]!.categories = ['khong_co'];
    const result = checkEdition(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'Mã thể loại "tap_chi" bị trùng.',
      'Hạng mục giải "Tạp chí" nhắc tới thể loại không có: "khong_co".',
      'Giới hạn số bài nhắc tới thể loại không có: "radio".',
      'Ngày bắt đầu nhận bài phải trước ngày kết thúc.',
    ]);
    const wrongType = { ...structuredClone(EDITION_2025), year: 'hai nghìn' } as unknown;
    expect(checkEdition(wrongType)).toEqual({ ok: false, errors: ['Trường "/year": sai kiểu dữ liệu.'] });
    const threshold = structuredClone(EDITION_2025);
    threshold.categories[0]!.overlapThreshold.value = 20; // a percentage typed where a share is expected
    expect(checkEdition(threshold)).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('lớn hơn giá trị cho phép')],
    });
  });
});
