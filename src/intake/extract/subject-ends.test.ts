import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';

const HEAD = [
  'TỈNH ỦY KON TUM ĐẢNG CỘNG SẢN VIỆT NAM',
  'TRƯỜNG CHÍNH TRỊ',
  'TỈNH KON TUM Kon Tum, ngày 17 tháng 11 năm 2023',
  '*',
];
const TAIL = [
  '',
  'Kính gửi: Sở Nội vụ tỉnh Kon Tum.',
  '',
  '1. Các đảng ủy trực thuộc tổ chức quán triệt đến toàn thể cán bộ, đảng viên.',
  'Trân trọng./.',
];

describe('where the summary ends when OCR broke its last line', () => {
  it('takes its last word read alone with its case or marks damaged when it ends the compound before it', () => {
    const text = [
      ...HEAD,
      'Số 89-CV/TCT',
      'V/v tổ chức hội thi giảng viên, trong đó ưu tiên',
      'cán bộ người dân tộc thiểu',
      'SƠ',
      ...TAIL,
    ].join('\n');
    expect(extractFromText(text).subject).toBe(
      'Tổ chức hội thi giảng viên, trong đó ưu tiên cán bộ người dân tộc thiểu số',
    );
  });

  it('takes it too when the word before it lost its tone marks ("chuyến đối" / "SỐ")', () => {
    const text = [
      ...HEAD,
      'Số 89-CV/TCT',
      'V/v mời báo cáo viên giảng dạy chuyên đề về chuyến đối',
      'SỐ',
      ...TAIL,
    ].join('\n');
    expect(extractFromText(text).subject).toBe('Mời báo cáo viên giảng dạy chuyên đề về chuyển đổi số');
  });

  it('goes on past a blank line when a name was cut in two ("Hồ Chí" / "Minh")', () => {
    const text = [
      ...HEAD,
      'Số 688-KH/TCT',
      '',
      'KẾ HOẠCH',
      '',
      'Sơ kết việc học tập và làm theo tư tưởng Hồ Chí',
      '',
      'Minh năm 2023',
      ...TAIL,
    ].join('\n');
    expect(extractFromText(text).subject).toBe('Sơ kết việc học tập và làm theo tư tưởng Hồ Chí Minh năm 2023');
  });
});

describe('a decision whose title OCR lost', () => {
  const decision = (summary: string[]) =>
    [
      'HỌC VIỆN CHÍNH TRỊ QUỐC GIA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc',
      'Số: 03/QĐ-HVCTQG',
      'Hà Nội, ngày 02 tháng 5 năm 2022',
      '',
      ...summary,
      'Căn cứ Kế hoạch số 3925/KH-UBND ngày 2/10/2021;',
      '',
      'Xét đề nghị của Trưởng phòng Tổ chức - Hành chính,',
      '',
      'GIÁM ĐỐC HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH',
      '',
      'QUYẾT ĐỊNH:',
      '',
      'Điều 1. Phê duyệt danh mục đề tài khoa học cấp cơ sở năm 2022 kèm theo Quyết định này.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.',
    ].join('\n');

  it('reads the summary above the grounds: "QUYẾT ĐỊNH:" opening the articles is no title', () => {
    const e = extractFromText(decision(['Phê duyệt danh mục đề tài khoa học cấp cơ sở năm 2022', '']));
    expect(e.subject).toBe('Phê duyệt danh mục đề tài khoa học cấp cơ sở năm 2022');
  });

  it('takes no article or ground for a summary when none was read', () => {
    expect(extractFromText(decision([])).subject).toBe(null);
  });
});

describe('a summary line after a blank line that opens with a capital', () => {
  const letter = (summary: string[]) =>
    [...HEAD, 'Số 89-CV/TCT', ...summary, 'Kính gửi:', '- Sở Nội vụ tỉnh Kon Tum.', ...TAIL.slice(2)].join('\n');

  it('goes on when it and the lines after it run to "Kính gửi" without ending a sentence', () => {
    const text = letter([
      'V/v báo cáo tình hình thực hiện',
      '',
      'Quy định về chuấn chức danh giảng',
      'viên lý luận chính trị',
    ]);
    expect(extractFromText(text).subject).toBe(
      'Báo cáo tình hình thực hiện Quy định về chuẩn chức danh giảng viên lý luận chính trị',
    );
  });

  it('does not go on after a summary closed by a year: a handwritten note stands there', () => {
    const text = letter([
      'V/v tuyển sinh lớp cao cấp lý luận chính trị năm 2026',
      '',
      'Giao P.ĐT tham mưu, báo cáo BGH',
    ]);
    expect(extractFromText(text).subject).toBe('Tuyển sinh lớp cao cấp lý luận chính trị năm 2026');
  });
});
