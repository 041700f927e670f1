/**
 * Parses an import file (XLSX with sheets "Lớp học" and "Học viên", or a CSV holding one of them)
 * into classes and learners, listing every error before anything is written: the caller imports
 * all or nothing, and nothing when `errors` is non-empty.
 */
import {
  CLASS_COLUMNS,
  CLASS_SHEET,
  LEARNER_COLUMNS,
  LEARNER_SHEET,
  type ClassColumnKey,
  type LearnerColumnKey,
} from './columns.ts';
import { readCsv, readWorkbook, UnreadableFileError, type RawSheet } from './read-sheets.ts';
import { hasColumn, headerScorer, matchHeaders, rowHasData, rowReader, type ImportError } from './row-reader.ts';
import { vietnamToday } from '../lib/dates.ts';
import { comparisonKey, formatVietnameseDate } from './text.ts';
import type { ClassInput, HostRef, LearnerInput } from './types.ts';
import {
  DELIVERIES,
  EDUCATION_LEVELS,
  GENDERS,
  PARTY_STATUSES,
  PROGRAMME_LEVELS,
  RATINGS,
  STUDY_MODES,
  THEORY_LEVELS,
} from './vocabulary.ts';

export type { ImportError };
export { UnreadableFileError };

export type ImportedClass = ClassInput & { row: number };
export type ImportedLearner = LearnerInput & { row: number; classCode: string };

/** Resolves "Cơ sở đào tạo" to an organisation; `onDate` (the opening date) lets it prefer the one valid then. */
export type HostResolver = (nameOrCode: string, onDate?: string | null) => HostRef | null;

export type ParseImportOptions = {
  resolveHost: HostResolver;
  /** Class codes already in the system, so a learner sheet may refer to them. */
  existingClassCodes?: Iterable<string>;
  /** 'YYYY-MM-DD' that decides what "in the future" means; defaults to today in Vietnam. */
  today?: string;
};

export type ParsedImport = {
  classes: ImportedClass[];
  learners: ImportedLearner[];
  errors: ImportError[];
  /** Which sheets the file contained. */
  sheets: { classes: boolean; learners: boolean };
};

/** Class codes compare trimmed and case-insensitively. */
export function classCodeKey(code: string): string {
  return code.normalize('NFC').trim().toUpperCase();
}

function parseClassSheet(
  sheet: RawSheet,
  opts: ParseImportOptions,
  errors: ImportError[],
): { classes: ImportedClass[]; codes: Map<string, string> } {
  const index = matchHeaders(sheet, CLASS_SHEET, CLASS_COLUMNS, errors);
  const classes: ImportedClass[] = [];
  const codes = new Map<string, string>(); // key → code as first written
  const firstRow = new Map<string, number>();
  for (const row of sheet.rows) {
    if (!rowHasData(index, row)) continue;
    const read = rowReader<ClassColumnKey>(CLASS_SHEET, CLASS_COLUMNS, index, row, errors);
    const code = read.text('code', true);
    if (code !== null) {
      const key = classCodeKey(code);
      const previous = firstRow.get(key);
      if (previous !== undefined) read.fail('code', `Trùng mã lớp "${code}" với dòng ${previous}`);
      else {
        firstRow.set(key, row.rowNumber);
        codes.set(key, code);
      }
    }
    const name = read.text('name', true);
    const level = read.choice('level', PROGRAMME_LEVELS, true);
    const mode = read.choice('mode', STUDY_MODES, true);
    const delivery = read.choice('delivery', DELIVERIES, true);
    const hostText = read.text('host', true);
    const partnerName = read.text('partner');
    const openingDate = read.date('openingDate', true);
    const closingDate = read.date('closingDate');
    const place = read.text('place');
    const host = hostText === null ? null : opts.resolveHost(hostText, openingDate);
    if (hostText !== null && host === null) {
      read.fail('host', `Không tìm thấy cơ sở đào tạo "${hostText}" trong mạng lưới; nhập đúng tên hoặc mã trường`);
    }
    if (openingDate !== null && closingDate !== null && closingDate < openingDate) {
      read.fail(
        'closingDate',
        `Ngày bế giảng ${formatVietnameseDate(closingDate)} trước ngày khai giảng ${formatVietnameseDate(openingDate)}`,
      );
    }
    if (
      !read.ok ||
      !code ||
      !name ||
      !level ||
      !mode ||
      !delivery ||
      !host ||
      !openingDate ||
      firstRow.get(classCodeKey(code)) !== row.rowNumber
    )
      continue;
    const partner = partnerName === null ? null : opts.resolveHost(partnerName, openingDate);
    classes.push({
      row: row.rowNumber,
      code,
      name,
      level,
      mode,
      delivery,
      host,
      partnerName,
      partner,
      openingDate,
      closingDate,
      place,
    });
  }
  return { classes, codes };
}

function parseLearnerSheet(
  sheet: RawSheet,
  knownCodes: Map<string, string>,
  opts: ParseImportOptions,
  errors: ImportError[],
): ImportedLearner[] {
  const index = matchHeaders(sheet, LEARNER_SHEET, LEARNER_COLUMNS, errors);
  const today = opts.today ?? vietnamToday();
  const learners: ImportedLearner[] = [];
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    if (!rowHasData(index, row)) continue;
    const read = rowReader<LearnerColumnKey>(LEARNER_SHEET, LEARNER_COLUMNS, index, row, errors);
    const typedCode = read.text('classCode', true);
    const classCode = typedCode === null ? null : (knownCodes.get(classCodeKey(typedCode)) ?? null);
    if (typedCode !== null && classCode === null)
      read.fail('classCode', `Mã lớp "${typedCode}" không có trong sheet "${CLASS_SHEET}" hoặc trong hệ thống`);
    const fullName = read.text('fullName', true);
    const birthDate = read.date('birthDate', true);
    if (birthDate !== null && birthDate > today)
      read.fail('birthDate', `Ngày sinh ${formatVietnameseDate(birthDate)} ở tương lai`);
    const gender = read.choice('gender', GENDERS, true);
    const ethnicity = read.text('ethnicity');
    const partyStatus = read.choice('partyStatus', PARTY_STATUSES, true);
    const partyJoinDate = read.date('partyJoinDate');
    if (partyStatus !== null && partyStatus !== 'khong' && partyJoinDate === null && !read.failed('partyJoinDate')) {
      read.fail('partyJoinDate', `Đảng viên ${PARTY_STATUSES.labels[partyStatus].toLowerCase()} phải có Ngày vào Đảng`);
    }
    if (partyJoinDate !== null && partyJoinDate > today)
      read.fail('partyJoinDate', `Ngày vào Đảng ${formatVietnameseDate(partyJoinDate)} ở tương lai`);
    if (partyJoinDate !== null && birthDate !== null && partyJoinDate <= birthDate)
      read.fail('partyJoinDate', 'Ngày vào Đảng không thể trước ngày sinh');
    const education = read.choice('education', EDUCATION_LEVELS, true);
    const theoryLevel = read.choice('theoryLevel', THEORY_LEVELS) ?? 'chua_co';
    const theoryDocumentDate = read.date('theoryDocumentDate');
    if (theoryDocumentDate !== null && theoryDocumentDate > today)
      read.fail('theoryDocumentDate', `Ngày cấp bằng LLCT ${formatVietnameseDate(theoryDocumentDate)} ở tương lai`);
    const position = read.text('position');
    const planned = read.flag('planned');
    const workplace = read.text('workplace');
    const ratingLastYear = read.choice('ratingLastYear', RATINGS);
    const ratingYearBefore = read.choice('ratingYearBefore', RATINGS);
    if (classCode !== null && fullName !== null && birthDate !== null) {
      const identity = `${classCodeKey(classCode)}|${fullName}|${birthDate}`;
      const previous = seen.get(identity);
      if (previous !== undefined)
        read.fail('fullName', `Học viên trùng với dòng ${previous} (cùng lớp, họ tên và ngày sinh)`);
      else seen.set(identity, row.rowNumber);
    }
    if (!read.ok || !classCode || !fullName || !birthDate || !gender || !partyStatus || !education) continue;
    learners.push({
      row: row.rowNumber,
      classCode,
      fullName,
      birthDate,
      gender,
      ethnicity,
      partyStatus,
      partyJoinDate,
      education,
      theoryLevel,
      theoryDocumentDate,
      position,
      planned,
      workplace,
      ratingLastYear,
      ratingYearBefore,
    });
  }
  return learners;
}

/** XLSX or CSV by extension, else by the ZIP signature; .xls (BIFF) is refused with a hint. */
export function formatOf(buffer: Buffer, fileName: string): 'xlsx' | 'csv' {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xls'))
    throw new UnreadableFileError('Định dạng .xls cũ không được hỗ trợ: hãy lưu lại thành .xlsx');
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  return buffer.subarray(0, 2).toString('latin1') === 'PK' ? 'xlsx' : 'csv';
}

const HEADER_SCORE = headerScorer([...CLASS_COLUMNS, ...LEARNER_COLUMNS]);

/** Picks the workbook's data sheets by name, whatever the case or diacritics. */
function findSheet(sheets: RawSheet[], label: string): RawSheet | null {
  return sheets.find((s) => comparisonKey(s.name) === comparisonKey(label)) ?? null;
}

/** Learners if the sheet has "Họ và tên", classes if it has class-only columns (how a CSV's sheet is decided). */
function classifySheet(sheet: RawSheet): 'classes' | 'learners' | null {
  if (hasColumn(sheet, LEARNER_COLUMNS.find((c) => c.key === 'fullName')!)) return 'learners';
  const classOnly = CLASS_COLUMNS.filter((c) => ['name', 'level', 'host', 'openingDate'].includes(c.key));
  return classOnly.some((c) => hasColumn(sheet, c)) ? 'classes' : null;
}

/**
 * Reads and validates an import file. Errors are Vietnamese, with sheet, row and column.
 * @throws UnreadableFileError when the bytes are not a readable XLSX or UTF-8 CSV.
 */
export async function parseImportFile(
  buffer: Buffer,
  fileName: string,
  opts: ParseImportOptions,
): Promise<ParsedImport> {
  const errors: ImportError[] = [];
  let classSheet: RawSheet | null = null;
  let learnerSheet: RawSheet | null = null;
  if (formatOf(buffer, fileName) === 'xlsx') {
    const sheets = await readWorkbook(buffer, HEADER_SCORE);
    // By name first; a workbook whose sheets were renamed is still recognised by its headers.
    classSheet = findSheet(sheets, CLASS_SHEET) ?? sheets.find((s) => classifySheet(s) === 'classes') ?? null;
    learnerSheet =
      findSheet(sheets, LEARNER_SHEET) ??
      sheets.find((s) => s !== classSheet && classifySheet(s) === 'learners') ??
      null;
    if (!classSheet && !learnerSheet) {
      errors.push({
        sheet: fileName,
        row: null,
        column: null,
        message: `Không tìm thấy sheet "${CLASS_SHEET}" hoặc "${LEARNER_SHEET}"`,
      });
    }
  } else {
    const sheet = readCsv(buffer, fileName, HEADER_SCORE);
    const kind = classifySheet(sheet);
    if (kind === 'classes') classSheet = sheet;
    else if (kind === 'learners') learnerSheet = sheet;
    else
      errors.push({
        sheet: fileName,
        row: sheet.headerRow,
        column: null,
        message: `Không nhận ra dữ liệu CSV: cần cột của sheet "${CLASS_SHEET}" hoặc "${LEARNER_SHEET}" ở dòng ${sheet.headerRow}`,
      });
  }
  const parsedClasses = classSheet
    ? parseClassSheet(classSheet, opts, errors)
    : { classes: [], codes: new Map<string, string>() };
  const knownCodes = new Map(parsedClasses.codes);
  for (const code of opts.existingClassCodes ?? [])
    if (!knownCodes.has(classCodeKey(code))) knownCodes.set(classCodeKey(code), code);
  const learners = learnerSheet ? parseLearnerSheet(learnerSheet, knownCodes, opts, errors) : [];
  return {
    classes: parsedClasses.classes,
    learners,
    errors,
    sheets: { classes: classSheet !== null, learners: learnerSheet !== null },
  };
}
