/**
 * Periodic reports, end to end (issue 13's "done when"): the Academy designs a quarterly regime with a
 * form and an extra validation rule; Thái Nguyên's report opens pre-filled from its classes, fails
 * validation, is corrected, approved by the leader and sent; it arrives in the Academy's incoming queue;
 * the Academy returns it, the school corrects it, the Academy accepts it; the matrix shows it on time
 * (first sending) and the aggregate includes it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { THAI_NGUYEN_CODE } from '../../src/seed/seed-demo.ts';
import { currentQuarter, insertClasses } from '../reports.support.ts';
import { DEMO, expectContains, expectCount, type Harness, logIn, startHarness } from './harness.ts';

const ACADEMY_STAFF = 'chuyenvien@hvctqg.vn';
const CODE = 'BC_QUY_E2E';
const NAME = 'Báo cáo quý về đào tạo (thử nghiệm)';
const period = currentQuarter();

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  const tn = await harness.organisationIdByCode(THAI_NGUYEN_CODE);
  await insertClasses(harness.database.db, tn, [
    { level: 'trung_cap', opening: period.cutoffFrom, closing: null, learners: 3 },
    { level: 'so_cap', opening: '2020-01-01', closing: period.cutoffFrom, learners: 2 },
  ]);
});
afterAll(async () => harness?.close());

async function open(email: string, path: string): Promise<Page> {
  const { page } = await harness.newPage();
  await logIn(page, email);
  await page.goto(path);
  return page;
}

const cell = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function act(page: Page, button: string, expected: string) {
  await page.getByRole('button', { name: button }).click();
  await expectContains(page.locator('main'), expected);
}

describe('a quarterly report from design to acceptance', () => {
  test('design, fill, validate, approve, send, return, correct, accept; matrix and aggregate', async () => {
    // ---- The Academy designs the regime: the quarterly form plus one rule.
    const academy = await open(ACADEMY_STAFF, '/che-do-bao-cao');
    await academy.getByLabel('Dựa trên').selectOption({ label: 'Báo cáo tình hình đào tạo, bồi dưỡng hằng quý (v1)' });
    await academy.getByLabel('Mã chế độ').fill(CODE);
    await academy.getByLabel('Tên chế độ báo cáo').fill(NAME);
    await academy.getByLabel('Mã quy tắc').fill('HV_01');
    await academy.getByLabel('Vế trái').fill('#{B01.TONG.dang}');
    await academy.getByLabel('Vế phải').fill('50');
    await academy.getByLabel('Thông báo khi sai').fill('Một trường không thể có quá 50 lớp đang học');
    await academy.getByRole('button', { name: 'Thêm quy tắc' }).click();
    await act(academy, 'Ban hành chế độ báo cáo', `Đã ban hành ${CODE} phiên bản 1.`);

    // ---- The school's staff opens the report: pre-filled from its classes.
    const staff = await open(DEMO.thaiNguyenStaff, '/bao-cao');
    const row = staff.getByRole('row').filter({ hasText: NAME }).filter({ hasText: period.label });
    await row.getByRole('button', { name: 'Lập báo cáo' }).click();
    await staff.waitForURL(/\/bao-cao\/[^/]+$/);
    const reportUrl = new URL(staff.url()).pathname;
    await expect
      .poll(() => cell(staff, 'B01 Trung cấp lý luận chính trị – Lớp khai giảng trong kỳ').inputValue())
      .toBe('1');
    expect(await cell(staff, 'B01 Sơ cấp lý luận chính trị – Học viên các lớp bế giảng').inputValue()).toBe('2');

    // ---- More graduates than learners finishing: validation fails and submission is refused.
    await cell(staff, 'B01 Sơ cấp lý luận chính trị – Học viên tốt nghiệp').fill('5');
    await cell(staff, 'B01 Tổng cộng – Học viên tốt nghiệp').fill('5');
    await act(staff, 'Lưu', 'Đã lưu báo cáo.');
    await expectContains(staff.locator('.report-check'), 'Số học viên tốt nghiệp không được vượt');
    await staff.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
    await expectContains(staff.getByRole('alert'), 'Báo cáo còn');

    // ---- Corrected, narrative written, submitted.
    await cell(staff, 'B01 Sơ cấp lý luận chính trị – Học viên tốt nghiệp').fill('2');
    await cell(staff, 'B01 Tổng cộng – Học viên tốt nghiệp').fill('2');
    await staff.getByLabel(/^1\. /).fill('Trong quý trường khai giảng 1 lớp trung cấp lý luận chính trị.');
    await staff.getByLabel(/^2\. /).fill('Trường đang duy trì 1 lớp.');
    await act(staff, 'Lưu', 'Đã lưu báo cáo.');
    await expectContains(staff.locator('.report-check'), 'Báo cáo hợp lệ.');
    await act(staff, 'Trình lãnh đạo duyệt', 'Chờ lãnh đạo duyệt');

    // ---- The leader approves and sends: numbered through the registers.
    const leader = await open(DEMO.thaiNguyenLeader, reportUrl);
    await act(leader, 'Duyệt báo cáo', 'Lãnh đạo đã duyệt');
    await act(leader, 'Gửi Học viện', 'Gửi Học viện: xong, số ');
    const sent = await leader.request.get(`/api${reportUrl.replace('/bao-cao/', '/reports/')}`);
    const numberSymbol = ((await sent.json()) as { numberSymbol: string }).numberSymbol;
    expect(numberSymbol).toMatch(/^\d+-BC\//);

    // ---- It waits in the Academy's incoming queue; the Academy returns it with a comment.
    await academy.goto('/van-ban-den?tab=cho-vao-so');
    await expectContains(academy.locator('main'), numberSymbol);
    await academy.goto(reportUrl);
    await academy.getByLabel('Ý kiến (bắt buộc khi trả lại)').fill('Bổ sung mục 3: khó khăn, kiến nghị.');
    await act(academy, 'Trả lại trường', 'Học viện trả lại');

    // ---- The school corrects it (revision 2), the leader approves and sends again, the Academy accepts.
    await staff.goto(reportUrl);
    await expectContains(staff.locator('main'), 'Bổ sung mục 3');
    await act(staff, 'Sửa lại (bản mới)', 'bản 2');
    await staff.getByLabel(/^3\. /).fill('Đề nghị bổ sung giảng viên kiêm chức.');
    await act(staff, 'Lưu', 'Đã lưu báo cáo.');
    await act(staff, 'Trình lãnh đạo duyệt', 'Chờ lãnh đạo duyệt');
    await leader.goto(reportUrl);
    await act(leader, 'Duyệt báo cáo', 'Lãnh đạo đã duyệt');
    await act(leader, 'Gửi Học viện', 'Gửi Học viện: xong');
    await academy.goto(reportUrl);
    await act(academy, 'Tiếp nhận', 'Học viện đã tiếp nhận');
    await expectContains(academy.locator('main'), 'Gửi đúng hạn');

    // ---- The matrix: on time by the first sending; the aggregate includes it.
    await academy.goto(`/tinh-hinh-bao-cao?cheDo=${CODE}`);
    // Today's Thái Nguyên school (the 2004 one, merged in 2025, has a row of its own for older periods).
    const tnRows = academy.getByRole('row').filter({ hasText: 'Trường Chính trị tỉnh Thái Nguyên' });
    await expectCount(tnRows.filter({ hasText: 'Đúng hạn' }), 1);
    await expectContains(tnRows.filter({ hasText: 'Đúng hạn' }), 'bản 2');
    await academy.getByRole('link', { name: period.label }).click();
    await expectContains(academy.locator('main'), 'tổng hợp từ 1 báo cáo đã gửi');
    const aggregateRow = academy
      .getByRole('row')
      .filter({ hasText: 'Biểu B01, dòng «Trung cấp lý luận chính trị», cột «Lớp khai giảng trong kỳ»' });
    await expectContains(aggregateRow, '1');
  });
});
