/**
 * Wrong passwords are refused with the server's Vietnamese message; repeated failures lock the
 * account and the login page says so. Pages behind login send the user to the login form and back.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, expectContains, expectText, startHarness, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('login errors', () => {
  test('wrong password shows the Vietnamese error', async () => {
    const { page } = await harness.newPage();
    await page.goto('/');
    await page.waitForURL('**/dang-nhap');
    await expectText(page.getByRole('heading', { level: 1 }), 'Đăng nhập');

    // Client-side validation first.
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expectContains(page.locator('form'), 'Vui lòng nhập email.');
    await expectContains(page.locator('form'), 'Vui lòng nhập mật khẩu.');

    await submitLogin(page, DEMO.thaiNguyenClerk, 'SaiMatKhau123');
    await expectText(page.getByTestId('login-error'), 'Email hoặc mật khẩu không đúng.');
    expect(page.url()).toMatch(/\/dang-nhap/);
  });

  test('repeated failures lock the account', async () => {
    const { page } = await harness.newPage();
    await page.goto('/dang-nhap');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await submitLogin(page, DEMO.vinhLongClerk, `Sai${attempt}MatKhau`);
      await expectText(page.getByTestId('login-error'), 'Email hoặc mật khẩu không đúng.');
    }
    await submitLogin(page, DEMO.vinhLongClerk, 'Sai5MatKhau');
    await expectContains(page.getByTestId('login-error'), 'tài khoản bị khóa');
    // Even the right password is refused while locked.
    await submitLogin(page, DEMO.vinhLongClerk, DEMO_PASSWORD);
    await expectContains(page.getByTestId('login-error'), 'Tài khoản tạm khóa');
  });

  test('a deep link returns to its page after login', async () => {
    const { page } = await harness.newPage();
    await page.goto('/mang-luoi?at=2022-06-01');
    await page.waitForURL(/\/dang-nhap\?next=/);
    await submitLogin(page, DEMO.thaiNguyenLeader, DEMO_PASSWORD);
    await page.waitForURL('**/mang-luoi?at=2022-06-01');
    await expectContains(page.getByTestId('network-count'), '63 trường chính trị tỉnh, thành phố');
  });
});
