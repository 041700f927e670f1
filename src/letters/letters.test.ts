import { describe, expect, it } from 'vitest';
import { composeLetter } from './compose.ts';
import { layoutRulesFor } from './layout-rules.ts';
import { balanceLines } from './measure.ts';
import type { Letter } from './model.ts';
import { citeLetter, prefillReply, runningTextName } from './reply.ts';
import { PARTY_PLAN, PARTY_REPLY_TO_2174, STATE_CONG_VAN, STATE_DECISION } from './test-letters.ts';
import { addresseeLines, dateLine, listLines, numberLine, signerLines } from './text.ts';
import { checkLetter, checkReadyToIssue } from './validate.ts';

const TODAY = '2026-03-01';
const state = layoutRulesFor('state', '2024-01-01', TODAY);
const party = layoutRulesFor('party', '2024-01-01', TODAY);

describe('rule sets', () => {
  it('chooses the Party rule set by date: HD 36 before 9/1/2026, QĐ 399 from then (marked unverified)', () => {
    expect(layoutRulesFor('party', '2025-12-31', TODAY).id).toBe('hd36-2018');
    expect(layoutRulesFor('party', '2026-01-09', TODAY).id).toBe('qd399-2026');
    expect(layoutRulesFor('party', null, '2026-02-01').id).toBe('qd399-2026');
    expect(layoutRulesFor('party', '2026-01-09', TODAY).uncertain.join(' ')).toMatch(/HD 05-HD\/VPTW/);
    expect(layoutRulesFor('state', '2022-06-01', TODAY).id).toBe('nd30-2020');
  });
});

describe('printed wording', () => {
  it('writes the number line by family, with a blank for a draft', () => {
    expect(numberLine({ numberSymbol: '2174-CV/HVCTQG' }, party)).toBe('Số 2174-CV/HVCTQG');
    expect(numberLine({ numberSymbol: '15/QĐ-TCT' }, state)).toBe('Số: 15/QĐ-TCT');
    expect(numberLine({ numberSymbol: null, draftSymbol: 'TCT-VP' }, state)).toMatch(/^Số:\s+\/TCT-VP$/u);
    expect(numberLine({ numberSymbol: null, draftSymbol: 'CV/TCT' }, party)).toMatch(/^Số\s+-CV\/TCT$/u);
  });

  it('pads the day below 10 and months 1 and 2 only', () => {
    expect(dateLine('Hà Nội', '2022-05-31', party, TODAY)).toBe('Hà Nội, ngày 31 tháng 5 năm 2022');
    expect(dateLine('Thái Nguyên', '2024-02-05', state, TODAY)).toBe('Thái Nguyên, ngày 05 tháng 02 năm 2024');
    expect(dateLine('Thái Nguyên', '2024-11-09', state, TODAY)).toBe('Thái Nguyên, ngày 09 tháng 11 năm 2024');
    expect(dateLine('Vinh', null, party, TODAY)).toMatch(/^Vinh, ngày\s+tháng\s+năm 2026$/u);
  });

  it('punctuates lists by family and ends the last line with a full stop', () => {
    expect(listLines(['Như trên', 'Lưu: VT, NC;'], state)).toEqual(['- Như trên;', '- Lưu: VT, NC.']);
    expect(listLines(['Như trên,', 'Lưu: VT'], party)).toEqual(['- Như trên,', '- Lưu: VT.']);
    expect(addresseeLines(['Học viện Chính trị quốc gia Hồ Chí Minh'], party)).toEqual([
      'Học viện Chính trị quốc gia Hồ Chí Minh.',
    ]);
  });

  it('writes the signer block in capitals and does not repeat a title', () => {
    expect(signerLines({ authority: 'KT.', onBehalfOf: 'Hiệu trưởng', title: 'Phó Hiệu trưởng', name: 'A' })).toEqual([
      'KT. HIỆU TRƯỞNG',
      'PHÓ HIỆU TRƯỞNG',
    ]);
    expect(signerLines({ authority: 'Q.', onBehalfOf: 'Giám đốc', title: 'Giám đốc', name: 'A' })).toEqual([
      'Q. GIÁM ĐỐC',
    ]);
    expect(signerLines({ authority: null, onBehalfOf: null, title: 'Giám đốc', name: 'A' })).toEqual(['GIÁM ĐỐC']);
  });

  it('balances centred lines instead of leaving one word alone', () => {
    const measure = (text: string) => text.length * 7;
    const lines = balanceLines('TRƯỜNG CHÍNH TRỊ TỈNH THÁI NGUYÊN', { size: 14 }, 26 * 7, measure);
    expect(lines).toEqual(['TRƯỜNG CHÍNH TRỊ', 'TỈNH THÁI NGUYÊN']);
    expect(balanceLines('NGẮN', { size: 14 }, 100, measure)).toEqual(['NGẮN']);
    const blank = 'Vinh, ngày\u00a0\u00a0\u00a0tháng';
    expect(balanceLines(blank, { size: 14 }, 1000, measure)).toEqual([blank]); // a draft's blanks survive
  });
});

describe('composition', () => {
  it('puts the Party line top right and the committee above the body, with a star', () => {
    const c = composeLetter(PARTY_REPLY_TO_2174, { today: TODAY });
    expect(c.headerRight.map((l) => l.text)).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(c.headerLeft.map((l) => [l.role, l.text])).toEqual([
      ['parentBody', 'TỈNH ỦY THÁI NGUYÊN'],
      ['issuingBody', 'TRƯỜNG CHÍNH TRỊ TỈNH THÁI NGUYÊN'],
    ]);
    expect(c.headerLeftRule).toEqual({ kind: 'star' });
    expect(c.numberLeft.map((l) => l.text)).toEqual([
      'Số 125-CV/TCT',
      'V/v báo cáo việc thực hiện Công văn số 2174-CV/HVCTQG',
    ]);
    expect(c.title).toEqual([]);
  });

  it('gives a state letter Quốc hiệu and Tiêu ngữ, the type line and the marks', () => {
    const c = composeLetter(STATE_DECISION, { today: TODAY });
    expect(c.headerRight.map((l) => l.text)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    // The drafter's "\n" is kept as a break; without font metrics nothing else is broken.
    expect(c.title.map((l) => l.text)).toEqual([
      'QUYẾT ĐỊNH',
      'Về việc cử cán bộ tham gia lớp',
      'bồi dưỡng kiến thức quốc phòng và an ninh',
    ]);
    expect(c.numberLeft.find((l) => l.role === 'confidentiality')).toMatchObject({ text: 'MẬT', framed: true });
    const cv = composeLetter(STATE_CONG_VAN, { today: TODAY });
    expect(cv.numberLeft.map((l) => l.text)).toContain('KHẨN');
    expect(cv.recipients.map((l) => l.text)).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- Thường trực Tỉnh ủy (b/c);',
      '- CT, các PCT UBND tỉnh;',
      '- Lưu: VT, NC.',
    ]);
  });
});

describe('checks', () => {
  it('accepts the sample letters', () => {
    for (const letter of [PARTY_REPLY_TO_2174, PARTY_PLAN, STATE_CONG_VAN, STATE_DECISION]) {
      expect(checkLetter(letter).errors).toEqual([]);
    }
  });

  it('refuses a state mark on a Party letter, a wrong grammar and a type the family lacks', () => {
    const bad: Letter = {
      ...PARTY_REPLY_TO_2174,
      numberSymbol: '125/CV-TCT',
      signer: { ...PARTY_REPLY_TO_2174.signer, authority: 'KT.' },
    };
    const { errors } = checkLetter(bad);
    expect(errors.join('\n')).toMatch(/Số, ký hiệu "125\/CV-TCT" không đúng/u);
    expect(errors.join('\n')).toMatch(/Thẩm quyền ký "KT\." không dùng trong văn bản của Đảng/u);
    expect(checkLetter({ ...STATE_DECISION, typeCode: 'KL' }).errors.join()).toMatch(/Loại văn bản "KL"/u);
    expect(checkLetter({ ...STATE_DECISION, numberSymbol: '07/KH-SGDĐT' }).errors.join()).toMatch(/bắt đầu bằng/u);
    expect(checkLetter({ ...STATE_DECISION, date: '2022-02-30' }).errors.join()).toMatch(/không hợp lệ/u);
    expect(checkLetter({ family: 'state' }).errors.length).toBeGreaterThan(0);
  });

  it('requires a number and a date at issue, not before', () => {
    const draft = { ...STATE_CONG_VAN, numberSymbol: null, date: null };
    expect(checkLetter(draft).errors).toEqual([]);
    expect(checkReadyToIssue(draft)).toEqual(['Văn bản chưa có số, ký hiệu.', 'Văn bản chưa có ngày ban hành.']);
  });
});

describe('reply pre-fill', () => {
  const answered = {
    numberSymbol: '2174-CV/HVCTQG',
    date: '2022-05-31',
    typeName: 'Công văn',
    issuerName: 'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH',
    subject: 'Yêu cầu, nhiệm vụ về công tác trường chính trị',
  };

  it('cites the answered letter as Vietnamese letters do', () => {
    expect(citeLetter(answered, 'party', ['Học viện Chính trị quốc gia Hồ Chí Minh'])).toBe(
      'Công văn số 2174-CV/HVCTQG ngày 31/5/2022 của Học viện Chính trị quốc gia Hồ Chí Minh',
    );
    expect(runningTextName('TRƯỜNG CHÍNH TRỊ TỈNH THÁI NGUYÊN')).toBe('Trường chính trị tỉnh Thái Nguyên');
    expect(runningTextName('Sở Nội vụ')).toBe('Sở Nội vụ');
  });

  it('drafts a công văn addressed to the issuer, linked to the answered letter', () => {
    const draft = prefillReply(answered, {
      family: 'party',
      issuer: { name: 'Trường Chính trị tỉnh Thái Nguyên', parent: 'Tỉnh ủy Thái Nguyên' },
      place: 'Thái Nguyên',
      signer: { authority: null, onBehalfOf: null, title: 'Hiệu trưởng', name: 'Lê Văn Hùng' },
      draftSymbol: 'CV/TCT',
      knownNames: ['Học viện Chính trị quốc gia Hồ Chí Minh'],
    });
    expect(draft.body[0]).toEqual({
      kind: 'paragraph',
      text: 'Thực hiện Công văn số 2174-CV/HVCTQG ngày 31/5/2022 của Học viện Chính trị quốc gia Hồ Chí Minh về yêu cầu, nhiệm vụ về công tác trường chính trị, Trường Chính trị tỉnh Thái Nguyên báo cáo như sau:',
    });
    expect(draft.addressees).toEqual(['Học viện Chính trị quốc gia Hồ Chí Minh']);
    expect(draft.references).toEqual([{ numberSymbol: '2174-CV/HVCTQG', date: '2022-05-31' }]);
    expect(draft.numberSymbol).toBeNull();
    expect(checkLetter(draft).errors).toEqual([]);
  });
});
