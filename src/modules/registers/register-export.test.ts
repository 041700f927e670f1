import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  EMPTY_REGISTER_LINE,
  INCOMING_REGISTER_COLUMNS,
  INCOMING_REGISTER_TITLE,
  buildIncomingRegisterDocx,
  buildIncomingRegisterXlsx,
  typeAndSubject,
  type IncomingRegisterMeta,
  type IncomingRegisterRow,
} from './register-export.ts';

const meta: IncomingRegisterMeta = {
  organisationName: 'Trường Chính trị tỉnh Thái Nguyên',
  from: '2022-05-01',
  to: '2022-06-30',
  registerName: 'Quyển số 01',
};

const rows: IncomingRegisterRow[] = [
  {
    receivedDate: '2022-06-01',
    incomingNumber: 118,
    issuerName: 'Học viện Chính trị quốc gia Hồ Chí Minh',
    numberSymbol: '2174-CV/HVCTQG',
    documentDate: '2022-05-31',
    typeName: 'Công văn',
    subject: 'Yêu cầu, nhiệm vụ về công tác trường chính trị',
    recipientText: 'Phòng Đào tạo',
    note: 'edXML',
  },
  {
    receivedDate: '2022-06-02',
    incomingNumber: 119,
    issuerName: 'UBND tỉnh Thái Nguyên',
    numberSymbol: '123/QĐ-UBND',
    documentDate: null,
    typeName: 'Quyết định',
    subject: 'Quyết định về việc cử cán bộ đi học',
    recipientText: null,
    note: null,
  },
  {
    receivedDate: '2022-06-03',
    incomingNumber: 120,
    issuerName: 'Tỉnh ủy Thái Nguyên',
    numberSymbol: null,
    documentDate: '2022-06-02',
    typeName: null,
    subject: null,
    recipientText: 'Ban Giám hiệu',
    note: 'Bản fax',
  },
];

async function readSheet(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

function rowTexts(sheet: ExcelJS.Worksheet, rowNumber: number): string[] {
  return INCOMING_REGISTER_COLUMNS.map((_, index) => sheet.getRow(rowNumber).getCell(index + 1).text);
}

async function documentXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('word/document.xml missing');
  return file.async('string');
}

describe('buildIncomingRegisterXlsx', () => {
  it('writes the title block, header and rows', async () => {
    const sheet = await readSheet(await buildIncomingRegisterXlsx(meta, rows));
    expect(sheet.getCell('A1').text).toBe('TRƯỜNG CHÍNH TRỊ TỈNH THÁI NGUYÊN');
    expect(sheet.getCell('A2').text).toBe(INCOMING_REGISTER_TITLE);
    expect(sheet.getCell('A3').text).toBe('Quyển số 01');
    expect(sheet.getCell('A4').text).toBe('Năm 2022');
    expect(sheet.getCell('A5').text).toBe('Từ ngày 01/05/2022 đến ngày 30/06/2022');
    expect(sheet.getCell('A6').text).toBe('Từ số 118 đến số 120');

    expect(rowTexts(sheet, 8)).toEqual([
      'Ngày đến',
      'Số đến',
      'Tác giả (cơ quan ban hành)',
      'Số, ký hiệu',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung',
      'Đơn vị hoặc người nhận',
      'Ký nhận',
      'Ghi chú',
    ]);
    expect(sheet.getRow(8).getCell(1).font?.bold).toBe(true);

    const first = sheet.getRow(9);
    expect(first.getCell(1).value).toEqual(new Date(Date.UTC(2022, 5, 1)));
    expect(first.getCell(1).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(2).value).toBe(118);
    expect(first.getCell(3).value).toBe('Học viện Chính trị quốc gia Hồ Chí Minh');
    expect(first.getCell(4).value).toBe('2174-CV/HVCTQG');
    expect(first.getCell(5).value).toEqual(new Date(Date.UTC(2022, 4, 31)));
    expect(first.getCell(5).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(6).value).toBe('Công văn: Yêu cầu, nhiệm vụ về công tác trường chính trị');
    expect(first.getCell(7).value).toBe('Phòng Đào tạo');
    expect(first.getCell(9).value).toBe('edXML');
    expect(first.getCell(6).alignment?.wrapText).toBe(true);
    expect(sheet.getRow(10).getCell(6).value).toBe('Quyết định về việc cử cán bộ đi học');
    expect(sheet.getRow(10).getCell(5).value).toBeNull();
    expect(sheet.getRow(11).getCell(2).value).toBe(120);
  });

  it('sets up landscape A4 printing with the header row repeated and sized columns', async () => {
    const sheet = await readSheet(await buildIncomingRegisterXlsx(meta, rows));
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe('8:8');
    expect(sheet.getColumn(6).width).toBe(44);
  });

  it('still produces the header and a notice when there are no rows', async () => {
    const sheet = await readSheet(await buildIncomingRegisterXlsx({ ...meta, registerName: undefined }, []));
    expect(sheet.getCell('A5').text).toBe('Từ số … đến số …');
    expect(sheet.getRow(7).getCell(2).text).toBe('Số đến');
    expect(sheet.getCell('A8').text).toBe(EMPTY_REGISTER_LINE);
  });

  it('refuses an impossible date instead of printing it', async () => {
    await expect(buildIncomingRegisterXlsx({ ...meta, to: '2022-06-31' }, rows)).rejects.toThrowError(
      /không phải ngày hợp lệ/,
    );
    const broken = [{ ...rows[0]!, receivedDate: '01/06/2022' }];
    await expect(buildIncomingRegisterXlsx(meta, broken)).rejects.toThrowError(RangeError);
  });
});

describe('buildIncomingRegisterDocx', () => {
  it('is a Word file with the title, a repeated header row and the rows', async () => {
    const buffer = await buildIncomingRegisterDocx(meta, rows);
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const xml = await documentXml(buffer);
    expect(xml).toContain(INCOMING_REGISTER_TITLE);
    expect(xml).toContain('2174-CV/HVCTQG');
    expect(xml).toContain('123/QĐ-UBND');
    expect(xml).toContain('01/06/2022');
    expect(xml).toContain('Tên loại và trích yếu nội dung');
    expect(xml).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1|on)"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });

  it('still produces the header and a notice when there are no rows', async () => {
    const xml = await documentXml(await buildIncomingRegisterDocx(meta, []));
    expect(xml).toContain('Ký nhận');
    expect(xml).toContain(EMPTY_REGISTER_LINE);
  });
});

describe('typeAndSubject', () => {
  it('joins type and summary without repeating the type', () => {
    expect(typeAndSubject({ typeName: 'Công văn', subject: 'V/v kết nối' })).toBe('Công văn: V/v kết nối');
    expect(typeAndSubject({ typeName: 'Quyết định', subject: 'Quyết định về việc …' })).toBe('Quyết định về việc …');
    expect(typeAndSubject({ typeName: 'Thông báo', subject: null })).toBe('Thông báo');
    expect(typeAndSubject({ typeName: null, subject: null })).toBe('');
  });
});
