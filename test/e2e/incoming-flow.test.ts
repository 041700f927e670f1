/**
 * The incoming letter's whole life at a school, in Chromium, as its real users, through the UI only:
 * the Thái Nguyên clerk uploads letter 2174-CV/HVCTQG, waits for the reading job, checks the
 * pre-filled fields (low-confidence ones flagged), registers it and gets the next số đến of the
 * received year; presents it to the leader on the handling slip; the leader writes the bút phê and
 * assigns every requirement (requirement 1 to the staff member in person); the staff member
 * completes them from "Việc của tôi"; the document shows "Hoàn thành"; the school administrator
 * finds each step in "Nhật ký hệ thống".
 *
 * A document completes only when ALL its tasks are done (docs/direction.md, step 5; a task cannot
 * be cancelled yet), so the leader assigns every requirement of the letter — requirement 1 to
 * Đỗ Thị Thu, the others to her unit — and she completes each one, as a real school would.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startWorker } from '../../src/jobs/worker.ts';
import { jobsOf } from '../../src/testing/test-database.ts';
import { DEMO, expectContains, expectText, logIn, startHarness, type Harness } from './harness.ts';

// There is no page image of the seed letter: reference/letter-2174-ocr.txt is letter 2174-CV/HVCTQG
// as OCR read it (stamp, handwriting and all), so that text file is what the clerk uploads.
const LETTER = fileURLToPath(new URL('../../reference/letter-2174-ocr.txt', import.meta.url));
const NUMBER_SYMBOL = '2174-CV/HVCTQG';
const SUBJECT = 'Yêu cầu, nhiệm vụ về công tác trường chính trị';
/** The ĐẾN stamp as the intake engine reads it ("Ngày: 06.1.6.2022"); read with low confidence. */
const STAMP_DATE = '16/06/2022';
const RECEIVED_YEAR = '2022';
const LEADER = 'Phạm Quốc Hùng — Hiệu trưởng';
const STAFF = 'Đỗ Thị Thu — Phòng Quản lý đào tạo và Nghiên cứu khoa học';
const STAFF_UNIT = 'Phòng Quản lý đào tạo và Nghiên cứu khoa học';

let h: Harness;
let worker: ReturnType<typeof startWorker> | null = null;

beforeAll(async () => {
  h = await startHarness();
  // The harness serves the API without its job worker; `tct serve` runs one in-process, so do the
  // same here for the upload's reading job (intake.extract).
  worker = startWorker(
    { database: h.database, config: h.database.config, logger: h.app.log },
    [...jobsOf(h.database).values()],
    { pollMs: 200 },
  );
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  await h?.close();
});

function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name, exact: true });
}

/** The review field wrapper (highlighted or not) around the control labelled `label`. */
function reviewField(page: Page, label: string): Locator {
  return page.locator('.review-field').filter({ has: page.getByLabel(label, { exact: true }) });
}

describe('an incoming letter from upload to completion, audited', () => {
  it('uploads, registers, presents, directs, completes and audits letter 2174-CV/HVCTQG', async () => {
    // ---- 1. The clerk reads the register of the year the letter was received: the next số đến.
    const clerk = (await h.newPage()).page;
    await logIn(clerk, DEMO.thaiNguyenClerk);
    await nav(clerk, 'Văn bản đến').click();
    await clerk.getByLabel('Năm', { exact: true }).selectOption(RECEIVED_YEAR);
    await expect.poll(() => clerk.url()).toContain(`year=${RECEIVED_YEAR}`);
    const countText = clerk.locator('.result-count');
    await expectContains(countText, 'văn bản trong sổ');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText() is the text as rendered.
    const inBook = Number((await countText.innerText()).replace(/\D/g, ''));
    // Newest first: the first row holds the last số đến given (no gaps: equal to the count).
    const lastNumber =
      inBook === 0
        ? 0
        : Number(
            await clerk
              .getByRole('table', { name: 'Sổ văn bản đến' })
              .locator('tbody tr')
              .first()
              .locator('td')
              .first()
              // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText() is the text as rendered.
              .innerText(),
          );
    const expectedNumber = lastNumber + 1;

    // ---- Upload the letter through the file input; the page polls the reading job, then opens the review.
    await clerk.getByRole('link', { name: 'Tiếp nhận văn bản' }).click();
    await clerk.getByLabel('Tệp', { exact: true }).setInputFiles(LETTER);
    await clerk.getByRole('button', { name: 'Tải lên và đọc' }).click();
    await clerk.getByRole('heading', { name: 'Kiểm tra và vào sổ' }).waitFor({ timeout: 60_000 });
    await expect
      .poll(() => clerk.getByLabel('Số, ký hiệu', { exact: true }).first().inputValue(), { timeout: 30_000 })
      .toBe(NUMBER_SYMBOL);

    // ---- 2. Review: pre-filled fields, low-confidence receipt fields highlighted.
    expect(await clerk.getByLabel('Ngày văn bản', { exact: true }).inputValue()).toBe('31/05/2022');
    expect(await clerk.getByLabel('Trích yếu', { exact: true }).inputValue()).toBe(SUBJECT);
    expect(await clerk.getByLabel('Ngày đến', { exact: true }).inputValue()).toBe(STAMP_DATE);
    await expectContains(reviewField(clerk, 'Ngày đến'), 'Độ tin cậy');
    expect(await reviewField(clerk, 'Ngày đến').getAttribute('class')).toContain('review-field--low');
    expect(await reviewField(clerk, 'Số, ký hiệu').first().getAttribute('class')).not.toContain('review-field--low');
    await expectContains(clerk.locator('.review-layout'), 'Yêu cầu, nhiệm vụ');
    // The clerk checks the stamp and confirms the received date (committed on Enter), then registers.
    await clerk.getByLabel('Ngày đến', { exact: true }).fill(STAMP_DATE);
    await clerk.getByLabel('Ngày đến', { exact: true }).press('Enter');
    await clerk.getByRole('button', { name: 'Vào sổ và cấp số đến' }).click();
    const registered = clerk.locator('.registered-card');
    await expectText(registered.locator('.registered-card__number'), `Số đến: ${expectedNumber}`);
    await expectContains(registered, `Ngày đến ${STAMP_DATE} · năm ${RECEIVED_YEAR}`);
    await clerk.screenshot({ path: '/tmp/tct-incoming-registered.png', fullPage: true });

    // ---- 3. The clerk presents it to the leader on the handling slip.
    await registered.getByRole('link', { name: 'Xem văn bản' }).click();
    await expectText(clerk.locator('.page-header__subtitle .badge').first(), 'Đã vào sổ');
    const documentUrl = new URL(clerk.url()).pathname;
    const documentId = decodeURIComponent(documentUrl.split('/').pop() ?? '');
    expect(documentUrl).toBe(`/van-ban/${encodeURIComponent(documentId)}`);
    await clerk.getByRole('link', { name: 'Phiếu giải quyết' }).click();
    await clerk.getByLabel('Lãnh đạo nhận trình').selectOption({ label: LEADER });
    await clerk.getByLabel('Ghi chú khi trình').fill('Kính trình đồng chí Hiệu trưởng cho ý kiến chỉ đạo.');
    await clerk.getByRole('button', { name: 'Trình văn bản' }).click();
    await expectContains(clerk.locator('.banner--success'), 'Đã trình văn bản đến đồng chí Phạm Quốc Hùng.');

    // ---- 4. The leader directs it from the desk: requirement 1 to the staff member, the rest to her unit.
    const leader = (await h.newPage()).page;
    await logIn(leader, DEMO.thaiNguyenLeader);
    await nav(leader, 'Bàn làm việc lãnh đạo').click();
    await leader
      .getByRole('table', { name: 'Văn bản được trình, chờ ý kiến chỉ đạo' })
      .getByRole('link', { name: new RegExp(NUMBER_SYMBOL) })
      .click();
    const direction = leader.getByRole('form', { name: 'Ý kiến chỉ đạo và giao việc' });
    await direction
      .getByLabel('Bút phê (ý kiến chỉ đạo)')
      .fill(
        'Giao đồng chí Thu chủ trì yêu cầu 1; Phòng Quản lý đào tạo và NCKH thực hiện các nội dung còn lại, báo cáo kết quả.',
      );
    const rows = direction.locator('ol.direction-rows > li');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const titles = await rows.locator('label strong').allInnerTexts();
    expect(titles).toContain('Yêu cầu 1');
    for (const title of titles) {
      const row = rows.filter({ has: leader.getByText(title, { exact: true }) });
      expect(await row.getByRole('checkbox').isChecked()).toBe(true);
      await row.getByLabel('Chủ trì').selectOption({ label: title === 'Yêu cầu 1' ? STAFF : STAFF_UNIT });
    }
    await direction.getByRole('button', { name: 'Cho ý kiến và giao việc' }).click();
    await expectContains(leader.locator('.banner--success'), `Đã giao ${titles.length} nhiệm vụ`);
    const tasksTable = leader.getByRole('table', { name: 'Nhiệm vụ của văn bản' });
    await expectContains(tasksTable.locator('tr', { hasText: 'Yêu cầu 1' }), 'Chủ trì: Đỗ Thị Thu');

    // ---- 5. The staff member completes requirement 1 — and the others given to her unit — from Việc của tôi.
    const staff = (await h.newPage()).page;
    await logIn(staff, DEMO.thaiNguyenStaff);
    await nav(staff, 'Việc của tôi').click();
    await expectText(staff.locator('.result-count'), `${titles.length} nhiệm vụ`);
    const mine = staff.getByRole('table', { name: 'Việc của tôi' });
    const complete = async (title: string, note: string) => {
      // Tasks are titled by their content; "Yêu cầu n" is the small line under it (and the breadcrumb).
      const row = mine.locator('tbody tr').filter({ has: staff.getByText(title, { exact: true }) });
      await row.getByRole('link').first().click();
      await expectContains(staff.locator('.breadcrumb'), title);
      // One action at a time: choose "Hoàn thành" first.
      await staff.getByRole('group', { name: 'Chọn việc cần làm' }).getByRole('button', { name: 'Hoàn thành' }).click();
      const form = staff.locator('section', { has: staff.getByRole('heading', { name: 'Hoàn thành nhiệm vụ' }) });
      await form.getByLabel('Báo cáo kết quả').fill(note);
      await form.getByRole('button', { name: 'Hoàn thành' }).click();
      await expectContains(staff.locator('.banner--success'), 'Đã báo cáo hoàn thành nhiệm vụ.');
      await expectContains(staff.locator('main'), note);
      await staff
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Việc của tôi', exact: true })
        .click();
    };
    await complete(
      'Yêu cầu 1',
      'Đã tham mưu Ban Thường vụ Tỉnh ủy; Đề án xây dựng trường chính trị chuẩn đã được phê duyệt.',
    );
    for (const title of titles.filter((t) => t !== 'Yêu cầu 1'))
      await complete(title, `Phòng đã thực hiện ${title.toLowerCase()} của Công văn ${NUMBER_SYMBOL}.`);
    await expectText(staff.locator('.result-count'), '0 nhiệm vụ');
    await staff.screenshot({ path: '/tmp/tct-incoming-my-tasks.png', fullPage: true });

    // ---- 6. The clerk reloads the document page: complete.
    await clerk.goto(documentUrl);
    await expectText(clerk.locator('.page-header__subtitle .badge').first(), 'Hoàn thành');
    await clerk.getByRole('link', { name: 'Phiếu giải quyết' }).click();
    await expectText(clerk.locator('.page-header__subtitle .badge').first(), 'Hoàn thành');
    await expectContains(clerk.getByRole('table', { name: 'Nhiệm vụ của văn bản' }), 'Đỗ Thị Thu');
    await clerk.screenshot({ path: '/tmp/tct-incoming-completed.png', fullPage: true });

    // ---- 7. The school administrator sees every step in Nhật ký hệ thống, filtered to documents, then tasks.
    const admin = (await h.newPage()).page;
    await logIn(admin, DEMO.thaiNguyenAdmin);
    await nav(admin, 'Nhật ký hệ thống').click();
    await admin.getByLabel('Loại đối tượng').selectOption({ label: 'Văn bản' });
    await expect.poll(() => admin.url()).toContain('entityType=document');
    const log = admin.getByRole('table', { name: 'Nhật ký hệ thống' });
    const actions = () => log.locator('tbody code').allInnerTexts();
    for (const action of [
      'document.registered',
      'document.presentation_added',
      'document.presented',
      'document.directed',
      'document.assigned',
      'document.completed',
    ]) {
      await expect.poll(actions).toContain(action);
    }
    // Every entry shown is this letter's (expand one to read its record id).
    const registeredRow = log.locator('tbody tr', { has: admin.getByText('document.registered', { exact: true }) });
    await registeredRow.getByRole('button', { name: 'Xem chi tiết' }).click();
    await expectContains(log, `Mã đối tượng: ${documentId}`);
    await admin.screenshot({ path: '/tmp/tct-incoming-audit.png', fullPage: true });

    await admin.getByLabel('Loại đối tượng').selectOption({ label: 'Nhiệm vụ' });
    await expect.poll(() => admin.url()).toContain('entityType=task');
    await expect.poll(async () => (await actions()).filter((a) => a === 'task.completed').length).toBe(titles.length);
    await expectContains(log, 'Đỗ Thị Thu');
    await admin.screenshot({ path: '/tmp/tct-incoming-audit-tasks.png', fullPage: true });
  }, 180_000);
});
