/**
 * A scanner batch in Chromium, through the UI only: the Thái Nguyên clerk uploads one PDF holding three
 * sample letters (the second over two pages), waits while the pages are read, sees each letter with its
 * page range and number-symbol, moves a boundary (page 3 starts a letter, then not again: no new reading)
 * and confirms; three drafts are made, each opening on the review page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeImagePdf } from '../../src/intake/test-support.ts';
import { startWorker } from '../../src/jobs/worker.ts';
import { jobsOf } from '../../src/testing/test-database.ts';
import { DEMO, expectContains, logIn, startHarness, type Harness } from './harness.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));
const page = (n: string) => join(FIXTURES, n, 'page.jpg');

let h: Harness;
let worker: ReturnType<typeof startWorker> | null = null;
let dir: string;

beforeAll(async () => {
  h = await startHarness();
  // As `tct serve` does: an in-process worker reads the batch (intake.batch).
  worker = startWorker(
    { database: h.database, config: h.database.config, logger: h.app.log },
    [...jobsOf(h.database).values()],
    { pollMs: 200 },
  );
  dir = mkdtempSync(join(tmpdir(), 'tct-e2e-batch-'));
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a scanner batch split into letters', () => {
  it('shows the split, lets the clerk move a boundary and makes one draft per letter', async () => {
    const pdf = join(dir, 'lo-quet.pdf');
    writeImagePdf(pdf, [
      page('003'),
      { jpeg: page('021'), crop: [0, 0.55] },
      { jpeg: page('021'), crop: [0.55, 1] },
      page('045'),
    ]);
    const clerk = (await h.newPage()).page;
    await logIn(clerk, DEMO.thaiNguyenClerk);
    await clerk.goto('/van-ban-den/tiep-nhan');
    await clerk.getByLabel('Tệp PDF của lô', { exact: true }).setInputFiles(pdf);
    await clerk.getByRole('button', { name: 'Tải lên và tách' }).click();
    await clerk.getByRole('heading', { name: /^Tách lô văn bản quét/ }).waitFor({ timeout: 30_000 });
    const letters = clerk.getByRole('heading', { name: /văn bản trong 4 trang$/ });
    await letters.waitFor({ timeout: 300_000 });
    await expectContains(letters, '3 văn bản trong 4 trang');
    const rows = clerk.getByRole('table', { name: 'Các văn bản trong lô' }).locator('tbody tr');
    expect(await rows.count()).toBe(3);
    await expectContains(rows.nth(0), '214-KH/TU');
    await expectContains(rows.nth(1), 'Trang 2–3');
    await expectContains(rows.nth(1), '1236-CV/HVCTQG');
    await expectContains(rows.nth(2), '1047-CV/HVCTQG');

    // Move a boundary: page 3 starts a letter of its own, then the clerk puts it back.
    const page3 = clerk.getByLabel('Trang 3 bắt đầu văn bản mới', { exact: true });
    expect(await page3.isChecked()).toBe(false);
    await page3.check();
    await expectContains(letters, '4 văn bản trong 4 trang');
    await page3.uncheck();
    await expectContains(letters, '3 văn bản trong 4 trang');
    await clerk.screenshot({ path: '/tmp/tct-intake-batch.png', fullPage: true });

    await clerk.getByRole('button', { name: 'Xác nhận, tạo 3 văn bản dự thảo' }).click();
    await clerk.getByRole('heading', { name: 'Đã tạo 3 văn bản dự thảo' }).waitFor({ timeout: 30_000 });
    const links = clerk.getByRole('link', { name: /kiểm tra, vào sổ$/ });
    expect(await links.count()).toBe(3);
    await links.nth(1).click();
    await clerk.getByRole('heading', { name: 'Kiểm tra và vào sổ' }).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => clerk.getByLabel('Số, ký hiệu', { exact: true }).first().inputValue(), { timeout: 30_000 })
      .toBe('1236-CV/HVCTQG');
    const drafts = await h.database.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'document.created')
      .where('after_json', 'like', '%scanner-batch%')
      .execute();
    expect(drafts).toHaveLength(3);
  }, 600_000);
});
