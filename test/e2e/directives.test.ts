/**
 * Network directives, end to end: the Academy staff member drafts a directive in the UI to three
 * hand-picked schools (Thái Nguyên, Vĩnh Long, Hà Nội) with requirement 1 answered as the
 * standard-school project, and issues it; the Thái Nguyên clerk finds the arrival in Văn bản đến
 * ("Chờ vào sổ"), registers it and presents it, the leader assigns requirement 1 on the
 * direction sheet, the staff member reports the project approved (decision number and date);
 * the Academy's matrix shows the cell done and "1/3 đã phê duyệt đề án". Also the demo letter
 * 2174-CV/HVCTQG's dashboard (88 schools, 26/63 approved) with filters and the drill-down.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seedDemo } from '../../src/seed/seed-demo.ts';
import { modulesOf } from '../../src/testing/test-database.ts';
import { DEMO, expectContains, expectCount, expectText, logIn, startHarness, type Harness } from './harness.ts';

const ACADEMY_STAFF = 'chuyenvien@hvctqg.vn';
const NUMBER_SYMBOL = '2301-CV/HVCTQG';
const TITLE = 'Về việc đẩy nhanh phê duyệt đề án xây dựng trường chính trị chuẩn';
const THAI_NGUYEN = 'Trường Chính trị tỉnh Thái Nguyên';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  // The demo letter 2174-CV/HVCTQG (the harness seeds only the accounts).
  await seedDemo(harness.database.db, harness.database.dialect, modulesOf(harness.database));
});

afterAll(async () => {
  await harness?.close();
});

/** A JSON call from the page's session (cookie + CSRF token), for a step whose screen does not exist yet. */
async function callApi<T>(page: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const me = await page.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.fetch(path, {
    method,
    headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

async function pickRecipient(page: Page, search: string, name: RegExp): Promise<void> {
  await page.getByLabel('Tìm đơn vị nhận').fill(search);
  await page.locator('#recipient-options').getByRole('checkbox', { name }).check();
}

describe('network directive from drafting to the Academy matrix', () => {
  test('issue to three schools; Thái Nguyên registers, assigns and reports requirement 1 approved', async () => {
    // ---- The Academy drafts the directive.
    const academy = (await harness.newPage()).page;
    await logIn(academy, ACADEMY_STAFF);
    await academy
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Chỉ đạo mạng lưới' })
      .click();
    await academy.getByRole('link', { name: 'Soạn chỉ đạo' }).click();
    const form = academy.getByRole('form', { name: 'Soạn chỉ đạo' });

    // Validation in Vietnamese before anything is sent.
    await form.getByRole('radio', { name: /Chọn từng đơn vị/ }).check();
    await form.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expectContains(form, 'Vui lòng nhập trích yếu của chỉ đạo.');
    await expectContains(form, 'Vui lòng nhập nội dung yêu cầu.');
    await expectContains(form, 'Chọn ít nhất một trường nhận.');

    await form.getByLabel('Trích yếu').fill(TITLE);
    await form.getByLabel('Số, ký hiệu').fill(NUMBER_SYMBOL);
    const rows = form.getByTestId('requirement-row');
    await rows
      .nth(0)
      .getByLabel('Nội dung yêu cầu')
      .fill('Hoàn thành việc trình Ban Thường vụ tỉnh ủy, thành ủy phê duyệt Đề án xây dựng trường chính trị chuẩn.');
    await rows.nth(0).getByLabel('Hạn hoàn thành').fill('31/12/2026');
    await rows.nth(0).getByLabel('Hạn hoàn thành').press('Enter'); // a typed date is committed on Enter or blur
    await rows
      .nth(0)
      .getByLabel('Cách trường báo cáo')
      .selectOption({ label: 'Đề án trường chính trị chuẩn (Quy định 11-QĐ/TW)' });
    await form.getByRole('button', { name: '+ Thêm yêu cầu' }).click();
    await expectCount(rows, 2);
    expect(await rows.nth(1).getByLabel('Số thứ tự').inputValue()).toBe('2');
    await rows.nth(1).getByLabel('Nội dung yêu cầu').fill('Báo cáo kết quả thực hiện về Học viện.');

    await pickRecipient(academy, 'thai nguyen', /Thái Nguyên/);
    await pickRecipient(academy, 'pham hung', /Phạm Hùng/);
    await pickRecipient(academy, 'ha noi', /Lê Hồng Phong/);
    await expectContains(form.locator('.recipient-picker__count'), 'Đã chọn 3 đơn vị');
    await form.getByRole('button', { name: 'Lưu dự thảo' }).click();

    // ---- Review, then issue with the confirmation showing how many schools receive it.
    await expectText(academy.getByRole('heading', { level: 1 }), TITLE);
    await expectContains(academy.locator('.banner--success'), 'Đã lưu dự thảo chỉ đạo.');
    await expectText(academy.getByTestId('recipient-count'), '3 đơn vị');
    await expectContains(academy.locator('main'), 'Trường Chính trị Phạm Hùng');
    await academy.getByRole('button', { name: 'Ban hành' }).click();
    const dialog = academy.getByRole('dialog');
    await expectText(dialog.getByTestId('issue-count'), '3 đơn vị');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await expectContains(academy.locator('.banner--success'), 'Đã ban hành chỉ đạo, gửi đến 3 đơn vị.');
    await expectText(academy.getByTestId('milestone').first(), '0/3 đã phê duyệt đề án');
    await expectText(academy.getByTestId('delivery-01').locator('.delivery-item__count'), '3');
    const dashboardUrl = academy.url();

    // ---- The Thái Nguyên clerk finds the arrival in Văn bản đến ("Chờ vào sổ"), opens it and registers it.
    const clerk = (await harness.newPage()).page;
    await logIn(clerk, DEMO.thaiNguyenClerk);
    await clerk
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Văn bản đến', exact: true })
      .click();
    await clerk.getByRole('tab', { name: /Chờ vào sổ/ }).click();
    const arrivalRow = clerk
      .getByRole('table', { name: 'Văn bản chờ vào sổ' })
      .locator('tbody tr', { hasText: NUMBER_SYMBOL });
    await expectContains(arrivalRow, 'Học viện gửi');
    await arrivalRow.getByRole('link', { name: 'Kiểm tra, vào sổ' }).click();
    await clerk.getByRole('heading', { name: 'Kiểm tra và vào sổ' }).waitFor();
    await expect.poll(() => clerk.getByLabel('Số, ký hiệu', { exact: true }).first().inputValue()).toBe(NUMBER_SYMBOL);
    expect(await clerk.getByLabel('Trích yếu', { exact: true }).inputValue()).toBe(TITLE);
    await clerk.getByRole('button', { name: 'Vào sổ và cấp số đến' }).click(); // received today (the default)
    await expectContains(clerk.locator('.registered-card'), 'Số đến:');
    await expectContains(
      clerk.locator('.registered-card'),
      `năm ${new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date())}`,
    );
    await clerk.screenshot({ path: '/tmp/tct-directive-registered.png', fullPage: true });

    // The clerk presents it to the leader on the direction sheet (tasks UI).
    await clerk.getByRole('link', { name: 'Xem văn bản' }).click();
    await clerk.getByRole('link', { name: 'Phiếu giải quyết' }).click();
    await clerk.getByLabel('Lãnh đạo nhận trình').selectOption({ label: 'Phạm Quốc Hùng — Hiệu trưởng' });
    await clerk.getByRole('button', { name: 'Trình văn bản' }).click();
    await expectContains(clerk.locator('.banner--success'), 'Đã trình văn bản đến đồng chí Phạm Quốc Hùng.');

    // ---- The leader assigns requirement 1 to the staff member from the desk (tasks UI).
    const leader = (await harness.newPage()).page;
    await logIn(leader, DEMO.thaiNguyenLeader);
    await leader
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Bàn làm việc lãnh đạo' })
      .click();
    await leader.getByRole('link', { name: new RegExp(NUMBER_SYMBOL) }).click();
    const direction = leader.getByRole('form', { name: 'Ý kiến chỉ đạo và giao việc' });
    await direction
      .getByLabel('Bút phê (ý kiến chỉ đạo)')
      .fill('Giao đồng chí Thu chủ trì yêu cầu 1, báo cáo trước 31/12.');
    await direction.locator('li', { hasText: 'Yêu cầu 2' }).getByRole('checkbox').uncheck();
    const requirement1 = direction.locator('li', { hasText: 'Yêu cầu 1' });
    await requirement1
      .getByLabel('Chủ trì')
      .selectOption({ label: 'Đỗ Thị Thu — Phòng Quản lý đào tạo và Nghiên cứu khoa học' });
    await direction.getByRole('button', { name: 'Cho ý kiến và giao việc' }).click();
    await expectContains(leader.locator('.banner--success'), 'Đã giao 1 nhiệm vụ');

    // ---- The staff member reports requirement 1: the project has been approved.
    const staff = (await harness.newPage()).page;
    await logIn(staff, DEMO.thaiNguyenStaff);
    await staff
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Nhiệm vụ theo chỉ đạo' })
      .click();
    await staff.getByLabel('Chỉ đạo', { exact: true }).selectOption({ label: `${NUMBER_SYMBOL} — ${TITLE}` });
    await expectText(staff.locator('.result-count'), '2 nhiệm vụ');
    await staff.locator('table').getByRole('link', { name: 'Yêu cầu 1' }).click();
    await expectText(staff.getByRole('heading', { level: 1 }), `Yêu cầu 1 — ${NUMBER_SYMBOL}`);
    const answer = staff.getByRole('form', { name: 'Cập nhật tình hình thực hiện' });
    await answer.getByLabel('Tình trạng thực hiện').selectOption({ label: 'Ban Thường vụ đã phê duyệt đề án' });
    await answer.getByRole('button', { name: 'Lưu cập nhật' }).click();
    await expectContains(answer, 'Vui lòng nhập số quyết định.');
    await expectContains(answer, 'Vui lòng nhập ngày phê duyệt.');
    await answer.getByLabel('Số quyết định').fill('1234-QĐ/TU');
    await answer.getByLabel('Ngày phê duyệt').fill('20/11/2026');
    await answer.getByLabel('Ngày phê duyệt').press('Enter');
    await answer.getByLabel('Ghi chú').fill('Ban Thường vụ Tỉnh ủy đã phê duyệt Đề án.');
    await answer.getByRole('button', { name: 'Lưu cập nhật' }).click();
    await expectContains(staff.locator('.banner--success'), 'Đã cập nhật: Ban Thường vụ đã phê duyệt đề án.');
    await expectContains(staff.getByTestId('obligation-stage'), 'Ban Thường vụ đã phê duyệt đề án');
    await expectContains(staff.locator('.timeline'), 'Quyết định số 1234-QĐ/TU ngày 20/11/2026');
    await expectContains(staff.locator('.timeline'), 'Đỗ Thị Thu');
    await staff.screenshot({ path: '/tmp/tct-directive-obligation.png', fullPage: true });

    // ---- The Academy sees the cell done and the count.
    await academy.goto(dashboardUrl);
    await expectText(academy.getByTestId('milestone').first(), '1/3 đã phê duyệt đề án');
    const thaiNguyenRow = academy.locator(`tr[data-school="${THAI_NGUYEN}"]`);
    await expect.poll(() => thaiNguyenRow.locator('td.matrix-cell').first().getAttribute('data-status')).toBe('done');
    await thaiNguyenRow.locator('td.matrix-cell').first().hover();
    await expectContains(thaiNguyenRow.locator('.matrix-popover--open'), '1234-QĐ/TU');
    await expectContains(thaiNguyenRow.locator('.matrix-popover--open'), '20/11/2026');
    await academy.screenshot({ path: '/tmp/tct-directive-dashboard-new.png', fullPage: true });
    await thaiNguyenRow.getByRole('button', { name: THAI_NGUYEN, exact: true }).click();
    const panel = academy.getByTestId('school-drilldown');
    await expectContains(panel, 'Quyết định số 1234-QĐ/TU ngày 20/11/2026');
    await panel.getByText('Lịch sử cập nhật').first().click();
    await expectContains(panel, 'Ban Thường vụ Tỉnh ủy đã phê duyệt Đề án.');
  });

  test('"Lấy từ văn bản" prefills the form from one of the Academy\'s letters', async () => {
    const { page } = await harness.newPage();
    await logIn(page, ACADEMY_STAFF);
    // Test data: a letter recorded by hand in the Academy (as the intake screens would).
    await callApi(page, 'POST', '/api/documents/manual', {
      family: 'party',
      issuerName: 'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH',
      numberSymbol: '2410-CV/HVCTQG',
      typeCode: 'CV',
      typeName: 'Công văn',
      documentDate: '2026-11-20',
      subject: 'Về việc tổng kết công tác đào tạo năm 2026',
      requirements: [
        { no: 1, text: 'Tổng kết công tác đào tạo, bồi dưỡng năm 2026.', deadline: '2026-12-15' },
        { no: 2, text: 'Gửi báo cáo về Học viện.', deadline: null },
      ],
    });
    await page.goto('/chi-dao/soan-moi');
    await page.getByText('Lấy từ văn bản đã vào sổ').click();
    await page.getByLabel(/Tìm văn bản của/).fill('tong ket dao tao');
    await page.getByRole('button', { name: 'Tìm văn bản' }).click();
    await page
      .locator('.source-results li', { hasText: '2410-CV/HVCTQG' })
      .getByRole('button', { name: 'Dùng văn bản này' })
      .click();
    await expectContains(page.locator('.banner--success'), 'Đã điền sẵn từ văn bản 2410-CV/HVCTQG: 2 yêu cầu.');
    const form = page.getByRole('form', { name: 'Soạn chỉ đạo' });
    expect(await form.getByLabel('Trích yếu').inputValue()).toBe('Về việc tổng kết công tác đào tạo năm 2026');
    expect(await form.getByLabel('Số, ký hiệu').inputValue()).toBe('2410-CV/HVCTQG');
    expect(await form.getByLabel('Ngày ban hành', { exact: true }).inputValue()).toBe('20/11/2026');
    await expectCount(form.getByTestId('requirement-row'), 2);
    expect(await form.getByTestId('requirement-row').nth(0).getByLabel('Hạn hoàn thành').inputValue()).toBe(
      '15/12/2026',
    );
  });

  test('the demo letter 2174-CV/HVCTQG: 26/63 approved, filters, drill-down, history and export', async () => {
    const { page } = await harness.newPage();
    await logIn(page, DEMO.academyAdmin);
    await page.goto('/chi-dao');
    await page.locator('tr', { hasText: '2174-CV/HVCTQG' }).getByRole('link', { name: 'Bảng theo dõi' }).click();
    await page.getByLabel('Loại đơn vị').selectOption({ label: 'Trường chính trị tỉnh, thành phố' });
    await expectText(page.getByTestId('milestone').first(), '26/63 đã phê duyệt đề án');
    await expectText(page.getByTestId('milestone').nth(1), '3/63 đăng ký đạt chuẩn');
    await expectCount(page.locator('[data-testid="directive-matrix"] tbody tr'), 63);
    expect(await page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href')).toContain(
      'kind=provincial_school',
    );
    await expect.poll(() => page.locator('.history-chart path').count()).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/tct-directive-dashboard.png', fullPage: true });

    await page.getByLabel('Vùng').selectOption({ label: 'Trung du và miền núi phía Bắc' });
    await expectCount(page.locator('[data-testid="directive-matrix"] tbody tr'), 14);
    const href = await page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href');
    expect(href).toContain('region=TDMNPB');
    const xlsx = await page.request.get(href!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

    await page
      .locator(`tr[data-school="${THAI_NGUYEN}"]`)
      .getByRole('button', { name: THAI_NGUYEN, exact: true })
      .click();
    await expectContains(page.getByTestId('school-drilldown'), 'Đã tiếp nhận (vào sổ)');
    await page.screenshot({ path: '/tmp/tct-directive-drilldown.png', fullPage: false });

    // A school user cannot open the Academy's dashboard.
    const school = (await harness.newPage()).page;
    await logIn(school, DEMO.thaiNguyenClerk);
    await school.goto(new URL(page.url()).pathname);
    await expectContains(school.locator('main'), 'Bạn không có quyền truy cập trang này');
  });
});
