/**
 * Reads an XLSX workbook or a CSV file into plain rows of cell values, with spreadsheet row numbers
 * (header = row 1). Interpretation of the values is left to the parser.
 */
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';

export type RawCell = string | number | boolean | Date | null;
export type RawRow = { rowNumber: number; cells: RawCell[] };
/** `headerRow` is the spreadsheet row of the headers (1 unless title rows sit above them). */
export type RawSheet = { name: string; headers: string[]; headerRow: number; rows: RawRow[] };
/** How many cells of a row look like template headers; decides which row holds the headers. */
export type HeaderScore = (cells: string[]) => number;

/** Printed reports put a title or two above the headers: look this far down for them. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Splits a sheet's non-blank rows into headers and data. The header row is the one among the first
 * rows with the most template headers (at least 2); otherwise row 1, as in the template.
 */
function splitAtHeader(name: string, rows: RawRow[], score: HeaderScore): RawSheet {
  let best: RawRow | null = null;
  let bestScore = 1;
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const s = score(row.cells.map(cellText));
    if (s > bestScore) [best, bestScore] = [row, s];
  }
  const headerRow = best?.rowNumber ?? 1;
  const header = best ?? rows.find((r) => r.rowNumber === 1);
  return {
    name,
    headers: (header?.cells ?? []).map(cellText),
    headerRow,
    rows: rows.filter((r) => r.rowNumber > headerRow),
  };
}

/** The file is not a spreadsheet we can open at all (as opposed to one with invalid content). */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

type ExcelValue = ExcelJS.CellValue;

/** Flattens exceljs's value shapes (rich text, formulas, hyperlinks, errors) into a plain value. */
function plainCellValue(value: ExcelValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return plainCellValue((value as { result?: ExcelValue }).result ?? null);
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

export async function readWorkbook(buffer: Buffer, score: HeaderScore): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(`Không đọc được tệp XLSX: ${(error as Error).message}`);
  }
  const sheets: RawSheet[] = [];
  workbook.eachSheet((worksheet) => {
    const width = worksheet.columnCount;
    const rows: RawRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: RawCell[] = [];
      for (let col = 1; col <= width; col++) cells.push(plainCellValue(row.getCell(col).value));
      if (!isBlankRow(cells)) rows.push({ rowNumber, cells });
    });
    sheets.push(splitAtHeader(worksheet.name, rows, score));
  });
  return sheets;
}

/**
 * The delimiter among ; , and tab that splits some line of the file's start into the most fields:
 * that line is the header (Vietnamese-locale Excel exports often use ';', and title lines have none).
 */
function detectDelimiter(firstLines: string[]): string {
  const counts = [';', ',', '\t'].map(
    (d) => [d, Math.max(0, ...firstLines.map((line) => line.split(d).length - 1))] as const,
  );
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

export function readCsv(buffer: Buffer, sheetName: string, score: HeaderScore): RawSheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new UnreadableFileError('Tệp CSV không phải mã hóa UTF-8: hãy lưu lại dưới dạng "CSV UTF-8".');
  }
  text = text.replace(/^\uFEFF/, '');
  const firstLines = text.split(/\r?\n/, HEADER_SEARCH_ROWS);
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(firstLines),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    throw new UnreadableFileError(`Không đọc được tệp CSV: ${(error as Error).message}`);
  }
  const rows: RawRow[] = [];
  records.forEach((record, index) => {
    const cells: RawCell[] = record.map((value) => (value.trim() === '' ? null : value));
    if (!isBlankRow(cells)) rows.push({ rowNumber: index + 1, cells });
  });
  return splitAtHeader(sheetName, rows, score);
}
