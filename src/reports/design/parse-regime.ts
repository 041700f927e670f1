/** The "Chế độ báo cáo" sheet: one row per element, its value in column B, its source in C–E. */
import { headerKey } from '../../compliance/row-reader.ts';
import type { Cutoff, DeadlineRule, ExplicitPeriod, Frequency, Provenance, RegimeVersion } from '../types.ts';
import { type FieldKey, REGIME_FIELDS, REGIME_HEADERS } from './layout.ts';
import { cellReader, type DesignError, keyOf, type Line, type Sheet } from './sheet-reader.ts';
import * as V from './vocabulary.ts';

type RegimeHead = Omit<RegimeVersion, 'outline' | 'forms' | 'rules'>;

export function parseRegimeSheet(sheet: Sheet, periods: ExplicitPeriod[], errors: DesignError[]): RegimeHead | null {
  const read = cellReader(sheet.name, errors);
  const lines = new Map<FieldKey, Line>();
  for (const line of sheet.lines) {
    const field = REGIME_FIELDS.find((f) => headerKey(f.label) === keyOf(line.cells[0]));
    if (field && !lines.has(field.key)) lines.set(field.key, line);
  }
  const value = REGIME_HEADERS[1];
  const raw = (key: FieldKey) => lines.get(key)?.cells[1];
  const row = (key: FieldKey) => lines.get(key)?.rowNumber ?? 0;
  const label = (key: FieldKey) => REGIME_FIELDS.find((f) => f.key === key)!.label;
  const required = (key: FieldKey) => {
    if (!lines.has(key)) read.fail(null, value, `Thiếu dòng "${label(key)}"`);
    return lines.has(key);
  };
  const text = (key: FieldKey, must = false) =>
    must && !required(key) ? null : read.text(raw(key), row(key), label(key), must);
  const int = (key: FieldKey, must = false) =>
    must && !required(key) ? null : read.integer(raw(key), row(key), label(key), must);

  const code = text('code', true);
  const version = int('version', true);
  const effectiveFrom = required('effectiveFrom')
    ? read.date(raw('effectiveFrom'), row('effectiveFrom'), label('effectiveFrom'), true)
    : null;
  const effectiveTo = read.date(raw('effectiveTo'), row('effectiveTo'), label('effectiveTo'));
  const name = text('name', true);
  const kind = required('kind')
    ? read.choice(raw('kind'), V.REPORT_KIND_LABELS, row('kind'), label('kind'), true)
    : null;
  const content = text('content', true);
  const kinds = read.choices(
    raw('reporterKinds'),
    V.ORGANISATION_KIND_LABELS,
    row('reporterKinds'),
    label('reporterKinds'),
  );
  const codes = (text('reporterCodes') ?? '')
    .split(/[;\n,]/)
    .map((c) => c.trim())
    .filter(Boolean);
  const recipientName = text('recipientName', true);
  const recipientCode = text('recipientCode', true);
  const via = text('recipientVia');
  const channels = read.choices(raw('channels'), V.CHANNEL_LABELS, row('channels'), label('channels'));
  if (channels.length === 0 && lines.has('channels'))
    read.fail(row('channels'), label('channels'), 'Chưa chọn phương thức gửi, nhận');
  const methodNote = text('methodNote') ?? 'Theo hướng dẫn của cơ quan nhận báo cáo.';
  const procedure = text('procedure', true);

  const frequencyKind = required('frequency')
    ? read.choice(raw('frequency'), V.FREQUENCY_LABELS, row('frequency'), label('frequency'), true)
    : null;
  let frequency: Frequency | null = null;
  if (frequencyKind === 'thematic' || frequencyKind === 'ad_hoc') {
    if (periods.length === 0)
      read.fail(
        row('frequency'),
        label('frequency'),
        `Báo cáo ${V.FREQUENCY_LABELS.labels[frequencyKind].toLowerCase()} cần sheet "${V.SHEETS.periods}" liệt kê các kỳ`,
      );
    frequency = { kind: frequencyKind, periods };
  } else if (frequencyKind === 'school_year') {
    const startMonth = int('schoolYearStart', true);
    if (startMonth !== null) frequency = { kind: 'school_year', startMonth };
  } else if (frequencyKind) {
    const only = (text('only') ?? '')
      .split(/[;,\s]+/)
      .filter(Boolean)
      .map(Number);
    if (only.some((n) => !Number.isInteger(n)))
      read.fail(row('only'), label('only'), 'Ghi số thứ tự kỳ, ví dụ 1 hoặc 1; 3');
    frequency = only.length ? { kind: frequencyKind, only } : { kind: frequencyKind };
  }

  let cutoff: Cutoff | undefined;
  let deadline: DeadlineRule | undefined;
  if (frequency && frequency.kind !== 'thematic' && frequency.kind !== 'ad_hoc') {
    const startDay = int('cutoffDay') ?? 15;
    const month =
      read.choice(raw('cutoffMonth'), V.CUTOFF_START_LABELS, row('cutoffMonth'), label('cutoffMonth')) ?? '-1';
    cutoff = { startDay, startMonthOffset: Number(month) };
    const deadlineKind = required('deadlineKind')
      ? read.choice(raw('deadlineKind'), V.DEADLINE_KIND_LABELS, row('deadlineKind'), label('deadlineKind'), true)
      : null;
    if (deadlineKind === 'after_cutoff') {
      const days = int('deadlineDays', true);
      const dayKind =
        read.choice(raw('deadlineDayKind'), V.DAY_KIND_LABELS, row('deadlineDayKind'), label('deadlineDayKind')) ??
        'calendar';
      if (days !== null) deadline = { kind: 'after_cutoff', days, dayKind };
    } else if (deadlineKind === 'day_of_month') {
      const day = int('deadlineDay', true);
      const monthOffset = int('deadlineMonthOffset') ?? 0;
      if (day !== null) deadline = { kind: 'day_of_month', day, monthOffset };
    }
  }

  const basis = (text('basis') ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [document, article] = l.split('|').map((p) => p.trim());
      return article ? { document: document!, article } : { document: document! };
    });

  const provenance: RegimeVersion['provenance'] = {};
  for (const field of REGIME_FIELDS) {
    if (!field.element) continue;
    const line = lines.get(field.key);
    if (!line) continue;
    const source = read.text(line.cells[2], line.rowNumber, REGIME_HEADERS[2]);
    const confidence = read.choice(line.cells[3], V.CONFIDENCE_LABELS, line.rowNumber, REGIME_HEADERS[3]);
    const note = read.text(line.cells[4], line.rowNumber, REGIME_HEADERS[4]);
    if (!confidence && !source && !note) continue;
    if ((confidence === 'confirmed' || confidence === 'secondary') && !source)
      read.fail(
        line.rowNumber,
        REGIME_HEADERS[2],
        `"${field.label}" ghi độ tin cậy "${V.CONFIDENCE_LABELS.labels[confidence]}" thì phải ghi nguồn`,
      );
    const entry: Provenance = { confidence: confidence ?? (source ? 'uncertain' : 'unsourced'), source };
    if (note) entry.note = note;
    provenance[field.element] = entry;
  }

  if (
    code === null ||
    version === null ||
    !effectiveFrom ||
    !name ||
    !kind ||
    !content ||
    !recipientName ||
    !recipientCode ||
    !procedure ||
    !frequency
  )
    return null;
  return {
    code,
    version,
    effectiveFrom,
    effectiveTo,
    name,
    kind,
    content,
    reporters: { kinds, organisationCodes: codes },
    recipient: { name: recipientName, organisationCode: recipientCode, ...(via ? { via } : {}) },
    method: { channels, note: methodNote },
    frequency,
    ...(cutoff ? { cutoff } : {}),
    ...(deadline ? { deadline } : {}),
    procedure,
    basis,
    provenance,
  };
}
