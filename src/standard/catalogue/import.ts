/**
 * Imports a catalogue from XLSX (or a CSV of its one sheet) as a new version, all or nothing: every
 * error is listed with sheet, row and column before anything would be written, and no version is
 * returned while any error remains. The header/row machinery is the training import's (src/compliance).
 */
import { formatOf } from '../../compliance/parse-import.ts';
import { readCsv, readWorkbook, UnreadableFileError, type RawSheet } from '../../compliance/read-sheets.ts';
import { headerScorer, matchHeaders, rowHasData, rowReader, type ImportError } from '../../compliance/row-reader.ts';
import { comparisonKey } from '../../compliance/text.ts';
import { parseVocabulary, type Vocabulary } from '../../compliance/vocabulary.ts';
import { type Confidence, formatDateVi, isValidIsoDate } from '../common.ts';
import { CATALOGUE_COLUMNS, CATALOGUE_SHEET, CONFIDENCE_VOCABULARY, type CatalogueColumnKey } from './columns.ts';
import { COMPUTED_SOURCES, ENTERED, ENTERED_LABEL, type HowComputed } from './computed-sources.ts';
import { CRITERIA } from './provisional.ts';
import { thresholdCell } from './threshold-cell.ts';
import type { CatalogueItem, CatalogueVersion, Criterion, Threshold } from './types.ts';

export { UnreadableFileError, type ImportError };

export type CatalogueImportOptions = {
  /** Id of the new version (the module generates it); must not be one of `existingVersionIds`. */
  id: string;
  title: string;
  effectiveFrom: string;
  /** The document the catalogue comes from, e.g. the Academy's guidance and its annex. */
  source: string;
  /** Applies to every row whose "Mức tin cậy" is blank. */
  confidence: Confidence;
  declaredIndicatorCount?: number;
  criteria?: Criterion[];
  note?: string | null;
  existingVersionIds?: Iterable<string>;
};

export type CatalogueImport = {
  version: CatalogueVersion | null;
  errors: ImportError[];
  /** Facts worth showing that do not block the import (e.g. 54 indicators where 55 are expected). */
  notices: string[];
};

const VERSION_LABEL = 'Thông tin phiên bản';

const HOW_COMPUTED: Vocabulary<HowComputed> = {
  labels: Object.fromEntries([[ENTERED, ENTERED_LABEL], ...COMPUTED_SOURCES.map((s) => [s.key, s.key])]) as Record<
    HowComputed,
    string
  >,
  aliases: Object.fromEntries([
    [ENTERED, ['entered', 'Trường nhập', 'Tự nhập', 'Nhập']],
    ...COMPUTED_SOURCES.map((s) => [s.key, [s.label]]),
  ]),
};

function criterionOf(text: string, criteria: Criterion[]): number | null {
  const key = comparisonKey(text);
  const number = /^(?:tieu chi\s*)?([1-9])$/.exec(key)?.[1];
  if (number) return criteria.some((c) => c.number === Number(number)) ? Number(number) : null;
  return criteria.find((c) => comparisonKey(c.title) === key)?.number ?? null;
}

const sameUnit = (a: string, b: string) =>
  comparisonKey(a) === comparisonKey(b) || (a === '%' && comparisonKey(b) === 'phan tram');

function checkLevels(level1: Threshold | null, level2: Threshold | null): string | null {
  if (!level1 || !level2) return null;
  if (level1.op !== level2.op) return 'Ngưỡng mức 2 phải cùng chiều (≥ hoặc ≤) với ngưỡng mức 1';
  const raised = level1.op === '>=' ? level2.value >= level1.value : level2.value <= level1.value;
  return raised ? null : 'Mức 2 chỉ nâng ngưỡng: ngưỡng mức 2 không được thấp hơn (kém hơn) ngưỡng mức 1';
}

function parseSheet(sheet: RawSheet, opts: CatalogueImportOptions, criteria: Criterion[], errors: ImportError[]) {
  const index = matchHeaders(sheet, CATALOGUE_SHEET, CATALOGUE_COLUMNS, errors);
  const items: CatalogueItem[] = [];
  const firstRow = new Map<string, number>();
  for (const row of sheet.rows) {
    if (!rowHasData(index, row)) continue;
    const read = rowReader<CatalogueColumnKey>(CATALOGUE_SHEET, CATALOGUE_COLUMNS, index, row, errors);
    const criterionText = read.text('criterion', true);
    const criterion = criterionText === null ? null : criterionOf(criterionText, criteria);
    if (criterionText !== null && criterion === null)
      read.fail(
        'criterion',
        `Tiêu chí "${criterionText}" không có; ghi số từ 1 đến ${criteria.length} hoặc tên tiêu chí`,
      );
    const code = read.text('code', true);
    if (code !== null) {
      if (!/^[1-6]\.\d{2}$/.test(code))
        read.fail('code', `Mã chỉ tiêu "${code}" phải có dạng <tiêu chí>.<2 chữ số>, ví dụ 2.05`);
      else if (criterion !== null && Number(code[0]) !== criterion)
        read.fail('code', `Mã chỉ tiêu "${code}" không thuộc tiêu chí ${criterion}`);
      else if (firstRow.has(code)) read.fail('code', `Trùng mã chỉ tiêu "${code}" với dòng ${firstRow.get(code)}`);
      else firstRow.set(code, row.rowNumber);
    }
    const text = read.text('text', true);
    let unit = read.text('unit');
    const howComputed = read.choice('howComputed', HOW_COMPUTED) ?? ENTERED;
    const computed = COMPUTED_SOURCES.find((s) => s.key === howComputed);
    if (computed && unit !== null && !sameUnit(unit, computed.unit))
      read.fail('unit', `Cách tính "${computed.key}" cho kết quả theo đơn vị "${computed.unit}", không phải "${unit}"`);
    if (computed && unit === null) unit = computed.unit;
    const thresholds = (['level1', 'level2'] as const).map((key) => {
      const position = index.get(key);
      const result = thresholdCell(position === undefined ? undefined : (row.cells[position] ?? null), unit);
      if ('error' in result) {
        read.fail(key, result.error);
        return null;
      }
      return result.value;
    });
    const [level1Threshold, level2Threshold] = [thresholds[0] ?? null, thresholds[1] ?? null];
    const levelProblem = checkLevels(level1Threshold, level2Threshold);
    if (levelProblem) read.fail('level2', levelProblem);
    const source = read.text('source') ?? opts.source;
    const confidence = read.choice('confidence', CONFIDENCE_VOCABULARY) ?? opts.confidence;
    const note = read.text('note');
    if (!read.ok || criterion === null || code === null || text === null || firstRow.get(code) !== row.rowNumber)
      continue;
    items.push({
      criterion,
      code,
      text,
      unit,
      howComputed,
      level1Threshold,
      level2Threshold,
      source,
      confidence,
      note,
    });
  }
  return items;
}

function checkOptions(opts: CatalogueImportOptions, errors: ImportError[]): void {
  const fail = (column: string, message: string) => errors.push({ sheet: VERSION_LABEL, row: null, column, message });
  if (!opts.id.trim()) fail('Mã phiên bản', 'Chưa có mã phiên bản');
  if ([...(opts.existingVersionIds ?? [])].includes(opts.id)) fail('Mã phiên bản', `Phiên bản "${opts.id}" đã có`);
  if (!opts.title.trim()) fail('Tên phiên bản', 'Chưa nhập tên phiên bản danh mục');
  if (!isValidIsoDate(opts.effectiveFrom)) fail('Ngày hiệu lực', `Ngày hiệu lực "${opts.effectiveFrom}" không hợp lệ`);
  if (!opts.source.trim()) fail('Nguồn', 'Chưa nhập văn bản nguồn của danh mục');
}

function noticesFor(items: CatalogueItem[], declared: number, criteria: Criterion[]): string[] {
  const notices: string[] = [];
  if (items.length !== declared)
    notices.push(`Tệp có ${items.length} chỉ tiêu; Quy định 11-QĐ/TW có ${declared} chỉ tiêu ở mức 1.`);
  for (const c of criteria)
    if (!items.some((i) => i.criterion === c.number))
      notices.push(`Tiêu chí ${c.number} (${c.title}) chưa có chỉ tiêu nào.`);
  const unverified = items.filter((i) => i.confidence !== 'confirmed').length;
  if (unverified > 0) notices.push(`${unverified} chỉ tiêu được đánh dấu "Chưa xác minh".`);
  return notices;
}

/**
 * Reads a catalogue file into a new version. Errors are Vietnamese, with sheet, row and column.
 * @throws UnreadableFileError when the bytes are not a readable XLSX or UTF-8 CSV.
 */
export async function parseCatalogueFile(
  buffer: Buffer,
  fileName: string,
  opts: CatalogueImportOptions,
): Promise<CatalogueImport> {
  const errors: ImportError[] = [];
  checkOptions(opts, errors);
  const criteria = opts.criteria ?? CRITERIA;
  const score = headerScorer(CATALOGUE_COLUMNS);
  let sheet: RawSheet | null;
  if (formatOf(buffer, fileName) === 'csv') sheet = readCsv(buffer, fileName, score);
  else {
    const sheets = await readWorkbook(buffer, score);
    sheet =
      sheets.find((s) => comparisonKey(s.name) === comparisonKey(CATALOGUE_SHEET)) ??
      sheets.find((s) => score(s.headers) >= 3) ??
      null;
  }
  if (!sheet) {
    errors.push({ sheet: fileName, row: null, column: null, message: `Không tìm thấy sheet "${CATALOGUE_SHEET}"` });
    return { version: null, errors, notices: [] };
  }
  const items = parseSheet(sheet, opts, criteria, errors);
  if (errors.length === 0 && items.length === 0)
    errors.push({ sheet: CATALOGUE_SHEET, row: null, column: null, message: 'Tệp không có chỉ tiêu nào' });
  const declared = opts.declaredIndicatorCount ?? 55;
  const notices = noticesFor(items, declared, criteria);
  if (errors.length > 0) return { version: null, errors, notices };
  items.sort((a, b) => a.code.localeCompare(b.code));
  const version: CatalogueVersion = {
    id: opts.id,
    title: opts.title.trim(),
    effectiveFrom: opts.effectiveFrom,
    source: opts.source.trim(),
    confidence: opts.confidence,
    declaredIndicatorCount: declared,
    criteria,
    items,
    note: opts.note ?? `Nhập từ tệp ${fileName}; hiệu lực từ ${formatDateVi(opts.effectiveFrom)}.`,
  };
  return { version, errors, notices };
}

/** Vocabulary of "Cách tính" for the template's instructions. */
export const HOW_COMPUTED_VOCABULARY = HOW_COMPUTED;
export const parseHowComputed = (typed: string) => parseVocabulary(HOW_COMPUTED, typed);
