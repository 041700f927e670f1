/**
 * Training import and compliance in the browser: the Thái Nguyên leader downloads the template,
 * fills it (here, with exceljs), previews it in the wizard, confirms, opens a class, sees its findings
 * with their citations, accepts one by a decision; the school administrator then finds that decision
 * in the audit log.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO, expectContains, expectText, logIn, startHarness, type Harness } from './harness.ts';

let harness: Harness;
let dir: string;

beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'tct-e2e-training-'));
});

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TN = 'Trường Chính trị tỉnh Thái Nguyên';

/** Replace the template's example row of a sheet by our rows, written under the template's own headers. */
function fillSheet(ws: ExcelJS.Worksheet, rows: Record<string, unknown>[]): void {
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  ws.spliceRows(2, 1);
  rows.forEach((values, i) => {
    const row = ws.getRow(i + 2);
    for (const [header, value] of Object.entries(values)) {
      const col = headers.indexOf(header);
      expect(col, `column ${header}`).toBeGreaterThan(0);
      row.getCell(col).value = value as ExcelJS.CellValue;
    }
    row.commit();
  });
}

async function fillTemplate(template: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const base = {
    'Cơ sở đào tạo': TN,
    'Chương trình': 'Trung cấp LLCT',
    'Hình thức': 'Không tập trung',
    'Phương thức': 'Trực tiếp',
    'Địa điểm': 'Thái Nguyên',
  };
  fillSheet(wb.getWorksheet('Lớp học')!, [
    {
      ...base,
      'Mã lớp': 'E2E-TC57',
      'Tên lớp': 'Trung cấp LLCT không tập trung K30',
      'Ngày khai giảng': day('2024-09-01'),
      'Ngày bế giảng': day('2025-06-30'),
    },
    {
      ...base,
      'Mã lớp': 'E2E-TC350',
      'Tên lớp': 'Trung cấp LLCT không tập trung K31',
      'Ngày khai giảng': day('2025-09-15'),
      'Ngày bế giảng': day('2026-09-15'),
    },
    {
      ...base,
      'Mã lớp': 'E2E-SC-ONLINE',
      'Tên lớp': 'Sơ cấp LLCT trực tuyến',
      'Chương trình': 'Sơ cấp LLCT',
      'Hình thức': 'Tập trung',
      'Phương thức': 'Trực tuyến',
      'Ngày khai giảng': day('2023-03-01'),
    },
  ]);
  const learner = {
    'Giới tính': 'Nam',
    'Dân tộc': 'Kinh',
    'Đảng viên': 'Chính thức',
    'Ngày vào Đảng': day('2015-05-19'),
    'Trình độ học vấn': 'Đại học',
    'Chức vụ': 'Phó Chủ tịch UBND xã',
    'Xếp loại năm trước': 'HTTNV',
    'Xếp loại hai năm trước': 'HTXSNV',
  };
  fillSheet(wb.getWorksheet('Học viên')!, [
    { ...learner, 'Mã lớp': 'E2E-TC57', 'Họ và tên': 'Nguyễn Văn Trẻ', 'Ngày sinh': day('1995-01-01') },
    { ...learner, 'Mã lớp': 'E2E-TC57', 'Họ và tên': 'Lê Thị Đủ', 'Giới tính': 'Nữ', 'Ngày sinh': day('1980-05-12') },
    {
      ...learner,
      'Mã lớp': 'E2E-TC350',
      'Họ và tên': 'Phạm Văn Nhỏ',
      'Ngày sinh': day('2000-01-01'),
      'Ngày vào Đảng': day('2022-01-01'),
    },
    {
      ...learner,
      'Mã lớp': 'E2E-TC350',
      'Họ và tên': 'Vũ Thị Chuẩn',
      'Giới tính': 'Nữ',
      'Ngày sinh': day('1988-01-01'),
    },
    {
      ...learner,
      'Mã lớp': 'E2E-SC-ONLINE',
      'Họ và tên': 'Lò Văn Sơn',
      'Dân tộc': 'Thái',
      'Ngày sinh': day('1990-01-01'),
    },
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('training import and compliance', () => {
  test('template → fill → preview → import → findings with citations → override → audit log', async () => {
    const { page } = await harness.newPage();
    await logIn(page, DEMO.thaiNguyenLeader);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Đào tạo' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Đào tạo');
    await page.getByRole('link', { name: 'Nhập lớp học' }).click();

    // Download the template in the browser and fill it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải mẫu nhập (Excel)' }).click(),
    ]);
    const template = readFileSync((await download.path())!);
    const filled = join(dir, 'lop-hoc-e2e.xlsx');
    writeFileSync(filled, await fillTemplate(template));

    // Preview without a file is refused on the page; then with the file.
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expectContains(page.getByRole('form', { name: 'Tải tệp nhập' }), 'Vui lòng chọn tệp');
    await page.getByLabel(/Tệp đã điền/).setInputFiles(filled);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expectContains(page.locator('.banner--info'), 'hợp lệ: 3 lớp (3 tạo mới), 5 dòng học viên');
    await expectContains(page.locator('main'), 'Trung cấp LLCT hệ không tập trung: nam đủ 35, nữ đủ 33 tuổi'); // L-TC-03, by name
    await expectContains(page.locator('main'), 'Nguồn: Quy định 350-QĐ/TW ngày 29/8/2025');
    await page.getByRole('button', { name: 'Xác nhận nhập 3 lớp' }).click();
    await expectContains(page.getByRole('status').filter({ hasText: 'Đã ghi' }), 'Đã ghi 3 lớp mới, 5 học viên mới');

    // The 57 class: the under-age part-time learner has L-TC-03, with its regime and citation.
    await page.getByRole('link', { name: 'E2E-TC57' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Trung cấp LLCT không tập trung K30');
    const young = page.locator('li.finding[data-rule="L-TC-03"]');
    await expectContains(young, 'Cảnh báo');
    await expectContains(young, '57-QĐ/TW');
    await expectContains(young, 'dưới 35 tuổi');
    await expectContains(young, 'Nguồn: Quy định 57-QĐ/TW ngày 08/02/2022 của Ban Bí thư');

    // The 350 class: L-TC-04 blocks; accept it by a decision (the reference is required).
    await page.getByRole('link', { name: 'Đào tạo' }).first().click();
    await page.getByRole('link', { name: 'E2E-TC350' }).click();
    const blocking = page.locator('li.finding[data-rule="L-TC-04"]');
    await expectContains(blocking, 'Vi phạm tiêu chuẩn');
    await expectContains(blocking, '350-QĐ/TW');
    await expectContains(blocking, 'Nguồn: Quy định 350-QĐ/TW ngày 29/8/2025');
    await blocking.getByRole('button', { name: 'Chấp thuận theo quyết định…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Chấp thuận' }).click();
    await expectContains(dialog, 'Vui lòng nhập số, ký hiệu và ngày của quyết định.');
    await dialog.getByLabel('Số, ký hiệu quyết định').fill('Quyết định 45/QĐ-TCT ngày 20/9/2025');
    await dialog.getByLabel('Lý do').fill('Cán bộ trẻ trong quy hoạch');
    await dialog.getByRole('button', { name: 'Chấp thuận' }).click();
    await expectContains(page.locator('.banner--success'), 'Đã chấp thuận L-TC-04 của Phạm Văn Nhỏ');
    await expectContains(blocking, 'Đã chấp thuận theo Quyết định 45/QĐ-TCT ngày 20/9/2025');

    // The school's compliance summary counts it as overridden.
    await page.getByRole('link', { name: 'Đào tạo' }).first().click();
    await page.getByRole('link', { name: 'Tổng hợp tuân thủ' }).click();
    await expectContains(page.locator('main'), 'Đã chấp thuận theo quyết định');
    await expectContains(page.locator('main'), 'C-03');

    // The school administrator sees the decision in the audit log.
    const admin = await harness.newPage();
    await logIn(admin.page, DEMO.thaiNguyenAdmin);
    await admin.page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Nhật ký hệ thống' })
      .click();
    await admin.page.goto('/nhat-ky?action=compliance.override');
    await expectContains(admin.page.locator('table'), 'compliance.override.created');
    await expectContains(admin.page.locator('table'), 'Phạm Quốc Hùng');
    await admin.page.getByRole('button', { name: 'Xem chi tiết' }).first().click();
    await expectContains(admin.page.locator('.audit-detail'), 'Quyết định 45/QĐ-TCT ngày 20/9/2025');
    await expectContains(admin.page.locator('.audit-detail'), 'L-TC-04');
    await admin.page.screenshot({ path: '/tmp/tct-e2e-training-audit.png', fullPage: true });
  });
});
