/**
 * Reads an XLSX workbook or a CSV file into plain rows of cell values, with spreadsheet row numbers
 * (header = row 1). Interpretation of the values is left to the parser.
 */
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';

export type RawCell = string | number | boolean | Date | null;
export type RawRow = { rowNumber: number; cells: RawCell[] };
export type RawSheet = { name: string; headers: string[]; rows: RawRow[] };

/** The file is not a spreadsheet we can open at all (as opposed to one with invalid content). */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

type ExcelValue = ExcelJS.CellValue;

/** Flattens exceljs's value shapes (rich text, formulas, hyperlinks, errors) into a plain value. */
function plainCellValue(value: ExcelValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return plainCellValue((value as { result?: ExcelValue }).result ?? null);
    if ('hyperlink' in value && 'text' in value) return plainCellValue((value as { text: ExcelValue }).text);
    if ('error' in value) return null;
  }
  return String(value);
}

function cellText(cell: RawCell): string {
  if (cell === null) return '';
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
}

function isBlankRow(cells: RawCell[]): boolean {
  return cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

export async function readWorkbook(buffer: Buffer): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(`Không đọc được tệp XLSX: ${(error as Error).message}`);
  }
  const sheets: RawSheet[] = [];
  workbook.eachSheet((worksheet) => {
    const width = worksheet.columnCount;
    const headerRow = worksheet.getRow(1);
    const headers: string[] = [];
    for (let col = 1; col <= width; col++) headers.push(cellText(plainCellValue(headerRow.getCell(col).value)));
    const rows: RawRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: RawCell[] = [];
      for (let col = 1; col <= width; col++) cells.push(plainCellValue(row.getCell(col).value));
      if (!isBlankRow(cells)) rows.push({ rowNumber, cells });
    });
    sheets.push({ name: worksheet.name, headers, rows });
  });
  return sheets;
}

/** The most frequent of ; , and tab in the header line: Vietnamese-locale Excel exports often use ';'. */
function detectDelimiter(firstLine: string): string {
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

export function readCsv(buffer: Buffer, sheetName: string): RawSheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new UnreadableFileError('Tệp CSV không phải mã hóa UTF-8: hãy lưu lại dưới dạng "CSV UTF-8".');
  }
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter: detectDelimiter(firstLine), relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw new UnreadableFileError(`Không đọc được tệp CSV: ${(error as Error).message}`);
  }
  const [header = [], ...body] = records;
  const rows: RawRow[] = [];
  body.forEach((record, index) => {
    const cells: RawCell[] = record.map((value) => (value.trim() === '' ? null : value));
    if (!isBlankRow(cells)) rows.push({ rowNumber: index + 2, cells });
  });
  return { name: sheetName, headers: header.map((h) => h.trim()), rows };
}
