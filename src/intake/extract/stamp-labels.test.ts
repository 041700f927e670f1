import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';
import { fold } from './normalize.ts';
import { resolveReceiptDate } from './receipt-date.ts';
import { canonStampLine } from './stamp-labels.ts';

// A short synthetic letter with the incoming stamp's lines in its header margin.
const letter = (stamp: string[], date = 'ngày 03 tháng 3 năm 2024') =>
  [
    'ỦY BAN NHÂN DÂN TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc',
    'Số: 12/SNV-VP',
    `Bắc Ninh, ${date}`,
    '',
    ...stamp,
    '',
    'V/v tổ chức lớp bồi dưỡng',
    '',
    'Kính gửi: Trường Chính trị tỉnh Bắc Ninh.',
    '',
    'Sở Nội vụ đề nghị các đơn vị thực hiện.',
    '',
    'GIÁM ĐỐC',
    'Nguyễn Văn An',
  ].join('\n');
const RECEIVER = 'TRƯỜNG CHÍNH TRỊ TỈNH BẮC NINH';
const canon = (s: string) => canonStampLine(fold(s));

describe('stamp labels and hand-filled values damaged by OCR', () => {
  it.each([
    ['S6: 345', 'so: 345'],
    ['5ố: 345', 'so: 345'],
    ['số; 987', 'so: 987'],
    ['Ngàv: 22/07/2022', 'ngay: 22/07/2022'],
    ['Nqày: 22/07/2022', 'ngay: 22/07/2022'],
    ['Chuvển: P. QLĐT', 'chuyen: p. qldt'],
    ['Ngày: 11/O5/2026', 'ngay: 11/05/2026'],
    ['Số: l5O7', 'so: 1507'],
    ['Số: 200g', 'so: 2009'],
    ['6ố: 1920', 'so: 1920'],
    ['S6; 284', 'so: 284'],
    ['Ngay; Z7/5/2021', 'ngay: 27/5/2021'],
    // A day and month without the year.
    ['Ngày: g/7', 'ngay: 9/7'],
    // Glued to the body word read before it: the word's last letter gives way to a space.
    ['ĐÀO TẠ6ố: 1920', 'dao t so: 1920'],
  ])('%s reads as %s', (line, expected) => expect(canon(line)).toBe(expected));

  it.each([
    // No colon: a body's "ngày"/"số", not a label.
    'ngày 22/07/2022 của Bộ',
    'Công văn số 1765-CV/BTCTU',
    // A header's symbol after "Số:" keeps its letters.
    'Số: 15/QĐ-UBND',
    'Số: 4-TB/HVCTQG',
    // Two letters wrong is another word.
    'Ngân hàng: 12/3/2024',
    // A word that is mostly letters after the label is not a number.
    'Số: lo',
    // A semicolon after another word stays.
    'Kết quả; 12 đơn vị',
    // A count, not the label.
    'đạt 60: 12 người',
    // Glued, but a symbol follows: a header line, not the stamp.
    'TẠ6ố: 19/QĐ',
  ])('%s is left as it is', (line) => expect(canon(line)).toBe(fold(line)));

  it('keeps the line length (spans stay valid)', () => {
    for (const line of ['S6: l5O7 Ngàv: 1O/3/2O24', 'số; 3 45']) expect(canon(line).length).toBe(line.length);
  });

  it.each([
    [['ĐẾN S6: 345', 'Ngàv: 1O/3/2024'], 345, '2024-03-10'],
    [['ĐẾN số; 3 45', 'Ngày: 10/3/2024'], 345, '2024-03-10'],
    // "202g" is read as 2029 by the look-alikes; the letter's year takes over when 2029 gives no date after it.
    [['ĐẾN Số: 345', 'Ngày: 10/3/202g'], 345, '2024-03-10'],
    [['ĐẾN Số: 345', 'Ngày: 1003.202'], 345, '2024-03-10'],
    // Only damaged labels: the date and the routing label still make a stamp.
    [['Nqày: 10/3/2024', 'Chuvển: P. QLĐT'], null, '2024-03-10'],
  ])('a stamp %j gives number %s and date %s', (stamp, number, date) => {
    const e = extractFromText(letter([RECEIVER, ...stamp]));
    expect(e.incoming).toEqual({ receiver: RECEIVER, number, date });
  });

  it('reads a month written in two pieces ("9-1 1-2024" for 9 November)', () => {
    const e = extractFromText(letter([RECEIVER, 'ĐẾN Số: 345', 'Ngày: 9-1 1-2024'], 'ngày 05 tháng 11 năm 2024'));
    expect(e.incoming?.date).toBe('2024-11-09');
  });

  it('does not take a reference number with a spaced slash for the stamp number', () => {
    const e = extractFromText(
      letter([RECEIVER, 'ĐẾN', 'Ngày: 10/3/2024', 'Thực hiện Công văn số 2256 / SNV-TCBC của Sở Nội vụ']),
    );
    expect(e.incoming?.number).toBeNull();
  });
});

describe('receipt date with a damaged year', () => {
  it('keeps a clean day and month in the letter year when the year read gives no date after the letter', () => {
    expect(resolveReceiptDate('19/09/2029', '2025-09-15')).toEqual({ date: '2025-09-19', confidence: 0.6 });
  });
  it('splits day and month run together before a cut year', () => {
    expect(resolveReceiptDate('2208.202', '2023-08-20')).toEqual({ date: '2023-08-22', confidence: 0.6 });
  });
});

describe('stamp fields found apart from their labels', () => {
  it('takes a date whose label was lost, standing alone among the stamp lines', () => {
    const e = extractFromText(letter([RECEIVER, 'ĐẾN', 'Số: 345', ':10/3/2024']));
    expect(e.incoming?.date).toBe('2024-03-10');
  });

  it('takes a date read onto the routing line beside an empty "Ngày:"', () => {
    const e = extractFromText(letter([RECEIVER, 'CV ĐẾN Số: 345', 'SG Ngày:', 'Chuyển: P. QLĐT V: 10/3/2024']));
    expect(e.incoming?.date).toBe('2024-03-10');
  });

  it.each([
    // Before the letter: no receipt date.
    [[RECEIVER, 'ĐẾN', 'Số: 345', ':01/3/2024']],
    // A deadline wrapped from the line above is the body's date.
    [[RECEIVER, 'ĐẾN Số: 345', 'Chuyển: P. QLĐT báo cáo trước ngày', '10/3/2024']],
  ])('leaves a date that is not the stamp’s: %j', (stamp) => {
    expect(extractFromText(letter(stamp)).incoming?.date ?? null).toBeNull();
  });

  it('reads the receiver at the start of a body line that cites a symbol ("… Công văn số 1461-CV/BTCTU")', () => {
    const e = extractFromText(
      letter([
        `${RECEIVER}  Căn cứ Công văn số 1461-CV/BTCTU của Ban Tổ chức Tỉnh ủy;`,
        'ĐẾN',
        'Số: 345',
        'Ngày: 10/3/2024',
      ]),
    );
    expect(e.incoming?.receiver).toBe(RECEIVER);
  });

  it('takes the receiver printed between the stamp fields over an upper-case line above the stamp', () => {
    const text = [
      'TỈNH ỦY BẮC NINH',
      '',
      'ĐẾN',
      'Số: 345',
      'Ngày: 10/3/2024',
      'VĂN PHÒNG TỈNH ỦY BẮC NINH',
      'Chuyển: Ban Giám hiệu',
      '',
      'TRƯỜNG CHÍNH TRỊ ĐẢNG CỘNG SẢN VIỆT NAM',
      'TỈNH BẮC NINH Bắc Ninh, ngày 03 tháng 3 năm 2024',
      'Số: 12-CV/TCT',
      'V/v tổ chức lớp bồi dưỡng',
      'Kính gửi: Văn phòng Tỉnh ủy Bắc Ninh.',
      'Trường Chính trị đề nghị các đơn vị thực hiện.',
    ].join('\n');
    expect(extractFromText(text).incoming?.receiver).toBe('VĂN PHÒNG TỈNH ỦY BẮC NINH');
  });

  it('reads the stamp word with its mark misread ("ĐẼN")', () => {
    const e = extractFromText(letter([RECEIVER, 'ĐẼN Số: 345']));
    expect(e.incoming?.number).toBe(345);
  });

  it('reads a lone receipt date whose label lost a letter ("Ngàv:") when the rest of the stamp was lost', () => {
    const e = extractFromText(letter(['Ngàv: 10/3/2024']));
    expect(e.incoming?.date).toBe('2024-03-10');
  });

  it('takes "CV ĐẾN" alone on its line for a stamp whose fields were all lost', () => {
    const e = extractFromText(letter(['CVĐEN']));
    // The receiver is then the issuer's province's school (receiver-prior.ts, from the network data).
    expect(e.incoming?.receiver).toMatch(/^TRƯỜNG CHÍNH TRỊ /u);
    expect(e.incoming?.number).toBeNull();
    expect(e.incoming?.date).toBeNull();
  });

  it('does not take "ĐẾN" alone, or "CV ĐẾN" inside a sentence, for a stamp', () => {
    expect(extractFromText(letter(['ĐẾN'])).incoming).toBeNull();
    expect(extractFromText(letter(['Gửi CV ĐẾN các đơn vị']).replace('\n\n', '\n')).incoming).toBeNull();
  });

  it('cuts the stamp word read onto the end of the receiver line', () => {
    const e = extractFromText(letter(['SỞ NỘI VỤ TỈNH BẾN TRE ĐỀN Số: 2088', 'Ngày: 10/3/2024']));
    expect(e.incoming?.receiver).toBe('SỞ NỘI VỤ TỈNH BẾN TRE');
  });
});

describe('a hand-filled receipt date read above the stamp', () => {
  it('is the stamp\'s date when its "Ngày:" was read empty and the date is clean and after the letter', () => {
    const text = [
      '¡ HOÀNG ĐÌNH GIONG',
      '22.04.2021',
      '',
      'TRƯỜNG CHÍNH TR',
      'Cv ĐẾN Số:1215 Ngày:',
      'Chuyển: Ban Giám hiệu',
      '',
      'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ Y TẾ Độc lập - Tự do - Hạnh phúc',
      'Số: 957/TTr-SYT',
      'Cao Bằng, ngày 20 tháng 4 năm 2021',
      'TỜ TRÌNH',
      'Đề nghị phê duyệt chủ trương đầu tư nhà học đa năng',
      'Kính gửi: Trường Chính trị Hoàng Đình Giong.',
    ].join('\n');
    expect(extractFromText(text).incoming).toMatchObject({ number: 1215, date: '2021-04-22' });
  });
});
