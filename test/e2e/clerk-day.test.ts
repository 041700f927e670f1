/**
 * Issue 16, a clerk's and a director's day in Chromium: the clerk registers a scanned letter and presents
 * it to the usual leader in one step (a double click acts once), with "In phiếu" and "Tiếp nhận văn bản
 * khác" on the success card; the director sees the scan on the phiếu (zoom, rotate), is warned about a
 * deadline in the past typed as digits, gives the whole letter with a stock bút phê in one step (a double
 * click acts once) and sees the saved bút phê at the top; the staff member sees the letter on the task,
 * titled by its content; the phiếu prints without the navigation.
 */
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFile } from '../../src/modules/documents/documents.repository.ts';
import { createFileStore } from '../../src/lib/file-store/index.ts';
import { storeFile } from '../../src/modules/documents/files.storage.ts';
import { DEMO, expectContains, expectText, logIn, saveScreenshot, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => h?.close());

const LEADER_NAME = 'Phạm Quốc Hùng';
const STAFF = 'Đỗ Thị Thu — Phòng Quản lý đào tạo và Nghiên cứu khoa học';
const SUBJECT = 'V/v tổ chức hội nghị học tập chuyên đề năm 2027';
const REQUIREMENT = 'Xây dựng kế hoạch tổ chức hội nghị học tập chuyên đề cho cán bộ, giáo viên';

/** A small real PNG (a grey page with a dark "stamp" block), so the viewer has an image to show. */
function pagePng(width = 120, height = 160): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = x > 70 && y < 40 ? 40 : 235;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A scanned draft letter of Thái Nguyên, as the intake would leave it: fields and one page image. */
async function scannedDraft(): Promise<string> {
  const login = await h.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: DEMO.thaiNguyenClerk, password: 'TctDemo2026!' },
  });
  const cookie = login.cookies.find((c) => c.name === 'tct_session')!.value;
  const { csrfToken, user } = login.json();
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/documents/manual',
    headers: { cookie: `tct_session=${cookie}`, 'x-csrf-token': csrfToken },
    payload: {
      issuerName: 'Ban Tuyên giáo Tỉnh ủy Thái Nguyên',
      numberSymbol: '315-CV/BTGTU',
      documentDate: '2026-12-01',
      subject: SUBJECT,
      requirements: [{ no: 1, text: REQUIREMENT, deadline: null }],
    },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  const png = pagePng();
  const stored = await storeFile(createFileStore(h.database.config), user.organisation.id, png);
  await insertFile(h.database.db, {
    document_id: id,
    organisation_id: user.organisation.id,
    kind: 'page_image',
    file_name: 'trang-1.png',
    content_type: 'image/png',
    size: stored.size,
    sha256: stored.sha256,
    storage_path: stored.storagePath,
    created_by: null,
  });
  return id;
}

const count = async (table: 'document_presentations', documentId: string) =>
  (await h.database.db.selectFrom(table).select('id').where('document_id', '=', documentId).execute()).length;
const audits = async (action: string, documentId: string) =>
  (
    await h.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', action)
      .where('entity_id', '=', documentId)
      .execute()
  ).length;

describe("a clerk's and a director's day", () => {
  it('registers and presents in one step, directs the whole letter, prints the phiếu; double clicks act once', async () => {
    const id = await scannedDraft();

    // ---- The clerk: the scan beside the fields, the usual (only) leader preselected, one double click.
    const clerk = (await h.newPage()).page;
    await logIn(clerk, DEMO.thaiNguyenClerk);
    await clerk.goto(`/van-ban-den/${encodeURIComponent(id)}/vao-so`);
    await clerk.getByRole('heading', { name: 'Kiểm tra và vào sổ' }).waitFor();
    const scan = clerk.getByTestId('letter-viewer').getByRole('img', { name: 'Trang 1 của văn bản' });
    await expect.poll(() => scan.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
    await expect
      .poll(() => clerk.getByLabel('Trình lãnh đạo').locator('option:checked').textContent())
      .toContain(LEADER_NAME);
    await clerk.getByRole('button', { name: 'Vào sổ và trình' }).dblclick();
    const card = clerk.locator('.registered-card');
    await expectContains(card, 'Số đến:');
    await expectContains(card, `Đã trình đồng chí ${LEADER_NAME}`);
    for (const name of ['In phiếu', 'Tiếp nhận văn bản khác'])
      expect(await card.getByRole('link', { name }).isVisible()).toBe(true);
    expect(await card.getByRole('link', { name: 'Trình', exact: true }).count()).toBe(0);
    expect(await count('document_presentations', id)).toBe(1);
    expect(await audits('document.registered', id)).toBe(1);
    await saveScreenshot(clerk, 'clerk-day-registered-and-presented');

    // ---- The register prints from "Sổ đăng ký" (this year so far), the letter on it, without the navigation.
    await clerk.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sổ đăng ký' }).click();
    await clerk.getByRole('link', { name: 'Xem bản in, tải PDF' }).click();
    const sheet = clerk.getByRole('article', { name: 'Sổ đăng ký văn bản đến' });
    await expectContains(sheet, '315-CV/BTGTU');
    await expectContains(sheet, SUBJECT);
    await saveScreenshot(clerk, 'clerk-day-register-sheet');
    await clerk.emulateMedia({ media: 'print' });
    expect(await clerk.locator('#app-nav').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await clerk.emulateMedia({ media: 'screen' });

    // ---- Nothing found in the merged school: the empty search points to the predecessors and searches there.
    await clerk.goto('/tim-kiem-van-ban?q=2174');
    await expectContains(clerk.locator('.empty-state'), 'Văn bản trước 01/07/2025 nằm trong sổ của đơn vị tiền thân');
    const there = clerk
      .locator('.empty-state')
      .getByRole('button', { name: /^Tìm trong / })
      .first();
    const predecessor = ((await there.textContent()) ?? '').replace('Tìm trong ', '');
    await there.click();
    await expectContains(clerk.locator('.empty-state'), `Đang tìm trong đơn vị tiền thân ${predecessor}`);
    expect(await clerk.locator('#predecessor-picker option:checked').textContent()).toContain(predecessor);
    await expectContains(clerk.getByTestId('predecessor-banner'), `Đang làm việc với đơn vị tiền thân ${predecessor}`);
    await clerk
      .locator('.empty-state')
      .getByRole('button', { name: /^Tìm trong / })
      .click();

    // ---- The director: the scan on the phiếu, zoom and rotate; the whole letter in one step.
    const leader = (await h.newPage()).page;
    await logIn(leader, DEMO.thaiNguyenLeader);
    await leader
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Bàn làm việc lãnh đạo' })
      .click();
    await leader.getByRole('link', { name: /315-CV\/BTGTU/ }).click();
    const viewer = leader.getByTestId('letter-viewer');
    const image = viewer.getByRole('img', { name: 'Trang 1 của văn bản' });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
    await viewer.getByRole('button', { name: 'Phóng to' }).click();
    await viewer.getByRole('button', { name: 'Xoay phải' }).click();
    expect(await image.getAttribute('data-zoom')).toBe('125');
    expect(await image.getAttribute('data-rotation')).toBe('90');

    const form = leader.getByRole('form', { name: 'Ý kiến chỉ đạo và giao việc' });
    expect(await form.getByRole('radio', { name: /Giao cả văn bản/ }).isChecked()).toBe(true);
    await form.getByRole('group', { name: 'Bút phê mẫu' }).getByRole('button').first().click();
    expect(await form.getByLabel('Bút phê (ý kiến chỉ đạo)').inputValue()).not.toBe('');
    await form.getByLabel('Chủ trì', { exact: true }).selectOption({ label: STAFF });
    // A deadline typed as digits, in the past: accepted, with a warning.
    await form.getByLabel('Hạn xử lý', { exact: true }).fill('31072023');
    await form.getByLabel('Hạn xử lý', { exact: true }).press('Enter');
    expect(await form.getByLabel('Hạn xử lý', { exact: true }).inputValue()).toBe('31/07/2023');
    await expectContains(form.locator('.field__warning'), 'đã qua');
    await form.getByLabel('Hạn xử lý', { exact: true }).fill('15012027');
    await form.getByLabel('Hạn xử lý', { exact: true }).press('Enter');
    expect(await form.locator('.field__warning').count()).toBe(0);
    await form.getByRole('button', { name: 'Cho ý kiến và giao việc' }).dblclick();
    await expectContains(leader.locator('.banner--success'), 'Đã giao 1 nhiệm vụ');
    const top = leader.locator('.direction-note--top');
    await expectContains(top, 'Bút phê của');
    expect(await leader.evaluate(() => window.scrollY)).toBe(0);
    expect(await audits('document.directed', id)).toBe(1);
    await saveScreenshot(leader, 'clerk-day-phieu-directed');

    // ---- The phiếu prints without the navigation.
    await leader.getByRole('link', { name: 'In phiếu' }).click();
    await expectText(leader.getByRole('heading', { level: 1 }), 'PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN');
    await expectContains(leader.getByRole('article'), REQUIREMENT);
    await saveScreenshot(leader, 'clerk-day-phieu-print');
    await leader.emulateMedia({ media: 'print' });
    expect(await leader.locator('#app-nav').isVisible()).toBe(false);
    expect(await leader.getByRole('button', { name: 'In phiếu' }).isVisible()).toBe(false);
    await leader.emulateMedia({ media: 'screen' });

    // ---- The school's own stock phrases, set on the desk (audited), offered on the next phiếu.
    await leader
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Bàn làm việc lãnh đạo' })
      .click();
    await leader.getByText('Thiết lập chỉ đạo của đơn vị').click();
    const settings = leader.getByRole('form', { name: 'Thiết lập chỉ đạo' });
    await settings.getByLabel('Bút phê mẫu (mỗi dòng một câu)').fill('Giao Phòng Đào tạo chủ trì.\nLưu hồ sơ.');
    await settings.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await expectContains(settings.locator('.banner--success'), 'Đã lưu thiết lập chỉ đạo.');
    expect(
      await h.database.db
        .selectFrom('direction_settings')
        .select('phrases_json')
        .where(
          'organisation_id',
          '=',
          (
            await h.database.db
              .selectFrom('users')
              .select('organisation_id')
              .where('email', '=', DEMO.thaiNguyenLeader)
              .executeTakeFirstOrThrow()
          ).organisation_id,
        )
        .executeTakeFirstOrThrow(),
    ).toEqual({ phrases_json: JSON.stringify(['Giao Phòng Đào tạo chủ trì.', 'Lưu hồ sơ.']) });

    // ---- The staff member: the task titled by its content, the letter on the task page.
    const staff = (await h.newPage()).page;
    await logIn(staff, DEMO.thaiNguyenStaff);
    await staff
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Việc của tôi' })
      .click();
    await staff.getByRole('link', { name: REQUIREMENT }).click();
    await expectText(staff.getByRole('heading', { level: 1 }), REQUIREMENT);
    const taskScan = staff.getByTestId('letter-viewer').getByRole('img', { name: 'Trang 1 của văn bản' });
    await expect.poll(() => taskScan.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
    // One action at a time; "Trả lại" is not red.
    expect(await staff.locator('section.task-action').count()).toBe(1);
    await staff.getByRole('group', { name: 'Chọn việc cần làm' }).getByRole('button', { name: 'Trả lại' }).click();
    expect(await staff.locator('section.task-action').count()).toBe(1);
    const returnButton = staff.locator('section.task-action').getByRole('button', { name: 'Trả lại' });
    expect(await returnButton.getAttribute('class')).not.toContain('danger');
    await saveScreenshot(staff, 'clerk-day-task');
  });
});
