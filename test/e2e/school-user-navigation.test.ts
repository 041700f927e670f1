/**
 * A Thái Nguyên clerk logs in, sees the Vietnamese home page, the school's people, and the
 * network: 34 provincial schools today, 63 on 1/6/2022, and Phú Thọ formed from three schools.
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

describe('school user: home, people, network', () => {
  test('clerk navigates home → Cán bộ → Mạng lưới trường', async () => {
    const { page } = await harness.newPage();
    await logIn(page, DEMO.thaiNguyenClerk);

    // Home, in Vietnamese, with the user's name and role.
    await expectText(page.getByRole('heading', { level: 1 }), 'Xin chào, Hoàng Thị Lan');
    await expectText(page.getByTestId('user-name'), 'Hoàng Thị Lan');
    await expectContains(page.locator('.app-header'), 'Văn thư');
    await expectContains(page.locator('.home-cards'), 'Cán bộ đang hoạt động trong đơn vị');
    await page.screenshot({ path: '/tmp/tct-e2e-home-clerk.png' });
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.title()).toBe('Trang chủ — TCT');
    // A clerk is not an administrator: no audit log in the navigation.
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expectCount(nav.getByRole('link', { name: 'Nhật ký hệ thống' }), 0);

    // People of the school; no edit controls for a clerk.
    await nav.getByRole('link', { name: 'Cán bộ' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Cán bộ');
    await expectContains(page.locator('table'), 'Hoàng Thị Lan');
    await expectContains(page.locator('table'), 'Phạm Quốc Hùng');
    await expectNotContains(page.locator('table'), 'Huỳnh Thị Mai'); // Vĩnh Long clerk
    await expectCount(page.getByRole('link', { name: 'Thêm cán bộ' }), 0);

    // Search without diacritics.
    await page.getByLabel('Tìm theo họ tên, email hoặc chức vụ').fill('pham quoc');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expectContains(page.locator('.result-count'), '1 cán bộ');
    await expectContains(page.locator('table'), 'Phạm Quốc Hùng');

    // Network today: 34 provincial schools.
    await nav.getByRole('link', { name: 'Mạng lưới trường' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Mạng lưới trường');
    await expectContains(page.getByTestId('network-count'), '34 trường chính trị tỉnh, thành phố');
    await expectContains(page.locator('table'), 'Chưa xác minh');

    // Before the 2025 merger: 63.
    const response = waitForApi(page, '/api/network/organisations');
    await page.getByLabel('Tại ngày').fill('01/06/2022');
    await page.getByLabel('Tại ngày').press('Enter');
    await response;
    await expectContains(page.getByTestId('network-count'), '63 trường chính trị tỉnh, thành phố tại ngày 01/06/2022');
    expect(page.url()).toContain('at=2022-06-01');
    await page.screenshot({ path: '/tmp/tct-e2e-network-2022.png' });

    // Phú Thọ (today) was formed from three schools.
    await page.getByLabel('Tại ngày').fill('31/02/2022');
    await page.getByLabel('Tại ngày').press('Enter');
    await expectContains(page.locator('.filters'), 'Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy.');
    await page.getByRole('button', { name: 'Về hôm nay' }).click();
    await expectContains(page.getByTestId('network-count'), '34 trường chính trị tỉnh, thành phố');
    await page.getByLabel('Tìm theo tên, tỉnh hoặc mã').fill('Phú Thọ');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expectContains(page.getByTestId('network-count'), '1 trường chính trị tỉnh, thành phố');
    await page.locator('table').getByRole('link', { name: 'Trường Chính trị tỉnh Phú Thọ' }).first().click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Trường Chính trị tỉnh Phú Thọ');
    const predecessors = page.getByTestId('predecessors').getByRole('link');
    await expectCount(predecessors, 3);
    await expectContains(page.getByTestId('predecessors'), 'Vĩnh Phúc');
    await expectContains(page.getByTestId('predecessors'), 'Hòa Bình');
    await expectContains(page.locator('.details'), '01/07/2025 – nay');

    // A predecessor links back to its successor.
    await page
      .getByTestId('predecessors')
      .getByRole('link', { name: /Vĩnh Phúc/ })
      .click();
    await expectText(page.getByRole('heading', { level: 1 }), /Vĩnh Phúc/);
    await expectContains(page.getByTestId('successors'), 'Trường Chính trị tỉnh Phú Thọ');
    await expectContains(page.locator('.details'), 'Đến 30/06/2025');
  });
});
