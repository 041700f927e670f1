import { describe, expect, it } from 'vitest';
import { createCtx } from './context.ts';
import { findDeadline } from './deadlines.ts';
import { extractFromText } from './index.ts';
import { buildDoc, fold } from './normalize.ts';
import { buildParagraphs } from './paragraphs.ts';
import { extractRecipients } from './recipients.ts';
import { extractRequirements } from './requirements.ts';
import { extractSigner, nameOf } from './signer.ts';
import { fixOcrWords } from './vietnamese.ts';

const requirementsOf = (lines: string[]) => {
  const doc = buildDoc(lines.join('\n'));
  const paragraphs = buildParagraphs(createCtx(doc), 0, doc.lines.length, new Set());
  return extractRequirements(paragraphs, '2026-03-02').requirements.map((r) => [r.no, r.deadline]);
};

describe('requirements under OCR damage', () => {
  it('joins a lower-case line after a blank to the sentence it continues', () => {
    expect(requirementsOf(['1. Đăng ký danh sách báo cáo viên. Thời hạn:', '', 'trong năm 2026.', ''])).toEqual([
      [1, '2026-12-31'],
    ]);
    // A sentence that ended keeps the next paragraph apart.
    expect(requirementsOf(['1. Đăng ký danh sách.', '', 'trước ngày 5/4/2026 là hạn cũ.'])).toEqual([[1, null]]);
  });

  it('numbers an item whose number OCR lost or read as a letter', () => {
    expect(
      requirementsOf([
        '1. Rà soát hồ sơ, trước ngày 15/3/2026.',
        '2. Tổng hợp kết quả.',
        '. Phối hợp với các cơ quan liên quan, trong tháng 4/2026.',
        'S. Báo cáo kết quả.',
      ]),
    ).toEqual([
      [1, '2026-03-15'],
      [2, null],
      [3, '2026-04-30'],
      [4, null],
    ]);
  });

  it('takes a misread number between its neighbours as the expected one', () => {
    expect(
      requirementsOf([
        '1. Rà soát hồ sơ.',
        '2. Tổng hợp.',
        '9. Hoàn thiện hồ sơ, trước ngày 31/3/2026.',
        '4. Báo cáo.',
      ]),
    ).toEqual([
      [1, null],
      [2, null],
      [3, '2026-03-31'],
      [4, null],
    ]);
    // A list that really starts again is left alone.
    expect(requirementsOf(['1. Rà soát hồ sơ.', '2. Tổng hợp.', '1. Báo cáo.', '2. Lưu trữ.']).length).toBe(2);
  });
});

describe('signer name under OCR damage', () => {
  it.each([
    [":'Nguyễn Thanh Bình", 'Nguyễn Thanh Bình'],
    ['Trần Thị Thanh ThỦy', 'Trần Thị Thanh Thủy'],
    // Handwriting or seal read before the name: the name starts at its family name.
    ['Mức Án Trần Song Hào', 'Trần Song Hào'],
    // A family name with its mark misread is still the start ("Lệ" for "Lê", repaired later).
    ['Lệ Hoàng Sơn', 'Lệ Hoàng Sơn'],
    ['Hoàng Văn Thịnh', 'Hoàng Văn Thịnh'],
  ])('%s → %s', (line, name) => expect(nameOf(line)?.name).toBe(name));

  it('does not take a position in capitals for a name', () => {
    expect(nameOf('PHÓ GIÁM ĐỐC')).toBeNull();
  });
});

describe('signer position under OCR damage', () => {
  it('finds a two-word position with one letter misread beside the recipients list', () => {
    const doc = buildDoc(
      ['Nơi nhận: TM. ỦY BAN NHÂN DÂN', '- Bộ Nội vụ (b/c); GHỦ TỊCH', '- Lưu: VT.', 'Trần Song Hào'].join('\n'),
    );
    const s = extractSigner(createCtx(doc), 0);
    expect(s.title).toBe('CHỦ TỊCH');
    expect(s.confidence.title).toBeLessThan(0.85);
  });
});

describe('layout variety', () => {
  const body = [
    'BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Số: 5/BNV-ĐT Hà Nội, ngày 3 tháng 4 năm 2024',
    'V/v cử cán bộ',
    'Kính gửi: Sở Nội vụ.',
    'Đề nghị Sở thực hiện./.',
    '',
  ];
  const recipients = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.'];

  it.each([
    [['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nguyễn Thanh Hùng'], 'Nguyễn Thanh Hùng', 'THỨ TRƯỞNG', 'KT.'],
    [['GIÁM ĐỐC', 'Đặng Thị Thu Quyết'], 'Đặng Thị Thu Quyết', 'GIÁM ĐỐC', null],
  ])('reads a signature typed before "Nơi nhận": %j', (block, name, title, authority) => {
    const r = extractFromText([...body, ...block, '', ...recipients].join('\n'));
    expect(r.signer).toEqual({ name, title, authority });
  });
});

describe('signature with its authority line garbled', () => {
  const signerOf = (lines: string[], family: 'party' | 'state') =>
    extractSigner(createCtx(buildDoc(lines.join('\n'))), 0, family);

  it('gives the deputy’s position when the line under "KT." is lost', () => {
    const s = signerOf(['Nơi nhận: KT. GIÁM ĐỐC', '- Như trên;', '- Lưu: VT.', '', 'Lâm Thị Kim Thoa'], 'state');
    expect(s.authority).toBe('KT.');
    expect(s.title).toBe('PHÓ GIÁM ĐỐC');
    expect(s.confidence.title).toBeLessThan(0.6);
    expect(signerOf(['Nơi nhận: KT. BỘ TRƯỞNG', '- Lưu: VT.', '', 'Nguyễn Văn An'], 'state').title).toBe('THỨ TRƯỞNG');
    expect(signerOf(['Nơi nhận: K/T TRƯỞNG BAN', '- Lưu: VT.', '', 'Lê Văn An'], 'party').title).toBe('PHÓ TRƯỞNG BAN');
    // A collective body's mark says nothing of the signer's position.
    expect(signerOf(['Nơi nhận: T/M BAN THƯỜNG VỤ', '- Lưu: VT.', '', 'Lê Văn An'], 'party').title).toBeNull();
  });

  it('takes the full position under a garbled one and infers K/T for a deputy', () => {
    const s = signerOf(['Nơi nhận: IỆU TRƯỞNG', '~ Như trên, PHÓ HIỆU TRƯỞNG', '- Lưu: VT.', '', 'Lê Văn An'], 'party');
    expect(s.title).toBe('PHÓ HIỆU TRƯỞNG');
    expect(s.authority).toBe('K/T');
    expect(s.confidence.authority).toBeLessThan(0.9);
  });

  it('infers TM. under a collective body read without its mark', () => {
    const s = signerOf(['Nơi nhận: ỦY BAN NHÂN DÂN', '- Như trên; CHỦ TỊCH', '- Lưu: VT.', '', 'Lê Văn An'], 'state');
    expect(s).toMatchObject({ title: 'CHỦ TỊCH', authority: 'TM.' });
  });

  it('repairs a position that lost its first letter and a mark written with a semicolon', () => {
    expect(signerOf(['Nơi nhận: RƯỞNG BAN', '- Lưu VT.', '', 'Đỗ Văn Đạt'], 'party').title).toBe('TRƯỞNG BAN');
    expect(signerOf(['Nơi nhận: T/L GIÁM ĐỐC', '~ Như trên, GHÁNH VĂN PHÒNG', '', 'Đỗ Văn Đạt'], 'party').title).toBe(
      'CHÁNH VĂN PHÒNG',
    );
    expect(signerOf(['Nơi nhận: Q; HIỆU TRƯỞNG', '- Lưu VT.', '', 'Đỗ Văn Đạt'], 'state').authority).toBe('Q.');
    expect(signerOf(['Nơi nhận: Q: GIÁM ĐỐC', '- Lưu VT.', '', 'Đỗ Văn Đạt'], 'state').authority).toBe('Q.');
    // One position alone keeps no invented mark.
    expect(signerOf(['Nơi nhận: GIÁM ĐỐC', '- Lưu VT.', '', 'Đỗ Văn Đạt'], 'state').authority).toBeNull();
  });
});

describe('deadline phrasings', () => {
  it.each([
    ['báo cáo bằng văn bản, đến hết ngày 5/6/2023.', '2023-06-05'],
    ['cử 01 lãnh đạo (thời hạn: 29/09/2024).', '2024-09-29'],
    ['cử 01 lãnh đạo, thời hạn 29/09/2024.', '2024-09-29'],
  ])('%s → %s', (text, date) => expect(findDeadline(fold(text), '2023-01-10')?.date).toBe(date));
});

describe('words broken by OCR', () => {
  it.each([
    ['an ninh c-ho đối tượng', 'an ninh cho đối tượng'],
    ['Thường trực Tỉn-h ủy', 'Thường trực Tỉnh ủy'],
    ['bồi dưỡng k iến thức', 'bồi dưỡng kiến thức'],
    ['công tác-đào tạo', 'công tác đào tạo'],
    // Two tones on one syllable: dropped, then the compound puts the right one back.
    ['Kíểm tra, đánh giá', 'Kiểm tra, đánh giá'],
    // Symbols, names with a dash and number ranges are not words to join.
    ['Nghị định 30/2020/NĐ-CP', 'Nghị định 30/2020/NĐ-CP'],
    ['tỉnh Bà Rịa-Vũng Tàu', 'tỉnh Bà Rịa-Vũng Tàu'],
    ['giai đoạn 2025 - 2030', 'giai đoạn 2025 - 2030'],
  ])('%s → %s', (a, b) => expect(fixOcrWords(a)).toBe(b));
});

describe('recipients under OCR layout', () => {
  it('reads a list that starts after a blank line under "Kính gửi:"', () => {
    const doc = buildDoc(
      ['Kính gửi:', '', '- Sở Nội vụ tỉnh Lào Cai;', '', '- Các sở, ban, ngành tỉnh.', 'Căn cứ Luật.'].join('\n'),
    );
    expect(extractRecipients(createCtx(doc), 0).recipients).toEqual([
      'Sở Nội vụ tỉnh Lào Cai',
      'Các sở, ban, ngành tỉnh',
    ]);
  });
});
