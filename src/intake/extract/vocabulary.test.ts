import { describe, expect, it } from 'vitest';
import { createCtx } from './context.ts';
import { canonicalOrg } from './header.ts';
import { extractFromText } from './index.ts';
import { buildDoc } from './normalize.ts';
import { agreeRegionalNumeral, repairRoman, snapOrganisation } from './org-vocab.ts';
import { findStamp } from './stamp.ts';
import { assembleReceiver, upperFragment } from './stamp-receiver.ts';
import { normaliseSignatureLine, repairTitle } from './titles.ts';
import { fixOcrWords } from './vietnamese.ts';

describe('organisation vocabulary', () => {
  it.each([
    // Marks lost or changed, a stray comma, a misread letter: one canonical name is close.
    ['UBND TINH NAM ĐỊNH', 'UBND TỈNH NAM ĐỊNH'],
    ['UBND, TỈNH HẢI DƯƠNG', 'UBND TỈNH HẢI DƯƠNG'],
    ['HỌC VIỆN CHÍNH TRÍ QUỐC GIA HỒ CHÍ MINH', 'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH'],
    ['TINH UY BAC LIEU', 'TỈNH ỦY BẠC LIÊU'],
    ['THÀNH ỦY ĐÀ NĂNG', 'THÀNH ỦY ĐÀ NẴNG'],
    ['SỞ VĂN HÓA THỂ THAO VÀ DU LICH', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
    ['BAN TỐ CHỨC TỈNH ỦY KON TUM', 'BAN TỔ CHỨC TỈNH ỦY KON TUM'],
    ['TRƯỜNG CHÍNH TRỊ TỈNH BÀ RỊA VŨNG TÀU', 'TRƯỜNG CHÍNH TRỊ TỈNH BÀ RỊA - VŨNG TÀU'],
    ['TRƯỜNG CHÍNH TRỊ LÊ DUẨN TỈNH QUẢNG TRI', 'TRƯỜNG CHÍNH TRỊ LÊ DUẨN TỈNH QUẢNG TRỊ'],
    ['BỘ NỘI VU', 'BỘ NỘI VỤ'],
    // Two letters misread in a long name (one edit per eight letters).
    ['UY BAN NHAN DAM TINH SOC TRANC', 'ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG'],
  ])('%s → %s', (read, canonical) => {
    const snap = snapOrganisation(read);
    expect(snap?.name).toBe(canonical);
    expect(snap?.repaired).toBe(true);
  });

  it('keeps a canonical reading as it is and says so', () => {
    expect(snapOrganisation('TỈNH ỦY HÀ TĨNH')).toEqual({ name: 'TỈNH ỦY HÀ TĨNH', distance: 0, repaired: false });
  });

  it.each([
    // Not bodies of the vocabulary, or too far from any: left alone.
    'HUYỆN ỦY XUÂN TRƯỜNG',
    'CÔNG TY CỔ PHẦN ABC',
    // Too short for a repair beyond tone marks: one letter tells short names apart.
    'BỘ Y TÊN',
    // Equally close to two names (TỈNH ỦY HÀ NAM / TỈNH ỦY NAM ĐỊNH are far; HÀ GIANG / HẬU GIANG are one
    // folded edit from "HA GIANG" with a letter lost): no unique best match.
    'TỈNH ỦY HU GIANG',
  ])('does not repair "%s"', (read) => expect(snapOrganisation(read)?.repaired ?? false).toBe(false));

  it('reads the regional academies\u2019 numerals as OCR prints them', () => {
    expect(repairRoman('HỌC VIỆN CHÍNH TRỊ KHU VỰC HI')).toBe('HỌC VIỆN CHÍNH TRỊ KHU VỰC III');
    expect(repairRoman('HỌC VIỆN CHÍNH TRỊ KHU VỰC Il')).toBe('HỌC VIỆN CHÍNH TRỊ KHU VỰC II');
    expect(repairRoman('HỌC VIỆN CHÍNH TRỊ KHU VỰC IV')).toBe('HỌC VIỆN CHÍNH TRỊ KHU VỰC IV');
  });

  it('makes a regional academy\u2019s numeral agree between its name and the symbol', () => {
    const name = 'HỌC VIỆN CHÍNH TRỊ KHU VỰC ';
    expect(agreeRegionalNumeral(`${name}III`, '43-KL/HVCTKVII')).toEqual({
      name: `${name}III`,
      numberSymbol: '43-KL/HVCTKVIII',
      changed: true,
    });
    expect(agreeRegionalNumeral(`${name}II`, '488-QĐi/HVCTKVIH').numberSymbol).toBe('488-QĐi/HVCTKVIII');
    expect(agreeRegionalNumeral(`${name}II`, '488-QĐi/HVCTKVIH').name).toBe(`${name}III`);
    expect(agreeRegionalNumeral(`${name}II`, '5-CV/HVCTKVII').changed).toBe(false);
    // Region IV, or another body: nothing to compare.
    expect(agreeRegionalNumeral(`${name}IV`, '5-CV/HVCTKVIV').changed).toBe(false);
    expect(agreeRegionalNumeral('BỘ NỘI VỤ', '5/BNV-ĐT').changed).toBe(false);
  });

  it('repairs the issuer and its parent in a letter, with a lower confidence', () => {
    const text = [
      'UBND TINH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ NỘI VU Độc lập - Tự do - Hạnh phúc',
      'Số: 12/SNV-VP Nam Định, ngày 3 tháng 4 năm 2024',
      'V/v cử cán bộ dự lớp bồi dưỡng',
    ].join('\n');
    const r = extractFromText(text);
    expect(r.issuer.parent).toBe('UBND TỈNH NAM ĐỊNH');
    expect(r.issuer.name).toBe('SỞ NỘI VỤ');
    const clean = extractFromText(text.replace('TINH', 'TỈNH').replace('VU ', 'VỤ '));
    expect(r.confidence['issuer.name'] ?? 1).toBeLessThan(clean.confidence['issuer.name'] ?? 0);
  });

  it('cuts a motto the motto matcher missed off a known name, and only then', () => {
    expect(canonicalOrg('TỈNH ỦY QUẢNG NGÃI ĐAANG CỘNG SẢN VIỆT NAM')).toBe('TỈNH ỦY QUẢNG NGÃI');
    expect(canonicalOrg('HUYỆN ỦY XUÂN TRƯỜNG ĐẢNG CỘNG SẢN')).toBe('HUYỆN ỦY XUÂN TRƯỜNG ĐẢNG CỘNG SẢN');
    expect(canonicalOrg('BAN TỔ CHỨC TỈNH ỦY KON TUM')).toBe('BAN TỔ CHỨC TỈNH ỦY KON TUM');
  });

  it('keeps a school named after a person on one line when its name wraps', () => {
    const text = [
      'TỈNH ỦY NAM ĐỊNH ĐẢNG CỘNG SẢN VIỆT NAM',
      'TRƯỜNG CHÍNH TRỊ',
      'TRƯỜNG CHINH',
      'Số 41-CV/TCT Nam Định, ngày 3 tháng 4 năm 2024',
    ].join('\n');
    const r = extractFromText(text);
    expect(r.issuer.name).toBe('TRƯỜNG CHÍNH TRỊ TRƯỜNG CHINH');
    expect(r.issuer.parent).toBe('TỈNH ỦY NAM ĐỊNH');
  });
});

describe('incoming stamp', () => {
  const stampOf = (text: string) => findStamp(createCtx(buildDoc(text)), 40, new Set());

  it('takes the leading upper-case run of a line, word pieces included', () => {
    expect(upperFragment('TRƯỜNG CHÍNH T = ở')?.text).toBe('TRƯỜNG CHÍNH T');
    expect(upperFragment('ĐẾN Số: 12')).toBeNull();
  });

  it('rebuilds a receiver cut inside a word and interleaved with the date line', () => {
    const text = [
      'Số: 1862/SNV-CCVC',
      'V/v đăng ký nhu cầu bồi dưỡng',
      'RỊ TỈNH HÀ NAM',
      'Hà Nam, ngày 26 tháng 8 năm 2025',
      'TRƯỜNG CHÍNH T = ở',
      'Số: 287',
      'ĐẾN Ngày: 29.8.2025',
    ].join('\n');
    const ctx = createCtx(buildDoc(text));
    expect(assembleReceiver(ctx, 5, 6)?.name).toBe('TRƯỜNG CHÍNH TRỊ TỈNH HÀ NAM');
    expect(stampOf(text)?.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH HÀ NAM');
    expect(stampOf(text)?.receiverRepaired).toBe(true);
    expect(extractFromText(text).confidence['incoming.receiver']).toBeLessThan(0.8);
  });

  it.each([
    // "ĐẾN" read as BEN glued to CV, the "Số" label lost, the date without its label.
    ['TRƯỜNG CHÍNH TRỊ TỈNH YÊN BÁI\ncVBEN IE 2284\nNgày: 20/11/2022', 2284, '20/11/2022'],
    ['TRƯỜNG CHÍNH TRỊ TỈNH YÊN BÁI\n—— |sế:633\nĐẾN |\\(;y, 29/9/2025', 633, '29/9/2025'],
    ['TRƯỜNG CHÍNH TRỊ TỈNH YÊN BÁI\nCÔNG VĂN |Số: 2972\nBN |Ngg 1 |\nChuyến: Khoa XDĐ', 2972, null],
  ])('reads a damaged stamp: %j', (text, number, date) => {
    const s = stampOf(text);
    expect(s?.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH YÊN BÁI');
    expect(s?.number).toBe(number);
    expect(s?.dateText ?? null).toBe(date);
  });

  it('reads a receiving body printed under the stamp fields, not the header below it', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'CÔNG VĂN ĐẾN',
      'Số: 204',
      'Ngày: 30-08-2025',
      'Chuyển: Văn phòng',
      'TỈNH HƯNG YÊN',
    ];
    expect(stampOf(text.join('\n'))?.receiver).toBe('ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN');
    const below = ['ĐẾN', 'Số: 2267', 'Ngày: 28/6/2025', '', 'TRƯỜNG CHÍNH TRỊ THÀNH PHỐ ĐÀ NẴNG', 'Lưu hồ sơ số:'];
    expect(stampOf(below.join('\n'))?.receiver).toBe('TRƯỜNG CHÍNH TRỊ THÀNH PHỐ ĐÀ NẴNG');
  });

  it('reads an office ("VĂN PHÒNG …") as a receiver, not as the stamp word "VĂN"', () => {
    const text = [
      'Số 476-QĐ/TCT',
      'QUYẾT ĐỊNH',
      'Phê duyệt danh mục',
      'VĂN PHÒNG TỈNH ỦY PHÚ YÊN',
      'ĐẾN',
      'Số: 2088',
      'Ngày: 29-11-2022',
    ];
    expect(stampOf(text.join('\n'))?.receiver).toBe('VĂN PHÒNG TỈNH ỦY PHÚ YÊN');
  });

  it('does not take the header number or Bến Tre for a stamp', () => {
    expect(stampOf('Số: 111HĐND-VP\nBẾN TRE, ngày 3 tháng 4 năm 2024\nKính gửi: Sở Nội vụ')).toBeNull();
  });

  it('takes a stamp number "Số: 22/7" line as a stamp line, not as the header number', () => {
    const s = stampOf('Số: 2481/BTP-TCCB\nV/v tổ chức lớp\nTRƯỜNG CHÍNH TRỊ TỈNH NINH THUẬN\nĐẾN SỐ: 22/7\nNgày: 10/9');
    expect(s?.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH NINH THUẬN');
  });
});

describe('subject and signer', () => {
  // A letter's header around the lines under test, and its first body lines.
  const subjectOf = (lines: string[]) =>
    extractFromText(
      [
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc',
        ...lines,
        '',
        'Kính gửi: Sở Nội vụ.',
        '',
        'Thực hiện chương trình công tác năm, Ủy ban nhân dân tỉnh đề nghị như sau:',
      ].join('\n'),
    ).subject;

  it('joins a year left alone on the next line to a summary ending in "năm"', () => {
    expect(subjectOf(['Số: 12/SNV-VP Hà Nội, ngày 3 tháng 4 năm 2023', 'V/v nghiệm thu đề tài năm', '2023', ''])).toBe(
      'Nghiệm thu đề tài năm 2023',
    );
  });

  it('joins a period of years wrapped alone on the next line', () => {
    expect(subjectOf(['Số 76-KH/BDVTU', 'KẾ HOẠCH', 'Triển khai chuyển đổi số giai đoạn', '2025 - 2030', ''])).toBe(
      'Triển khai chuyển đổi số giai đoạn 2025 - 2030',
    );
  });

  it('joins the end year of a period cut after its dash', () => {
    expect(subjectOf(['Số 76-KH/BDVTU', 'KẾ HOẠCH', 'Triển khai chuyển đổi số giai đoạn 2024 -', '2030', ''])).toBe(
      'Triển khai chuyển đổi số giai đoạn 2024 - 2030',
    );
  });

  it('skips the wrapped year of the date line beside the summary', () => {
    expect(
      subjectOf([
        'Số 15-CV/BTCTU',
        'V/v tổ chức Hội thảo về đổi mới   Hà Tĩnh, ngày 1 tháng 5 năm',
        '2026',
        'phương pháp giảng dạy',
      ]),
    ).toBe('Tổ chức Hội thảo về đổi mới phương pháp giảng dạy');
  });

  it('reads V/v printed with a fraction slash or a per-cent sign, and a summary over a blank line', () => {
    expect(subjectOf(['Số: 1693/BNV-ĐT', 'V⁄% triển khai các chương trình', '', 'bồi dưỡng năm sau', ''])).toBe(
      'Triển khai các chương trình bồi dưỡng năm sau',
    );
  });

  it('drops specks read as punctuation inside the summary, keeps abbreviations and enumerations', () => {
    expect(subjectOf(['Số: 9/SNV-VP', 'V/v tăng cường: công tác bảo vệ. nền tảng'])).toBe(
      'Tăng cường công tác bảo vệ nền tảng',
    );
    expect(subjectOf(['Số: 9/SNV-VP', 'V/v làm việc tại TP. Hồ Chí Minh, Cần Thơ'])).toBe(
      'Làm việc tại TP. Hồ Chí Minh, Cần Thơ',
    );
  });

  it('removes a hook OCR printed over a bare vowel inside a known compound, not elsewhere', () => {
    expect(fixOcrWords('theo tỉnh thần Kết luận')).toBe('theo tinh thần Kết luận');
    expect(fixOcrWords('kết quả xét tuyến học viên')).toBe('kết quả xét tuyển học viên');
    expect(fixOcrWords('Ủy ban nhân dân tỉnh thông báo')).toBe('Ủy ban nhân dân tỉnh thông báo');
  });

  it('repairs "nam" by a number and a capitalised "Đẳng" inside a sentence', () => {
    expect(fixOcrWords('tổng kết 10 nam thực hiện')).toBe('tổng kết 10 năm thực hiện');
    expect(fixOcrWords('tư tưởng của Đẳng trên')).toBe('tư tưởng của Đảng trên');
    expect(fixOcrWords('Hà Nam và cao đẳng')).toBe('Hà Nam và cao đẳng');
  });

  it('repairs a position that names a body towards the vocabulary', () => {
    expect(normaliseSignatureLine('TRƯỞNG. PHÒNG ĐÀO TẠO')).toBe('TRƯỞNG PHÒNG ĐÀO TẠO');
    expect(normaliseSignatureLine('KT. GIÁM ĐỐC')).toBe('KT. GIÁM ĐỐC');
    expect(repairTitle('VỤ TRƯỞNG VỤ CÁC TRUONG CHÍNH TRỊ')).toEqual({
      title: 'VỤ TRƯỞNG VỤ CÁC TRƯỜNG CHÍNH TRỊ',
      repaired: true,
    });
    expect(repairTitle('VỤ TRƯỞNG VỤ CÁC TRƯỜNG CHÍNH TRỊ HỌC VIỆN').title).toBe('VỤ TRƯỞNG VỤ CÁC TRƯỜNG CHÍNH TRỊ');
    expect(repairTitle('TRƯỞNG PHÒNG QUẢN LÝ ĐÀO TAO').title).toBe('TRƯỞNG PHÒNG QUẢN LÝ ĐÀO TẠO');
    expect(repairTitle('VỤ TRƯỞNG VỤ QUẢN LÝ KHOA HỌC')).toEqual({
      title: 'VỤ TRƯỞNG VỤ QUẢN LÝ KHOA HỌC',
      repaired: false,
    });
  });
});
