/**
 * A Thái Nguyên user cannot open the Vĩnh Long school's workspace: the API answers 404 and the
 * page says so plainly, while the user's own school opens normally.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DEMO,
  expectContains,
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

describe('school isolation', () => {
  test('Thái Nguyên staff opening the Vĩnh Long school page sees the refusal page', async () => {
    const vinhLongId = await harness.organisationIdByCode('TCT-2025-86');
    const thaiNguyenId = await harness.organisationIdByCode('TCT-2025-19');
    const { page } = await harness.newPage();
    await logIn(page, DEMO.thaiNguyenStaff);

    const refused = waitForApi(page, `/api/organisations/${vinhLongId}`);
    await page.goto(`/to-chuc/${vinhLongId}`);
    expect((await refused).status()).toBe(404);
    await expectText(page.getByRole('heading', { level: 1 }), 'Không tìm thấy hoặc bạn không có quyền xem');
    await expectNotContains(page.locator('main'), 'Phạm Hùng');

    // "Trường của tôi" opens the user's own school.
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Trường của tôi' })
      .click();
    await page.waitForURL(`**/to-chuc/${thaiNguyenId}`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Trường Chính trị tỉnh Thái Nguyên');
    await expectContains(page.locator('main'), 'Khoa Xây dựng Đảng');

    // An address that does not exist at all gets the 404 page; a page for admins gets 403.
    await page.goto('/khong-co-trang-nay');
    await expectText(page.getByRole('heading', { level: 1 }), 'Không tìm thấy trang');
    await page.goto('/nhat-ky');
    await expectText(page.getByRole('heading', { level: 1 }), 'Bạn không có quyền truy cập trang này');
  });
});
