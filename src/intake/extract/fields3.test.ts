import { describe, expect, it } from 'vitest';
import { findDeadline } from './deadlines.ts';
import { extractFromText } from './index.ts';
import { fold } from './normalize.ts';
import { lowerStrayCapitals } from './lexicon.ts';
import { fixOcrWords } from './vietnamese.ts';
import { agreeIssuerCode } from './org-vocab.ts';
import { completeHead, completeLeftCut, repairTitle } from './titles.ts';

describe('capitals OCR made of small letters', () => {
  it.each([
    ['sự lãnh đạo của các cấp Ủy đảng', 'sự lãnh đạo của các cấp ủy đảng'],
    ['hỗ trợ học viên Ở các xã xa trung tâm', 'hỗ trợ học viên ở các xã xa trung tâm'],
    ['báo cáo kết quả Và đề xuất', 'báo cáo kết quả và đề xuất'],
  ])('%s → %s', (a, b) => expect(lowerStrayCapitals(a)).toBe(b));

  it.each([
    // Proper names after a lower-case word: not a compound with it, or a capital that is not size-only.
    'báo cáo của Ủy ban nhân dân tỉnh',
    'kết luận của Bộ Chính trị',
    'làm việc với Đoàn khảo sát của Học viện Chính trị quốc gia',
    'các trường Chính trị tỉnh',
    'tại Trường Chính trị tỉnh',
    'Ban Thường vụ Tỉnh ủy',
    'Ở các xã',
    // Punctuation between: a new sentence or an item may start with a capital.
    'các đơn vị; Sở Nội vụ',
  ])('leaves "%s" as it is', (a) => expect(lowerStrayCapitals(a)).toBe(a));

  it('repairs a summary read with stray capitals', () => {
    const e = extractFromText(`BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC
*
Số 12-CV/BTCTW Hà Nội, ngày 07 tháng 10 năm 2025
V/v tăng cường sự lãnh đạo cỦa các cấp Ủy đẳng

Kính gửi: Các tỉnh ủy, thành ủy.
`);
    expect(e.subject).toBe('Tăng cường sự lãnh đạo của các cấp ủy đảng');
  });
});

describe('header columns read with no space between them', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠNCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc'],
    ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc'],
  ])('%s', (first, second) => {
    const e = extractFromText(
      `${first}\n\n${second}\nSố: 372/HD-SNV\nLạng Sơn, ngày 31 tháng 3 năm 2021\n\nHƯỚNG DẪN\nThực hiện chế độ bồi dưỡng\n`,
    );
    expect(e.issuer).toEqual({ name: 'SỞ NỘI VỤ', parent: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN' });
    expect(e.family).toBe('state');
  });
});

describe('body text under the incoming stamp', () => {
  it('keeps a numbered article printed just under the stamp', () => {
    const e = extractFromText(`TỈNH ỦY BẮC NINH
TRƯỜNG CHÍNH TRỊ
*
Số 476-QĐ/TCT
ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Ninh, ngày 26 tháng 11 năm 2022

QUYẾT ĐỊNH
Phê duyệt danh mục đề tài khoa học cấp cơ sở năm 2022

VĂN PHÒNG TỈNH ỦY BẮC NINH
ĐẾN
Số: 2088
Ngày: 29-11-2022

Xét đề nghị của Trưởng phòng Tổ chức - Hành chính,
HIỆU TRƯỞNG TRƯỜNG CHÍNH TRỊ QUYẾT ĐỊNH:
Điều 1. Phòng Tổ chức - Hành chính bố trí kinh phí và cơ sở vật chất phục vụ lớp học, trong năm 2022.
Điều 2. Phòng Đào tạo báo cáo kết quả thực hiện bằng văn bản, chậm nhất là ngày 21 tháng 3 năm 2023.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Lưu VT.

HIỆU TRƯỞNG
Lê Thanh Lan
`);
    expect(e.requirements.map((r) => [r.no, r.deadline])).toEqual([
      [1, '2022-12-31'],
      [2, '2023-03-21'],
      [3, null],
    ]);
  });
});

describe('citation dates', () => {
  it.each([
    ['Thực hiện Nghị định số 23/2021/NĐ-CP ngà-\ny 03 tháng 01 năm 2021 của Chính phủ,', '23/2021/NĐ-CP', '2021-01-03'],
    ['Thực hiện Kế hoạch số 35-KH/TU ngày, 22/12/2025 của Ban Thường vụ Tỉnh ủy,', '35-KH/TU', '2025-12-22'],
  ])('%s', (line, numberSymbol, date) => {
    const e = extractFromText(`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SƠN LA Độc lập - Tự do - Hạnh phúc
Số: 45/UBND-VP Sơn La, ngày 16 tháng 8 năm 2026
V/v cử cán bộ

Kính gửi: Sở Nội vụ.

${line} Ủy ban nhân dân tỉnh đề nghị như sau:
1. Cử cán bộ tham gia lớp học.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Quốc Khánh
`);
    expect(e.references).toEqual([{ numberSymbol, date }]);
  });
});

describe('signer positions', () => {
  it.each([
    ['THƯỜNG TRỰC BAN BÍ THƯ', 'THƯỜNG TRỰC BAN BÍ THƯ'],
    ['TRƯỜNG PHÒNG QUẢN LÝ ĐÀO TẠO', 'TRƯỞNG PHÒNG QUẢN LÝ ĐÀO TẠO'],
  ])('%s → %s', (raw, title) => expect(repairTitle(raw).title).toBe(title));

  it('reads the Secretariat standing member under T/M BAN BÍ THƯ', () => {
    const e = extractFromText(`BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 12-TB/TW Hà Nội, ngày 07 tháng 10 năm 2025

THÔNG BÁO
Kết luận về công tác đào tạo cán bộ

Ban Bí thư kết luận như sau:
1. Các tỉnh ủy, thành ủy tổ chức quán triệt.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu VT.

T/M BAN BÍ THƯ
THƯỜNG TRỰC BAN BÍ THƯ
Trần Văn Minh
`);
    expect(e.signer).toMatchObject({ authority: 'T/M', title: 'THƯỜNG TRỰC BAN BÍ THƯ', name: 'Trần Văn Minh' });
  });
});

describe('a bare summary under the stamp', () => {
  it.each(['Lưu hồ sơ số:', 'Giao Phòng Đào tạo tham mưu. 13/11'])('is not the stamp field or note "%s"', (note) => {
    const e = extractFromText(`BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 42/TB-BGDĐT Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 5 năm 2026

SỞ NỘI VỤ TỈNH NGHỆ AN
CÔNG VĂN ĐẾN
Số: 976
Ngày: 11/05/2026

${note}

Kết quả xét tuyển học viên lớp trung cấp lý luận chính trị khóa 2026

Thực hiện Quyết định số 2021/QĐ-UBND của Ủy ban nhân dân tỉnh, Bộ thông báo như sau:
`);
    expect(e.subject).toBe('Kết quả xét tuyển học viên lớp trung cấp lý luận chính trị khóa 2026');
  });
});

describe('a type title read with a letter or two wrong', () => {
  it.each([
    ['Ế HOẠCH', 'KH'],
    ['KE HOẠ', 'KH'],
    ['HÔNG BÁO', 'TB'],
  ])('%s', (title, type) => {
    const e = extractFromText(`TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM
BAN DÂN VẬN
* Lào Cai, ngày 23 tháng 4 năm 2025
Số 76/BDVTU

${title}
Triển khai chuyển đổi số tại Trường Chính trị tỉnh giai đoạn 2025 - 2030

Căn cứ Thông báo số 576-TB/TU ngày 11/02/2024, Ban hướng dẫn như sau:
`);
    expect(e.type).toBe(type);
    expect(e.subject).toBe('Triển khai chuyển đổi số tại Trường Chính trị tỉnh giai đoạn 2025 - 2030');
  });

  it('is not taken from an upper-case line far from every title', () => {
    const e = extractFromText(`TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM
BAN DÂN VẬN
* Lào Cai, ngày 23 tháng 4 năm 2025
Số 76/BDVTU

SỞ NỘI VỤ
Triển khai chuyển đổi số tại Trường Chính trị tỉnh giai đoạn 2025 - 2030
`);
    expect(e.type).not.toBe('KH');
  });
});

describe('a signature block whose authority mark OCR lost', () => {
  const letter = (block: string) => `BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC Độc lập - Tự do - Hạnh phúc
Số: 45/VTLTNN-NVĐP Hà Nội, ngày 16 tháng 8 năm 2024
V/v hướng dẫn công tác lưu trữ

Kính gửi: Các bộ, ngành.

Cục Văn thư và Lưu trữ nhà nước hướng dẫn như sau:
1. Các đơn vị rà soát hồ sơ, trước ngày 30/9/2024.

${block}
`;
  it.each([
    // The deputy's position lost its left part, or is the head's again: the signer is the deputy.
    [
      'Nơi nhận: ZZ66SKT, CỤC TRƯỞNG\n- Như trên; “ự PHÓ CỤC TRƯỞNG\n- Lưu: VT.\n\nNgô Thị Thu Cường',
      'PHÓ CỤC TRƯỞNG',
      'KT.',
    ],
    ['Nơi nhận: ŒT CỤC TRƯỞNG\n- Như trên; Ó CỤC TRƯỞNG\n- Lưu: VT.\n\nNgô Thị Thu Cường', 'PHÓ CỤC TRƯỞNG', 'KT.'],
    ['Nơi nhận: T. BỘ TRƯỞNG\n- Như trên; Ứ TRƯỞNG\n- Lưu: VT.\n\nNgô Thị Thu Cường', 'THỨ TRƯỞNG', 'KT.'],
    // A different full position under the head signs by its order.
    [
      'Nơi nhận: ÖT/L CỤC TRƯỞNG\n- Như trên; CHÁNH VĂN PHÒNG\n- Lưu: VT.\n\nNgô Thị Thu Cường',
      'CHÁNH VĂN PHÒNG',
      'TL.',
    ],
  ])('%s', (block, title, authority) => {
    const e = extractFromText(letter(block));
    expect(e.signer).toMatchObject({ title, authority, name: 'Ngô Thị Thu Cường' });
  });

  it('keeps a single position without a mark', () => {
    const e = extractFromText(letter('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCỤC TRƯỞNG\n\nNgô Thị Thu Cường'));
    expect(e.signer).toMatchObject({ title: 'CỤC TRƯỞNG', authority: null });
  });

  it.each([
    ['guyễn Văn Cường', 'Nguyễn Văn Cường'],
    ['ũ Quốc Quyết', 'Vũ Quốc Quyết'],
    ['- Lưu: VT. T(ần Quốc Trung', 'Trần Quốc Trung'],
  ])('restores a family name cut at the left edge: %s', (line, name) => {
    const e = extractFromText(letter(`Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCỤC TRƯỞNG\n\n${line}`));
    expect(e.signer.name).toBe(name);
  });
});

describe('a position whose first word OCR lost or garbled', () => {
  it.each([
    ['TRƯỞNG CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC', '', 'CỤC TRƯỞNG CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC'],
    ['TRƯỞNG', 'yU', 'VỤ TRƯỞNG'],
    ['TRƯỞNG', 'EỤC', 'CỤC TRƯỞNG'],
    ['TRƯỞNG', '', 'TRƯỞNG'],
    ['TRƯỞNG BAN', 'yU', 'TRƯỞNG BAN'],
  ])('%s after "%s"', (title, before, want) => expect(completeHead(title, before).title).toBe(want));

  it.each([
    ['ÁNH VĂN PHÒNG', 'CHÁNH VĂN PHÒNG'],
    ['ĐỐC SỞ NỘI VỤ', 'GIÁM ĐỐC SỞ NỘI VỤ'],
    ['ỦTỊCH', 'CHỦ TỊCH'],
  ])('%s → %s', (text, want) => expect(completeLeftCut(text)?.title).toBe(want));

  it.each(['BAN THƯỜNG VỤ', 'SỞ NỘI VỤ', 'NHÀ NƯỚC'])('leaves "%s" alone', (text) =>
    expect(completeLeftCut(text)).toBeNull(),
  );
});

describe('a summary with a quoted name on the next lines', () => {
  it('goes on to the closing quote', () => {
    const e = extractFromText(`TỈNH ỦY BẠC LIÊU
TRƯỜNG CHÍNH TRỊ
*
Số 14-CV/TCT
V/v mời dự Hội nghị
“Nâng cao chất lượng giảng dạy
lý luận chính trị”
ĐẢNG CỘNG SẢN VIỆT NAM
Bạc Liêu, ngày 4 tháng 11 năm 2025

Kính gửi: Các trường chính trị.

Trường Chính trị tỉnh trân trọng kính mời như sau:
`);
    expect(e.subject).toBe('Mời dự Hội nghị “Nâng cao chất lượng giảng dạy lý luận chính trị”');
  });
});

describe('issuer lines', () => {
  const party = (left: string[]) =>
    `${left.join('\n')}\n*\nSố 45-CV/BTCTU\nĐẢNG CỘNG SẢN VIỆT NAM\nSơn La, ngày 16 tháng 8 năm 2021\nV/v cử cán bộ\n\nKính gửi: Các đảng ủy.\n`;
  const state = (left: string[]) =>
    `${left.join('\n')}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/SNV-VP\nSơn La, ngày 16 tháng 8 năm 2021\nV/v cử cán bộ\n\nKính gửi: Sở Nội vụ.\n`;
  it.each([
    [party(['BAN CHẤP HÀNH', 'ĐẢNG BỘ TỈNH SƠN LA']), 'BAN CHẤP HÀNH ĐẢNG BỘ TỈNH SƠN LA', null],
    [
      party(['TỈNH ỦY SƠN LA', 'BAN THƯỜNG VỤ', 'HUYỆN ỦY MAI SƠN']),
      'BAN THƯỜNG VỤ HUYỆN ỦY MAI SƠN',
      'TỈNH ỦY SƠN LA',
    ],
    [party(['BAN CÁN SỰ ĐẢNG', 'ỦY BAN NHÂN DÂN TỈNH SƠN LA']), 'BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH SƠN LA', null],
    [party(['TỈNH ỦY SƠN LA', 'ĐẢNG ĐOÀN', 'HỘI NÔNG DÂN TỈNH']), 'ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH', 'TỈNH ỦY SƠN LA'],
    [party(['TỈNH ỦY SƠN LA', 'BAN TỔ CHỨC VÀ', 'BAN DÂN VẬN']), 'BAN TỔ CHỨC VÀ BAN DÂN VẬN', 'TỈNH ỦY SƠN LA'],
    [party(['TỈNH ỦY SƠN LA', 'VĂN PHÒNG']), 'VĂN PHÒNG', 'TỈNH ỦY SƠN LA'],
    [state(['BỘ Y TẾ', 'BỆNH VIỆN BẠCH MAI']), 'BỆNH VIỆN BẠCH MAI', 'BỘ Y TẾ'],
    [state(['UBND TỈNH SƠN LA', 'THANH TRA TỈNH']), 'THANH TRA TỈNH', 'UBND TỈNH SƠN LA'],
  ])('%s', (text, name, parent) => expect(extractFromText(text).issuer).toEqual({ name, parent }));
});

describe('deadlines OCR cut or garbled', () => {
  it.each([
    ['hoàn thành trong quý I//2027.', '2027-03-31'],
    ['hoàn thành trong quý IV⁄2025.', '2025-12-31'],
    ['hoàn thành trong tháng 8//2023.', '2023-08-31'],
    ['khởi công trong quý IH/2022.', '2022-09-30'],
  ])('%s', (text, date) => expect(findDeadline(fold(text), '2023-01-01')?.date).toBe(date));

  const letter = (items: string) => `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SƠN LA Độc lập - Tự do - Hạnh phúc
Số: 45/UBND-VP Sơn La, ngày 16 tháng 8 năm 2025
V/v cử cán bộ

Kính gửi: Sở Nội vụ.

Ủy ban nhân dân tỉnh đề nghị như sau:

${items}

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Quốc Khánh
`;
  it.each([
    // A wrapped period alone on its line (no syllable: it must not be taken for noise).
    [
      '1. Sở Nội vụ báo cáo kết quả thực hiện bằng văn bản, trong quý\nIV/2025.\n\n2. Các sở phối hợp thực hiện.',
      '2025-12-31',
    ],
    // II read as H in the wrapped period.
    ['1. Sở Nội vụ báo cáo kết quả bằng văn bản, trong quý\nIH/2025.\n\n2. Các sở phối hợp thực hiện.', '2025-09-30'],
    // The date after a blank line OCR left inside the sentence.
    [
      '1. Các sở bố trí kinh phí phục vụ lớp học, chậm nhất ngày\n\n27/10/2025.\n\n2. Các sở phối hợp thực hiện.',
      '2025-10-27',
    ],
    // An unfinished item goes on after a blank with a capital ("Trường" / "Chính trị tỉnh …").
    [
      '1. Theo Kế hoạch số 12-KH/TU của Tỉnh ủy, Trường\n\nChính trị tỉnh gửi báo cáo, trước ngày 06/10/2025.\n\n2. Các sở phối hợp thực hiện.',
      '2025-10-06',
    ],
  ])('%s', (items, date) => {
    const e = extractFromText(letter(items));
    expect(e.requirements.map((r) => r.deadline)).toEqual([date, null]);
  });
});

describe('the body code of the symbol agrees with the issuer', () => {
  it.each([
    ['HỌC VIỆN CHÍNH TRỊ KHU VỰC I', '50-TB/HVCTKYVI', '50-TB/HVCTKVI'],
    ['CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC', '4259/VTUTNN-ĐT', '4259/VTLTNN-ĐT'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', '09/TTr-SGDĐT', '09/TTr-SGDĐT'],
    // Two letters away, or a short code: left as read.
    ['CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC', '4259/VTUTNX-ĐT', '4259/VTUTNX-ĐT'],
    ['BAN TỔ CHỨC', '12-CV/BTCTU', '12-CV/BTCTU'],
  ])('%s: %s', (name, symbol, want) => expect(agreeIssuerCode(name, symbol).numberSymbol).toBe(want));
});

describe('a position read with seal marks glued before it', () => {
  it('reads the position after the marks and repairs it as a whole', () => {
    expect(repairTitle('GHĂNH VĂN PHÒNG').title).toBe('CHÁNH VĂN PHÒNG');
    const e = extractFromText(`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SƠN LA Độc lập - Tự do - Hạnh phúc
Số: 45/QĐ-UBND Sơn La, ngày 16 tháng 8 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế làm việc

Điều 1. Ban hành Quy chế làm việc.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận: TL. CHỦ TỊCH
- Như trên; “,£C“GHĂNH VĂN PHÒNG
- Lưu: VT.

Ngô Minh Trang
`);
    expect(e.signer).toMatchObject({ authority: 'TL.', title: 'CHÁNH VĂN PHÒNG', name: 'Ngô Minh Trang' });
  });
});

describe('summaries OCR cut by a blank line or opening like a sentence', () => {
  it('goes on after a blank when the summary ends in a word that cannot end it', () => {
    const e = extractFromText(`BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 746-QĐ/TW Hà Nội, ngày 25 tháng 07 năm 2025
QUYẾT ĐỊNH
Về việc phê duyệt đề án đào tạo cán bộ theo tinh thần Kết luận của

Bộ Chính trị về sắp xếp tổ chức bộ máy

Căn cứ Điều lệ Đảng;
BAN BÍ THƯ QUYẾT ĐỊNH
Điều 1. Phê duyệt đề án.
`);
    expect(e.subject).toBe(
      'Phê duyệt đề án đào tạo cán bộ theo tinh thần Kết luận của Bộ Chính trị về sắp xếp tổ chức bộ máy',
    );
  });

  it('takes "Đề nghị …" just above Kính gửi as the summary', () => {
    const e = extractFromText(`TỈNH ỦY PHÚ THỌ ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC
* Phú Thọ, ngày 02 tháng 12 năm 2024
Số 37-CV/BTCTU

Đề nghị bổ sung biên chế giảng viên năm 2024
Kính gửi: Ban Thường vụ Tỉnh ủy.

Đề nghị Ban Thường vụ xem xét, quyết định.
`);
    expect(e.subject).toBe('Đề nghị bổ sung biên chế giảng viên năm 2024');
  });
});

describe('more summary openings OCR damaged', () => {
  it('reads "V4" before a lower-case word as V/v', () => {
    const e = extractFromText(`UBND TỈNH KIÊN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc
Số: 2318/SNV-TCCB Kiên Giang, ngày 09 tháng 8 năm 2022
V4 cử cán bộ tham gia lớp trung cấp lý luận chính trị

Kính gửi: Các sở, ban, ngành.
`);
    expect(e.subject).toBe('Cử cán bộ tham gia lớp trung cấp lý luận chính trị');
    expect(e.type).toBe('CV');
  });

  it('skips the stamp field "Số và ký hiệu HS:" before a bare summary', () => {
    const e = extractFromText(`TỈNH ỦY QUẢNG NGÃI ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 03-KL/TU Quảng Ngãi, ngày 22 tháng 2 năm 2023

Số và ký hiệu HS:

Kết luận về tiếp tục đổi mới công tác đào tạo cán bộ

Trong thời gian qua, công tác đào tạo đã đạt nhiều kết quả.
`);
    expect(e.subject).toBe('Kết luận về tiếp tục đổi mới công tác đào tạo cán bộ');
  });
});

describe('word-level OCR damage in a summary', () => {
  it.each([
    ['Đề nghị bổ sung biên chế giảng viên nărn 2026', 'Đề nghị bổ sung biên chế giảng viên năm 2026'],
    ['cán bộ nữ va cán bộ trẻ', 'cán bộ nữ và cán bộ trẻ'],
    // "rn" inside a real syllable is left alone.
    ['Thái Nguyên, Sơn La', 'Thái Nguyên, Sơn La'],
  ])('%s', (a, b) => expect(fixOcrWords(a)).toBe(b));
});
