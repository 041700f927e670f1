import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';

// A People's Committee's letter up to the end of its body, as OCR reads it; the closing is given per test.
const HEAD = [
  'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH AN GIANG Độc lập - Tự do - Hạnh phúc',
  'Số: 412/UBND-VX An Giang, ngày 12 tháng 5 năm 2024',
  'V/v tổ chức hội nghị quán triệt nghị quyết',
  '',
  'Kính gửi: Trường Chính trị Tôn Đức Thắng.',
  '',
  '1. Các đơn vị gửi báo cáo trước ngày 30/7/2024.',
  'Trân trọng./.',
  '',
];
const SCHOOL_HEAD = [
  'TỈNH ỦY ĐẮK NÔNG ĐẢNG CỘNG SẢN VIỆT NAM',
  'TRƯỜNG CHÍNH TRỊ',
  'TỈNH ĐẮK NÔNG Đắk Nông, ngày 12 tháng 5 năm 2024',
  'Số 412-CV/TCT',
  'V/v tổ chức hội nghị quán triệt nghị quyết',
  '',
  'Kính gửi: Các phòng, khoa.',
  '',
  '1. Các đơn vị gửi báo cáo trước ngày 30/7/2024.',
  'Trân trọng./.',
  '',
];
const signer = (head: string[], closing: string[]) => extractFromText([...head, ...closing].join('\n')).signer;

describe('signature lines the seal damaged', () => {
  it('reads "TUQ." whose U carries a speck ("FỤQ.")', () => {
    const got = signer(HEAD, [
      'Nơi nhận: ZZ2/‹¡, FỤQ. CHỦ TỊCH',
      '- Như trên; “¿ GIÁM ĐỐC SỞ NỘI VỤ',
      '- Lưu: VT.',
      'Mai Như Tài',
    ]);
    expect(got).toMatchObject({ authority: 'TUQ.', title: 'GIÁM ĐỐC SỞ NỘI VỤ' });
  });

  it('drops a small letter glued before a position and completes its cut first word ("wHỦTỊCH")', () => {
    const got = signer(HEAD, [
      'Nơi nhận: ⁄Z,T1MỦY BAN NHÂN DÂN',
      'Ạ\'"  wHỦTỊCH',
      '- Như trên;',
      '- Lưu: VT.',
      'Kiều Công Trường',
    ]);
    expect(got).toMatchObject({ authority: 'TM.', title: 'CHỦ TỊCH', name: 'Kiều Công Trường' });
  });

  it('reads a lone Q between quote marks before a head as "Q." (an acting head)', () => {
    const got = signer(SCHOOL_HEAD, ["Nơi nhận: rẬ 'Q' HIỆU TRƯỞNG", '- Như trên,', '- Lưu: VT.', 'Phan Tiến Kiên']);
    expect(got).toMatchObject({ authority: 'Q.', title: null, name: 'Phan Tiến Kiên' });
    // A head with nothing before it signs in their own right.
    const own = signer(SCHOOL_HEAD, ['Nơi nhận: HIỆU TRƯỞNG', '- Như trên,', '- Lưu: VT.', 'Phan Tiến Kiên']);
    expect(own).toMatchObject({ authority: null, title: 'HIỆU TRƯỞNG' });
  });

  it("reads a unit's name under a by-order mark as its head's position, the first word lost at the seal", () => {
    const got = signer(SCHOOL_HEAD, [
      'Nơi nhận: T/L HIỆU TRƯỞNG',
      '~ Như trên, NN PHÒNG HÀNH CHÍNH -',
      "- Cổng thông tin điện tử, 'Ẩ., ` QUẢN TRỊ",
      '- Lưu: VT.',
      'Phan Bá Thơm',
    ]);
    expect(got).toMatchObject({ authority: 'T/L', title: 'TRƯỞNG PHÒNG HÀNH CHÍNH - QUẢN TRỊ' });
    // A Vụ's head is its Vụ trưởng; the unit word ends in a marked letter.
    const ministry = [
      'BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 412/BNV-TCCB Hà Nội, ngày 12 tháng 5 năm 2024',
      ...HEAD.slice(3),
    ];
    const vu = signer(ministry, [
      'Nơi nhận: TL. BỘ TRƯỞNG',
      '- Như trên; ` VỤ TỔ CHỨC CÁN BỘ',
      '- Lưu: VT.',
      'Lê Văn An',
    ]);
    expect(vu).toMatchObject({ authority: 'TL.', title: 'VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ' });
  });

  it('starts the closing at an authority line read just above "Nơi nhận"', () => {
    const got = signer(HEAD, ['- Q. GIÁM ĐỐC', '', 'Nơi nhận: /', '- Như trên;', '- Lưu: VT.', '“ Mai Khắc Đông']);
    expect(got).toMatchObject({ authority: 'Q.', title: null, name: 'Mai Khắc Đông' });
  });
});

describe('the place beside a summary that ends with a province', () => {
  it('is the province written last; the first goes back to the summary', () => {
    const got = extractFromText(
      [
        'BỘ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 4878/BKHCN-TCCB Độc lập - Tự do - Hạnh phúc',
        'V/v đề nghị bố trí kinh phí sửa chữa hội trường',
        '',
        'và ký túc xá của Trường Chính trị tỉnh Đồng Tháp Hà Nội, ngày 10 tháng 01 năm 2021',
        '',
        'Kính gửi: Trường Chính trị tỉnh Đồng Tháp.',
        '',
        '1. Các đơn vị gửi báo cáo trước ngày 30/7/2021.',
        'Trân trọng./.',
      ].join('\n'),
    );
    expect(got.place).toBe('Hà Nội');
    expect(got.subject).toBe(
      'Đề nghị bố trí kinh phí sửa chữa hội trường và ký túc xá của Trường Chính trị tỉnh Đồng Tháp',
    );
  });

  it('keeps a province whose own name ends with another place ("Thừa Thiên Huế")', () => {
    const got = extractFromText(
      [
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỈNH THỪA THIÊN HUẾ Độc lập - Tự do - Hạnh phúc',
        'Số: 48/UBND-VX Thừa Thiên Huế, ngày 10 tháng 01 năm 2021',
        'V/v đề nghị bố trí kinh phí',
        '',
        'Kính gửi: Trường Chính trị Nguyễn Chí Thanh.',
      ].join('\n'),
    );
    expect(got.place).toBe('Thừa Thiên Huế');
  });
});
