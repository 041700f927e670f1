import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';
import { findSymbols } from './number-symbol.ts';
import { orgLineText } from './header.ts';
import { dateAt, findDates, resolveYearless } from './dates.ts';
import { findDeadline } from './deadlines.ts';
import { fold } from './normalize.ts';

const party = (numberLine: string, extra = '') => `BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC
*
${numberLine} Hà Nội, ngày 07 tháng 10 năm 2025
V/v rà soát hồ sơ cán bộ
${extra}
Kính gửi: Các tỉnh ủy, thành ủy.

Ban Tổ chức Trung ương đề nghị thực hiện một số nội dung sau:
1. Rà soát hồ sơ, hoàn thành trước ngày 30/11/2025.

Nơi nhận:
- Như trên,
- Lưu: VT.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Đặng Minh Hiển
`;

describe('number and symbol', () => {
  it.each([
    ['Số 2174-CV/HVCTQG', '2174-CV/HVCTQG', 'CV', 'party'],
    ['Số 2174 -CV/HVCTQG', '2174-CV/HVCTQG', 'CV', 'party'],
    ['SỐ 3062 - CV / HVCTQG', '3062-CV/HVCTQG', 'CV', 'party'],
    ['Số: 57-QĐ/TW', '57-QĐ/TW', 'QĐ', 'party'],
    ['Số 41-TTr/TCT', '41-TTr/TCT', 'TTr', 'party'],
  ])('party grammar: %s', (line, symbol, type, family) => {
    const e = extractFromText(party(line));
    expect(e.numberSymbol).toBe(symbol);
    expect(e.type).toBe(type);
    expect(e.family).toBe(family);
    expect(e.number).toBe(symbol.split(/[-/]/)[0]);
  });

  it.each([
    ['Số: 45/UBND-VP', '45/UBND-VP', 'CV'],
    ['Số:45/UBND-VP', '45/UBND-VP', 'CV'],
    ['Số: 123/QĐ-UBND', '123/QĐ-UBND', 'QĐ'],
    ['Số: 2488/BGDĐT-GDTrH', '2488/BGDĐT-GDTrH', 'CV'],
    ['Số: 30/2020/NĐ-CP', '30/2020/NĐ-CP', null],
    ['Số: 123/QD-UBND', '123/QĐ-UBND', 'QĐ'],
  ])('state grammar: %s', (line, symbol, type) => {
    const text = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SƠN LA Độc lập - Tự do - Hạnh phúc\n${line} Sơn La, ngày 16 tháng 8 năm 2021\nV/v cử cán bộ\n\nKính gửi: Sở Nội vụ.\n`;
    const e = extractFromText(text);
    expect(e.numberSymbol).toBe(symbol);
    expect(e.family).toBe('state');
    if (type) expect(e.type).toBe(type);
    expect(e.issuer.name).toBe('ỦY BAN NHÂN DÂN TỈNH SƠN LA');
  });

  it('repairs a doubled letter in a type code and finds symbols split over lines', () => {
    const s = findSymbols('theo Quyết định số 6468/QĐĐ-HVCTQG và Hướng dẫn số 696-\nHD/HVCTQG');
    expect(s.map((x) => x.numberSymbol)).toEqual(['6468/QĐ-HVCTQG', '696-HD/HVCTQG']);
    expect(s[0]?.repaired).toBe(true);
  });

  it('ignores numbers that are not symbols', () => {
    expect(findSymbols('có 26/63 trường, số 8 Tôn Thất Thuyết, năm 2022-2023, b/c')).toEqual([]);
  });
});

describe('dates', () => {
  it('reads dates in words and digits', () => {
    const f = fold('ngày 31 tháng 5 năm 2022; 16/6/2022; 16.6.2022; 16-6-22; ngày 31/ 10/2025');
    expect(findDates(f).map((d) => `${d.year}-${d.month}-${d.day}`)).toEqual([
      '2022-5-31',
      '2022-6-16',
      '2022-6-16',
      '2022-6-16',
      '2025-10-31',
    ]);
  });
  it('rejects impossible dates', () => {
    expect(dateAt('31/2/2023', 0)).toBeNull();
    expect(dateAt('ngay 30 thang 13 nam 2023', 0)).toBeNull();
  });
  it('resolves a date without year against the document date', () => {
    expect(resolveYearless(15, 7, '2023-03-01')).toBe('2023-07-15');
    expect(resolveYearless(15, 1, '2023-03-01')).toBe('2024-01-15');
  });
  it('takes the date line with broken diacritics and the year pushed to the next line', () => {
    const e = extractFromText(
      party('Số 1862-CV/BTCTW')
        .replace('ngày 07 tháng 10 năm 2025', 'ngày 07 tháng 10')
        .replace('V/v rà soát hồ sơ cán bộ', 'V/v rà soát hồ sơ cán bộ năm 2025'),
    );
    expect(e.date).toBe('2025-10-07');
    expect(e.subject).toBe('Rà soát hồ sơ cán bộ');
    expect(e.confidence.date).toBeLessThan(0.9);
  });
});

describe('deadlines in words', () => {
  const d = (s: string, doc = '2023-03-14') => findDeadline(fold(s), doc)?.date ?? null;
  it.each([
    ['hoàn thành trong năm 2022', '2022-12-31'],
    ['hoàn thành trong quý III năm 2023', '2023-09-30'],
    ['tổ chức trong quý I/2026', '2026-03-31'],
    ['báo cáo trong quý 4/2024', '2024-12-31'],
    ['gửi về trong tháng 8/2023', '2023-08-31'],
    ['hoàn thành trong tháng 02/2024', '2024-02-29'],
    ['xong trong tháng 12 năm 2025', '2025-12-31'],
    ['nộp chậm nhất ngày 28 tháng 11 năm 2025', '2025-11-28'],
    ['gửi trước ngày 31/3/2023', '2023-03-31'],
    ['gửi trước ngày 15.7.2023', '2023-07-15'],
    ['trình trước 10/12', '2023-12-10'],
    ['báo cáo trong 6 tháng đầu năm 2024', '2024-06-30'],
    ['nhận hồ sơ đến hết ngày 5/6/2023', '2023-06-05'],
    ['báo cáo kết quả về Văn phòng (thời hạn: 25/10/2023)', '2023-10-25'],
    ['Thời hạn hoàn thành: 30/9/2025', '2025-09-30'],
    ['khởi công trong quý IH/2022', '2022-09-30'],
    ['phê duyệt danh mục trong quý II1/2023', '2023-09-30'],
    ['hoàn thành thủ tục đầu tư trong quý TV năm 2025', '2025-12-31'],
  ])('%s → %s', (text, expected) => expect(d(text)).toBe(expected));
  it('resolves "trước ngày 15/7" to the next year when it would precede the letter', () => {
    expect(d('trước ngày 15/7', '2023-03-14')).toBe('2023-07-15');
    expect(d('trước ngày 15/1', '2023-03-14')).toBe('2024-01-15');
  });
  it('does not read ranges or years of plans as deadlines', () => {
    expect(d('số liệu tính từ ngày 15/12/2021 đến ngày 14/12/2022')).toBeNull();
    expect(d('định hướng đến năm 2030')).toBeNull();
    expect(d('số vượt định mức được giải quyết theo lộ trình đến hết năm 2027')).toBeNull();
    expect(d('xây dựng kế hoạch mở lớp từ nay đến hết năm 2026, trình Ban Thường vụ trước ngày 15/10/2025')).toBe(
      '2025-10-15',
    );
    expect(d('cấp từ ngày 09/7/2021 trở về trước tiếp tục có giá trị')).toBeNull();
    expect(d('kế hoạch năm học 2022-2023')).toBeNull();
  });
});

describe('header lines without backtracking blow-up', () => {
  // An OCR title line of lower-case words ending in a number once took 5–60 s: nested quantifiers
  // backtracked over every split of every word. Now one split per word; src/testing/regex-safety.test.ts
  // checks every pattern of the engine for exponential backtracking.
  it('keeps the upper-case head and drops the other column’s lower-case tail', () => {
    expect(orgLineText('TỈNH ỦY THÁI NGUYÊN   Thái Nguyên, ngày')).toBe('TỈNH ỦY THÁI NGUYÊN');
    expect(orgLineText('Tổ chức lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 3')).toBeNull();
  });
});

describe('citations before the body', () => {
  it('finds a document cited in the line right under the title', () => {
    const text = `BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC
*
Số 7-TB/BTCTW Hà Nội, ngày 15 tháng 11 năm 2021

THÔNG BÁO
Kết luận về công tác đào tạo lý luận chính trị

Triển khai Hướng dẫn 3218-HD/BTCTW ngày 11/02/2020 của Ban Tổ chức Trung ương,
Ban hướng dẫn như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC
- Đã tổ chức hội nghị với 196 đại biểu tham dự.
II. ĐỀ NGHỊ
1. Các đơn vị báo cáo kết quả trước ngày 30/12/2021.

Nơi nhận:
- Như trên,
- Lưu VP.
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Nguyễn Văn An`;
    const r = extractFromText(text);
    expect(r.references).toEqual([{ numberSymbol: '3218-HD/BTCTW', date: '2020-02-11' }]);
    expect(r.numberSymbol).toBe('7-TB/BTCTW');
  });
});

describe('a label left open at a line end', () => {
  const letter = (item: string) => `UỶ BAN NHÂN DÂN TỈNH THÁI NGUYÊN
SỞ NỘI VỤ
Số: 12/SNV-VP Thái Nguyên, ngày 3 tháng 8 năm 2025
V/v tổ chức hội nghị quán triệt

Kính gửi: Các đơn vị.

Sở Nội vụ đề nghị:
1. Các đơn vị cử cán bộ tham dự đầy đủ.
${item}
3. Các đơn vị báo cáo kết quả.

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn An`;
  it('takes the deadline from the next line after "(thời hạn:"', () => {
    const r = extractFromText(letter('2. Trường Chính trị tỉnh tổ chức quán triệt (thời hạn:\n25/09/2025).'));
    expect(r.requirements.map((q) => q.deadline)).toEqual([null, '2025-09-25', null]);
  });
});

describe('the date line’s year wrapped beside the summary', () => {
  const letter = (dateLine: string, summary: string) => `TỈNH ỦY ĐIỆN BIÊN ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 2156-CV/TU ${dateLine}
${summary}
của Học viện Chính trị quốc gia Hồ Chí Minh

Kính gửi: Các đồng chí.

1. Chuẩn bị báo cáo trước ngày 20/6/2024.

Nơi nhận:
- Lưu VP.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn An`;
  it('takes only the year when the date line already ends in "năm"', () => {
    const r = extractFromText(
      letter('Điện Biên Phủ, ngày 11 tháng 6 năm', 'V/v chuẩn bị làm việc với Đoàn khảo sát 2024'),
    );
    expect(r.date).toBe('2024-06-11');
    expect(r.subject).toBe('Chuẩn bị làm việc với Đoàn khảo sát của Học viện Chính trị quốc gia Hồ Chí Minh');
  });
  it('takes a misread "năm" with the year when the date line lacks it', () => {
    const r = extractFromText(
      letter('Điện Biên Phủ, ngày 11 tháng 6', 'V/v chuẩn bị làm việc với Đoàn khảo sát Rồm 2024'),
    );
    expect(r.date).toBe('2024-06-11');
    expect(r.subject).toBe('Chuẩn bị làm việc với Đoàn khảo sát của Học viện Chính trị quốc gia Hồ Chí Minh');
  });
});
