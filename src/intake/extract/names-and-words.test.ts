import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';
import { repairCompounds } from './lexicon.ts';
import { snapOrganisation } from './org-vocab.ts';
import { repairPersonName, surnameOneLetterOff } from './vietnamese.ts';

describe('names read whole are not turned into other names', () => {
  it('keeps the kind of body a name says ("CỤC …" is not "VỤ …" two letters away)', () => {
    expect(snapOrganisation('CỤC KẾ HOẠCH - TÀI CHÍNH')?.name ?? 'CỤC KẾ HOẠCH - TÀI CHÍNH').toMatch(/^CỤC /u);
    // A damaged name of the same kind still snaps.
    expect(snapOrganisation('VỤ KẾ HOẠCH TÀl CHÍNH')?.name).toBe('VỤ KẾ HOẠCH - TÀI CHÍNH');
  });

  it('keeps the dash a name was printed with when every word was read', () => {
    expect(snapOrganisation('VỤ TỔ CHỨC - CÁN BỘ')).toEqual({
      name: 'VỤ TỔ CHỨC - CÁN BỘ',
      distance: 0,
      repaired: false,
    });
    // Words run together or cut apart are not "as printed": the vocabulary's spelling wins.
    expect(snapOrganisation('UBND THÀNH PHỐ CẦNTHƠ')?.name).not.toContain('CẦNTHƠ');
  });
});

describe('place names in the compound lexicon', () => {
  it('repairs a capitalised place whose marks OCR lost, never a small-letter common word', () => {
    expect(repairCompounds('nhà học đa năng').text).toBe('nhà học đa năng');
    expect(repairCompounds('thành phố Đa Nang').text).toBe('thành phố Đà Nẵng');
  });
});

describe('a summary read onto the date line', () => {
  it('leaves the summary the word that starts a compound ended on the next line ("Đề" + "án")', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc',
      'Số: 412/SNV-TCBC',
      'V/v góp ý dự thảo Đề Vinh, ngày 12 tháng 5 năm 2024',
      'án tinh giản biên chế',
      'Kính gửi: Trường Chính trị tỉnh Nghệ An.',
      'Sở Nội vụ đề nghị các đơn vị góp ý.',
      'GIÁM ĐỐC',
      'Lê Văn Hòa',
    ].join('\n');
    const e = extractFromText(text);
    expect(e.place).toBe('Vinh');
    expect(e.subject).toBe('Góp ý dự thảo Đề án tinh giản biên chế');
  });
});

describe('where the body starts', () => {
  const programme = (second: string[]) =>
    [
      'TỈNH ỦY LÂM ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM',
      '*',
      'Số 52-CTr/TU Đà Lạt, ngày 03 tháng 06 năm 2024',
      'CHƯƠNG TRÌNH',
      'Công tác năm 2024 của Ban Chỉ đạo chuyển đổi số, gắn với việc',
      ...second,
      '1. Các huyện ủy, thành ủy báo cáo kết quả trước ngày 30/9/2024.',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Trần Văn Hiệp',
    ].join('\n');

  it('at a capitalised "Triển khai …" sentence right after the summary, with no blank line', () => {
    const e = extractFromText(
      programme([
        'Triển khai Quy định số 120-QĐ/TW ngày 14/6/2023 của Ban Bí thư; Kết luận số',
        '21-KL/TW ngày 16/10/2021, Ban Thường vụ yêu cầu như sau:',
        '',
      ]),
    );
    expect(e.subject).toBe('Công tác năm 2024 của Ban Chỉ đạo chuyển đổi số, gắn với việc');
  });

  it('not at a summary line that goes on with a small "triển khai"', () => {
    const e = extractFromText(
      programme(['triển khai Nghị quyết của Đại hội', '', 'Ban Thường vụ yêu cầu các cấp ủy thực hiện như sau:', '']),
    );
    expect(e.subject).toBe(
      'Công tác năm 2024 của Ban Chỉ đạo chuyển đổi số, gắn với việc triển khai Nghị quyết của Đại hội',
    );
  });
});

describe('terms of the field in the compound lexicon', () => {
  it('repairs a hook read as an acute in "đẩy mạnh" and "trường chính trị chuẩn"', () => {
    expect(repairCompounds('Đấy mạnh thực hành tiết kiệm').text).toBe('Đẩy mạnh thực hành tiết kiệm');
    expect(repairCompounds('tiêu chí trường chính trị chuấn').text).toBe('tiêu chí trường chính trị chuẩn');
  });
});

/** A state letter whose last line, the signer's name, is `nameLine` as OCR read it. */
const signedBy = (nameLine: string) =>
  [
    'SỞ NỘI VỤ TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Số: 88/SNV-VP Hà Tĩnh, ngày 03 tháng 3 năm 2024',
    'V/v tổ chức lớp bồi dưỡng',
    'Kính gửi: Trường Chính trị Trần Phú.',
    'Sở Nội vụ đề nghị Nhà trường thực hiện.',
    'Nơi nhận: GIÁM ĐỐC',
    '- Như trên;',
    '- Lưu: VT.',
    nameLine,
  ].join('\n');

describe("the signer's family name", () => {
  it('is taken back when one of its letters was misread and junk stands before it', () => {
    expect(surnameOneLetterOff('Tfịnh')).toBe('Trịnh');
    expect(surnameOneLetterOff('Nguyễn')).toBeNull();
    // "Lê", "Lý" and "La" are all one letter from "Lô": nothing to choose.
    expect(surnameOneLetterOff('Lô')).toBeNull();
    expect(extractFromText(signedBy('_~Tfịnh Tiến Thúy')).signer.name).toBe('Trịnh Tiến Thúy');
  });

  it('is taken back when its first letter was misread and the rest ends exactly one family name', () => {
    expect(surnameOneLetterOff('Ấgô')).toBe('Ngô');
    // "ương" ends Dương, Lương and Vương alike: nothing to choose.
    expect(surnameOneLetterOff('Xương')).toBeNull();
  });

  it("gets back a name word's breve, circumflex or horn when its tone was read right", () => {
    expect(repairPersonName('Đinh Khác Nghĩa').name).toBe('Đinh Khắc Nghĩa');
    expect(repairPersonName('Lê Hũu Đức').name).toBe('Lê Hữu Đức');
    // A different tone is another word, maybe another name: kept as read.
    expect(repairPersonName('Lê Thị Hãng').name).toBe('Lê Thị Hãng');
  });

  it('stands after a modifier letter read from a speck ("ˆ Ngô Quốc Khải")', () => {
    expect(extractFromText(signedBy('ˆ Ngô Quốc Khải')).signer.name).toBe('Ngô Quốc Khải');
  });
});

describe('a three-line Party header', () => {
  it('reads "ĐẢNG ỦY" alone as the start of the issuer named on the next line', () => {
    const text = [
      'TỈNH ỦY PHÚ THỌ ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG ỦY',
      'ỦY BAN NHÂN DÂN TỈNH',
      '*',
      'Số 210-TB/ĐU Phú Thọ, ngày 11 tháng 4 năm 2026',
      'THÔNG BÁO',
      'Lịch học tập nghị quyết năm 2026',
      '1. Các chi bộ tổ chức học tập trước ngày 30/5/2026.',
      'T/M ĐẢNG ỦY',
      'BÍ THƯ',
      'Nguyễn Văn Hải',
    ].join('\n');
    const e = extractFromText(text);
    expect(e.issuer).toEqual({ name: 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH', parent: 'TỈNH ỦY PHÚ THỌ' });
  });
});

describe('a typed copy of a signed letter', () => {
  it('reads the signature printed above "Nơi nhận" with "(Đã ký)" where the signature was', () => {
    const text = [
      'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'VỤ QUẢN LÝ KHOA HỌC Độc lập - Tự do - Hạnh phúc',
      'Số: 15-CV/VQLKH Hà Nội, ngày 20 tháng 6 năm 2023',
      'V/v báo cáo kết quả nghiên cứu khoa học',
      'Kính gửi: Các trường chính trị tỉnh, thành phố.',
      '1. Các trường gửi báo cáo trước ngày 30/7/2023.',
      'Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.',
      '',
      'K/T VỤ TRƯỞNG',
      'PHÓ VỤ TRƯỞNG',
      '(Đã ký)',
      'Hà Kim Xuyến',
      '',
      'Nơi nhận:',
      '- Như trên,',
      '- Lưu: VT.',
    ].join('\n');
    expect(extractFromText(text).signer).toEqual({ name: 'Hà Kim Xuyến', title: 'PHÓ VỤ TRƯỞNG', authority: 'K/T' });
  });
});

describe("the signer's name", () => {
  it('is read whole behind a speck read as one letter', () => {
    const text = [
      'TỈNH ỦY NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM',
      'BAN TUYÊN GIÁO Vinh, ngày 12 tháng 5 năm 2024',
      'Số 412-CV/BTGTU',
      'V/v tổ chức hội nghị quán triệt nghị quyết',
      'Kính gửi: Trường Chính trị tỉnh Nghệ An.',
      '1. Các đơn vị gửi báo cáo trước ngày 30/7/2024.',
      'Nơi nhận: K/T TRƯỞNG BAN',
      '- Như trên, PHÓ TRƯỞNG BAN',
      '- Lưu: VT.',
      ' ấ',
      'a Nguyễn Khắc Hằng',
    ].join('\n');
    expect(extractFromText(text).signer.name).toBe('Nguyễn Khắc Hằng');
  });
});
