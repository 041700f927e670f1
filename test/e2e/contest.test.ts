/**
 * The writing contest in the browser (issue 14, "Done when"): Thái Nguyên's clerk enters two works and a third
 * over quota is refused with the rule named; Vĩnh Long enters a work that copies a passage; the Academy runs
 * the overlap check and sees the pair with the passages highlighted side by side; schools promote; a judge marks
 * blind (no author, no school on the page); the Academy screens the copy out, promotes, and awards; the network
 * view counts the entries and prizes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { vietnamToday } from '../../src/lib/dates.ts';
import { loginAs } from '../../src/testing/http.ts';
import { jobsOf } from '../../src/testing/test-database.ts';
import { prepareEdition2026, words } from '../contest.support.ts';
import { DEMO, expectContains, expectCount, expectNotContains, logIn, startHarness, type Harness } from './harness.ts';

let harness: Harness;
const VL_STAFF = 'canbo@tct-vinhlong.vn';
const VL_LEADER = 'hieutruong@tct-vinhlong.vn';
const ACADEMY_STAFF = 'chuyenvien@hvctqg.vn';
const original = words(21, 1500);
const copied = `${words(22, 200)} ${original.split(' ').slice(500, 900).join(' ')} ${words(23, 200)}`;

beforeAll(async () => {
  harness = await startHarness();
  const admin = await loginAs(harness.app, DEMO.academyAdmin);
  await prepareEdition2026(admin, vietnamToday());
  for (const email of [VL_STAFF, VL_LEADER]) {
    const judge = await harness.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    for (const round of ['preliminary', 'final'])
      expect(
        (await admin.request('POST', '/api/contest/editions/e2026/judges', { round, userId: judge.id })).statusCode,
      ).toBe(201);
  }
});

afterAll(async () => {
  await harness?.close();
});

async function fullName(email: string): Promise<string> {
  const row = await harness.database.db
    .selectFrom('users')
    .select('full_name')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.full_name;
}

async function enter(
  page: import('playwright-core').Page,
  category: string,
  title: string,
  author: string,
  text: string,
) {
  await page.getByLabel('Thể loại').selectOption({ label: category });
  await page.getByLabel('Tên tác phẩm').fill(title);
  await page.getByRole('checkbox', { name: author }).check();
  await page.getByLabel('Tệp bài viết (DOCX, PDF, TXT) hoặc âm thanh, video').setInputFiles({
    name: `${title}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.getByRole('button', { name: 'Đăng ký bài' }).click();
}

describe('contest from entries to prizes', () => {
  test('enter, check overlap, mark blind, promote, screen, award, count', async () => {
    const tnAuthor = await fullName(DEMO.thaiNguyenStaff);
    const vlAuthor = await fullName(DEMO.vinhLongAdmin);

    // ---- Thái Nguyên enters two works; a third is over the quota and refused with the rule named.
    const tn = (await harness.newPage()).page;
    await logIn(tn, DEMO.thaiNguyenClerk);
    await tn
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Cuộc thi chính luận' })
      .click();
    await expectContains(tn.locator('#edition-title'), 'năm 2026');
    await enter(tn, 'Tạp chí', 'Giữ vững trận địa tư tưởng', tnAuthor, original);
    await expectContains(tn.getByRole('status'), 'Đã đăng ký bài');
    await enter(tn, 'Báo', 'Niềm tin và lý tưởng', tnAuthor, words(24, 800));
    await expectCount(tn.locator('table').first().locator('tbody tr'), 2);
    await enter(tn, 'Tạp chí', 'Bài thứ ba vượt giới hạn', tnAuthor, words(25, 500));
    await expectContains(tn.getByRole('alert'), 'giới hạn số bài mỗi tác giả');
    await expectCount(tn.locator('table').first().locator('tbody tr'), 2);

    // ---- Vĩnh Long enters a work that copies a passage of Thái Nguyên's.
    const vl = (await harness.newPage()).page;
    await logIn(vl, DEMO.vinhLongClerk);
    await vl.goto('/cuoc-thi');
    await enter(vl, 'Tạp chí', 'Bài có đoạn chép', vlAuthor, copied);
    await expectContains(vl.getByRole('status'), 'Đã đăng ký bài');

    // ---- The Academy runs the overlap check and opens the pair side by side.
    const academy = (await harness.newPage()).page;
    await logIn(academy, ACADEMY_STAFF);
    await academy.goto('/cuoc-thi');
    await academy.getByRole('button', { name: 'Kiểm tra trùng lặp' }).click();
    await expectContains(academy.getByRole('status').filter({ hasText: 'kiểm tra trùng lặp' }), 'Đã xếp lịch');
    const job = await harness.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('name', '=', 'contest.overlap')
      .where('status', '=', 'queued')
      .executeTakeFirstOrThrow();
    await jobsOf(harness.database)
      .get('contest.overlap')!
      .run(
        JSON.parse(job.payload),
        { database: harness.database, config: harness.database.config, logger: console },
        job,
      );
    await academy.getByRole('button', { name: 'Tải lại' }).click();
    await academy.getByRole('link', { name: 'Xem đối chiếu' }).click();
    const left = academy.locator('section').nth(0).locator('mark');
    const right = academy.locator('section').nth(1).locator('mark');
    await expectCount(left, 1);
    const passage = (await left.first().textContent()) ?? '';
    expect(passage.split(/\s+/).length).toBeGreaterThan(390);
    expect(await right.first().textContent()).toBe(passage);

    // ---- Schools promote their works to the Academy's preliminary round.
    const tnAdmin = (await harness.newPage()).page;
    await logIn(tnAdmin, DEMO.thaiNguyenAdmin);
    await tnAdmin.goto('/cuoc-thi');
    for (const title of ['Giữ vững trận địa tư tưởng', 'Niềm tin và lý tưởng']) {
      const row = tnAdmin.getByRole('row', { name: new RegExp(title) });
      await row.getByRole('button', { name: 'Chuyển vòng sau' }).click();
      await expectContains(row, 'Sơ khảo');
    }
    const vlAdmin = (await harness.newPage()).page;
    await logIn(vlAdmin, DEMO.vinhLongAdmin);
    await vlAdmin.goto('/cuoc-thi');
    const vlRow = vlAdmin.getByRole('row', { name: /Bài có đoạn chép/ });
    await vlRow.getByRole('button', { name: 'Chuyển vòng sau' }).click();
    await expectContains(vlRow, 'Sơ khảo');

    // ---- A judge marks blind: codes and works, no author, no school.
    const judge = (await harness.newPage()).page;
    await logIn(judge, VL_STAFF);
    await judge.goto('/cham-thi?vong=preliminary');
    await expectCount(judge.locator('article'), 3);
    const main = judge.locator('main');
    for (const secret of [tnAuthor, vlAuthor, 'Thái Nguyên', 'Vĩnh Long']) await expectNotContains(main, secret);
    const work = judge.locator('article').filter({ hasText: 'Giữ vững trận địa tư tưởng' });
    await work.getByLabel(/Điểm/).fill('90');
    await work.getByRole('button', { name: 'Ghi điểm' }).click();
    await expectContains(work, 'Điểm của bạn: 90');

    // ---- The Academy screens the copy out by the category's threshold and promotes the others to the final.
    await academy.goto('/cuoc-thi');
    const copyRow = academy.getByRole('row', { name: /Bài có đoạn chép/ });
    await copyRow.getByRole('button', { name: 'Loại (theo ngưỡng trùng lặp)' }).click();
    await expectContains(copyRow, 'Bị loại');
    await expectContains(copyRow, 'ngưỡng trùng lặp');
    for (const title of ['Giữ vững trận địa tư tưởng', 'Niềm tin và lý tưởng']) {
      const row = academy.getByRole('row', { name: new RegExp(title) });
      await row.getByRole('button', { name: 'Chuyển vòng sau' }).click();
      await expectContains(row, 'Chung khảo');
    }

    // ---- Two judges mark the final in the browser; the Academy's administrator awards.
    for (const [email, scores] of [
      [VL_STAFF, ['88', '75']],
      [VL_LEADER, ['90', '77']],
    ] as const) {
      const p = (await harness.newPage()).page;
      await logIn(p, email);
      await p.goto('/cham-thi?vong=final');
      for (const [i, title] of ['Giữ vững trận địa tư tưởng', 'Niềm tin và lý tưởng'].entries()) {
        const w = p.locator('article').filter({ hasText: title });
        await w.getByLabel(/Điểm/).fill(scores[i]!);
        await w.getByRole('button', { name: 'Ghi điểm' }).click();
        await expectContains(w, `Điểm của bạn: ${scores[i]}`);
      }
    }
    const admin = (await harness.newPage()).page;
    await logIn(admin, DEMO.academyAdmin);
    await admin.goto('/cuoc-thi');
    await admin.getByRole('button', { name: 'Xét giải theo điểm chung khảo' }).click();
    const awards = admin.locator('section', { has: admin.getByRole('heading', { name: 'Giải thưởng' }) });
    await expectCount(awards.locator('tbody tr'), 2);
    await expectContains(awards, tnAuthor);

    // ---- The network view counts them.
    const network = admin.locator('section', { has: admin.getByRole('heading', { name: 'Toàn mạng lưới' }) });
    await expectContains(network, 'Tổng: 3 bài dự thi, 2 giải');
    const tnNet = network.getByRole('row', { name: /Thái Nguyên/ });
    await expectContains(tnNet, '2');
  });
});
