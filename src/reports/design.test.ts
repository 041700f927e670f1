import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildDesignWorkbook } from './design/export.ts';
import { parseDesignWorkbook, UnreadableFileError } from './design/parse.ts';
import { QUARTERLY_TRAINING, SHIPPED_REGIMES } from './regimes/index.ts';

/** Round-trips through JSON so undefined members and object identity do not matter. */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

async function edit(buffer: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The row of a sheet whose column A (or another column) reads `text`. */
function rowWith(sheet: ExcelJS.Worksheet, text: string, column = 1): ExcelJS.Row {
  let found: ExcelJS.Row | null = null;
  sheet.eachRow((row) => {
    if (!found && row.getCell(column).value === text) found = row;
  });
  if (!found) throw new Error(`no row "${text}" in ${sheet.name}`);
  return found;
}

describe('regime design workbook', () => {
  it('every shipped regime survives export and parse unchanged', async () => {
    for (const regime of SHIPPED_REGIMES) {
      const parsed = await parseDesignWorkbook(await buildDesignWorkbook(regime));
      expect(parsed.errors, regime.code).toEqual([]);
      expect(plain(parsed.version), regime.code).toEqual(plain(regime));
    }
  });

  it('the template has instructions, the regime, outline, a sheet per form, rules and the source list', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildDesignWorkbook()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Hướng dẫn',
      'Chế độ báo cáo',
      'Đề cương',
      'Biểu B01',
      'Biểu B02',
      'Quy tắc kiểm tra',
      'Nguồn số liệu',
    ]);
  });

  it('accepts what people type: labels for sources and parameters, ≤, text dates, a new version', async () => {
    const buffer = await edit(await buildDesignWorkbook(), (wb) => {
      const regime = wb.getWorksheet('Chế độ báo cáo')!;
      rowWith(regime, 'Phiên bản').getCell(2).value = 2;
      rowWith(regime, 'Có hiệu lực từ ngày').getCell(2).value = '01/01/2026';
      rowWith(regime, 'Tần suất').getCell(2).value = 'hang thang';
      rowWith(regime, 'Cách tính hạn gửi').getCell(2).value = 'Ngày cố định trong tháng';
      rowWith(regime, 'Ngày trong tháng').getCell(2).value = 25;
      const form = wb.getWorksheet('Biểu B01')!;
      const mo = rowWith(form, 'mo');
      mo.getCell(5).value = 'Lớp khai giảng trong kỳ';
      mo.getCell(6).value = 'Phương thức: Trực tuyến';
      mo.getCell(2).value = 'Lớp trực tuyến khai giảng';
      const rules = wb.getWorksheet('Quy tắc kiểm tra')!;
      rowWith(rules, 'B01_TOT_NGHIEP').getCell(3).value = '≤';
    });
    const { version, errors } = await parseDesignWorkbook(buffer);
    expect(errors).toEqual([]);
    expect(version).toMatchObject({
      version: 2,
      effectiveFrom: '2026-01-01',
      frequency: { kind: 'month' },
      deadline: { kind: 'day_of_month', day: 25, monthOffset: 0 },
    });
    expect(version!.forms[0]!.columns[0]!.source).toEqual({
      key: 'training.classes_opened',
      params: { delivery: 'truc_tuyen' },
    });
    expect(version!.rules.find((r) => r.code === 'B01_TOT_NGHIEP')!.operator).toBe('<=');
  });

  it('lists every error of every sheet with sheet, row and column, and returns no version', async () => {
    const buffer = await edit(await buildDesignWorkbook(), (wb) => {
      const regime = wb.getWorksheet('Chế độ báo cáo')!;
      rowWith(regime, 'Phiên bản').getCell(2).value = 'một';
      rowWith(regime, 'Có hiệu lực từ ngày').getCell(2).value = '31/02/2026';
      rowWith(regime, 'Tần suất').getCell(2).value = 'Hai tuần';
      rowWith(regime, 'Tên báo cáo').getCell(4).value = 'Đã xác minh';
      rowWith(regime, 'Tên báo cáo').getCell(3).value = null;
      const form = wb.getWorksheet('Biểu B01')!;
      rowWith(form, 'mo').getCell(3).value = 'Ngày tháng';
      rowWith(form, 'be').getCell(9).value = 'không';
      rowWith(form, 'SC').getCell(4).value = 'level';
      const rules = wb.getWorksheet('Quy tắc kiểm tra')!;
      rowWith(rules, 'B01_TONG').getCell(3).value = '≈';
      rowWith(rules, 'B01_TONG').getCell(5).value = null;
    });
    const { version, errors } = await parseDesignWorkbook(buffer);
    expect(version).toBeNull();
    const at = (sheet: string, column: string) =>
      errors.filter((e) => e.sheet === sheet && e.column === column).map((e) => [e.row, e.message]);
    expect(at('Chế độ báo cáo', 'Phiên bản')).toEqual([[3, '"một" không phải số nguyên']]);
    expect(at('Chế độ báo cáo', 'Có hiệu lực từ ngày')).toEqual([[4, 'Ngày "31/02/2026" không tồn tại']]);
    expect(at('Chế độ báo cáo', 'Tần suất')[0]![1]).toContain('Giá trị "Hai tuần" không hợp lệ');
    expect(at('Chế độ báo cáo', 'Nguồn')[0]![1]).toContain('phải ghi nguồn');
    expect(at('Biểu B01', 'Kiểu')[0]![1]).toContain('Giá trị "Ngày tháng" không hợp lệ');
    expect(at('Biểu B01', 'Tối thiểu')).toEqual([[expect.any(Number), '"không" không phải số']]);
    expect(at('Biểu B01', 'Tham số')[0]![1]).toBe('"level" phải có dạng tên=giá trị');
    expect(at('Quy tắc kiểm tra', 'Phép so sánh')[0]![1]).toContain('Phép so sánh "≈" không hợp lệ');
    expect(at('Quy tắc kiểm tra', 'Mức độ')[0]![1]).toBe('Chưa nhập Mức độ (bắt buộc)');
    expect(errors).toHaveLength(9);
  });

  it('design problems found across sheets come after the sheet errors are fixed', async () => {
    const buffer = await edit(await buildDesignWorkbook(), (wb) => {
      rowWith(wb.getWorksheet('Biểu B01')!, 'mo').getCell(5).value = 'training.classes_somewhere';
      rowWith(wb.getWorksheet('Quy tắc kiểm tra')!, 'B01_TOT_NGHIEP').getCell(2).value = '#{B01.*.graduated}';
    });
    const { version, errors } = await parseDesignWorkbook(buffer);
    expect(version).toBeNull();
    expect(errors.map((e) => e.message)).toContain(
      'Biểu B01, dòng «Sơ cấp lý luận chính trị», cột «Lớp khai giảng trong kỳ»: nguồn số liệu «training.classes_somewhere» không có trong danh mục',
    );
    expect(errors.every((e) => e.sheet === '(toàn bộ mẫu)')).toBe(true);
  });

  it('missing sheets and tables are named; a non-XLSX file is unreadable', async () => {
    const noRules = await edit(await buildDesignWorkbook(), (wb) => {
      const form = wb.getWorksheet('Biểu B02')!;
      rowWith(form, 'CÁC DÒNG').getCell(1).value = 'Dòng';
    });
    // The renamed marker line reads as an incomplete column; the rows' header line stops the column table.
    expect((await parseDesignWorkbook(noRules)).errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [10, 'Tên cột', 'Chưa nhập Tên cột (bắt buộc)'],
      [10, 'Kiểu', 'Chưa nhập Kiểu (bắt buộc)'],
      [null, 'CÁC DÒNG', 'Thiếu bảng "CÁC DÒNG" (dòng tiêu đề "CÁC DÒNG" ở cột A, tiếp theo là dòng tên cột)'],
    ]);
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Trang 1');
    const parsed = await parseDesignWorkbook(Buffer.from(await empty.xlsx.writeBuffer()));
    expect(parsed.errors).toEqual([
      { sheet: 'Chế độ báo cáo', row: null, column: null, message: 'Không có sheet "Chế độ báo cáo"' },
    ]);
    await expect(parseDesignWorkbook(Buffer.from('not a workbook'))).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('keeps the designer-chosen provenance of each element', async () => {
    const { version } = await parseDesignWorkbook(await buildDesignWorkbook(QUARTERLY_TRAINING));
    expect(version!.provenance.frequency).toEqual(QUARTERLY_TRAINING.provenance.frequency);
    expect(version!.provenance.recipient!.confidence).toBe('confirmed');
  });
});
