import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';

const letter = (addressees: string[]) =>
  [
    'TỈNH ỦY QUẢNG TRỊ ĐẢNG CỘNG SẢN VIỆT NAM',
    'BAN TỔ CHỨC Quảng Trị, ngày 12 tháng 5 năm 2024',
    '*',
    'Số 412-CV/BTCTU',
    'V/v báo cáo kết quả đào tạo năm 2024',
    '',
    'Kính gửi:',
    ...addressees,
    '',
    '1. Các đơn vị gửi báo cáo trước ngày 30/7/2024.',
    'Ban trân trọng đề nghị./.',
  ].join('\n');

describe('addressees that are bodies of the closed vocabulary', () => {
  it('are spelt as the vocabulary spells them, in the case the letter wrote them', () => {
    const got = extractFromText(
      letter([
        '- Trường Chính trị tỉnh Quảng TỊ;',
        '- Sở Nội vù tỉnh Hậu Giang;',
        '- Các trường chính trị tỉnh, thành phố;',
        '- Thủ trưởng các đơn vị sự nghiệp.',
      ]),
    ).recipients;
    expect(got).toEqual([
      'Trường Chính trị tỉnh Quảng Trị',
      'Sở Nội vụ tỉnh Hậu Giang',
      'Các trường chính trị tỉnh, thành phố',
      'Thủ trưởng các đơn vị sự nghiệp',
    ]);
  });

  it('are left as read when no one name of the vocabulary is close', () => {
    expect(extractFromText(letter(['- Trường Chính trị tỉnh Quảng Xyz.'])).recipients).toEqual([
      'Trường Chính trị tỉnh Quảng Xyz',
    ]);
  });
});
