import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';
import { nameEndingWith } from './org-vocab.ts';
import { joinSplitInitials } from './lexicon.ts';
import { completeReceiver } from './receiver.ts';
import { createCtx } from './context.ts';
import { buildDoc } from './normalize.ts';
import { findBareName } from './stamp-overlay.ts';

// A central body's letter with the incoming stamp printed over its body, as OCR reads it: the receiver's name
// left at the end of a body line, the stamp's labels read onto a section heading two lines below.
const overBody = (nameLine: string, headingLine: string) =>
  [
    'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'VỤ TỔ CHỨC CÁN BỘ Độc lập - Tự do - Hạnh phúc',
    'Số: 21/TB-TCCB',
    'Hà Nội, ngày 02 tháng 3 năm 2023',
    '',
    'THÔNG BÁO',
    'Kết quả rà soát đội ngũ giảng viên năm 2023',
    '',
    // The opening verb with a mark misread ("Triến"): the body's start is then placed at the first item.
    'Triến khai Kế hoạch số 1180/KH-UBND của Ủy ban nhân dân tỉnh; Quyết định',
    'số 220/QĐ-BTC, Vụ thông báo như sau:',
    '',
    'Một số nơi còn thiếu giảng viên cơ hữu, cơ sở vật chất xuống cấp;',
    nameLine,
    '',
    headingLine,
    '',
    '- Đã tổ chức 12 lớp bồi dưỡng với 640 học viên.',
    'II. NHIỆM VỤ THỜI GIAN TỚI',
    '1. Các đơn vị báo cáo kết quả trước ngày 30/4/2023.',
    'Nơi nhận:',
    '- Lưu: VT, TCCB.',
    'VỤ TRƯỞNG',
    'Trần Văn Bình',
  ].join('\n');

describe('the receiver of a stamp read into the body', () => {
  it('never takes a section heading for the receiver, and finds the name left at the end of a line above', () => {
    const e = extractFromText(
      overBody(
        'đội ngũ chưa đáp ứng yêu cầu. |¦ð NỘI VỤ TỈNH LÂM ĐỒNG',
        'I. KẾT QUẢ ĐẠT ĐƯỢC cv ĐẾN Số: 318 Ngày: 9-3-2023',
      ),
    );
    expect(e.incoming?.number).toBe(318);
    expect(e.incoming?.receiver).toBe('SỞ NỘI VỤ TỈNH LÂM ĐỒNG');
  });

  it('gives no receiver rather than the heading when no name is left', () => {
    const e = extractFromText(
      overBody('đội ngũ chưa đáp ứng yêu cầu nhiệm vụ.', 'I. KẾT QUẢ ĐẠT ĐƯỢC cv ĐẾN Số: 318 Ngày: 9-3-2023'),
    );
    expect(e.incoming?.number).toBe(318);
    expect(e.incoming?.receiver ?? null).toBeNull();
  });
});

describe('a receiving school named by its end words only', () => {
  it('completes the end of a name to the one name it ends, preferring the network school of two forms', () => {
    expect(nameEndingWith('NGUYỄN VĂN LINH')).toBe('TRƯỜNG CHÍNH TRỊ NGUYỄN VĂN LINH');
    expect(nameEndingWith('NGUYÊN CHÍ THANH')).toBe('TRƯỜNG CHÍNH TRỊ NGUYỄN CHÍ THANH');
    // Two network schools are named after Nguyễn Văn Cừ (Bắc Ninh, Quảng Ninh): nothing to choose.
    expect(nameEndingWith('NGUYỄN VĂN CỪ')).toBeNull();
    // Too short to name anything by itself; a whole name is not an end.
    expect(nameEndingWith('TRẦN PHÚ')).toBeNull();
    expect(nameEndingWith('SỞ NỘI VỤ TỈNH LÂM ĐỒNG')).toBeNull();
  });

  it('does not take the document title below the stamp for the end of the receiver', () => {
    const text = [
      'BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM',
      'HỌC VIỆN CHÍNH TRỊ QUỐC GIA',
      'HỒ CHÍ MINH Hà Nội, ngày 4 tháng 4 năm 2022',
      'Số: 08-TB/HVCTQG',
      '',
      'NGUYỄN VĂN LINH',
      'Ngày: 6-4-2022',
      'THÔNG BÁO',
      'Ý kiến chỉ đạo về việc sắp xếp các cơ sở đào tạo',
      'CV ĐẾN Số: 332',
      '',
      'Học viện đề nghị như sau:',
      '1. Các trường báo cáo trước ngày 30/4/2022.',
      'Nơi nhận:',
      '- Lưu VT.',
      'GIÁM ĐỐC',
      'Nguyễn Xuân Thắng',
    ].join('\n');
    expect(extractFromText(text).incoming?.receiver).toBe('TRƯỜNG CHÍNH TRỊ NGUYỄN VĂN LINH');
  });
});

describe('a stamp printed above the header with its name under the fields', () => {
  it("ends at the blank line after the name: the header's names below are the issuer's", () => {
    const text = [
      'ĐẾN',
      'Số: 495',
      'Ngày: 12-3-2021',
      'TRƯỜNG CHÍNH TRỊ NGUYỄN CHÍ THANH',
      '',
      'HỌC VIỆN CHÍNH TRỊ QUỐC GIA',
      'HỒ CHÍ MINH',
      'VỤ TỔ CHỨC - CÁN BỘ',
      '*',
      'Số 89-TB/VTCCB',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hà Nội, ngày 6 tháng 3 năm 2021',
      '',
      'THÔNG BÁO',
      'Lịch tổ chức thi tốt nghiệp năm 2021',
      '1. Các đơn vị gửi danh sách trước ngày 30/3/2021.',
    ].join('\n');
    const e = extractFromText(text);
    expect(e.incoming?.receiver).toBe('TRƯỜNG CHÍNH TRỊ NGUYỄN CHÍ THANH');
    expect(e.issuer).toEqual({ name: 'VỤ TỔ CHỨC - CÁN BỘ', parent: 'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH' });
  });
});

describe('a stamp name cut inside its last word', () => {
  it('is the one province that goes on from the letters read', () => {
    expect(completeReceiver('TRƯỜNG CHÍNH TRỊ TỈNH HẬU G')?.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH HẬU GIANG');
    // Several provinces go on from "BẮC": left as read.
    expect(completeReceiver('TRƯỜNG CHÍNH TRỊ TỈNH BẮC')?.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH BẮC');
  });
});

describe('an addressee whose first letter OCR set apart', () => {
  it('is joined when the whole word and the next make a known name', () => {
    expect(joinSplitInitials('Sở Nội vụ tỉnh N ghệ An')).toBe('Sở Nội vụ tỉnh Nghệ An');
    expect(joinSplitInitials('Phụ lục A kèm theo')).toBe('Phụ lục A kèm theo');
  });
});

describe('a stamp over the body of which OCR kept only the name', () => {
  const withLine = (line: string, after = '- Đã tổ chức 12 lớp bồi dưỡng với 640 học viên.') =>
    overBody('Một số nơi còn thiếu giảng viên cơ hữu.', 'I. KẾT QUẢ ĐẠT ĐƯỢC').replace(
      'I. KẾT QUẢ ĐẠT ĐƯỢC\n\n- Đã tổ chức 12 lớp bồi dưỡng với 640 học viên.',
      `${line}\n${after}`,
    );

  it('takes a whole name ending a body line, with no number or date', () => {
    const e = extractFromText(withLine('I. KẾT QUẢ ĐẠT ĐƯỢC TRƯỜNG CHÍNH TRỊ THÀNH PHỐ ĐÀ NẴNG'));
    expect(e.incoming).toEqual({ receiver: 'TRƯỜNG CHÍNH TRỊ THÀNH PHỐ ĐÀ NẴNG', number: null, date: null });
  });

  it("does not take a position's body, a preamble's or the issuer's own name for a stamp", () => {
    const bare = (lines: string[]) => findBareName(createCtx(buildDoc(lines.join('\n'))), 0, lines.length, 'SỞ NỘI VỤ');
    const body = 'Một số nơi còn thiếu giảng viên cơ hữu.';
    expect(bare([body, 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', body])?.name).toBe('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH');
    expect(bare([body, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', body])).toBeNull();
    expect(bare([body, 'III. KIẾN NGHỊ VỚI ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', body])).toBeNull();
    expect(
      bare([body, 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', '', 'Căn cứ Luật Tổ chức chính quyền địa phương;']),
    ).toBeNull();
    expect(bare([body, 'SỞ NỘI VỤ TỈNH NINH BÌNH', body])).toBeNull();
    // Two names: neither is sure to be the stamp's.
    expect(bare([body, 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', 'TRƯỜNG CHÍNH TRỊ TỈNH NINH BÌNH'])).toBeNull();
  });
});
