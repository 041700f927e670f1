import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook, CLASS_HEADERS, classRow, LEARNER_HEADERS, learnerRow } from './test-support.ts';

const bin = fileURLToPath(new URL('../../bin/tct.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tct-compliance-'));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'compliance', ...args], { encoding: 'utf8' });

const KEYS = ['sheet', 'row', 'classCode', 'learner', 'rule', 'severity', 'regime', 'message', 'source'];

beforeAll(async () => {
  const good = await buildWorkbook([
    {
      name: 'Lớp học',
      rows: [
        CLASS_HEADERS,
        classRow({ 'Mã lớp': 'TC-57', 'Ngày khai giảng': '01/09/2024' }),
        classRow({
          'Mã lớp': 'TC-ONLINE',
          'Chương trình': 'Sơ cấp LLCT',
          'Phương thức': 'Trực tuyến',
          'Ngày khai giảng': '31/05/2022',
          'Ngày bế giảng': null,
        }),
        classRow({ 'Mã lớp': 'OLD', 'Ngày khai giảng': '07/02/2022', 'Ngày bế giảng': null }),
      ],
    },
    {
      name: 'Học viên',
      rows: [
        LEARNER_HEADERS,
        learnerRow({ 'Mã lớp': 'TC-57', 'Họ và tên': 'Trần Văn Bình', 'Ngày sinh': '02/09/1989' }),
        learnerRow({ 'Mã lớp': 'TC-57', 'Họ và tên': 'Lê Thị Cúc', 'Giới tính': 'Nữ', 'Ngày sinh': '01/09/1991' }),
        learnerRow({ 'Mã lớp': 'OLD', 'Đảng viên': 'Không', 'Ngày vào Đảng': null }),
      ],
    },
  ]);
  writeFileSync(join(dir, 'good.xlsx'), good);
  const bad = await buildWorkbook([
    { name: 'Lớp học', rows: [CLASS_HEADERS, classRow({ 'Hình thức': 'Bán tập trung' })] },
    { name: 'Học viên', rows: [LEARNER_HEADERS, learnerRow({ 'Ngày sinh': '30/02/1990' })] },
  ]);
  writeFileSync(join(dir, 'bad.xlsx'), bad);
  writeFileSync(join(dir, 'broken.xlsx'), 'this is not a workbook');
  const csv = (rows: unknown[][]) =>
    rows.map((r) => r.map((v) => (v === null ? '' : `"${String(v)}"`)).join(',')).join('\n');
  writeFileSync(
    join(dir, 'lop.csv'),
    csv([CLASS_HEADERS, classRow({ 'Mã lớp': 'K1', 'Ngày khai giảng': '01/10/2025', 'Ngày bế giảng': null })]),
  );
  writeFileSync(
    join(dir, 'hv.csv'),
    csv([
      LEARNER_HEADERS,
      learnerRow({ 'Mã lớp': 'K1' }),
      learnerRow({ 'Mã lớp': 'K1', 'Họ và tên': 'Đinh Văn Khoa', 'Xếp loại năm trước': 'HTNV' }),
    ]),
  );
  writeFileSync(
    join(dir, 'limits.json'),
    JSON.stringify({ classSizeLimits: [{ level: 'Trung cấp LLCT', mode: 'Không tập trung', max: 1 }] }),
  );
});

describe('tct compliance check', () => {
  it('prints one JSON finding per line and exits 0 even with findings', () => {
    const result = run('check', join(dir, 'good.xlsx'));
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const line of lines) expect(Object.keys(line)).toEqual(KEYS);
    expect(lines.map((l) => [l.sheet, l.row, l.classCode, l.learner, l.rule, l.severity, l.regime])).toEqual([
      ['Học viên', 2, 'TC-57', 'Trần Văn Bình', 'L-TC-03', 'warning', 'R57'],
      ['Lớp học', 3, 'TC-ONLINE', null, 'C-03', 'warning', 'R57'],
    ]);
    expect(lines[1]!.source).toBe('Công văn 2174-CV/HVCTQG ngày 31/5/2022, mục 3 (dẫn 494-CV/HVCTQG, 875-CV/HVCTQG)');
    expect(result.stderr).toContain('Chưa có bộ quy tắc cho ngày khai giảng 07/02/2022');
  });
  it('checks one CSV per sheet given together', () => {
    const result = run('check', join(dir, 'lop.csv'), join(dir, 'hv.csv'));
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => [l.sheet, l.row, l.learner, l.rule, l.severity, l.regime])).toEqual([
      ['Học viên', 3, 'Đinh Văn Khoa', 'L-TC-05', 'blocking', 'R350'],
    ]);
  });
  it('applies class-size limits from --config', () => {
    const result = run('check', join(dir, 'good.xlsx'), '--config', join(dir, 'limits.json'));
    expect(result.status).toBe(0);
    const rules = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { rule: string; row: number });
    expect(rules).toContainEqual(expect.objectContaining({ rule: 'C-04', row: 2 }));
  });
  it('exits 1 and lists every validation error with sheet, row and column', () => {
    const result = run('check', join(dir, 'bad.xlsx'));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('sheet "Lớp học", dòng 2, cột "Hình thức"');
    expect(result.stderr).toContain('sheet "Học viên", dòng 2, cột "Ngày sinh"');
  });
  it('exits 2 when the file cannot be read', () => {
    expect(run('check', join(dir, 'broken.xlsx')).status).toBe(2);
    expect(run('check', join(dir, 'missing.xlsx')).status).toBe(2);
    expect(run('check').status).toBe(2);
  });
});
