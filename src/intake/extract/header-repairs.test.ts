import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';

const BODY = [
  '',
  'Kính gửi: Trường Chính trị tỉnh Quảng Trị.',
  '',
  '1. Các đơn vị gửi báo cáo trước ngày 30/7/2026.',
  'Trân trọng./.',
  '',
  'Nơi nhận: GIÁM ĐỐC',
  '- Như trên;',
  '- Lưu: VT.',
  'Nguyễn Văn Hùng',
];

describe('the header columns read as one line', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRUỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ'],
    ['ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒ &ỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA'],
  ])('finds the motto whose first letter was lost where the columns meet: %s', (first, parent) => {
    const text = [
      first,
      '',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc',
      'Số: 46/TB-SKHCN',
      'Quảng Trị, ngày 17 tháng 6 năm 2026',
      '',
      'THÔNG BÁO',
      'Lịch tổ chức thi tốt nghiệp năm 2026',
      ...BODY,
    ].join('\n');
    expect(extractFromText(text).issuer).toMatchObject({ name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', parent });
  });
});

describe('the issuing body', () => {
  it('reads a regional academy numeral "H" as II, in the name and in the symbol', () => {
    const text = [
      'HỌC VIỆN CHÍNH TRỊ QUỐC GIA ĐẢNG CỘNG SẢN VIỆT NAM',
      'HỒ CHÍ MINH',
      'HỌC VIỆN CHÍNH TRỊ Thành phố Hồ Chí Minh, ngày 17 tháng 4 năm 2023',
      'KHU VỰC H',
      '*',
      'Số 8-TB/HVCTKVH',
      '',
      'THÔNG BÁO',
      'Lịch tổ chức thi tốt nghiệp năm 2023',
      ...BODY,
    ].join('\n');
    const r = extractFromText(text);
    expect(r.issuer).toMatchObject({
      name: 'HỌC VIỆN CHÍNH TRỊ KHU VỰC II',
      parent: 'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH',
    });
    expect(r.numberSymbol).toBe('8-TB/HVCTKVII');
  });

  it('leaves out seal marks read as a line under a complete known name', () => {
    const head = (second: string) =>
      [
        'TỈNH ỦY HẢI DƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM',
        '',
        second,
        '*',
        'Số 02-CV/TU Hải Dương, ngày 01 tháng 05 năm 2025',
        'V/v phối hợp tổ chức Hội nghị tập huấn',
        ...BODY,
      ].join('\n');
    expect(extractFromText(head('AT UV ÓC À2.')).issuer.name).toBe('TỈNH ỦY HẢI DƯƠNG');
    // A line that goes on into a known name is kept.
    expect(extractFromText(head('BAN TUYÊN GIÁO')).issuer).toMatchObject({
      name: 'BAN TUYÊN GIÁO',
      parent: 'TỈNH ỦY HẢI DƯƠNG',
    });
  });
});
