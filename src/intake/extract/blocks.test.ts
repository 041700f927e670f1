import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';
import { resolveReceiptDate } from './receipt-date.ts';

const letter = (opts: { stamp?: string; signature?: string; marks?: string; header?: string }) => `${
  opts.header ??
  `TỈNH ỦY PHÚ THỌ ĐẲNG CỘNG SẲN VIỆT NAM
TRƯỜNG CHÍNH TRỊ
*`
}
${opts.marks ?? ''}
Số 112-CV/TCT Phú Thọ, ngày 03 tháng 02 năm 2026
V/v trao đổi giảng viên
${opts.stamp ?? ''}

Kính gửi: - Trường Chính trị tỉnh Tuyên Quang,
- Trường Chính trị tỉnh Yên Bái.

Trường đề xuất nội dung phối hợp như sau:
1. Gửi danh sách giảng viên trước ngày 28/02/2026.
2. Tổ chức hội thảo trong quý II năm 2026.
✓ Đề nghị Quý Trường phản hồi sớm.

Nơi nhận: ${opts.signature ?? 'HIỆU TRƯỞNG\n- Như trên,\n- Lưu: VT.\nNguyễn Thị Thanh Hà'}
`;

describe('receiving stamp', () => {
  it.each([
    ['ĐẾN', 'TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG\nĐẾN Số: 87\nNgày: 06/02/2026\nChuyển: P. Tổ chức - Hành chính'],
    ['CV ĐẾN', 'TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG\nCV\tSố: 87 CV\nĐẾN\tNgày: 06.2.2026\nChuyển: Phòng Đào tạo'],
    ['CÔNG VĂN ĐẾN', 'TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG\nCÔNG VĂN ĐẾN Số: 87\nNgày: 6-2-2026\nChuyển: P. QLĐT'],
    [
      'OCR-split',
      'TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG Đồng ý chủ trương\nCÔNG |Số: 87\n\nVĂN ĐỀN | Ngày: 06/02/2026\nChuyển: P. QLĐT',
    ],
  ])('%s', (_name, stamp) => {
    const e = extractFromText(letter({ stamp }));
    expect(e.incoming).toEqual({ receiver: 'TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG', number: 87, date: '2026-02-06' });
    expect(e.confidence['incoming.date']).toBeGreaterThanOrEqual(0.9);
    expect(e.subject).toBe('Trao đổi giảng viên');
  });

  it('has no incoming block without a stamp', () => {
    expect(extractFromText(letter({})).incoming).toBeNull();
  });

  it('reads a misread handwritten date as the most plausible date after the letter, with low confidence', () => {
    const r = resolveReceiptDate('06.1.6.2022', '2022-05-31');
    expect(r.date).toBe('2022-06-16');
    expect(r.confidence).toBeLessThan(0.5);
  });

  it('takes a clean receipt date as printed, and a garbled year from the letter', () => {
    expect(resolveReceiptDate('20/3/2023', '2023-03-14')).toEqual({ date: '2023-03-20', confidence: 0.9 });
    const r = resolveReceiptDate('19/09/202g', '2025-09-16');
    expect(r.date).toBe('2025-09-19');
    expect(r.confidence).toBeLessThan(0.9);
  });

  it('never puts the receipt before the letter', () => {
    const r = resolveReceiptDate('01/3/2023', '2023-03-14');
    expect(r.date === null || r.date >= '2023-03-14').toBe(true);
  });
});

describe('signer', () => {
  it.each([
    ['K/T HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG', 'K/T', 'PHÓ HIỆU TRƯỞNG'],
    ['T/M BAN GIÁM HIỆU\nHIỆU TRƯỞNG', 'T/M', 'HIỆU TRƯỞNG'],
    ['T/L HIỆU TRƯỞNG\nTRƯỞNG PHÒNG QUẢN LÝ ĐÀO TẠO', 'T/L', 'TRƯỞNG PHÒNG QUẢN LÝ ĐÀO TẠO'],
    ['KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'KT.', 'PHÓ CHỦ TỊCH'],
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'TM.', 'CHỦ TỊCH'],
    ['TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ ĐÀO TẠO', 'TL.', 'VỤ TRƯỞNG VỤ ĐÀO TẠO'],
    ['HIỆU TRƯỞNG', null, 'HIỆU TRƯỞNG'],
  ])('%s', (block, authority, title) => {
    const [first, ...rest] = block.split('\n');
    // OCR layout: the signature block shares lines with "Nơi nhận".
    const signature = `${first}\n- Như trên, ${rest.join(' ')}\n- Lưu: VT, P.QLĐT. 4Ưt~\nNguyễn Thị Thanh Hà`;
    const e = extractFromText(letter({ signature }));
    expect(e.signer).toEqual({ name: 'Nguyễn Thị Thanh Hà', title, authority });
  });

  it('drops upper-case seal text read under a short position', () => {
    const signature =
      'K/T GIÁM ĐỐC\n- Như trên, : PHÓ GIÁM ĐỐC\n- Đồng chí Giám đốc (để b/c), ý CHÍNH TẦN\n- Lưu: VT.\nTrịnh Quốc Hưng';
    expect(extractFromText(letter({ signature })).signer).toEqual({
      name: 'Trịnh Quốc Hưng',
      title: 'PHÓ GIÁM ĐỐC',
      authority: 'K/T',
    });
  });

  it('joins a long position wrapped over lines and drops seal text', () => {
    const signature =
      'TL. BỘ TRƯỞNG\n- Như trên, „ VỤ TRƯỞNG VỤ ĐÀO TẠO, BỒI\n- Bộ trưởng (để b/c); DƯỠNG CÁN BỘ, CÔNG CHỨC, VIÊN\n- Sở Nội vụ; T57 tử\n- Lưu: VT, Vụ ĐT. CHỨC\nOankt\nLê Thị Kim Oanh';
    const e = extractFromText(letter({ signature }));
    expect(e.signer.title).toBe('VỤ TRƯỞNG VỤ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC');
    expect(e.signer.name).toBe('Lê Thị Kim Oanh');
  });

  it('repairs a family name that lost its tone mark', () => {
    const e = extractFromText(letter({ signature: 'HIỆU TRƯỞNG\n- Lưu: VT.\nĐăng Minh Hiển' }));
    expect(e.signer.name).toBe('Đặng Minh Hiển');
    expect(e.confidence['signer.name']).toBeLessThan(0.9);
  });
});

describe('urgency and confidentiality', () => {
  it.each([
    ['KHẨN', 'Khẩn', null],
    ['THƯỢNG KHẨN', 'Thượng khẩn', null],
    ['HỎA TỐC', 'Hỏa tốc', null],
    ['HỎA TỐC HẸN GIỜ', 'Hỏa tốc hẹn giờ', null],
    ['MẬT', null, 'Mật'],
    ['TỐI MẬT', null, 'Tối mật'],
    ['TUYỆT MẬT KHẨN', 'Khẩn', 'Tuyệt mật'],
  ])('%s', (marks, urgency, confidentiality) => {
    const e = extractFromText(letter({ marks }));
    expect(e.urgency).toBe(urgency);
    expect(e.confidentiality).toBe(confidentiality);
  });
  it('ignores lower-case words in the body', () => {
    const e = extractFromText(letter({}).replace('phản hồi sớm', 'phản hồi khẩn, không gửi tài liệu mật'));
    expect(e.urgency).toBeNull();
    expect(e.confidentiality).toBeNull();
  });
});

describe('header, recipients, requirements', () => {
  it('separates interleaved columns and repairs broken diacritics', () => {
    const e = extractFromText(letter({}));
    expect(e.family).toBe('party');
    expect(e.issuer).toEqual({ name: 'TRƯỜNG CHÍNH TRỊ', parent: 'TỈNH ỦY PHÚ THỌ' });
    expect(e.place).toBe('Phú Thọ');
    expect(e.recipients).toEqual(['Trường Chính trị tỉnh Tuyên Quang', 'Trường Chính trị tỉnh Yên Bái']);
  });
  it('handles a state motto broken over lines', () => {
    const header = 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ\n\nTỈNH ĐẮK LẮK NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh\nphúc';
    const e = extractFromText(letter({ header }));
    expect(e.family).toBe('state');
    expect(e.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', parent: null });
  });
  it('numbers requirements, keeps ✓ requests unnumbered, resolves deadlines', () => {
    const e = extractFromText(letter({}));
    expect(e.requirements.map(({ no, deadline }) => ({ no, deadline }))).toEqual([
      { no: 1, deadline: '2026-02-28' },
      { no: 2, deadline: '2026-06-30' },
      { no: null, deadline: null },
    ]);
    expect(e.requirements[2]?.text).toBe('Đề nghị Quý Trường phản hồi sớm.');
  });
  it('gives spans that point at the source text', () => {
    const text = letter({});
    const e = extractFromText(text);
    const span = e.spans.numberSymbol as [number, number];
    expect(text.slice(span[0], span[1])).toBe('112-CV/TCT');
    const rs = e.spans.recipients as [number, number][];
    expect(text.slice(rs[0]![0], rs[0]![1])).toContain('Trường Chính trị tỉnh Tuyên Quang');
  });
  it('survives empty and odd input', () => {
    for (const t of ['', '\n\n', 'xin chào', '1.\n2.\nSố:\nNgày:', 'Kính gửi:']) {
      const e = extractFromText(t);
      expect(e.recipients).toBeInstanceOf(Array);
    }
  });
});
