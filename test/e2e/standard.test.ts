/**
 * Standard political school in the browser (issue 12, "Done when"): the Thái Nguyên leader imports the
 * staff roster, records the approved project and the registration, starts a self-assessment, sees the
 * computed indicators with their workings, attaches evidence with a code and a file, submits; the Academy
 * records the survey, the council and the recognition; the network view's count changes; the DOCX report
 * opens and holds the indicator table.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleRoster } from '../../src/modules/standard/standard.test-support.ts';
import { buildCatalogueTemplate, PROVISIONAL_CATALOGUE } from '../../src/standard/index.ts';
import { THAI_NGUYEN_CODE } from '../../src/seed/seed-demo.ts';
import { DEMO, expectContains, logIn, saveScreenshot, startHarness, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('standard political school', () => {
  test('roster → assessment → computed → evidence → submit; Academy survey, council, recognition; network counts; DOCX', async () => {
    const tn = await harness.organisationIdByCode(THAI_NGUYEN_CODE);

    // The Academy's count before.
    const academy = await harness.newPage();
    await logIn(academy.page, DEMO.academyAdmin);
    await academy.page.getByRole('link', { name: 'Trường chính trị chuẩn' }).click();
    const recognised = academy.page.getByTestId('network-recognised');
    await recognised.waitFor();
    const before = Number(await recognised.textContent());

    // The school.
    const { page } = await harness.newPage();
    await logIn(page, DEMO.thaiNguyenLeader);
    await page.getByRole('link', { name: 'Trường chính trị chuẩn' }).click();
    await expectContains(page.getByRole('heading', { level: 1 }), 'Trường chính trị chuẩn');
    await page
      .getByLabel('Tệp danh sách cán bộ')
      .setInputFiles({ name: 'danh-sach.xlsx', mimeType: XLSX, buffer: await sampleRoster() });
    await page.getByRole('button', { name: 'Nhập danh sách' }).click();
    await expectContains(page.getByTestId('roster-count'), '10 người, trong đó 8 giảng viên');

    const step = page.getByRole('form', { name: 'Ghi bước tiếp theo' });
    await step.getByLabel('Bước').selectOption({ label: 'Ban Thường vụ phê duyệt đề án' });
    await step.getByLabel('Số quyết định phê duyệt').fill('321-QĐ/TU');
    await step.getByLabel('Mức mục tiêu').selectOption({ label: 'Mức 1' });
    await step.getByLabel('Năm đạt chuẩn mục tiêu').fill('2027');
    await step.getByRole('button', { name: 'Ghi bước' }).click();
    await expectContains(page.getByTestId('dossier-stage'), 'Đề án đã được phê duyệt');
    await step.getByLabel('Bước').selectOption({ label: 'Đăng ký đạt chuẩn' });
    await step.getByLabel('Năm đăng ký đạt chuẩn').fill('2027');
    await step.getByLabel('Mức', { exact: true }).selectOption({ label: 'Mức 1' });
    await step.getByRole('button', { name: 'Ghi bước' }).click();
    await expectContains(page.getByTestId('dossier-stage'), 'Đã đăng ký đạt chuẩn');

    await page.getByRole('button', { name: 'Bắt đầu tự đánh giá' }).click();
    await expectContains(page.getByRole('heading', { level: 1 }), 'Tự đánh giá lần 1');
    const assessmentId = decodeURIComponent(page.url().split('/').pop()!);
    await expectContains(page.getByTestId('value-2.01'), '80%');
    await expectContains(page.getByTestId('status-2.01'), 'Đạt');
    const lecturers = page.getByRole('form', { name: 'Chỉ tiêu 2.01' });
    await lecturers.getByText('Cách tính').click();
    await expectContains(lecturers, '8 ÷ 10');
    await expectContains(page.getByTestId('value-2.05'), '87,5%');

    await lecturers.getByLabel('Tên minh chứng').fill('Quyết định giao biên chế năm 2026');
    await lecturers.getByLabel('Số, ngày ban hành').fill('Số 12/QĐ-UBND');
    await lecturers
      .getByLabel('Tệp')
      .setInputFiles({ name: 'qd-bien-che.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 e2e') });
    await lecturers.getByRole('button', { name: 'Thêm minh chứng' }).click();
    await expectContains(lecturers.getByRole('list', { name: 'Minh chứng 2.01' }), 'H2.01.01.01');
    await lecturers.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await expectContains(page.getByTestId('progress-line'), '1/55 đạt');
    await expect
      .poll(async () =>
        (await page.request.get(`/api/standard/assessments/${assessmentId}`))
          .json()
          .then((v) => v.indicators[0].evidence.length),
      )
      .toBe(1);
    await saveScreenshot(page, 'standard-assessment');
    await page.getByRole('button', { name: 'Nộp bản tự đánh giá' }).click();
    await expectContains(page.locator('.banner--success'), 'Đã nộp bản tự đánh giá');

    const docx = await page.request.get(`/api/standard/assessments/${assessmentId}/report.docx`);
    expect(docx.status()).toBe(200);
    const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string');
    for (const header of ['Mã', 'Chỉ tiêu', 'Ngưỡng', 'Kết quả', 'Tự đánh giá', 'Minh chứng'])
      expect(xml).toContain(header);
    expect(xml).toContain('H2.01.01.01');

    // The Academy records its steps on the school's dossier.
    await academy.page.goto(`/truong-chuan/${tn}`);
    await expectContains(academy.page.getByTestId('dossier-stage'), 'Đã nộp hồ sơ đề nghị công nhận');
    const form = academy.page.getByRole('form', { name: 'Ghi bước tiếp theo' });
    await form.getByLabel('Bước').selectOption({ label: 'Đoàn khảo sát của Học viện' });
    await form.getByLabel('Trưởng đoàn').fill('PGS.TS Trưởng Đoàn');
    await form.getByLabel(/Kết quả từng chỉ tiêu/).fill('2.01 đạt\n2.05 vượt chuẩn');
    await form.getByRole('button', { name: 'Ghi bước' }).click();
    await expectContains(academy.page.getByTestId('dossier-stage'), 'Đã được Học viện khảo sát');
    await form.getByLabel('Bước').selectOption({ label: 'Hội đồng thẩm định' });
    await form.getByLabel('Chủ tịch Hội đồng').fill('Chủ tịch Hội đồng E2E');
    await form.getByLabel('Mức thẩm định').selectOption({ label: 'Mức 1' });
    await form.getByLabel('Kết quả', { exact: true }).selectOption({ label: 'Đề nghị công nhận' });
    await form.getByRole('button', { name: 'Ghi bước' }).click();
    await expectContains(academy.page.getByTestId('dossier-stage'), 'Hội đồng thẩm định đề nghị công nhận');
    await form.getByLabel('Bước').selectOption({ label: 'Quyết định công nhận' });
    await form.getByLabel('Số quyết định công nhận').fill('8888-QĐ/HVCTQG');
    await form.getByLabel('Mức công nhận').selectOption({ label: 'Mức 1' });
    await form.getByRole('button', { name: 'Ghi bước' }).click();
    await expectContains(academy.page.getByTestId('dossier-stage'), 'Đã được công nhận đạt chuẩn');

    await academy.page.getByRole('link', { name: 'Trường chính trị chuẩn toàn mạng lưới' }).click();
    await expect
      .poll(async () => Number(await academy.page.getByTestId('network-recognised').textContent()))
      .toBe(before + 1);
    await saveScreenshot(academy.page, 'standard-network');

    // The Academy's administrator imports a catalogue version from the template.
    await academy.page.getByRole('link', { name: 'Tiêu chí trường chuẩn' }).click();
    const catalogue = academy.page.getByRole('form', { name: 'Nhập danh mục chính thức' });
    await catalogue.getByLabel('Tên phiên bản').fill('Danh mục thử nghiệm E2E');
    await catalogue.getByLabel(/Văn bản nguồn/).fill('Hướng dẫn thử nghiệm');
    await catalogue.getByLabel(/Tệp danh mục/).setInputFiles({
      name: 'danh-muc.xlsx',
      mimeType: XLSX,
      buffer: await buildCatalogueTemplate(PROVISIONAL_CATALOGUE),
    });
    await catalogue.getByRole('button', { name: 'Nhập danh mục' }).click();
    await expectContains(catalogue, `Đã lưu phiên bản mới (${PROVISIONAL_CATALOGUE.items.length} chỉ tiêu)`);
    await expectContains(academy.page.locator('main'), 'Danh mục thử nghiệm E2E');
  });
});
