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

  it('leaves out the motto read a second time under itself, between the lines of a name', () => {
    const text = [
      'HỌC VIỆN CHÍNH TRỊ QUỐC GIA ĐẢNG CỘNG SẢN VIỆT NAM',
      '_HINE ĐANG CỌNG SÀN VIỆT NAM',
      'HỒ CHÍ MINH',
      'HỌC VIỆN CHÍNH TRỊ KHU VỰC IV Cần Thơ, ngày 5 tháng 9 năm 2024',
      '*',
      'Số 4548-CV/HVCTKVIV',
      'V/v báo cáo tình hình thực hiện Quy định',
      ...BODY,
    ].join('\n');
    expect(extractFromText(text).issuer).toMatchObject({
      name: 'HỌC VIỆN CHÍNH TRỊ KHU VỰC IV',
      parent: 'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH',
    });
  });

  it("keeps a name's second line read beside what is left of the motto's last line", () => {
    const text = [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '',
      'TỈNH TUYÊN QUANG lập - Tự do - H húc',
      'Số: 67/UBND-KT',
      'V/v phối hợp tổ chức Hội nghị tập huấn Tuyên Quang, ngày 24 tháng 08 năm 2022',
      ...BODY,
    ].join('\n');
    expect(extractFromText(text).issuer.name).toBe('ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG');
  });

  it("keeps the motto's second half on its own line for the name's motto tail to be cut", () => {
    const text = [
      'SỞ NỘI VỤ TỈNH GIA LAI',
      'CV ĐẾN Số: 413 Ngày: 24/07/2021',
      '',
      'ỦY BAN NHÂN DÂN TỈNH GIA LAI    CỘNG HÒ',
      'A XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 46/TB-SKHCN Gia Lai, ngày 17 tháng 7 năm 2021',
      'THÔNG BÁO',
      'Lịch tổ chức thi tốt nghiệp năm 2021',
      ...BODY,
    ].join('\n');
    expect(extractFromText(text).issuer).toMatchObject({
      name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      parent: 'ỦY BAN NHÂN DÂN TỈNH GIA LAI',
    });
  });
});
