import { describe, expect, it } from 'vitest';
import { extractFromText } from './index.ts';

const PARTY_HEAD = [
  'TỈNH ỦY NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM',
  'BAN TUYÊN GIÁO Vinh, ngày 12 tháng 5 năm 2024',
  '*',
  'Số 412-CV/BTGTU',
  'V/v tổ chức hội nghị quán triệt nghị quyết',
];
const STATE_HEAD = (issuer: string) => [
  `${issuer} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 412/UBND-VX Vinh, ngày 12 tháng 5 năm 2024',
  'V/v tổ chức hội nghị quán triệt nghị quyết',
];
const SCHOOL_HEAD = [
  'TỈNH ỦY NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM',
  'TRƯỜNG CHÍNH TRỊ',
  'TỈNH NGHỆ AN',
  ...PARTY_HEAD.slice(2),
];
const BODY = [
  'Kính gửi: Trường Chính trị tỉnh Nghệ An.',
  '',
  '1. Các đơn vị gửi báo cáo trước ngày 30/7/2024.',
  'Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.',
  '',
];

/** A letter whose signature block OCR read beside "Nơi nhận", as the seal left it: `closing` lines in order. */
function letter(head: string[], closing: string[], name = 'Nguyễn Văn Hùng'): string {
  const left = ['Nơi nhận:', '- Như trên,', '- Các phòng, khoa,', '- Lưu: VT.'];
  const rows = left.map((l, i) => (closing[i] ? `${l} ${closing[i]}` : l));
  return [...head, ...BODY, ...rows, ...closing.slice(left.length), name].join('\n');
}

describe('the authority mark from the signing rules (NĐ 30 Điều 13, HD 36) when OCR lost it', () => {
  it('gives a deputy who signs for the head K/T in a Party letter and KT. in a state one', () => {
    expect(extractFromText(letter(PARTY_HEAD, ['PHÓ TRƯỞNG BAN'])).signer).toMatchObject({
      title: 'PHÓ TRƯỞNG BAN',
      authority: 'K/T',
    });
    expect(extractFromText(letter(STATE_HEAD('SỞ NỘI VỤ TỈNH NGHỆ AN'), ['PHÓ GIÁM ĐỐC'])).signer).toMatchObject({
      title: 'PHÓ GIÁM ĐỐC',
      authority: 'KT.',
    });
  });

  it("gives the head of a collectively led body T/M, and a chair only when the body is a People's Committee", () => {
    expect(extractFromText(letter(PARTY_HEAD, ['BÍ THƯ'])).signer.authority).toBe('T/M');
    expect(extractFromText(letter(STATE_HEAD('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN'), ['CHỦ TỊCH'])).signer.authority).toBe(
      'TM.',
    );
    expect(extractFromText(letter(STATE_HEAD('HỘI ĐỒNG KHOA HỌC TỈNH NGHỆ AN'), ['CHỦ TỊCH'])).signer.authority).toBe(
      null,
    );
  });

  it('leaves the mark unset where the rules allow two (a deputy chief of office signs K/T or T/L)', () => {
    expect(extractFromText(letter(PARTY_HEAD, ['PHÓ CHÁNH VĂN PHÒNG'])).signer.authority).toBe(null);
  });

  it("writes a mark read without its slash in the letter's family's form", () => {
    expect(extractFromText(letter(PARTY_HEAD, ['TM BAN THƯỜNG VỤ', 'BÍ THƯ'])).signer).toMatchObject({
      title: 'BÍ THƯ',
      authority: 'T/M',
    });
  });

  it('reads a slash mark glued to the position, and the last letter of a mark before the body it signs for', () => {
    expect(extractFromText(letter(PARTY_HEAD, ['K/TTRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'])).signer).toMatchObject({
      title: 'PHÓ TRƯỞNG BAN',
      authority: 'K/T',
    });
    expect(extractFromText(letter(PARTY_HEAD, ['L BAN THƯỜNG VỤ', 'IÁNH VĂN PHÒNG'])).signer).toMatchObject({
      title: 'CHÁNH VĂN PHÒNG',
      authority: 'T/L',
    });
  });
});

describe('a mark lost above the name of the body signed for', () => {
  it("is T/M for its leaders, a deputy secretary too, and for the control commission's chair", () => {
    const deputy = letter(PARTY_HEAD, ['BAN THƯỜNG VỤ', "'PHÓ BÍ THƯ THƯỜNG TRỰC"]);
    expect(extractFromText(deputy).signer).toMatchObject({ title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', authority: 'T/M' });
    const control = letter(PARTY_HEAD, ['0= *WM ỦY BẠN KIỂM TRA', '⁄ ` CHỦ NHIỆM']);
    expect(extractFromText(control).signer).toMatchObject({ title: 'CHỦ NHIỆM', authority: 'T/M' });
  });

  it('is T/L for the chief of office, behind what the seal left of the mark', () => {
    const text = letter(PARTY_HEAD, ['55-00] MU BẠN THƯỜNG VỤ', '/ GHÁNH VĂN PHÒNG']);
    expect(extractFromText(text).signer).toMatchObject({ title: 'CHÁNH VĂN PHÒNG', authority: 'T/L' });
    const slashLost = letter(PARTY_HEAD, ['/,x-"\'®,BẠN THƯỜNG VỤ', '/ự CHẮNH VĂN PHÒNG']);
    expect(extractFromText(slashLost).signer.authority).toBe('T/L');
  });
});

describe('a unit head signing with no mark read', () => {
  it("signs the issuing body's letter by order, or a People's Committee's by its authorisation", () => {
    const bo = (closing: string[]) => extractFromText(letter(STATE_HEAD('BỘ TÀI CHÍNH'), closing)).signer;
    expect(bo(['CỤC TRƯỞNG CỤC KẾ HOẠCH - TÀI CHÍNH']).authority).toBe('TL.');
    expect(extractFromText(letter(PARTY_HEAD, ['CHÁNH VĂN PHÒNG'])).signer.authority).toBe('T/L');
    const ubnd = letter(STATE_HEAD('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN'), ['GIÁM ĐỐC SỞ NỘI VỤ']);
    expect(extractFromText(ubnd).signer.authority).toBe('TUQ.');
  });

  it('signs with no mark when the unit is the issuer itself', () => {
    const cuc = letter(STATE_HEAD('CỤC KẾ HOẠCH - TÀI CHÍNH'), ['CỤC TRƯỞNG CỤC KẾ HOẠCH - TÀI CHÍNH']);
    expect(extractFromText(cuc).signer.authority).toBe(null);
    const office = letter(STATE_HEAD('VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH NGHỆ AN'), ['CHÁNH VĂN PHÒNG']);
    expect(extractFromText(office).signer.authority).toBe(null);
  });
});

describe('an acting head', () => {
  it('signs "Q." when only the dot or comma of the mark was left before the head and no position is below', () => {
    const state = STATE_HEAD('SỞ NỘI VỤ TỈNH NGHỆ AN');
    expect(extractFromText(letter(state, ['. GIÁM ĐỐC'])).signer).toMatchObject({ title: null, authority: 'Q.' });
    expect(extractFromText(letter(state, ['60077776, GIÁM ĐỐC'])).signer.authority).toBe('Q.');
    // A deputy's position below: the mark lost was the deputy's KT., not Q.
    expect(extractFromText(letter(state, ['. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'])).signer.authority).toBe('KT.');
    // The head signing with no mark at all.
    expect(extractFromText(letter(state, ['GIÁM ĐỐC'])).signer.authority).toBe(null);
  });
});

describe('signing by authorisation', () => {
  it('reads "Q." followed by a different position below as "TUQ." whose first letters were lost', () => {
    const state = STATE_HEAD('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN');
    expect(extractFromText(letter(state, ['⁄4 .Ƒ0Q. CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ'])).signer).toMatchObject({
      title: 'GIÁM ĐỐC SỞ NỘI VỤ',
      authority: 'TUQ.',
    });
    // An acting head signs under no other position: "Q." stays.
    expect(extractFromText(letter(state, ['Q. CHỦ TỊCH'])).signer.authority).toBe('Q.');
  });
});

describe('a position whose left part the seal covered', () => {
  it('is the one position one letter longer when only its first letter was lost ("HỦ NHIỆM")', () => {
    expect(extractFromText(letter(PARTY_HEAD, ['HỦ NHIỆM'])).signer.title).toBe('CHỦ NHIỆM');
  });

  it("is the deputy of the head the mark names when what is left ends that deputy's position", () => {
    const text = letter(STATE_HEAD('BỘ NỘI VỤ'), ['KT. BỘ TRƯỞNG', 'x Ứ TRƯỞNG']);
    expect(extractFromText(text).signer).toMatchObject({ title: 'THỨ TRƯỞNG', authority: 'KT.' });
  });

  it('is the deputy of the issuing body\'s head when the line above kept only "TRƯỞNG"', () => {
    const text = letter(STATE_HEAD('BỘ Y TẾ'), ['/¬~ KRnô TRƯỞNG', '/ộ Ứ TRƯỞNG']);
    expect(extractFromText(text).signer).toMatchObject({ title: 'THỨ TRƯỞNG', authority: 'KT.' });
  });

  it('is read from a hyphenated pair behind a mark, its first word cut ("ỞNG-PHÒNG")', () => {
    const text = letter(SCHOOL_HEAD, ['T/L HIỆU TRƯỞNG', '"ỞNG-PHÒNG HÀNH CHÍNH -', '#Ẻ UẢN TRỊ']);
    expect(extractFromText(text).signer.title).toBe('TRƯỞNG PHÒNG HÀNH CHÍNH - QUẢN TRỊ');
  });

  it('is the whole unit name when its last two words were lost after a wrap at the dash', () => {
    const text = letter(SCHOOL_HEAD, ['T/L HIỆU TRƯỞNG', 'TRƯỞNG PHÒNG ĐÀO TẠO -', 'NGHIÊN CỨU']);
    expect(extractFromText(text).signer.title).toBe('TRƯỞNG PHÒNG ĐÀO TẠO - NGHIÊN CỨU KHOA HỌC');
  });

  it('is the head of the issuing body when only "TRƯỞNG" is left and no mark was read', () => {
    const text = letter(STATE_HEAD('CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC'), ['C TRƯỞNG']);
    expect(extractFromText(text).signer.title).toBe('CỤC TRƯỞNG');
  });

  it('is the Cục head when the seal left "RƯỞNG CỤC …", and the General Secretary when it left "ÔNG BÍ THƯ"', () => {
    const cuc = letter(STATE_HEAD('BỘ NỘI VỤ'), ['TL. BỘ TRƯỞNG', 'RƯỞNG CỤC KẾ HOẠCH - TÀI CHÍNH']);
    expect(extractFromText(cuc).signer.title).toBe('CỤC TRƯỞNG CỤC KẾ HOẠCH - TÀI CHÍNH');
    const general = letter(PARTY_HEAD, ['T/M BAN CHẤP HÀNH TRUNG ƯƠNG', '/# ` ÔNG BÍ THƯ']);
    expect(extractFromText(general).signer.title).toBe('TỔNG BÍ THƯ');
  });

  it('is the one Party secretary position that ends with it under a Party committee it signs for', () => {
    const text = letter(PARTY_HEAD, ['THƯỜNG VỤ', 'THƯỜNG TRỰC']);
    expect(extractFromText(text).signer).toMatchObject({ title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', authority: 'T/M' });
  });

  it("leaves the Secretariat's standing member as printed (T/M BAN BÍ THƯ / THƯỜNG TRỰC)", () => {
    const text = letter(PARTY_HEAD, ['T/M BAN BÍ THƯ', 'THƯỜNG TRỰC']);
    expect(extractFromText(text).signer).toMatchObject({ title: 'THƯỜNG TRỰC', authority: 'T/M' });
  });

  it('is the lower, whole position when a cut one sits right above it (the authority line, its mark lost)', () => {
    const text = letter(PARTY_HEAD, ['KJTHÁNH VĂN PHÒNG', 'PHỚ CHÁNH VĂN PHÒNG']);
    expect(extractFromText(text).signer.title).toBe('PHÓ CHÁNH VĂN PHÒNG');
  });
});

describe('a position read in pieces', () => {
  it('joins a position wrapped right after a dash at the end of its line', () => {
    const text = letter(PARTY_HEAD, ['T/L HIỆU TRƯỞNG', 'TRƯỞNG PHÒNG ĐÀO TẠO -', 'NGHIÊN CỨU KHOA HỌC']);
    expect(extractFromText(text).signer.title).toBe('TRƯỞNG PHÒNG ĐÀO TẠO - NGHIÊN CỨU KHOA HỌC');
  });

  it('reads a mark whose first letter the seal cut or changed ("/L", "EUQ.") and a bare mark run into the position', () => {
    expect(extractFromText(letter(PARTY_HEAD, ['/L BAN THƯỜNG VỤ', 'HÁNH VĂN PHÒNG'])).signer).toMatchObject({
      title: 'CHÁNH VĂN PHÒNG',
      authority: 'T/L',
    });
    const state = STATE_HEAD('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN');
    expect(extractFromText(letter(state, ['¿, EUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ'])).signer.authority).toBe('TUQ.');
    expect(extractFromText(letter(PARTY_HEAD, ['_—_ KTHIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG'])).signer).toMatchObject({
      title: 'PHÓ HIỆU TRƯỞNG',
      authority: 'K/T',
    });
  });

  it('keeps the dot of an authority mark glued to the position ("Q.GIÁM ĐỐC")', () => {
    const text = letter(STATE_HEAD('SỞ NỘI VỤ TỈNH NGHỆ AN'), ['0 ỐN - Q.GIÁM ĐỐC']);
    expect(extractFromText(text).signer.authority).toBe('Q.');
  });

  it('splits two words run together behind a stray letter of the seal ("NHIỆUTRƯỞNG")', () => {
    expect(extractFromText(letter(PARTY_HEAD, ['NHIỆUTRƯỞNG'])).signer.title).toBe('HIỆU TRƯỞNG');
  });

  it("completes the body's name whose last word was read on a line of its own", () => {
    const text = letter(PARTY_HEAD, ['T/L HIỆU TRƯỞNG', 'TRƯỞNG. PHÒNG TỔ CHỨC - HÀNH', '“h N .CHÍNH']);
    expect(extractFromText(text).signer.title).toBe('TRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH');
  });
});
