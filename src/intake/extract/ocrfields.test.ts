import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';
import { impossibleSyllable, repairUnknownWords } from './known-words.ts';
import { repairCompounds } from './lexicon.ts';
import { buildDoc } from './normalize.ts';
import { findSymbols } from './number-symbol.ts';
import { stampLead } from './subject.ts';
import { fixOcrWords } from './vietnamese.ts';

describe('letters with marks in the wrong order', () => {
  it('composes a tone typed before the circumflex, breve or horn', () => {
    // o + acute + circumflex, e + grave + circumflex, a + hook + breve, u + dot + horn
    const doc = buildDoc('Bo\u0301\u0302 vie\u0300\u0302c ga\u0309\u0306 tu\u0323\u031b');
    expect(doc.text).toBe('Bố viềc gẳ tự');
  });

  it('maps offsets back to the input', () => {
    const input = 'x Bo\u0301\u0302 y';
    const doc = buildDoc(input);
    expect(doc.text).toBe('x Bố y');
    expect(doc.toInput(doc.text.indexOf('y'))).toBe(input.indexOf('y'));
  });
});

describe('tone marks repaired by the compound lexicon', () => {
  it.each([
    // A stop-closed syllable with a grave, hook or tilde is no word: any tone may be the damage.
    ['tổ chức thừc hiện', 'tổ chức thực hiện'],
    ['tăng cường học tầp', 'tăng cường học tập'],
    // Acute and grave swapped.
    ['tăng cường bối dưỡng', 'tăng cường bồi dưỡng'],
    // Dot below read as a hook or a tilde, and back.
    ['tổ chức hội nghỉ', 'tổ chức hội nghị'],
    ['Tổ chực lớp học', 'Tổ chức lớp học'],
    // Grave and hook.
    ['phát triền nguồn nhân lực', 'phát triển nguồn nhân lực'],
    // A place name takes any tone back.
    ['tỉnh Hà Nám', 'tỉnh Hà Nam'],
    ['thành phố Hà Nối', 'thành phố Hà Nội'],
  ])('%s → %s', (a, b) => expect(repairCompounds(a).text).toBe(b));

  it('keeps words whose tones tell two frequent words apart', () => {
    // "chuẩn mức" (a level of the standard) is printed as often as "chuẩn mực" (a norm).
    expect(repairCompounds('đạt chuẩn mức 1').text).toBe('đạt chuẩn mức 1');
    expect(repairCompounds('hoạt đồng').text).toBe('hoạt đồng');
  });
});

const LETTER = (body: string) => `ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 15/UBND-VX
V/v tổ chức lớp học

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 10 tháng 3 năm 2024

Kính gửi: Các sở, ban, ngành tỉnh.

${body}
Đề nghị các đơn vị thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
`;

describe('citation dates cut by a line break', () => {
  it.each([
    ['Căn cứ Quyết định số 12/QĐ-UBND ngày 14/11/-\n2023 của Ủy ban nhân dân tỉnh;', '2023-11-14'],
    ['Căn cứ Quyết định số 12/QĐ-UBND n-\ngày 4/4/2023 của Ủy ban nhân dân tỉnh;', '2023-04-04'],
    ['Căn cứ Quyết định số 12/QĐ-UBND ngày-\n24/11/2021 của Ủy ban nhân dân tỉnh;', '2021-11-24'],
    ['Căn cứ Quyết định số 12/QĐ-UBND ngày 26/01/202-\n3 của Ủy ban nhân dân tỉnh;', '2023-01-26'],
  ])('%j', (body, date) => {
    expect(extractFromText(LETTER(body)).references).toEqual([{ numberSymbol: '12/QĐ-UBND', date }]);
  });
});

describe('type codes read with look-alike letters', () => {
  it.each([
    ['Số: 67/TIr-SGDĐT', '67/TTr-SGDĐT', 'TTr'],
    ['Số 45-Cv/BTCTU', '45-CV/BTCTU', 'CV'],
    ['Số 46-TlR/BTCTU', '46-TTr/BTCTU', 'TTr'],
    ['Số 12-Kh/TU', '12-KH/TU', 'KH'],
  ])('%s → %s', (line, symbol, code) => {
    const [found] = findSymbols(line);
    expect(found?.numberSymbol).toBe(symbol);
    expect(found?.code).toBe(code);
  });

  it('leaves a body code that is no type code', () => {
    expect(findSymbols('Số: 15/UBND-VX')[0]?.numberSymbol).toBe('15/UBND-VX');
  });

  it('reads one Đ that tesseract gave as two look-alikes in a body code ("K2ĐÐT")', () => {
    const text = (line: string) => buildDoc(line).text;
    expect(findSymbols(text('Số: 09/TB-K2ĐÐT Hà Nội'))[0]?.numberSymbol).toBe('09/TB-K2ĐT');
    expect(findSymbols(text('Số: 963/K2ĐÐT-TCCB'))[0]?.numberSymbol).toBe('963/K2ĐT-TCCB');
    expect(findSymbols(text('Số 12-CV/BTGĐÐTU'))[0]?.numberSymbol).toBe('12-CV/BTGĐTU');
  });
});

const BODY_STAMP = `SỞ NỘI VỤ
TỈNH LÀO CAI
Số: 15/SNV-TCBC
V/v cử cán bộ đi học

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 10 tháng 3 năm 2024

Kính gửi: Trường Chính trị tỉnh Lào Cai.

Sở Nội vụ đề nghị như sau:
1. Các phòng rà soát danh sách học viên, trước ngày 20/3/2024.
TRƯỜNG CHÍNH TRỊ TỈNH LÀO CAI  2. Các đơn vị cử cán bộ đi học, trước ngày 25/3/2024.
ĐẾN
Số: 210  4. Các đơn vị báo cáo kết quả, trong tháng 4/2024.
Ngày: 12/3/2024
Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Văn An
`;

describe('a receiving stamp printed over the body', () => {
  it('keeps the items around it, beside it, and after a lost one', () => {
    const e = extractFromText(BODY_STAMP);
    expect(e.incoming?.number).toBe(210);
    expect(e.requirements.map((r) => [r.no, r.deadline])).toEqual([
      [1, '2024-03-20'],
      [2, '2024-03-25'],
      [4, '2024-04-30'],
    ]);
    expect(e.requirements[1]?.text).toBe('2. Các đơn vị cử cán bộ đi học, trước ngày 25/3/2024.');
  });
});

const STAMP_BESIDE_TITLE = (lines: string) => `TỈNH ỦY LÀO CAI
BAN TUYÊN GIÁO
*
Số 12-KH/BTGTU

ĐẢNG CỘNG SẢN VIỆT NAM
Lào Cai, ngày 10 tháng 3 năm 2024

KẾ HOẠCH
${lines}

Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo xây dựng kế hoạch như sau:
1. Các đơn vị quán triệt đến cán bộ, đảng viên.

Nơi nhận:
- Lưu VP.
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Nguyễn Văn An
`;

describe('the summary read side by side with a stamp beside the title', () => {
  it.each([
    ['CV ĐẾN Số: 1185 Ngày: 22/6/2024 Tăng cường công tác tuyên truyền biển đảo'],
    ['ĐẾN Tăng cường công tác tuyên truyền\nSố: 231 biển đảo\nNgày: 12/3/2024'],
  ])('%j', (lines) => {
    const e = extractFromText(STAMP_BESIDE_TITLE(lines));
    expect(e.subject).toBe('Tăng cường công tác tuyên truyền biển đảo');
  });

  it('does not take a number-symbol line for stamp labels', () => {
    expect(stampLead('so: 12/qd-ubnd ve viec')).toBe(0);
    expect(stampLead('so: 1185 tang cuong')).toBe(9);
  });
});

describe('summary words broken or labelled with damaged marks', () => {
  it('joins a piece after a pair of whole words ("hiện c hế")', () => {
    expect(fixOcrWords('việc thực hiện c hế độ')).toBe('việc thực hiện chế độ');
  });

  it('joins two syllables that make a known compound with a neighbour only together ("nghiên cứ u")', () => {
    expect(fixOcrWords('công tác nghiên cứ u khoa học')).toBe('công tác nghiên cứu khoa học');
    expect(fixOcrWords('các lớp ho àn chỉnh chương trình')).toBe('các lớp hoàn chỉnh chương trình');
    // Pieces that are words of a compound themselves stay apart.
    expect(fixOcrWords('tổ chức hội nghị')).toBe('tổ chức hội nghị');
  });

  it('drops "Về việc" read with a wrong mark', () => {
    const e = extractFromText(STAMP_BESIDE_TITLE('Về viềc tăng cường công tác tuyên truyền biển đảo'));
    expect(e.subject).toBe('Tăng cường công tác tuyên truyền biển đảo');
  });
});

describe('words no syllable is written as', () => {
  it.each([
    ['giảng viên kiêm chừc', 'giảng viên kiêm chức'],
    ['trong đó uu tiên cán bộ nữ', 'trong đó ưu tiên cán bộ nữ'],
    ['rà soãt, báo cáo', 'rà soát, báo cáo'],
    ['cán bộ nguoi dân tộc', 'cán bộ người dân tộc'],
  ])('%s → %s', (a, b) => expect(repairUnknownWords(a)).toBe(b));

  it.each([
    // Valid syllables stay, even when unknown; an ambiguous form ("vien": viên, viện) stays.
    'học vien các lớp',
    'cúa hàng',
    'Nguyen Van An',
  ])('leaves "%s"', (a) => expect(repairUnknownWords(a)).toBe(a));

  it('tells impossible syllables', () => {
    expect(['chừc', 'soãt', 'uu', 'tien', 'thuong'].map(impossibleSyllable)).toEqual([true, true, true, true, true]);
    expect(['chức', 'soát', 'ưu', 'tiên', 'thương', 'tin', 'tre'].some(impossibleSyllable)).toBe(false);
  });
});

describe('a number line whose separator OCR lost', () => {
  const head = (issuer: string, numberLine: string) =>
    [issuer, numberLine, 'V/v tổ chức lớp bồi dưỡng', 'Kính gửi: Trường Chính trị tỉnh Nghệ An.'].join('\n');

  it('puts back the slash of a state symbol and the hyphen of a Party one', () => {
    const state = head('HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 111HĐND-VP');
    expect(extractFromText(state).numberSymbol).toBe('111/HĐND-VP');
    const party = head('TỈNH ỦY NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 89CV/TCT Vinh, ngày 2 tháng 3 năm 2024');
    expect(extractFromText(party).numberSymbol).toBe('89-CV/TCT');
    // A speck read right after the slash is no part of the symbol.
    const speck = head(
      'TỈNH ỦY NINH BÌNH ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 136-TTr/.UBKTTU Ninh Bình, ngày 2 tháng 3 năm 2024',
    );
    expect(extractFromText(speck).numberSymbol).toBe('136-TTr/UBKTTU');
  });

  it('leaves a stamp number, with no letters after it, alone', () => {
    const text = head('HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 811');
    expect(extractFromText(text).numberSymbol).toBe(null);
  });
});

describe('names outside the Vietnamese syllable', () => {
  it('reads a one-word place written without marks ("Pleiku") and a body code with a digit inside ("K2ĐT")', () => {
    const text = [
      'BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 6376/K2ĐT-KH-TC Độc lập - Tự do - Hạnh phúc',
      'Pleiku, ngày 2 tháng 11 năm 2026',
      'V/v tổ chức lớp bồi dưỡng',
      'Kính gửi: Trường Chính trị tỉnh Gia Lai.',
    ].join('\n');
    const e = extractFromText(text);
    expect(e.place).toBe('Pleiku');
    expect(e.numberSymbol).toBe('6376/K2ĐT-KH-TC');
  });
});

describe('a motto OCR cut at the seal or fold', () => {
  it('strips "ộc lập - Tự do - H húc" from the issuer line it shares', () => {
    const text = [
      'UBND TỈNH HẢI DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ Y TẾ ộc lập - Tự do - H húc',
      'Số: 3988/SYT-NVY',
      'V/v phối hợp tổ chức Hội nghị Hải Dương, ngày 23 tháng 9 năm 2022',
      'Kính gửi: Các trường chính trị tỉnh, thành phố.',
    ].join('\n');
    expect(extractFromText(text).issuer).toEqual({ name: 'SỞ Y TẾ', parent: 'UBND TỈNH HẢI DƯƠNG' });
  });
});

describe('an issuer name wrapped after a comma', () => {
  it('keeps the comma it was printed with ("BAN CHÍNH SÁCH," / "CHIẾN LƯỢC")', () => {
    const text = [
      'BAN CHẤP HÀNH TRUNG ƯƠNG',
      'BAN CHÍNH SÁCH,',
      'CHIẾN LƯỢC',
      '*',
      'Số 430-HD/BCSCLTW',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hà Nội, ngày 12 tháng 02 năm 2026',
    ].join('\n');
    expect(extractFromText(text).issuer).toEqual({
      name: 'BAN CHÍNH SÁCH, CHIẾN LƯỢC',
      parent: 'BAN CHẤP HÀNH TRUNG ƯƠNG',
    });
  });
});

describe('a cited number-symbol whose code OCR split with a space', () => {
  it('reads a one-letter code with the capitals after it, and nothing else', () => {
    const symbols = (t: string) => findSymbols(t).map((s) => s.numberSymbol);
    expect(symbols('Thông báo số 2250-TB/T U; Kết luận số 782-KL/TW')).toEqual(['2250-TB/TU', '782-KL/TW']);
    expect(symbols('Nghị định số 8/2022/N Đ-CP ngày 22/1/2022')).toEqual(['8/2022/NĐ-CP']);
    expect(symbols('Công văn số 12-CV/T Các đơn vị')).toEqual(['12-CV/T']);
  });

  it("reads a central body's W read as VW, and the Academy's code cut at its last letter", () => {
    const symbols = (t: string) => findSymbols(t).map((s) => s.numberSymbol);
    expect(symbols('Hướng dẫn số 1437-HD/BTCTVW ngày 6/8/2021')).toEqual(['1437-HD/BTCTW']);
    expect(symbols('Công văn số 2150-CV/HVCTQ ỹ')).toEqual(['2150-CV/HVCTQG']);
    expect(symbols('Công văn số 12-CV/VPTW ngày')).toEqual(['12-CV/VPTW']);
  });
});
