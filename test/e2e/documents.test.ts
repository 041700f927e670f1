/**
 * Browser flow of the clerk's incoming work: paste a letter's text, check the pre-filled fields
 * (low-confidence ones flagged), register it and read the số đến; then find it in the register, on
 * its page and through search without diacritics. Set E2E_SCREENSHOTS=DIR to keep screenshots.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO, expectContains, logIn, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => h?.close());

async function shot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

describe('documents in the browser', () => {
  it('takes a pasted letter through review to the register and finds it again', async () => {
    const { page } = await h.newPage();
    await logIn(page, DEMO.thaiNguyenClerk);
    await page.getByRole('link', { name: 'Văn bản đến' }).first().click();
    await page.getByRole('link', { name: 'Tiếp nhận văn bản' }).click();
    await shot(page, '01-intake');
    const text = readFileSync(new URL('../fixtures/documents/001/ocr.txt', import.meta.url), 'utf8');
    await page.getByLabel('Nội dung', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Trích xuất' }).click();

    await page.getByRole('heading', { name: 'Kiểm tra và vào sổ' }).waitFor();
    await page.getByLabel('Số, ký hiệu').first().waitFor();
    await expectContains(page.locator('.review-layout'), 'Yêu cầu, nhiệm vụ');
    const symbol = await page.getByLabel('Số, ký hiệu').first().inputValue();
    if (symbol !== '3062-CV/HVCTQG') throw new Error(`số, ký hiệu: ${symbol}`);
    await page.getByLabel('Trích yếu', { exact: true }).fill('Khai thác, chia sẻ học liệu trên Thư viện số');
    await page.getByLabel('Ngày đến', { exact: true }).fill('20/03/2023');
    await page.getByLabel('Ngày đến', { exact: true }).press('Enter');
    await shot(page, '02-review');
    await page.getByRole('button', { name: 'Vào sổ và cấp số đến' }).click();
    await expectContains(page.locator('.registered-card'), 'Số đến: 1');
    await shot(page, '03-registered');

    await page.getByRole('link', { name: 'Xem văn bản' }).click();
    await expectContains(page.locator('main'), '1698-KH/HVCTQG');
    await expectContains(page.locator('main'), 'Chưa có trong sổ');
    await shot(page, '04-document');

    await page.getByRole('link', { name: 'Văn bản đến' }).first().click();
    await expectContains(page.locator('table'), '3062-CV/HVCTQG');
    await shot(page, '05-register');

    await page.getByRole('link', { name: 'Tìm kiếm văn bản' }).click();
    await page.getByLabel('Từ khóa').fill('thu vien so');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await expectContains(page.locator('table'), 'Thư viện số');
    await shot(page, '06-search');

    await page.getByRole('link', { name: 'Sổ đăng ký' }).click();
    await expectContains(page.locator('main'), 'Tải sổ (Excel .xlsx)');
    await shot(page, '07-print');
    await page.getByRole('link', { name: 'Văn bản đi' }).click();
    await page.getByLabel('Trích yếu', { exact: true }).fill('Báo cáo kết quả khai thác Thư viện số');
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await page.getByRole('button', { name: 'Cấp số, ban hành' }).click();
    await page.getByRole('button', { name: 'Xác nhận cấp số' }).click();
    await expectContains(page.locator('main'), 'Đã cấp số 01-CV/TCT');
    await shot(page, '08-outgoing');
  }, 120_000);

  it('flags the fields read with low confidence', async () => {
    const { page } = await h.newPage();
    await logIn(page, DEMO.thaiNguyenClerk);
    await page.goto('/van-ban-den/tiep-nhan');
    await page
      .getByLabel('Nội dung', { exact: true })
      .fill(readFileSync(new URL('../fixtures/documents/009/ocr.txt', import.meta.url), 'utf8'));
    await page.getByRole('button', { name: 'Trích xuất' }).click();
    await expectContains(page.locator('.review-field--low').first(), 'Độ tin cậy');
    await shot(page, '09-low-confidence');
  }, 60_000);

  it('hides the intake screens from staff', async () => {
    const { page } = await h.newPage();
    await logIn(page, DEMO.thaiNguyenStaff);
    await page.getByRole('link', { name: 'Văn bản đến' }).first().click();
    await expectContains(page.locator('main'), 'Sổ đăng ký văn bản đến');
    if (await page.getByRole('link', { name: 'Tiếp nhận văn bản' }).count())
      throw new Error('staff sees the intake button');
  }, 60_000);
});
