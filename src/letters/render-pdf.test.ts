/**
 * The rendered PDFs read back with poppler and checked against the layout rules: what is where, in which
 * size and style. Columns come from the rule set, so these checks follow the data, not magic numbers.
 */
import { describe, expect, it } from 'vitest';
import { columnWidths } from './compose.ts';
import { layoutRulesFor, MM_TO_PT } from './layout-rules.ts';
import type { Letter } from './model.ts';
import { renderLetterPdf } from './render-pdf.ts';
import { centre, lineStarting, type PdfLine, pdfFonts, pdfLines, pdfPlainText } from './test-support.ts';
import { PARTY_PLAN, PARTY_REPLY_TO_2174, STATE_CONG_VAN, STATE_DECISION } from './test-letters.ts';

const TODAY = '2026-03-01';
const CREATED = new Date('2026-03-01T08:00:00+07:00');

function columns(letter: Letter) {
  const rules = layoutRulesFor(letter.family, letter.date, TODAY);
  const w = columnWidths(rules);
  const left = rules.page.leftMm * MM_TO_PT;
  return {
    rules,
    left: { from: left, to: left + w.left, centre: left + w.left / 2 },
    right: { from: left + w.left, to: left + w.text, centre: left + w.left + w.right / 2 },
    page: { from: left, to: left + w.text, centre: left + w.text / 2 },
  };
}

async function render(letter: Letter) {
  const out = await renderLetterPdf(letter, { today: TODAY, creationDate: CREATED });
  return { ...out, lines: await pdfLines(out.pdf) };
}

const near = (value: number, target: number, tolerance = 3) => Math.abs(value - target) <= tolerance;
const within = (line: PdfLine, col: { from: number; to: number }) =>
  line.left >= col.from - 1 && line.left + line.width <= col.to + 1;

describe('state layout (NĐ 30/2020 Phụ lục I)', () => {
  it('puts Quốc hiệu and Tiêu ngữ top right, the body and number left, the date on the number line', async () => {
    const { lines, pdf, pages } = await render(STATE_CONG_VAN);
    const col = columns(STATE_CONG_VAN);
    expect(pages).toBe(1);

    const title = lineStarting(lines, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const motto = lineStarting(lines, 'Độc lập - Tự do - Hạnh phúc');
    expect(title.top).toBeLessThan(25 * MM_TO_PT); // at the top margin
    expect(within(title, col.right) && near(centre(title), col.right.centre)).toBe(true);
    expect(near(centre(motto), col.right.centre) && motto.top > title.top).toBe(true);
    expect([title.bold, title.size, motto.bold, motto.size]).toEqual([true, 12, true, 13]);

    const body = lineStarting(lines, 'ỦY BAN NHÂN DÂN');
    expect(within(body, col.left) && near(centre(body), col.left.centre) && body.bold).toBe(true);
    expect(near(body.top, title.top, 2)).toBe(true);

    const number = lineStarting(lines, 'Số: 215/UBND-NC');
    expect(within(number, col.left) && near(centre(number), col.left.centre)).toBe(true);
    const date = lineStarting(lines, 'Đắk Lắk, ngày 05 tháng 01 năm 2026');
    expect(within(date, col.right) && near(centre(date), col.right.centre) && date.italic).toBe(true);
    expect(near(date.top + date.height, number.top + number.height, 2)).toBe(true); // same baseline

    const vv = lineStarting(lines, 'V/v cử lãnh đạo');
    expect(within(vv, col.left) && vv.top > number.top && vv.size === 12 && !vv.italic).toBe(true);
    const urgent = lineStarting(lines, 'KHẨN');
    expect(within(urgent, col.left) && urgent.top > vv.top && urgent.bold).toBe(true);

    const kinhGui = lineStarting(lines, 'Kính gửi:');
    const dashes = lines.filter((l) => l.text.startsWith('- ') && l.top > kinhGui.top && l.top < kinhGui.top + 60);
    expect(dashes.length).toBeGreaterThanOrEqual(2);
    expect(dashes.every((d) => near(d.left, dashes[0]?.left ?? 0, 1))).toBe(true); // aligned under the colon

    const text = await pdfPlainText(pdf);
    expect(text).toContain('Trường Chính trị tỉnh Đắk Lắk.');
    expect(await pdfFonts(pdf)).toMatch(/LiberationSerif-Italic\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('puts the signer bottom right with room to sign, and Nơi nhận bottom left on the same line', async () => {
    const { lines, signatureSpace } = await render(STATE_CONG_VAN);
    const col = columns(STATE_CONG_VAN);
    const authority = lineStarting(lines, 'KT. CHỦ TỊCH');
    const title = lineStarting(lines, 'PHÓ CHỦ TỊCH');
    const name = lineStarting(lines, 'Nguyễn Thiên Phước');
    const lastBody = lineStarting(lines, 'sách, xây dựng lịch giảng dạy');
    expect(authority.top).toBeGreaterThan(lastBody.top);
    for (const l of [authority, title, name]) {
      expect(within(l, col.right) && near(centre(l), col.right.centre) && l.bold).toBe(true);
    }
    expect(name.top - (title.top + title.height)).toBeGreaterThanOrEqual(col.rules.signatureSpaceMm * MM_TO_PT - 2);

    const label = lineStarting(lines, 'Nơi nhận:');
    expect(near(label.left, col.left.from, 1) && label.bold && label.italic && label.size === 12).toBe(true);
    expect(near(label.top, authority.top, 3)).toBe(true);
    const store = lineStarting(lines, '- Lưu: VT, NC.');
    expect(within(store, col.left) && store.size === 11).toBe(true);

    // The reserved signature rectangle lies between the title and the name, in PDF coordinates.
    const pageHeight = 297 * MM_TO_PT;
    const [x1, y1, x2, y2] = signatureSpace.rect;
    expect(x1).toBeGreaterThanOrEqual(col.right.from);
    expect(x2).toBeLessThanOrEqual(col.right.to);
    expect(pageHeight - y2).toBeGreaterThanOrEqual(title.top + title.height - 1);
    expect(pageHeight - y1).toBeLessThanOrEqual(name.top + 1);
  });

  it('centres the type name and subject of a decision, with the confidentiality mark under the number', async () => {
    const { lines } = await render(STATE_DECISION);
    const col = columns(STATE_DECISION);
    const type = lineStarting(lines, 'QUYẾT ĐỊNH');
    expect(near(centre(type), col.page.centre) && type.bold && type.size === 14).toBe(true);
    const subject = lineStarting(lines, 'Về việc cử cán bộ tham gia lớp');
    expect(subject.top > type.top && subject.bold && near(centre(subject), col.page.centre)).toBe(true);
    expect(subject.text).toBe('Về việc cử cán bộ tham gia lớp'); // the drafter's break is kept
    expect(lineStarting(lines, 'bồi dưỡng kiến thức').top).toBeGreaterThan(subject.top);
    const parent = lineStarting(lines, 'ỦY BAN NHÂN DÂN');
    const body = lineStarting(lines, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(parent.top < body.top && !parent.bold && body.bold).toBe(true);
    const secret = lineStarting(lines, 'MẬT');
    const number = lineStarting(lines, 'Số: 07/QĐ-SGDĐT');
    expect(within(secret, col.left) && secret.top > number.top && secret.top < type.top).toBe(true);
    expect(lineStarting(lines, 'Thái Nguyên, ngày 03 tháng 02 năm 2022').italic).toBe(true);
  });
});

describe('Party layout (HD 36-HD/VPTW)', () => {
  it('prints ĐẢNG CỘNG SẢN VIỆT NAM top right, the committee over the body, a star and "Số" without colon', async () => {
    const { lines } = await render(PARTY_REPLY_TO_2174);
    const col = columns(PARTY_REPLY_TO_2174);
    const partyLine = lineStarting(lines, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(within(partyLine, col.right) && near(centre(partyLine), col.right.centre)).toBe(true);
    expect([partyLine.bold, partyLine.size]).toEqual([true, 15]);
    expect(partyLine.top).toBeLessThan(25 * MM_TO_PT);

    const parent = lineStarting(lines, 'TỈNH ỦY THÁI NGUYÊN');
    const body = lineStarting(lines, 'TRƯỜNG CHÍNH TRỊ');
    const star = lineStarting(lines, '*');
    const number = lineStarting(lines, 'Số 125-CV/TCT');
    expect(parent.top < body.top && body.top < star.top && star.top < number.top).toBe(true);
    expect(!parent.bold && body.bold && parent.size === 14 && body.size === 14).toBe(true);
    for (const l of [parent, body, star, number]) expect(near(centre(l), col.left.centre)).toBe(true);

    const date = lineStarting(lines, 'Thái Nguyên, ngày 24 tháng 6 năm 2022');
    expect(date.italic && within(date, col.right) && near(date.top, number.top, 2)).toBe(true);
    const vv = lineStarting(lines, 'V/v báo cáo');
    expect(vv.italic && vv.size === 12 && within(vv, col.left)).toBe(true);

    const kinhGui = lineStarting(lines, 'Kính gửi: Học viện Chính trị quốc gia Hồ Chí Minh.');
    expect(near(centre(kinhGui), col.page.centre, 6)).toBe(true);

    const label = lineStarting(lines, 'Nơi nhận:');
    const authority = lineStarting(lines, 'K/T HIỆU TRƯỞNG');
    expect(!label.bold && label.size === 14 && near(label.top, authority.top, 3)).toBe(true);
    expect(lineStarting(lines, '- Như trên,').size).toBe(12);
    expect(lineStarting(lines, '- Lưu: VT, P.QLĐT.').size).toBe(12);
    expect(within(authority, col.right) && authority.bold).toBe(true);
  });

  it('prints a plan title in capitals with the dashes under the subject, and a table', async () => {
    const { lines } = await render(PARTY_PLAN);
    const col = columns(PARTY_PLAN);
    const type = lineStarting(lines, 'KẾ HOẠCH');
    expect([type.bold, type.size]).toEqual([true, 16]);
    expect(near(centre(type), col.page.centre)).toBe(true);
    const subject = lineStarting(lines, 'Tổng kết 10 năm');
    const dashes = lineStarting(lines, '-----');
    expect(subject.top > type.top && dashes.top > subject.top && near(centre(dashes), col.page.centre)).toBe(true);
    expect(lineStarting(lines, 'I. MỤC ĐÍCH, YÊU CẦU').bold).toBe(true);
    expect(lineStarting(lines, 'T/M BAN THƯỜNG VỤ').bold).toBe(true);

    const table = await render(PARTY_REPLY_TO_2174);
    const head = lineStarting(table.lines, 'Nội dung');
    expect(head.bold).toBe(true);
    expect(lineStarting(table.lines, 'Số học viên').top).toBe(head.top);
  });
});

describe('drafts', () => {
  it('prints DỰ THẢO at the top and leaves the number and the date blank for the clerk', async () => {
    const draft: Letter = {
      ...PARTY_REPLY_TO_2174,
      numberSymbol: null,
      draftSymbol: 'CV/TCT',
      date: null,
      draftMark: true,
    };
    const { lines } = await render(draft);
    const mark = lineStarting(lines, 'DỰ THẢO');
    expect(mark.top).toBeLessThan(lineStarting(lines, 'ĐẢNG CỘNG SẢN VIỆT NAM').top);
    expect(lineStarting(lines, 'Số').text).toMatch(/^Số\s+-CV\/TCT$/u);
    expect(lineStarting(lines, 'Thái Nguyên, ngày').text).toMatch(/^Thái Nguyên, ngày\s{2,}tháng\s{2,}năm 2026$/u);
  });
});

describe('long letters', () => {
  it('numbers pages from the second, centred in the top margin, and keeps the signer block whole', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `Đoạn ${i + 1}: nội dung công việc của các phòng, khoa trong quý; tiến độ thực hiện; khó khăn, vướng mắc và kiến nghị.`,
    }));
    const { lines, pages } = await render({ ...STATE_CONG_VAN, body: paragraphs });
    expect(pages).toBeGreaterThanOrEqual(2);
    const col = columns(STATE_CONG_VAN);
    const numbers = lines.filter((l) => /^\d+$/.test(l.text));
    expect(numbers.map((l) => l.page)).toEqual(Array.from({ length: pages - 1 }, (_, i) => i + 2));
    for (const n of numbers) {
      expect(n.text).toBe(String(n.page));
      expect(n.top).toBeLessThan(col.rules.page.topMm * MM_TO_PT);
      expect(near(centre(n), col.page.centre)).toBe(true);
    }
    const authority = lineStarting(lines, 'KT. CHỦ TỊCH');
    const name = lineStarting(lines, 'Nguyễn Thiên Phước');
    expect(name.page).toBe(authority.page);
    expect(lineStarting(lines, 'Nơi nhận:').page).toBe(authority.page);
  });
});
