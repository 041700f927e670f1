import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { extractFromText } from './index.ts';
import { fold } from './normalize.ts';

const HEADER = [
  'TỈNH ỦY KON TUM ĐẢNG CỘNG SẢN VIỆT NAM',
  'BAN TỔ CHỨC',
  '* Kon Tum, ngày 22 tháng 7 năm 2024',
  'Số 440-CV/BTCTU',
  'V/v báo cáo kết quả đào tạo năm 2024',
];
const letter = (items: string[]) =>
  [
    ...HEADER,
    '',
    'Kính gửi: Trường Chính trị tỉnh Kon Tum.',
    '',
    ...items,
    '',
    'Ban trân trọng đề nghị./.',
    '',
    'Nơi nhận: K/T TRƯỞNG BAN',
    '- Như trên, PHÓ TRƯỞNG BAN',
    '- Lưu: VT.',
    'Ngô Xuân Lan',
  ].join('\n');

describe('deadlines OCR broke apart', () => {
  it('reads a two-digit month split by a space, only when the year follows', () => {
    expect(findDates(fold('trước ngày 08/1 1/2025.')).map((d) => [d.day, d.month, d.year])).toEqual([[8, 11, 2025]]);
    expect(findDates(fold('ngày 08/1 1 lần')).length).toBe(0);
  });

  it('keeps an item\'s wrapped end "trong quý IV/2024." as text, not as OCR noise', () => {
    const e = extractFromText(
      letter([
        '1. Các đơn vị cử 01 lãnh đạo tham gia Ban Tổ chức, trước ngày 27/10/2024.',
        '',
        '2. Các đảng ủy trực thuộc gửi bản mềm báo cáo qua hệ thống quản lý văn bản điều hành,',
        'trong quý IV/2024.',
      ]),
    );
    expect(e.requirements.map((r) => r.deadline)).toEqual(['2024-10-27', '2024-12-31']);
    expect(e.annotations).toEqual([]);
  });

  it('keeps it too when OCR read the numeral "III" as "IH"', () => {
    const e = extractFromText(
      letter([
        '1. Các đơn vị cử 01 lãnh đạo tham gia Ban Tổ chức, trước ngày 27/10/2024.',
        '',
        '2. Các khoa chuyên môn hoàn thành việc cập nhật dữ liệu trên phần mềm quản lý, trong',
        'quý IH/2024.',
      ]),
    );
    expect(e.requirements.map((r) => r.deadline)).toEqual(['2024-10-27', '2024-09-30']);
  });

  it('reads "quý HII" as III: H for two I would make a fourth', () => {
    const e = extractFromText(
      letter(['1. Các cơ quan, đơn vị chuyển hồ sơ về bộ phận một cửa, hoàn thành trong quý HII năm', '2024.']),
    );
    expect(e.requirements.map((r) => r.deadline)).toEqual(['2024-09-30']);
  });

  it('joins a date in words that OCR put after a blank line ("chậm nhất là ngày" / "" / "13 tháng 5 năm 2024.")', () => {
    const e = extractFromText(
      letter([
        '1. Văn phòng hoàn thành việc cập nhật dữ liệu trên phần mềm quản lý, chậm nhất là ngày',
        '',
        '13 tháng 5 năm 2024.',
        '2. Văn phòng nộp kế hoạch chi tiết, trước ngày 03/8/2024.',
      ]),
    );
    expect(e.requirements.map((r) => r.deadline)).toEqual(['2024-05-13', '2024-08-03']);
  });

  it('reads a date behind a speck after "ngày" ("trước ngày / 24/5/2025")', () => {
    const e = extractFromText(letter(['1. Văn phòng nộp kế hoạch chi tiết cho Ban Chỉ đạo trước ngày / 24/5/2024.']));
    expect(e.requirements.map((r) => r.deadline)).toEqual(['2024-05-24']);
  });
});

describe('item numbers OCR damaged', () => {
  it('takes a number read past the end of the list right after its last item as the next item', () => {
    const e = extractFromText(
      letter([
        '1. Các đơn vị cử 01 lãnh đạo tham gia Ban Tổ chức, trước ngày 27/10/2024.',
        '2. Các đơn vị hoàn thiện hồ sơ dự tuyển theo mẫu kèm theo.',
        '9. Các sở, ban, ngành gửi bản mềm báo cáo qua hệ thống quản lý văn bản điều hành.',
      ]),
    );
    expect(e.requirements.map((r) => r.no)).toEqual([1, 2, 3]);
  });

  it('keeps the number of an item whose predecessor OCR lost', () => {
    const e = extractFromText(
      letter([
        '1. Các đơn vị cử 01 lãnh đạo tham gia Ban Tổ chức, trước ngày 27/10/2024.',
        '3. Các sở, ban, ngành gửi bản mềm báo cáo qua hệ thống quản lý văn bản điều hành.',
      ]),
    );
    expect(e.requirements.map((r) => r.no)).toEqual([1, 3]);
  });

  it('reads an article whose "Đ" the left edge cut ("iêu 2.")', () => {
    const e = extractFromText(
      letter([
        'Điều 1. Các đơn vị cử 01 lãnh đạo tham gia Ban Tổ chức, trước ngày 27/10/2024.',
        'iêu 2. Các đơn vị tổ chức quán triệt đến toàn thể cán bộ, đảng viên.',
        'Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.',
      ]),
    );
    expect(e.requirements.map((r) => r.no)).toEqual([1, 2, 3]);
  });
});

describe('a letter pasted without its signature block', () => {
  it('keeps its last numbered items in the body', () => {
    const text = [
      ...HEADER,
      '',
      'Kính gửi: Trường Chính trị tỉnh Kon Tum.',
      '',
      '1. Các đơn vị cử 01 lãnh đạo tham gia Ban Tổ chức, trước ngày 27/10/2024.',
      '',
      '2. Các đảng ủy trực thuộc gửi bản mềm báo cáo qua hệ thống quản lý văn bản điều hành,',
      'trong quý IV/2024.',
      '',
      'Ban trân trọng đề nghị./.',
    ].join('\n');
    expect(extractFromText(text).requirements.map((r) => [r.no, r.deadline])).toEqual([
      [1, '2024-10-27'],
      [2, '2024-12-31'],
    ]);
  });
});

describe('a letter whose "Nơi nhận" and authority line OCR lost', () => {
  it('ends its body at the closing "./." and finds the signer below it', () => {
    const text = [
      ...HEADER,
      'Kính gửi: Trường Chính trị tỉnh Kon Tum.',
      '1. Các đơn vị cử 01 lãnh đạo tham gia Ban Tổ chức, trước ngày 27/10/2024.',
      '2. Các đơn vị hoàn thiện hồ sơ dự tuyển theo mẫu kèm theo.',
      '3. Văn phòng thông báo đến các chi bộ trực thuộc.',
      '4. Các khoa chuyên môn phối hợp chuẩn bị tài liệu phục vụ Hội nghị.',
      'Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.',
      'Lý Công Toàn',
    ].join('\n');
    const e = extractFromText(text);
    expect(e.requirements.map((r) => r.no)).toEqual([1, 2, 3, 4]);
    expect(e.signer.name).toBe('Lý Công Toàn');
  });
});
