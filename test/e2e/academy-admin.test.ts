/**
 * The Academy administrator chooses a school with the organisation picker, reads the audit log
 * (login entries, before/after details) and adds a person to the school.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DEMO,
  expectContains,
  expectCount,
  expectNotContains,
  expectText,
  logIn,
  startHarness,
  waitForApi,
  type Harness,
} from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('Academy administrator', () => {
  test('picks a school, reads the audit log, adds a person', async () => {
    // A Thái Nguyên clerk logs in first, so the school has a login entry of its own.
    const clerk = await harness.newPage();
    await logIn(clerk.page, DEMO.thaiNguyenClerk);

    const { page } = await harness.newPage();
    await logIn(page, DEMO.academyAdmin);
    await expectText(page.getByTestId('user-name'), 'Nguyễn Văn Quản');
    await expectContains(page.locator('.home-cards'), 'Trường chính trị tỉnh, thành phố (hiện nay)');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });

    // Whole network: the admin's own login is in the log.
    await nav.getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Nhật ký hệ thống');
    await expectContains(page.locator('.page-header'), 'toàn mạng lưới');
    await expectContains(page.locator('table'), 'Nguyễn Văn Quản');
    await expectContains(page.locator('table'), 'Đăng nhập');

    // Choose Thái Nguyên in the picker: the log narrows to the school.
    const picker = page.getByLabel('Đang làm việc với');
    await expectCount(picker.locator('option', { hasText: 'Trường Chính trị tỉnh Thái Nguyên' }), 1);
    const scoped = waitForApi(page, '/api/audit');
    await picker.selectOption({ label: 'Trường Chính trị tỉnh Thái Nguyên' });
    expect(new URL((await scoped).url()).searchParams.get('organisationId')).toBe(
      await harness.organisationIdByCode('TCT-2025-19'),
    );
    await expectContains(page.locator('.page-header'), 'Trường Chính trị tỉnh Thái Nguyên');
    await expectContains(page.locator('table'), 'Hoàng Thị Lan');
    await expectNotContains(page.locator('table'), 'Nguyễn Văn Quản');

    // Filter by action, expand an entry.
    await page.getByLabel('Thao tác').selectOption({ label: 'Đăng nhập' });
    await expectText(page.locator('.result-count'), '1 mục nhật ký');
    await page.getByRole('button', { name: 'Xem chi tiết' }).first().click();
    await expectContains(page.locator('.audit-detail'), 'Mã yêu cầu');

    // Date filters typed as dd/mm/yyyy. (Yesterday: the API compares `from` with UTC timestamps,
    // so "today in Vietnam" would miss entries made before 07:00 Vietnam time.)
    const yesterday = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(Date.now() - 86_400_000),
    );
    await page.getByLabel('Từ ngày').fill(yesterday);
    await page.getByLabel('Từ ngày').press('Enter');
    await expectText(page.locator('.result-count'), '1 mục nhật ký');
    await page.getByLabel('Đến ngày').fill('01/01/2020');
    await page.getByLabel('Đến ngày').press('Enter');
    await expectContains(page.getByRole('alert'), '“Từ ngày” phải trước hoặc bằng “Đến ngày”.');
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();

    // Add a person to the school (current school preselected).
    await nav.getByRole('link', { name: 'Cán bộ' }).click();
    await expectContains(page.locator('.page-header'), 'Trường Chính trị tỉnh Thái Nguyên');
    await page.getByRole('link', { name: 'Thêm cán bộ' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Thêm cán bộ');

    // Validation messages in Vietnamese.
    const form = page.getByRole('form', { name: 'Thêm cán bộ' });
    await form.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await expectContains(form, 'Vui lòng nhập email.');
    await expectContains(form, 'Vui lòng nhập họ và tên.');
    await expectContains(form, 'Vui lòng chọn vai trò.');
    await expectContains(form, 'Vui lòng nhập mật khẩu.');

    await expect
      .poll(() => form.getByLabel('Trường (đơn vị)').inputValue())
      .toBe(await harness.organisationIdByCode('TCT-2025-19'));
    await form.getByLabel('Email').fill('nguyenthibinh@tct-thainguyen.vn');
    await form.getByLabel('Họ và tên').fill('Nguyễn Thị Bình');
    await form.getByLabel('Chức vụ').fill('Giảng viên chính');
    await form.getByLabel('Vai trò').selectOption({ label: 'Cán bộ, giảng viên' });
    await form.getByLabel('Đơn vị công tác').selectOption({ label: 'Khoa Lý luận cơ sở (Khoa)' });
    await form.getByLabel('Mật khẩu ban đầu').fill('ngan');
    await form.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await expectContains(form, 'Mật khẩu phải có ít nhất 10 ký tự.');
    await form.getByLabel('Mật khẩu ban đầu').fill('KhoiDau2026!');
    await form.getByRole('button', { name: 'Thêm cán bộ' }).click();

    await page.waitForURL('**/can-bo');
    await expectContains(page.locator('.banner--success'), 'Đã thêm cán bộ Nguyễn Thị Bình');
    await expectContains(page.locator('table'), 'Nguyễn Thị Bình');
    await expectContains(page.locator('table'), 'Khoa Lý luận cơ sở');

    // The same email again is refused with the server's message.
    await page.getByRole('link', { name: 'Thêm cán bộ' }).click();
    const again = page.getByRole('form', { name: 'Thêm cán bộ' });
    await expect.poll(() => again.getByLabel('Vai trò').isEnabled()).toBe(true);
    await again.getByLabel('Email').fill('nguyenthibinh@tct-thainguyen.vn');
    await again.getByLabel('Họ và tên').fill('Nguyễn Thị Bình');
    await again.getByLabel('Vai trò').selectOption({ label: 'Cán bộ, giảng viên' });
    await again.getByLabel('Mật khẩu ban đầu').fill('KhoiDau2026!');
    await again.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await expectContains(again.getByRole('alert'), 'đã được dùng cho tài khoản khác');

    // The creation is in the audit log with its data.
    await nav.getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    await page.getByLabel('Thao tác').selectOption({ label: 'Tài khoản cán bộ (mọi thao tác)' });
    await expectContains(page.locator('table'), 'Thêm cán bộ');
    await page.getByRole('button', { name: 'Xem chi tiết' }).first().click();
    await expectContains(page.locator('.audit-detail'), 'nguyenthibinh@tct-thainguyen.vn');
    await expectNotContains(page.locator('.audit-detail'), 'KhoiDau2026!');

    await page.screenshot({ path: '/tmp/tct-e2e-audit.png', fullPage: true });
  });
});
