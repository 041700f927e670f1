/**
 * Imports a staff roster from XLSX or CSV, all or nothing like the training import (whose header and row
 * machinery it uses): headers with or without diacritics in any order, every error with sheet, row and
 * column in Vietnamese, and no roster while any error remains.
 */
import { dateCell } from '../../compliance/cells.ts';
import { formatOf } from '../../compliance/parse-import.ts';
import { readCsv, readWorkbook, UnreadableFileError, type RawSheet } from '../../compliance/read-sheets.ts';
import { headerScorer, matchHeaders, rowHasData, rowReader, type ImportError } from '../../compliance/row-reader.ts';
import { comparisonKey } from '../../compliance/text.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { EDUCATION_LEVELS, GENDERS, THEORY_LEVELS } from '../../compliance/vocabulary.ts';
import { ROSTER_COLUMNS, ROSTER_SHEET, type RosterColumnKey } from './columns.ts';
import {
  ACADEMIC_TITLE_VOCABULARY,
  EMPLOYMENT_VOCABULARY,
  GRADE_VOCABULARY,
  STAFF_KIND_VOCABULARY,
  type StaffMember,
} from './types.ts';

export { UnreadableFileError, type ImportError };

export type ImportedStaffMember = StaffMember & { row: number };
export type RosterImport = { members: ImportedStaffMember[]; errors: ImportError[] };
export type RosterImportOptions = { /** 'YYYY-MM-DD' deciding which birth years are plausible. */ today?: string };

/** Youngest and oldest plausible staff: a check against typing slips, not an employment rule. */
const MIN_AGE = 16;
const MAX_AGE = 90;

type YearResult = { value: number } | { error: string } | null;

/** "1982", 1982, "12/03/1982" or a real date cell → 1982. */
function birthYear(cell: unknown): YearResult {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return null;
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1000 && cell <= 9999) return { value: cell };
  if (typeof cell === 'string' && /^\s*\d{4}\s*$/.test(cell)) return { value: Number(cell) };
  const date = dateCell(cell as Parameters<typeof dateCell>[0]);
  if (date && 'value' in date) return { value: Number(date.value.slice(0, 4)) };
  return { error: `Năm sinh "${String(cell).trim()}" không đọc được; ghi năm 4 chữ số hoặc ngày dd/mm/yyyy` };
}

function parseSheet(sheet: RawSheet, today: string, errors: ImportError[]): ImportedStaffMember[] {
  const index = matchHeaders(sheet, ROSTER_SHEET, ROSTER_COLUMNS, errors);
  const members: ImportedStaffMember[] = [];
  const byCode = new Map<string, number>();
  const byIdentity = new Map<string, { row: number; code: string | null }>();
  const thisYear = Number(today.slice(0, 4));
  for (const row of sheet.rows) {
    if (!rowHasData(index, row)) continue;
    const read = rowReader<RosterColumnKey>(ROSTER_SHEET, ROSTER_COLUMNS, index, row, errors);
    const staffCode = read.text('staffCode');
    const fullName = read.text('fullName', true);
    const position = index.get('birthYear');
    const year = birthYear(position === undefined ? undefined : row.cells[position]);
    if (year === null && index.has('birthYear')) read.fail('birthYear', 'Chưa nhập Năm sinh (bắt buộc)');
    else if (year && 'error' in year) read.fail('birthYear', year.error);
    else if (year && (year.value > thisYear - MIN_AGE || year.value < thisYear - MAX_AGE))
      read.fail('birthYear', `Năm sinh ${year.value} không hợp lý cho cán bộ đang công tác`);
    const gender = read.choice('gender', GENDERS, true);
    const kind = read.choice('kind', STAFF_KIND_VOCABULARY, true);
    const post = read.text('position');
    const unit = read.text('unit');
    const education = read.choice('education', EDUCATION_LEVELS, true);
    const academicTitle = read.choice('academicTitle', ACADEMIC_TITLE_VOCABULARY);
    const theoryLevel = read.choice('theoryLevel', THEORY_LEVELS) ?? 'chua_co';
    const grade = read.choice('grade', GRADE_VOCABULARY);
    const classicsCertificate = read.flag('classicsCertificate');
    const employment = read.choice('employment', EMPLOYMENT_VOCABULARY) ?? 'bien_che';
    if (academicTitle !== null && education !== null && education !== 'tien_si')
      read.fail('academicTitle', 'Học hàm Giáo sư, Phó Giáo sư cần trình độ tiến sĩ');
    if (staffCode !== null) {
      const key = comparisonKey(staffCode);
      const previous = byCode.get(key);
      if (previous !== undefined) read.fail('staffCode', `Trùng mã cán bộ "${staffCode}" với dòng ${previous}`);
      else byCode.set(key, row.rowNumber);
    }
    if (fullName !== null && year && 'value' in year) {
      const identity = `${comparisonKey(fullName)}|${year.value}`;
      const previous = byIdentity.get(identity);
      // Namesakes born the same year exist; a personnel code tells them apart.
      if (previous && (previous.code === null || staffCode === null))
        read.fail(
          'fullName',
          `Trùng họ tên và năm sinh với dòng ${previous.row}; nếu là hai người khác nhau, ghi Mã cán bộ cho cả hai`,
        );
      else if (!previous) byIdentity.set(identity, { row: row.rowNumber, code: staffCode });
    }
    if (!read.ok || !fullName || !year || !('value' in year) || !gender || !kind || !education) continue;
    members.push({
      row: row.rowNumber,
      fullName,
      staffCode,
      birthYear: year.value,
      gender,
      kind,
      position: post,
      unit,
      education,
      academicTitle,
      theoryLevel,
      grade,
      classicsCertificate,
      employment,
    });
  }
  return members;
}

/**
 * Reads a roster file. The caller replaces the school's roster only when `errors` is empty.
 * @throws UnreadableFileError when the bytes are not a readable XLSX or UTF-8 CSV.
 */
export async function parseRosterFile(
  buffer: Buffer,
  fileName: string,
  opts: RosterImportOptions = {},
): Promise<RosterImport> {
  const errors: ImportError[] = [];
  const score = headerScorer(ROSTER_COLUMNS);
  let sheet: RawSheet | null;
  if (formatOf(buffer, fileName) === 'csv') sheet = readCsv(buffer, fileName, score);
  else {
    const sheets = await readWorkbook(buffer, score);
    sheet =
      sheets.find((s) => comparisonKey(s.name) === comparisonKey(ROSTER_SHEET)) ??
      sheets.find((s) => score(s.headers) >= 3) ??
      null;
  }
  if (!sheet) {
    errors.push({ sheet: fileName, row: null, column: null, message: `Không tìm thấy sheet "${ROSTER_SHEET}"` });
    return { members: [], errors };
  }
  const members = parseSheet(sheet, opts.today ?? vietnamToday(), errors);
  if (errors.length === 0 && members.length === 0)
    errors.push({ sheet: sheet.name, row: null, column: null, message: 'Danh sách không có cán bộ nào' });
  return { members: errors.length === 0 ? members : [], errors };
}
