import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';
import { repairCompounds } from './lexicon.ts';
import { completeReceiver, joinReceiverParts } from './receiver.ts';
import { normaliseSignatureLine, repairTitle } from './titles.ts';
import { repairPersonName } from './vietnamese.ts';

describe('compound lexicon', () => {
  it.each([
    ['Tố chức lớp bồi dưỡng', 'Tổ chức lớp bồi dưỡng'],
    ['Y kiến chỉ đạo của Ban Thường vụ', 'Ý kiến chỉ đạo của Ban Thường vụ'],
    ['về đối mới phương pháp', 'về đổi mới phương pháp'],
    ['Kiếm tra công tác', 'Kiểm tra công tác'],
    ['cán bộ dân tộc thiếu số', 'cán bộ dân tộc thiểu số'],
    ['TRƯỜNG CHÍNH TRỊ TỈNH QUẲNG BÌNH', 'TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG BÌNH'],
    ['HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỖ CHÍ MINH', 'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH'],
    ['bảo: vệ nền tảng', 'bảo vệ nền tảng'],
    ['khoa hoc cua trường', 'khoa học của trường'],
    // A hook over a bare vowel, and ả read as ẳ, inside three-word phrases of official letters.
    ['chế độ chỉ đào tạo', 'chế độ chi đào tạo'],
    ['các cấp ủy đẳng', 'các cấp ủy đảng'],
  ])('%s → %s', (a, b) => expect(repairCompounds(a).text).toBe(b));

  it.each([
    // Both readings are words: acute for dot-below is not a misreading tesseract makes.
    'đạt chuẩn mức 1',
    // "đào" is anchored by "đào tạo": "chỉ đào" is not turned into "chỉ đạo".
    'các lớp chỉ đào tạo',
    // An enumeration keeps its comma.
    'các tỉnh, thành phố',
    'chi phí đào tạo',
  ])('leaves "%s" as it is', (a) => expect(repairCompounds(a).text).toBe(a));
});

describe('signature block', () => {
  it('undoes layout damage and repairs positions towards the vocabulary', () => {
    expect(normaliseSignatureLine('- Như trên; : PHÓ.CHỦ TỊCH')).toBe('- Như trên; : PHÓ CHỦ TỊCH');
    expect(normaliseSignatureLine('PHÓ TRƯỞNG B AN')).toBe('PHÓ TRƯỞNG BAN');
    expect(normaliseSignatureLine('PHÓ BÍTHƯ THƯỜNG TRỰC')).toBe('PHÓ BÍ THƯ THƯỜNG TRỰC');
    expect(normaliseSignatureLine('KT, GIÁM ĐỐC')).toBe('KT. GIÁM ĐỐC');
    expect(repairTitle('GHỦ TỊCH')).toEqual({ title: 'CHỦ TỊCH', repaired: true });
    expect(repairTitle('PHÔ TRƯỞNG BAN')).toEqual({ title: 'PHÓ TRƯỞNG BAN', repaired: true });
    expect(repairTitle('PHÓ BÍ THƯ THƯỜNG TRỰC VỤ')).toEqual({ title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', repaired: true });
    // A position naming a body is kept as read.
    expect(repairTitle('VỤ TRƯỞNG VỤ CÁC TRƯỜNG CHÍNH TRỊ').title).toBe('VỤ TRƯỞNG VỤ CÁC TRƯỜNG CHÍNH TRỊ');
  });

  it('restores a name word printed without marks only when one name fits', () => {
    expect(repairPersonName('Thân Ngoc Trung')).toEqual({ name: 'Thân Ngọc Trung', repaired: true });
    expect(repairPersonName('Vũ Thị Thanh Huyền')).toEqual({ name: 'Vũ Thị Thanh Huyền', repaired: false });
  });
});

describe('stamp receiver', () => {
  it('puts wrapped and reordered parts together', () => {
    expect(joinReceiverParts(['TRỊ TỈNH ĐỒNG NAI', 'TRƯỜNG CHÍNH'])).toBe('TRƯỜNG CHÍNH TRỊ TỈNH ĐỒNG NAI');
    expect(completeReceiver('TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN')?.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG');
    expect(completeReceiver('TRƯỜNG CHÍNH TRỊ TỈNH THÁI')?.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH THÁI');
    expect(completeReceiver('TRƯỜNG CHÍNH TRỊ TỈNH BÀ RỊA VŨNG TÀU')?.receiver).toBe(
      'TRƯỜNG CHÍNH TRỊ TỈNH BÀ RỊA - VŨNG TÀU',
    );
  });

  const letter = (stampName: string) => `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐỒNG NAI Độc lập - Tự do - Hạnh phúc
Số: 45/UBND-VX Đồng Nai, ngày 05 tháng 3 năm 2024
V/v cử cán bộ đi học

${stampName}
CÔNG VĂN ĐẾN Số: 173
Ngày: 07/3/2024

Kính gửi: Trường Chính trị tỉnh Đồng Nai.

1. Cử 02 cán bộ tham gia lớp học, trước ngày 20/3/2024.
`;

  it('takes the registering school (expectedReceiver) for a damaged reading of its own stamp', () => {
    const expectedReceiver = 'Trường Chính trị tỉnh Đồng Nai';
    const damaged = extractFromText(letter('TRƯỜNG CHÍNH TRỊ TỈNH ĐÔNG'), { expectedReceiver });
    expect(damaged.incoming?.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH ĐỒNG NAI');
    expect(damaged.confidence['incoming.receiver']).toBeLessThan(0.8);
    const clean = extractFromText(letter('TRƯỜNG CHÍNH TRỊ TỈNH ĐỒNG NAI'), { expectedReceiver });
    expect(clean.confidence['incoming.receiver']).toBe(0.8);
    // Another school's stamp is not turned into the expected one.
    const other = extractFromText(letter('SỞ NỘI VỤ TỈNH ĐỒNG NAI'), { expectedReceiver });
    expect(other.incoming?.receiver).toBe('SỞ NỘI VỤ TỈNH ĐỒNG NAI');
    const known = extractFromText(letter('SỞ NỘI VỤ TỈNH ĐỒNG'), {
      knownOrganisations: ['Sở Nội vụ tỉnh Đồng Nai', 'Sở Tài chính tỉnh Đồng Nai'],
    });
    expect(known.incoming?.receiver).toBe('SỞ NỘI VỤ TỈNH ĐỒNG NAI');
  });
});
