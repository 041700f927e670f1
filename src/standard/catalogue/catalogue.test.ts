import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../compliance/test-support.ts';
import { comparisonKey } from '../../compliance/text.ts';
import { catalogueInForce, formatThreshold, meetsThreshold, thresholdFor } from './catalogue.ts';
import { CATALOGUE_COLUMNS, CATALOGUE_SHEET } from './columns.ts';
import { type CatalogueImportOptions, parseCatalogueFile } from './import.ts';
import { PROVISIONAL_CATALOGUE } from './provisional.ts';
import { buildCatalogueTemplate } from './template.ts';
import { thresholdCell } from './threshold-cell.ts';
import { CatalogueVersionSchema, type CatalogueVersion } from './types.ts';

const HEADERS = CATALOGUE_COLUMNS.map((c) => c.header);
const opts: CatalogueImportOptions = {
  id: 'qd11-chinh-thuc',
  title: 'Danh mục chính thức',
  effectiveFrom: '2021-07-01',
  source: 'Hướng dẫn của Học viện (ví dụ)',
  confidence: 'confirmed',
  existingVersionIds: [PROVISIONAL_CATALOGUE.id],
};

/** A row in template column order from a partial record keyed by header. */
const row = (cells: Partial<Record<string, unknown>>) => HEADERS.map((h) => cells[h] ?? null);
const good = (code: string, extra: Partial<Record<string, unknown>> = {}) =>
  row({ 'Tiêu chí': code[0], 'Mã chỉ tiêu': code, 'Nội dung chỉ tiêu': `Chỉ tiêu ${code}`, ...extra });
const parseRows = async (rows: unknown[][], headers: unknown[] = HEADERS, o = opts) =>
  parseCatalogueFile(await buildWorkbook([{ name: CATALOGUE_SHEET, rows: [headers, ...rows] }]), 'dm.xlsx', o);

describe('shipped provisional catalogue', () => {
  it('matches its TypeBox schema, has the six criteria and marks every indicator unverified', () => {
    expect(Value.Check(CatalogueVersionSchema, PROVISIONAL_CATALOGUE)).toBe(true);
    expect(PROVISIONAL_CATALOGUE.criteria.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(PROVISIONAL_CATALOGUE.declaredIndicatorCount).toBe(55);
    expect(PROVISIONAL_CATALOGUE.items.every((i) => i.confidence !== 'confirmed' && i.source.length > 0)).toBe(true);
    // Only 2.01 has a threshold (implied by two sources); no mức-2 figure is known for any indicator.
    expect(PROVISIONAL_CATALOGUE.items.filter((i) => i.level1Threshold).map((i) => i.code)).toEqual(['2.01']);
    expect(PROVISIONAL_CATALOGUE.items.every((i) => i.level2Threshold === null)).toBe(true);
  });

  it('mức 2 falls back to the mức-1 threshold when it raises nothing', () => {
    const item = { ...PROVISIONAL_CATALOGUE.items[0]!, level2Threshold: { op: '>=' as const, value: 85 } };
    expect(thresholdFor(item, 2)).toMatchObject({ threshold: { value: 85 }, raised: true });
    expect(thresholdFor(PROVISIONAL_CATALOGUE.items[0]!, 2)).toMatchObject({ threshold: { value: 75 }, raised: false });
    expect(thresholdFor(PROVISIONAL_CATALOGUE.items[1]!, 1)).toBeNull();
    expect(meetsThreshold(74.9, { op: '>=', value: 75 })).toBe(false);
    expect(meetsThreshold(2, { op: '<=', value: 2 })).toBe(true);
    expect(formatThreshold({ op: '>=', value: 75 }, '%')).toBe('≥ 75%');
  });

  it('selects the version in force on a date', () => {
    const later: CatalogueVersion = { ...PROVISIONAL_CATALOGUE, id: 'v2', effectiveFrom: '2024-01-01' };
    expect(catalogueInForce([later, PROVISIONAL_CATALOGUE], '2023-12-31')?.id).toBe(PROVISIONAL_CATALOGUE.id);
    expect(catalogueInForce([later, PROVISIONAL_CATALOGUE], '2024-01-01')?.id).toBe('v2');
    expect(catalogueInForce([later], '2020-01-01')).toBeNull();
  });
});

describe('template', () => {
  it('the blank template parses back: one example indicator', async () => {
    const parsed = await parseCatalogueFile(await buildCatalogueTemplate(), 'mau.xlsx', opts);
    expect(parsed.errors).toEqual([]);
    expect(parsed.version?.items).toHaveLength(1);
    expect(parsed.version?.items[0]).toMatchObject({ code: '2.01', level1Threshold: { op: '>=', value: 75 } });
  });

  it('a version written out and read back is the same catalogue', async () => {
    const file = await buildCatalogueTemplate(PROVISIONAL_CATALOGUE);
    const parsed = await parseCatalogueFile(file, 'dm.xlsx', { ...opts, confidence: 'uncertain' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.version?.items).toEqual(PROVISIONAL_CATALOGUE.items);
    expect(parsed.notices).toContain('Tệp có 14 chỉ tiêu; Quy định 11-QĐ/TW có 55 chỉ tiêu ở mức 1.');
    expect(parsed.notices.some((n) => n.startsWith('Tiêu chí 1 '))).toBe(true);
  });
});

describe('import', () => {
  it('reads headers without diacritics in any order, thresholds in Vietnamese forms, and defaults', async () => {
    const headers = [...HEADERS].reverse().map((h) => comparisonKey(h).toUpperCase());
    const rows = [
      good('2.01', { 'Ngưỡng mức 1': '≥ 75%', 'Ngưỡng mức 2': 'từ 85% trở lên', 'Cách tính': 'staff.lecturer_share' }),
      good('3.01', { 'Ngưỡng mức 1': 'tối đa 2,5', 'Đơn vị tính': 'lớp', 'Cách tính': 'Nhập tay' }),
      good('5.01', { 'Mức tin cậy': 'Chưa xác minh', Nguồn: 'Điều 9' }),
    ].map((r) => [...r].reverse());
    const parsed = await parseRows(rows, headers);
    expect(parsed.errors).toEqual([]);
    const [a, b, c] = parsed.version!.items;
    expect(a).toMatchObject({ unit: '%', level1Threshold: { op: '>=', value: 75 }, level2Threshold: { value: 85 } });
    expect(b).toMatchObject({ howComputed: 'entered', level1Threshold: { op: '<=', value: 2.5 } });
    expect(a!.source).toBe(opts.source);
    expect(a!.confidence).toBe('confirmed');
    expect(c).toMatchObject({ source: 'Điều 9', confidence: 'uncertain', unit: null, level1Threshold: null });
  });

  it('lists every error with sheet, row and column, and returns no version', async () => {
    const parsed = await parseRows([
      good('2.01'),
      good('2.01'),
      good('3.1'),
      row({ 'Tiêu chí': '7', 'Mã chỉ tiêu': '7.01', 'Nội dung chỉ tiêu': 'x' }),
      good('4.01', { 'Tiêu chí': '3' }),
      good('2.02', { 'Cách tính': 'staff.lecturer_share', 'Đơn vị tính': 'người' }),
      good('2.03', { 'Ngưỡng mức 1': 'khoảng 70' }),
      good('2.04', { 'Ngưỡng mức 1': '≥ 80', 'Ngưỡng mức 2': '≥ 70' }),
      good('2.05', { 'Cách tính': 'staff.lecturer_share', 'Ngưỡng mức 1': 0.75 }),
      good('2.06', { 'Cách tính': 'tu nghi ra', 'Mức tin cậy': 'chắc chắn' }),
      row({ 'Tiêu chí': '2', 'Mã chỉ tiêu': '2.07' }),
    ]);
    expect(parsed.version).toBeNull();
    const at = (r: number) => parsed.errors.filter((e) => e.row === r).map((e) => `${e.column}: ${e.message}`);
    expect(at(3)).toEqual(['Mã chỉ tiêu: Trùng mã chỉ tiêu "2.01" với dòng 2']);
    expect(at(4)[0]).toMatch(/^Mã chỉ tiêu: .*dạng/);
    expect(at(5)[0]).toMatch(/^Tiêu chí: Tiêu chí "7" không có/);
    expect(at(6)).toEqual(['Mã chỉ tiêu: Mã chỉ tiêu "4.01" không thuộc tiêu chí 3']);
    expect(at(7)[0]).toMatch(/^Đơn vị tính: .*"%", không phải "người"/);
    expect(at(8)[0]).toMatch(/^Ngưỡng mức 1: Ngưỡng "khoảng 70" không đọc được/);
    expect(at(9)[0]).toMatch(/^Ngưỡng mức 2: Mức 2 chỉ nâng ngưỡng/);
    expect(at(10)[0]).toMatch(/^Ngưỡng mức 1: .*ghi 75/);
    expect(at(11)).toHaveLength(2);
    expect(at(12)).toEqual(['Nội dung chỉ tiêu: Chưa nhập Nội dung chỉ tiêu (bắt buộc)']);
    expect(parsed.errors.every((e) => e.sheet === CATALOGUE_SHEET)).toBe(true);
  });

  it('reports a missing required column once and checks the version details', async () => {
    const headers = HEADERS.filter((h) => h !== 'Mã chỉ tiêu');
    const parsed = await parseRows([['2', 'x']], headers, {
      ...opts,
      id: PROVISIONAL_CATALOGUE.id,
      effectiveFrom: '2021-02-30',
      title: ' ',
    });
    expect(parsed.errors.map((e) => e.message)).toEqual([
      `Phiên bản "${PROVISIONAL_CATALOGUE.id}" đã có`,
      'Chưa nhập tên phiên bản danh mục',
      'Ngày hiệu lực "2021-02-30" không hợp lệ',
      'Thiếu cột bắt buộc "Mã chỉ tiêu"',
    ]);
  });

  it('accepts a CSV of the sheet with semicolons', async () => {
    const csv = `${HEADERS.join(';')}\n2;2.01;Tỷ lệ giảng viên;%;staff.lecturer_share;≥ 75;;;;\n`;
    const parsed = await parseCatalogueFile(Buffer.from(csv), 'dm.csv', opts);
    expect(parsed.errors).toEqual([]);
    expect(parsed.version?.items[0]?.level1Threshold).toEqual({ op: '>=', value: 75 });
  });
});

describe('threshold cells', () => {
  it.each([
    ['≥ 75', { op: '>=', value: 75 }],
    ['>=75', { op: '>=', value: 75 }],
    ['75', { op: '>=', value: 75 }],
    ['≤ 2 lớp', { op: '<=', value: 2 }],
    ['2 lớp trở xuống', { op: '<=', value: 2 }],
    ['không quá 1.000', { op: '<=', value: 1000 }],
    ['ít nhất 2,5 tỷ đồng', { op: '>=', value: 2.5 }],
  ])('%s', (typed, expected) => {
    expect(thresholdCell(typed, null)).toEqual({ value: expected });
  });

  it('refuses strict inequalities and text', () => {
    expect(thresholdCell('> 75', null)).toHaveProperty('error');
    expect(thresholdCell('cao', null)).toHaveProperty('error');
  });
});
