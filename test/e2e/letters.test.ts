/**
 * Issue 15, "Done when", in Chromium through the UI: a staff member drafts an answer to 2174, the head of
 * unit returns it with a comment, it is corrected and approved, the director signs, the clerk numbers and
 * issues it, and it arrives at the Academy with a signature that `tct verify` reports valid; changing one
 * byte makes it invalid.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDirective } from '../../src/seed/seed-demo-directive.ts';
import { DEMO_CERT_PASSPHRASE, seedDemoLetters } from '../../src/seed/seed-demo-letters.ts';
import { modulesOf } from '../../src/testing/test-database.ts';
import { DEMO, expectContains, logIn, saveScreenshot, startHarness, type Harness } from './harness.ts';

const run = promisify(execFile);
const TCT = fileURLToPath(new URL('../../bin/tct.js', import.meta.url));
const HEAD = 'truongphong@tct-thainguyen.vn';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const modules = modulesOf(h.database);
  await seedDemoDirective(h.database.db, h.database.dialect, modules);
  await seedDemoLetters(h.database.db, h.database.dialect, modules);
}, 180_000);
afterAll(async () => h?.close());

async function as(email: string): Promise<Page> {
  const { page } = await h.newPage();
  await logIn(page, email);
  return page;
}

async function tctVerify(file: string, anchors: string): Promise<number> {
  try {
    await run('node', [TCT, 'verify', file, '--require-trust'], {
      env: { ...process.env, TCT_TRUST_ANCHORS: anchors },
    });
    return 0;
  } catch (error) {
    return (error as { code?: number }).code ?? -1;
  }
}

describe('an answer to letter 2174, from draft to the Academy', () => {
  it('is drafted, returned, corrected, approved, signed, numbered, issued and verified', async () => {
    const db = h.database.db;
    const answered = await db
      .selectFrom('documents')
      .select('id')
      .where('number_symbol', '=', '2174-CV/HVCTQG')
      .where('register_number', 'is not', null)
      .executeTakeFirstOrThrow();

    // 1. The staff member answers from the letter's page.
    const staff = await as(DEMO.thaiNguyenStaff);
    await staff.goto(`/van-ban/${answered.id}`);
    await staff.getByRole('button', { name: 'Soạn văn bản trả lời' }).click();
    await staff.waitForURL(/\/soan-thao\//);
    const letterUrl = new URL(staff.url()).pathname;
    await expect
      .poll(() => staff.locator('.letter-block textarea').first().inputValue(), { timeout: 10_000 })
      .toContain('Thực hiện Công văn số 2174-CV/HVCTQG ngày 31/5/2022');
    await saveScreenshot(staff, 'letters-draft');
    await expectContains(staff.locator('main'), 'Sẽ gửi tới: Học viện Chính trị quốc gia Hồ Chí Minh');
    await staff.getByLabel('Trưởng đơn vị duyệt').selectOption({ label: 'Nguyễn Thị Hằng — Cán bộ, giảng viên' });
    await staff.getByLabel('Lãnh đạo ký').selectOption({ label: 'Phạm Quốc Hùng' });
    await staff.getByRole('button', { name: 'Trình duyệt' }).click();
    await expectContains(staff.locator('main'), 'Đã trình duyệt.');

    // 2. The head of unit returns it with a comment.
    const head = await as(HEAD);
    await head.goto(letterUrl);
    await head.getByLabel('Ý kiến (bắt buộc khi trả lại)').fill('Bổ sung số lớp trung cấp năm 2022.');
    await head.getByRole('button', { name: 'Trả lại' }).click();
    await expectContains(head.locator('main'), 'Đã trả lại người soạn.');

    // 3. The staff member corrects it (version 2) and submits again.
    await staff.reload();
    await expectContains(staff.locator('main'), 'Bổ sung số lớp trung cấp năm 2022.');
    await staff.getByRole('button', { name: 'Thêm đoạn văn' }).click();
    await staff
      .locator('.letter-block textarea')
      .last()
      .fill('Năm 2022 Nhà trường mở 2 lớp trung cấp lý luận chính trị hệ tập trung./.');
    await staff.getByLabel('Ghi chú phiên bản (ví dụ: đã sửa theo góp ý)').fill('Sửa theo góp ý');
    await staff.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await expectContains(staff.locator('main'), 'Đã lưu phiên bản 2.');
    await staff.getByRole('button', { name: 'Trình duyệt' }).click();
    await expectContains(staff.locator('main'), 'Đã trình duyệt.');

    // 4. Approved by the head of unit, then by the director, who signs.
    await head.reload();
    await head.getByRole('button', { name: 'Duyệt' }).click();
    await expectContains(head.locator('main'), 'Đã duyệt.');
    const leader = await as(DEMO.thaiNguyenLeader);
    await leader.goto(letterUrl);
    await leader.getByRole('button', { name: 'Duyệt' }).click();
    await expectContains(leader.locator('main'), 'Đã duyệt, chờ ký');
    await leader.getByLabel('Mật khẩu chứng thư số (không được lưu)').fill(DEMO_CERT_PASSPHRASE);
    await leader.getByRole('button', { name: 'Ký số' }).click();
    await expectContains(leader.locator('main'), 'Đã ký, chờ phát hành');

    // 5. The clerk numbers and issues it with the organisation's signature.
    const clerk = await as(DEMO.thaiNguyenClerk);
    await clerk.goto(letterUrl);
    await clerk.getByLabel('Mật khẩu chứng thư số (không được lưu)').fill(DEMO_CERT_PASSPHRASE);
    await clerk.getByRole('button', { name: 'Cấp số và phát hành' }).click();
    await expectContains(clerk.locator('main'), 'Đã phát hành');
    await expectContains(clerk.locator('[data-testid="delivery-status"]'), '01 — Đã đến');
    await saveScreenshot(clerk, 'letters-issued');
    const letterId = letterUrl.split('/').pop() as string;
    const letter = await db.selectFrom('letters').selectAll().where('id', '=', letterId).executeTakeFirstOrThrow();
    const numberSymbol = (JSON.parse(letter.letter_json) as { numberSymbol: string }).numberSymbol;
    expect(numberSymbol).toMatch(/^\d+-CV\//);

    // 6. tct verify: valid; one changed byte: invalid.
    const pdf = Buffer.from(await (await clerk.request.get(`/api/letters/${letterId}/file.pdf`)).body());
    const dir = await mkdtemp(join(tmpdir(), 'tct-e2e-letters-'));
    try {
      const anchors = join(dir, 'ca.pem');
      await writeFile(
        anchors,
        (await db.selectFrom('trust_anchors').select('pem').execute()).map((r) => r.pem).join('\n'),
      );
      await writeFile(join(dir, 'issued.pdf'), pdf);
      const changed = Buffer.from(pdf);
      changed[1500] = changed[1500]! ^ 0x01;
      await writeFile(join(dir, 'changed.pdf'), changed);
      expect(await tctVerify(join(dir, 'issued.pdf'), anchors)).toBe(0);
      expect(await tctVerify(join(dir, 'changed.pdf'), anchors)).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    // 7. It arrives at the Academy, signatures shown on the document page.
    const arrival = await db
      .selectFrom('documents')
      .innerJoin('organisations', 'organisations.id', 'documents.organisation_id')
      .select('documents.id')
      .where('documents.number_symbol', '=', numberSymbol)
      .where('documents.direction', '=', 'incoming')
      .where('organisations.name', '=', 'Học viện Chính trị quốc gia Hồ Chí Minh')
      .executeTakeFirstOrThrow();
    const academy = await as(DEMO.academyAdmin);
    await academy.goto(`/van-ban/${arrival.id}`);
    const panel = academy.getByTestId('signatures-panel');
    await expectContains(panel, 'Phạm Quốc Hùng');
    await expectContains(panel, 'Hợp lệ');
    await expectContains(panel, 'Sau khi ký chỉ thêm chữ ký số khác');
    await saveScreenshot(academy, 'letters-arrived-signatures');
  }, 240_000);
});
