/**
 * Fuzz targets (issue 18 item 6): the parsers that read what outsiders send — a letter's text, a training
 * spreadsheet (CSV and XLSX), an edXML message, a number-symbol. Each property holds when the parser either
 * answers or refuses with its own typed error (the one whose Vietnamese message reaches the user); any other
 * exception is a crash. `src/testing/fuzz.test.ts` runs them with a fixed seed inside `npm test`;
 * `npm run bench -- fuzz` runs 10,000 cases each.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { parseImportFile, UnreadableFileError } from '../compliance/parse-import.ts';
import { EdxmlError } from '../edxml/errors.ts';
import { parseEdxml } from '../edxml/parse.ts';
import { parseStatusMessage } from '../edxml/status.ts';
import { fixtureText } from '../edxml/test-fixture.ts';
import { parseDocumentId, splitNumberSymbol } from '../edxml/values.ts';
import { extractFromText } from '../intake/extract/index.ts';
import { findSymbols } from '../intake/extract/number-symbol.ts';
import { symbolKey } from '../modules/documents/search-text.ts';

const LETTER_PIECES = [
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'TỈNH ỦY THÁI NGUYÊN',
  'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH',
  'Số:',
  '-CV/',
  '/UBND-VX',
  'Hà Nội, ngày',
  'tháng',
  'năm 2026',
  'V/v',
  'Kính gửi:',
  'Nơi nhận:',
  'TM. BAN THƯỜNG VỤ',
  'KT. GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'Căn cứ',
  'trước ngày 30/6/2026',
  '1.',
  '2.',
  '-',
  '*',
  'ĐẾN',
  'Số:',
  'Ngày:',
  'Chuyển:',
  'MẬT',
  'HỎA TỐC',
];

/** Letter-like text: real header pieces, digits and noise in random order and line breaks. */
const letterText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...LETTER_PIECES) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
      { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '\t', '   ', '/', '-', '.', ',') },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(' '));

export const extractionProperty = fc.property(fc.oneof(letterText, fc.string({ unit: 'binary' })), (text) => {
  const result = extractFromText(text);
  if (typeof result !== 'object' || result === null) throw new Error('extraction returned no object');
});

/** A symbol built from the grammar (number, type code, issuing body) and wrapped in noise. */
const symbolParts = fc.record({
  number: fc.integer({ min: 1, max: 99999 }),
  code: fc.constantFrom('CV', 'QĐ', 'TB', 'KH', 'HD', 'BC', 'NQ', 'CT'),
  body: fc.stringMatching(/^[A-Z][A-Z0-9]{1,7}$/),
});

export const numberSymbolProperty = fc.property(symbolParts, fc.string({ unit: 'grapheme' }), (parts, noise) => {
  const symbol = `${parts.number}-${parts.code}/${parts.body}`;
  const split = splitNumberSymbol(`Số: ${symbol}`);
  if (!split || split.codeNumber !== String(parts.number) || split.codeNotation !== `${parts.code}/${parts.body}`) {
    throw new Error(`split lost ${symbol}: ${JSON.stringify(split)}`);
  }
  if (symbolKey(` ${symbol.toLowerCase()} `) !== symbolKey(symbol)) throw new Error(`key differs for ${symbol}`);
  const found = findSymbols(`Số: ${symbol}\n${noise}`).map((m) => m.numberSymbol);
  if (!found.includes(symbol)) throw new Error(`findSymbols missed ${symbol} in ${JSON.stringify(found)}`);
  // Arbitrary text never throws.
  findSymbols(noise);
  splitNumberSymbol(noise);
  symbolKey(noise);
  parseDocumentId(noise);
});

type Mutation = { at: number; kind: 'delete' | 'insert' | 'duplicate'; length: number; text: string };
const XML_NOISE = [
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;',
  ']]>',
  '<![CDATA[',
  '<!ENTITY x "y">',
  '<!DOCTYPE a>',
  '"',
  "'",
  '\u0000',
];
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'insert', 'duplicate'),
  length: fc.integer({ min: 1, max: 200 }),
  text: fc.oneof(fc.constantFrom(...XML_NOISE), fc.string({ maxLength: 20 })),
});

function mutate(original: string, mutations: Mutation[]): string {
  let text = original;
  for (const m of mutations) {
    const at = m.at % (text.length + 1);
    if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
    else if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
    else text = text.slice(0, at) + text.slice(at, at + m.length) + text.slice(at);
  }
  return text;
}

let edxmlSample: string | null = null;
export const edxmlProperty = fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
  edxmlSample ??= fixtureText();
  const input = mutate(edxmlSample, mutations);
  for (const parse of [parseEdxml, parseStatusMessage]) {
    try {
      parse(input);
    } catch (error) {
      if (!(error instanceof EdxmlError)) throw error;
    }
  }
});

const HEADERS = [
  'Mã lớp',
  'Tên lớp',
  'Trình độ',
  'Hình thức',
  'Ngày khai giảng',
  'Họ và tên',
  'Ngày sinh',
  'STT',
  'Ghi chú',
];
const cell = fc.oneof(
  fc.constantFrom('', 'TC-01', 'Trung cấp', 'Tập trung', 'Không tập trung', '01/09/2025', '45658', 'x;y', '"'),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -100000, max: 100000 }).map(String),
);
const table = fc.record({
  headers: fc.subarray(HEADERS, { minLength: 0 }),
  extra: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
  rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }),
});

const importOptions = { resolveHost: () => null, today: '2026-06-01' };

async function expectImportAnswer(buffer: Buffer, fileName: string): Promise<void> {
  try {
    const parsed = await parseImportFile(buffer, fileName, importOptions);
    if (!Array.isArray(parsed.errors)) throw new Error('import returned no error list');
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
  }
}

export const csvProperty = fc.asyncProperty(
  table,
  fc.constantFrom(',', ';', '\t'),
  fc.boolean(),
  async (t, sep, bom) => {
    const quote = (v: string) => (/[",;\t\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const lines = [[...t.headers, ...t.extra].map(quote).join(sep), ...t.rows.map((r) => r.map(quote).join(sep))];
    await expectImportAnswer(Buffer.from((bom ? '\uFEFF' : '') + lines.join('\n'), 'utf8'), 'lop.csv');
  },
);

export const xlsxProperty = fc.asyncProperty(
  table,
  fc.constantFrom('Lớp', 'Học viên', 'Sheet1'),
  fc.option(fc.uint8Array({ maxLength: 64 })),
  async (t, sheetName, corruption) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(sheetName);
    sheet.addRow([...t.headers, ...t.extra]);
    for (const row of t.rows) sheet.addRow(row);
    let buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    if (corruption && corruption.length > 0) {
      // Overwrite bytes inside the archive: a damaged upload must be refused, not crash the importer.
      buffer = Buffer.from(buffer);
      const at = Math.floor(buffer.length / 2);
      buffer.set(corruption.subarray(0, buffer.length - at), at);
    }
    await expectImportAnswer(buffer, 'lop.xlsx');
  },
);

export const fuzzTargets = {
  extraction: extractionProperty,
  numberSymbol: numberSymbolProperty,
  edxml: edxmlProperty,
  csv: csvProperty,
  xlsx: xlsxProperty,
} as const;
