import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';
import { PROVINCIAL_SCHOOLS } from './organisations.ts';
import { completeInProvince, issuerProvince, provincialSchool } from './receiver-prior.ts';
import { resolveReceiptDate } from './receipt-date.ts';

const letter = (header: string[], stamp: string[], body: string[] = []) =>
  [
    ...header,
    ...stamp,
    'KẾ HOẠCH',
    'Tổ chức lớp bồi dưỡng năm 2025',
    ...body,
    '1. Các đơn vị báo cáo kết quả trước ngày 30/8/2025.',
    'Nơi nhận:',
    '- Lưu VT.',
    'TM. BAN THƯỜNG VỤ',
    'PHÓ BÍ THƯ',
    'Nguyễn Văn An',
  ].join('\n');
const TINH_UY = ['TỈNH ỦY QUẢNG NGÃI ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Số 03-KH/TU Quảng Ngãi, ngày 22 tháng 7 năm 2025'];

describe('the issuer province as a prior for a stamp cut or lost by OCR', () => {
  it('finds the province of a provincial issuer, not of a central one', () => {
    expect(issuerProvince(['BAN TUYÊN GIÁO', 'TỈNH ỦY KHÁNH HÒA'])).toEqual({ province: 'KHÁNH HÒA', unit: 'TỈNH' });
    expect(issuerProvince(['ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ', null])).toEqual({ province: 'HUẾ', unit: 'THÀNH PHỐ' });
    expect(issuerProvince(['THÀNH ỦY HẢI PHÒNG'])).toEqual({ province: 'HẢI PHÒNG', unit: 'THÀNH PHỐ' });
    expect(issuerProvince(['BAN TỔ CHỨC TRUNG ƯƠNG', 'BAN CHẤP HÀNH TRUNG ƯƠNG'])).toBeNull();
  });

  it('completes a cut reading inside the province, preferring its school and the full unit form', () => {
    const huế = { province: 'HUẾ', unit: 'THÀNH PHỐ' } as const;
    expect(completeInProvince('TRƯỜNG CHÍNH TRỊ TH', huế)).toBe('TRƯỜNG CHÍNH TRỊ THÀNH PHỐ HUẾ');
    const phuYen = { province: 'PHÚ YÊN', unit: 'TỈNH' } as const;
    expect(completeInProvince('SỞ NỘI VỤ', phuYen)).toBe('SỞ NỘI VỤ TỈNH PHÚ YÊN');
    const haiPhong = { province: 'HẢI PHÒNG', unit: 'THÀNH PHỐ' } as const;
    expect(completeInProvince('TRƯỜNG CHÍNH TRỊ', haiPhong)).toBe('TRƯỜNG CHÍNH TRỊ TÔ HIỆU');
    expect(provincialSchool({ province: 'TÂY NINH', unit: 'TỈNH' })).toBe('TRƯỜNG CHÍNH TRỊ TỈNH TÂY NINH');
    // A Party board's full form in the province is "BAN … TỈNH ỦY X" (not "THÀNH ỦY X").
    const dakLak = { province: 'ĐẮK LẮK', unit: 'TỈNH' } as const;
    expect(completeInProvince('BAN TỔ CHỨC', dakLak)).toBe('BAN TỔ CHỨC TỈNH ỦY ĐẮK LẮK');
  });

  it('lists the schools the network data names after a person or another pattern', () => {
    const csv = readFileSync(new URL('../../../reference/provinces-2022.csv', import.meta.url), 'utf8');
    for (const row of csv.split('\n').slice(1)) {
      const [, name, , school] = row.split(',');
      if (!name || !school) continue;
      const plain = [`Trường Chính trị tỉnh ${name}`, `Trường Chính trị thành phố ${name}`];
      const clean = school.replace(/\?$/, '').trim();
      if (plain.includes(clean)) expect(PROVINCIAL_SCHOOLS[name.toUpperCase()]).toBeUndefined();
      else expect(PROVINCIAL_SCHOOLS[name.toUpperCase()]).toBe(clean.toUpperCase());
    }
  });

  it('completes a generic stamp reading from the issuer province, at low confidence', () => {
    const r = extractFromText(letter(TINH_UY, ['TRƯỜNG CHÍNH TRỊ', 'ĐẾN Số: 452', 'Ngày: 1/8/2025']));
    expect(r.incoming).toEqual({ receiver: 'TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI', number: 452, date: '2025-08-01' });
    expect(r.confidence['incoming.receiver']).toBeLessThanOrEqual(0.3);
    // The registering school, when the caller knows it, wins over the issuer's province.
    const other = { expectedReceiver: 'Trường Chính trị tỉnh Gia Lai' };
    const known = extractFromText(letter(TINH_UY, ['TRƯỜNG CHÍNH TRỊ', 'ĐẾN Số: 452', 'Ngày: 1/8/2025']), other);
    expect(known.incoming?.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI');
  });

  it('takes the province school for a stamp whose name was lost, unless the caller knows the receiver', () => {
    const text = letter(TINH_UY, ['ĐẾN Số: 452', 'Ngày: 1/8/2025']);
    expect(extractFromText(text).incoming?.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI');
    expect(extractFromText(text, { expectedReceiver: 'Ban Tổ chức Tỉnh ủy Quảng Ngãi' }).incoming?.receiver).toBe(
      'BAN TỔ CHỨC TỈNH ỦY QUẢNG NGÃI',
    );
  });

  it('infers nothing for a school issuer, a central issuer, or a whole name read', () => {
    const school = [
      'TỈNH ỦY QUẢNG NGÃI ĐẢNG CỘNG SẢN VIỆT NAM',
      'TRƯỜNG CHÍNH TRỊ',
      '*',
      'Số 03-KH/TCT Quảng Ngãi, ngày 22 tháng 7 năm 2025',
    ];
    expect(extractFromText(letter(school, ['ĐẾN Số: 452', 'Ngày: 1/8/2025'])).incoming?.receiver ?? null).toBeNull();
    const central = [
      'BAN TỔ CHỨC TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM',
      '*',
      'Số 03-KH/BTCTW Hà Nội, ngày 22 tháng 7 năm 2025',
    ];
    expect(extractFromText(letter(central, ['ĐẾN Số: 452', 'Ngày: 1/8/2025'])).incoming?.receiver ?? null).toBeNull();
    const whole = letter(TINH_UY, ['SỞ NỘI VỤ TỈNH BẮC NINH', 'ĐẾN Số: 452', 'Ngày: 1/8/2025']);
    expect(extractFromText(whole).incoming?.receiver).toBe('SỞ NỘI VỤ TỈNH BẮC NINH');
  });
});

describe('stamp fields of NĐ 30 Phụ lục IV', () => {
  it('finds a stamp printed below the salutation, over the body', () => {
    const text = letter(
      [...TINH_UY.slice(0, 3), 'Kính gửi:', '- Ủy ban nhân dân tỉnh Quảng Ngãi;', '- Các sở, ban, ngành.', ''],
      ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'ĐẾN', 'Số: 1457', 'Ngày: 23/7/2025', 'Chuyển: Văn phòng', ''],
    );
    expect(extractFromText(text).incoming).toEqual({
      receiver: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      number: 1457,
      date: '2025-07-23',
    });
  });

  it('counts "Lưu hồ sơ số:" as a stamp label', () => {
    const text = letter(TINH_UY, ['Ngày: 25.7.2025', 'Lưu hồ sơ số:']);
    expect(extractFromText(text).incoming?.date).toBe('2025-07-25');
  });

  it('takes the whole stamp word "CÔNG VĂN ĐẾN" as a stamp even when every field was lost', () => {
    const text = letter(TINH_UY, ['CôNG VĂN', 'ĐỀN', 'Chuyển khoa liên quan nghiên cứu']);
    expect(extractFromText(text).incoming).toEqual({
      receiver: 'TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI',
      number: null,
      date: null,
    });
    expect(extractFromText(letter(TINH_UY, ['Công văn này thay thế', 'đến nay']))).toMatchObject({ incoming: null });
  });

  it('keeps a lone labelled receipt date when the rest of a stamp over the body was lost', () => {
    const lone = letter(TINH_UY, [], ['- Hoàn thiện hồ sơ dự tuyển theo mẫu kèm theo, | Ngày: 29-7-2025']);
    expect(extractFromText(lone).incoming).toEqual({
      receiver: 'TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI',
      number: null,
      date: '2025-07-29',
    });
    // Two labelled dates, or one before the letter was signed, are the body's own.
    const two = letter(TINH_UY, [], ['Ngày: 29-7-2025 khai giảng', 'Ngày: 30-7-2025 bế giảng']);
    expect(extractFromText(two).incoming).toBeNull();
    const before = letter(TINH_UY, [], ['Ngày: 02-7-2025 họp Ban Thường vụ']);
    expect(extractFromText(before).incoming).toBeNull();
  });

  it('keeps a lone stamp number closing a body line when the rest of a stamp over the body was lost', () => {
    const lone = letter(TINH_UY, [], ['I. KẾT QUẢ ĐẠT ĐƯỢC Số: 1946']);
    expect(extractFromText(lone).incoming).toEqual({
      receiver: 'TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI',
      number: 1946,
      date: null,
    });
    // Two such lines: no telling which is the stamp's.
    const two = letter(TINH_UY, [], ['I. KẾT QUẢ ĐẠT ĐƯỢC Số: 1946', 'II. NHIỆM VỤ Số: 12']);
    expect(extractFromText(two).incoming).toBeNull();
    // The label read in small letters at a line's start; inside a line "số:" is a body's count.
    const small = letter(TINH_UY, [], ['Đề nghị các đơn vị quan tâm thực hiện.', 'số: 640']);
    expect(extractFromText(small).incoming?.number).toBe(640);
    const count = letter(TINH_UY, [], ['- Số lớp đã mở trong năm, tổng số: 64']);
    expect(extractFromText(count).incoming).toBeNull();
  });

  it('keeps a lone receipt date whose label lost its first letters at the stamp\'s edge ("ày:")', () => {
    const cut = letter(TINH_UY, [], ['1. Các xã, phường cập nhật dữ liệu trong tháng 6/2025. ¬ ày:,29/7/2025']);
    expect(extractFromText(cut).incoming?.date).toBe('2025-07-29');
  });

  it('reads a stamp number written in two pieces ("Số: 1 196")', () => {
    const text = letter(TINH_UY, ['TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI', 'ĐẾN Số: 1 196', 'Ngày: 1/8/2025']);
    expect(extractFromText(text).incoming?.number).toBe(1196);
  });

  it('takes the stamp\'s labelled number over a body\'s "số" on the line above it', () => {
    const text = letter(
      TINH_UY,
      [],
      [
        'Căn cứ Kết luận số 14Ø4# 1 , ITnưing ănr2031 của Bộ Chính',
        'trị, Ban yêu cầu như sau: ĐẾN Số: 124',
        'Ngày: 1/8/2025',
      ],
    );
    expect(extractFromText(text).incoming?.number).toBe(124);
  });

  it('reads a handwritten 1 read as a slash in the stamp number, not in a header symbol', () => {
    const text = letter(TINH_UY, [
      'TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI',
      'CÔNG |Số:4/7 Khoa',
      'VĂN ĐẾN | Ngày: 25.7.2025',
    ]);
    expect(extractFromText(text).incoming?.number).toBe(417);
    const g = letter(TINH_UY, ['TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI', 'ĐẾN Số: 200g', 'Ngày: 25.7.2025']);
    expect(extractFromText(g).incoming?.number).toBe(2009);
    const header = ['SỞ NỘI VỤ', 'Số: 5/2023/SNV', 'Quảng Ngãi, ngày 22 tháng 7 năm 2025'];
    expect(extractFromText(letter(header, ['Ngày: 25.7.2025'])).incoming?.number ?? null).toBeNull();
  });

  it('takes a whole body name beside a lone label as the stamp receiver line', () => {
    const text = letter(TINH_UY, ['Ngày: 25.7.2025', 'SỞ NỘI VỤ TỈNH QUẢNG NGÃI', 'Chuyển P.QLĐT xử lý']);
    expect(extractFromText(text).incoming).toEqual({
      receiver: 'SỞ NỘI VỤ TỈNH QUẢNG NGÃI',
      number: null,
      date: '2025-07-25',
    });
  });

  it('never takes the document title for the receiver, alone or glued to its name', () => {
    const glued = [
      'SỞ NỘI VỤ',
      'Số: 467/QĐ-SNV',
      'Quảng Ngãi, ngày 23 tháng 7 năm 2025',
      'SỞ NỘI VỤ TỈNH QUẢNG NGÃI QUYẾT ĐỊNH',
    ];
    const r = extractFromText(letter(glued, ['Chuyển: Khoa LLCS', 'Lưu hồ sơ số:']));
    expect(r.incoming?.receiver).toBe('SỞ NỘI VỤ TỈNH QUẢNG NGÃI');
    const alone = ['SỞ NỘI VỤ', 'Số: 467/QĐ-SNV', 'Quảng Ngãi, ngày 23 tháng 7 năm 2025', 'QUYẾT ĐỊNH'];
    expect(extractFromText(letter(alone, ['ĐÊN Số: 693', 'Ngày: 03/08/2025'])).incoming?.receiver ?? null).toBeNull();
  });

  it('reads the "Số đến:" and "Ngày đến:" labels of other stamp templates', () => {
    const text = letter(TINH_UY, ['SỞ NỘI VỤ TỈNH QUẢNG NGÃI', 'Số đến: 318', 'Ngày đến: 25/7/2025']);
    expect(extractFromText(text).incoming).toEqual({
      receiver: 'SỞ NỘI VỤ TỈNH QUẢNG NGÃI',
      number: 318,
      date: '2025-07-25',
    });
  });

  it('finds the name a stamp printed over the body left at the end of a body line', () => {
    const body = [
      'Tuy nhiên, việc cử cán bộ đi học còn chậm.',
      'I. KẾT QUẢ ĐẠT ĐƯỢC TRƯỜNG CHÍNH TRỊ TRẦN PHÚ',
      '- Ngày 2/7/2025, đã tổ chức hội nghị với 170 đại biểu.',
      '- Tổng kinh phí thực hiện 968.841.000 đồng. Chuyển: P.TCHC',
    ];
    expect(extractFromText(letter(TINH_UY, [], body)).incoming).toEqual({
      receiver: 'TRƯỜNG CHÍNH TRỊ TRẦN PHÚ',
      number: null,
      date: null,
    });
    // A heading in capitals naming a body, with no stamp label near it, is the body's own.
    const heading = ['II. NHIỆM VỤ CỦA TRƯỜNG CHÍNH TRỊ TRẦN PHÚ', 'Trường tổ chức quán triệt đến cán bộ.'];
    expect(extractFromText(letter(TINH_UY, [], heading)).incoming).toBeNull();
  });

  it('reads a handwritten day read as two digits apart', () => {
    const text = letter(TINH_UY, ['SỞ NỘI VỤ TỈNH QUẢNG NGÃI', 'ĐẾN Số: 19', 'Ngày: 2 6/7/2025']);
    expect(extractFromText(text).incoming?.date).toBe('2025-07-26');
    expect(resolveReceiptDate('2 6/7/2025', '2025-07-22').date).toBe('2025-07-26');
  });
});

describe("the letter's own addressees as a prior for the stamp's name", () => {
  const school = [
    'TỈNH ỦY ĐIỆN BIÊN ĐẢNG CỘNG SẢN VIỆT NAM',
    'TRƯỜNG CHÍNH TRỊ',
    'TỈNH ĐIỆN BIÊN',
    '*',
    'Số 2111-CV/TCT Điện Biên, ngày 26 tháng 03 năm 2026',
    'V/v đề nghị cung cấp số liệu',
  ];
  const body = (stampName: string[], addressees: string[]) =>
    [
      ...school,
      ...stampName,
      'ĐẾN Số: 2545',
      'Ngày: 29-3-2026',
      'Chuyển: P. QLĐT',
      'Kính gửi:',
      ...addressees,
      '1. Các sở, ban, ngành gửi báo cáo trước ngày 30/8/2026.',
      'Nơi nhận:',
      '- Lưu VT.',
      'HIỆU TRƯỞNG',
      'Nguyễn Văn An',
    ].join('\n');

  it('completes a cut name to the one addressee that goes on with it', () => {
    const text = body(['UY BAN NHÂN'], ['- Ủy ban nhân dân tỉnh Điện Biên;', '- Các học viện chính trị khu vực.']);
    expect(extractFromText(text).incoming?.receiver).toBe('ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN');
    // The bare generic name of a school, its province line lost, too.
    const school = body(
      ['TRƯỜNG CHÍNH TRỊ'],
      ['- Trường Chính trị tỉnh Lai Châu;', '- Các trung tâm chính trị cấp huyện.'],
    );
    expect(extractFromText(school).incoming?.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU');
  });

  it('takes a letter addressed to one body alone as stamped by it when the name was lost', () => {
    expect(extractFromText(body([], ['- Sở Nội vụ tỉnh Điện Biên.'])).incoming?.receiver).toBe(
      'SỞ NỘI VỤ TỈNH ĐIỆN BIÊN',
    );
    // Before the issuer's province: a provincial letter addressed to one body was stamped by that body.
    const provincial = letter(TINH_UY, ['ĐẾN Số: 245', 'Ngày: 29/7/2025'], ['Kính gửi: Sở Nội vụ tỉnh Quảng Ngãi.']);
    expect(extractFromText(provincial).incoming?.receiver).toBe('SỞ NỘI VỤ TỈNH QUẢNG NGÃI');
    // Two named addressees: no telling which one stamped it.
    const two = body([], ['- Sở Nội vụ tỉnh Điện Biên;', '- Sở Tài chính tỉnh Điện Biên.']);
    expect(extractFromText(two).incoming?.receiver ?? null).toBe(null);
  });

  it('takes the sole addressee for a stamp of which only the date was left', () => {
    const lone = letter(TINH_UY, [], ['Kính gửi: Sở Nội vụ tỉnh Quảng Ngãi.', 'Ngày; 29/7/2025']);
    expect(extractFromText(lone).incoming).toMatchObject({ receiver: 'SỞ NỘI VỤ TỈNH QUẢNG NGÃI', date: '2025-07-29' });
  });
});
