import { describe, expect, it } from 'vitest';
import { joinNumberSymbol, parseDocumentId, parseEdxmlDate, parseEdxmlTimestamp, splitNumberSymbol } from './index.ts';

describe('số và ký hiệu', () => {
  it.each([
    ['2174', 'CV/HVCTQG', '2174-CV/HVCTQG'],
    ['57', 'QĐ/TW', '57-QĐ/TW'],
    ['08', 'QĐi/TW', '08-QĐi/TW'],
    ['123', 'QĐ-UBND', '123/QĐ-UBND'],
    ['45', 'UBND-VP', '45/UBND-VP'],
    ['30', '2020/NĐ-CP', '30/2020/NĐ-CP'],
    ['7816', 'VPCP-TTĐT', '7816/VPCP-TTĐT'],
    ['12', '', '12'],
  ])('%s + %s → %s', (number, notation, expected) => {
    expect(joinNumberSymbol(number, notation)).toBe(expected);
    if (notation !== '') expect(splitNumberSymbol(expected)).toEqual({ codeNumber: number, codeNotation: notation });
  });

  it('splits printed forms with "Số:" and stray spaces', () => {
    expect(splitNumberSymbol('Số 2174 -CV/HVCTQG')).toEqual({ codeNumber: '2174', codeNotation: 'CV/HVCTQG' });
    expect(splitNumberSymbol('Số: 123/QĐ-UBND')).toEqual({ codeNumber: '123', codeNotation: 'QĐ-UBND' });
    expect(splitNumberSymbol('không số')).toBeNull();
  });
});

describe('dates, timestamps, DocumentId', () => {
  it('reads the accepted date shapes and refuses impossible days', () => {
    expect(parseEdxmlDate('2022/05/31')).toBe('2022-05-31');
    expect(parseEdxmlDate('31/05/2022')).toBe('2022-05-31');
    expect(parseEdxmlDate('2022-05-31')).toBe('2022-05-31');
    expect(parseEdxmlDate('2019/01/16 00:00:00')).toBe('2019-01-16');
    expect(parseEdxmlDate('2022/02/29')).toBeNull();
    expect(parseEdxmlDate('31.05.2022')).toBeNull();
  });

  it('reads both timestamp orders as Vietnamese time', () => {
    expect(parseEdxmlTimestamp('2018/09/28 00:00:00')).toBe('2018-09-28T00:00:00+07:00');
    expect(parseEdxmlTimestamp('28/09/2018 13:05:09')).toBe('2018-09-28T13:05:09+07:00');
    expect(parseEdxmlTimestamp('2018/09/28 24:00:00')).toBeNull();
  });

  it('splits a DocumentId at the first slash after the date', () => {
    expect(parseDocumentId('000.00.00.G22,2015/09/30,7816/VPCP-TTĐT')).toEqual({
      organId: '000.00.00.G22',
      date: '2015/09/30',
      codeNumber: '7816',
      codeNotation: 'VPCP-TTĐT',
    });
    expect(parseDocumentId('000.00.00.D01,2022/05/31,2174/CV/HVCTQG')?.codeNotation).toBe('CV/HVCTQG');
    expect(parseDocumentId('2174-CV/HVCTQG')).toBeNull();
  });
});
