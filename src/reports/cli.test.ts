import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/tct.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tct-reports-'));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, 'reports', ...args], { encoding: 'utf8', cwd: dir });

describe('tct reports', () => {
  it('writes the template, and check turns it back into the regime version', () => {
    const file = join(dir, 'mau.xlsx');
    expect(run('template', file, '--regime', 'BC_CV2174').status).toBe(0);
    const checked = run('check', file);
    expect(checked.status).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({
      code: 'BC_CV2174',
      kind: 'ad_hoc',
      forms: [{ code: 'B01' }, {}, {}, {}],
    });
  });

  it('lists every error of a broken workbook and exits 1', async () => {
    const file = join(dir, 'sai.xlsx');
    expect(run('template', file).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Chế độ báo cáo')!;
    sheet.getCell('B3').value = 'hai';
    sheet.getCell('B4').value = '32/13/2025';
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = run('check', file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Lỗi sheet "Chế độ báo cáo", dòng 3, cột "Phiên bản": "hai" không phải số nguyên');
    expect(result.stderr).toContain('Lỗi sheet "Chế độ báo cáo", dòng 4, cột "Có hiệu lực từ ngày"');
    expect(result.stderr).toContain('Mẫu không hợp lệ: 2 lỗi');
  });

  it('prints periods as JSON Lines; bad usage and unreadable files exit 2', () => {
    const periods = run('periods', 'BC_SO_KET_6T', '--from', '01/01/2024', '--to', '31/12/2025');
    expect(periods.status).toBe(0);
    expect(
      periods.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).code),
    ).toEqual(['2024-H1', '2025-H1']);
    writeFileSync(join(dir, 'hong.xlsx'), 'not a workbook');
    expect(run('check', join(dir, 'hong.xlsx')).status).toBe(2);
    expect(run('periods', 'KHONG_CO').status).toBe(2);
    expect(run('frobnicate').stderr).toContain('Cách dùng');
  });
});
