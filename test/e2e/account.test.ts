/**
 * A user changes their password, logs out and back in with it; an expired session sends the
 * user to the login page with a notice and back to where they were.
 */
import { afterAll, beforeAll, describe, test } from 'vitest';
import { DEMO, DEMO_PASSWORD, expectContains, expectText, logIn, startHarness, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('account', () => {
  test('change password, log out, log in with the new password', async () => {
    const { page } = await harness.newPage();
    await logIn(page, DEMO.thaiNguyenLeader);
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Đổi mật khẩu' })
      .click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Đổi mật khẩu');

    await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('MoiHon2026x');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('KhacHan2026x');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expectContains(page.locator('form'), 'Mật khẩu nhập lại không khớp.');

    // Wrong current password: the server's message.
    await page.getByLabel('Mật khẩu hiện tại').fill('KhongPhai2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('MoiHon2026x');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expectText(page.getByRole('alert'), 'Mật khẩu hiện tại không đúng.');

    await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('MoiHon2026x');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('MoiHon2026x');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expectContains(page.locator('.banner--success'), 'Đã đổi mật khẩu.');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/dang-nhap');
    await logIn(page, DEMO.thaiNguyenLeader, 'MoiHon2026x');
    await expectText(page.getByTestId('user-name'), 'Phạm Quốc Hùng');
  });

  test('an expired session returns to the login page, then back', async () => {
    const { context, page } = await harness.newPage();
    await logIn(page, DEMO.thaiNguyenClerk);
    await context.clearCookies();
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cán bộ' }).click();
    await page.waitForURL(/\/dang-nhap\?next=%2Fcan-bo/);
    await expectContains(page.locator('.login-card'), 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
    await page.getByLabel('Email').fill(DEMO.thaiNguyenClerk);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/can-bo');
    await expectText(page.getByRole('heading', { level: 1 }), 'Cán bộ');
  });
});
