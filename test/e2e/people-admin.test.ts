/**
 * The Thái Nguyên school administrator edits a colleague, locks and unlocks the account, resets
 * the password (the colleague then logs in with it), and adds a faculty to the school.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO, expectContains, expectText, logIn, startHarness, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('school administrator manages people and units', () => {
  test('edit, lock, unlock, reset password; add a unit', async () => {
    const { page } = await harness.newPage();
    await logIn(page, DEMO.thaiNguyenAdmin);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    // A school administrator works in their school; a school formed by the 2025 merger may also open the
    // schools it succeeded (their records keep their old names), and nothing else.
    const picker = page.getByLabel('Đang làm việc với');
    await expect
      .poll(async () => picker.locator('option').allTextContents())
      .toEqual([
        'Trường Chính trị tỉnh Thái Nguyên',
        expect.stringMatching(/\(trước 01\/07\/2025\)$/),
        expect.stringMatching(/\(trước 01\/07\/2025\)$/),
      ]);
    expect(await picker.inputValue()).toBe(
      await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()).user.organisation.id),
    );

    await nav.getByRole('link', { name: 'Cán bộ' }).click();
    await page.locator('table').getByRole('link', { name: 'Đỗ Thị Thu' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Đỗ Thị Thu');

    // Edit: empty name is refused on the page, then a new title is saved.
    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    const form = page.getByRole('form', { name: 'Sửa thông tin cán bộ' });
    await form.getByLabel('Họ và tên').fill('');
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expectContains(form, 'Vui lòng nhập họ và tên.');
    await form.getByLabel('Họ và tên').fill('Đỗ Thị Thu');
    await form.getByLabel('Chức vụ').fill('Phó Trưởng phòng Quản lý đào tạo');
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expectContains(page.locator('.banner--success'), 'Đã lưu thông tin cán bộ.');
    await expectContains(page.locator('.page-header'), 'Phó Trưởng phòng Quản lý đào tạo');

    // Lock, with confirmation; then unlock.
    await page.getByRole('button', { name: 'Khóa tài khoản' }).click();
    const dialog = page.getByRole('dialog');
    await expectContains(dialog, 'Khóa tài khoản của Đỗ Thị Thu?');
    await dialog.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await expectContains(page.locator('.page-header'), 'Đã khóa');
    await page.getByRole('button', { name: 'Mở khóa tài khoản' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mở khóa' }).click();
    await expectContains(page.locator('.page-header'), 'Đang hoạt động');

    // Reset the password.
    const reset = page.getByRole('form', { name: 'Đặt lại mật khẩu' });
    await reset.getByLabel('Mật khẩu mới').fill('ngan');
    await reset.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await expectContains(reset, 'Mật khẩu phải có ít nhất 10 ký tự.');
    await reset.getByLabel('Mật khẩu mới').fill('MatKhauMoi2026');
    await reset.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Đặt lại' }).click();
    await page.getByText('Đã đặt lại mật khẩu cho Đỗ Thị Thu').waitFor();

    // The colleague logs in with the new password.
    const colleague = await harness.newPage();
    await logIn(colleague.page, DEMO.thaiNguyenStaff, 'MatKhauMoi2026');
    await expectText(colleague.page.getByTestId('user-name'), 'Đỗ Thị Thu');

    // Add a faculty on the school page.
    await nav.getByRole('link', { name: 'Trường của tôi' }).click();
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const unitForm = page.getByRole('form', { name: 'Thêm đơn vị trực thuộc' });
    await unitForm.getByLabel('Tên đơn vị').fill('Khoa Dân vận');
    await unitForm.getByLabel('Loại đơn vị').selectOption({ label: 'Khoa' });
    await unitForm.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await expectContains(page.locator('table'), 'Khoa Dân vận');
  });
});
