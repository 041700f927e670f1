/**
 * A report's content: the narrative per outline section and a figure per fillable cell. A figure keeps
 * what TCT computed beside the value the school stands by; changing a computed value needs a reason,
 * so the Academy can always see "TCT: 12 — trường báo cáo: 13 (lớp mở ngày 15/3 nhập muộn)".
 */
import { AppError } from '../lib/app-error.ts';
import { cellLabel, fillableCells, isNumericColumn, resolveCell, rowApplies } from './cells.ts';
import type { Period } from './periods.ts';
import { computeSource, createSourceContext, type SourceContext } from './sources/compute.ts';
import type { SourceInputs } from './sources/inputs.ts';
import type { FormColumn, RegimeVersion } from './types.ts';

export type FigureValue = number | string | null;

export type Figure = {
  /** The value reported. */
  value: FigureValue;
  /** What TCT computed for the period, kept after any edit; null for a cell filled by hand. */
  computed: { value: FigureValue; explanation: string } | null;
  /** Why the reported value differs from the computed one; required exactly then. */
  reason: string | null;
};

export type ReportContent = {
  regimeCode: string;
  regimeVersion: number;
  periodCode: string;
  organisationCode: string;
  /** Section code → text. */
  narrative: Record<string, string>;
  /** Form code → row code → column code → figure; cells a reporter does not fill are absent. */
  figures: Record<string, Record<string, Record<string, Figure>>>;
};

export type PrefillProblem = { form: string; row: string; column: string; message: string };

export type Reporter = { code: string; kind: string };

const same = (a: FigureValue, b: FigureValue) => a === b;

/** A reported value differs from the computed one. */
export function isEdited(figure: Figure): boolean {
  return figure.computed !== null && !same(figure.value, figure.computed.value);
}

/**
 * A new report for one school and period with every sourced cell computed for the period's cut-off
 * window. A source that cannot be computed (its rows were not passed) leaves the cell empty and is listed.
 */
export function prefillReport(
  version: RegimeVersion,
  period: Pick<Period, 'code' | 'cutoffFrom' | 'cutoffTo'>,
  reporter: Reporter,
  inputs: SourceInputs | SourceContext,
): { content: ReportContent; problems: PrefillProblem[] } {
  const ctx = 'learnersPerClass' in inputs ? inputs : createSourceContext(inputs);
  const window = { from: period.cutoffFrom, to: period.cutoffTo };
  const figures: ReportContent['figures'] = {};
  const problems: PrefillProblem[] = [];
  for (const { form, row, column, source } of fillableCells(version, reporter.kind)) {
    let figure: Figure = { value: null, computed: null, reason: null };
    if (source) {
      const result = computeSource(ctx, source.key, source.params, window);
      if (result.ok)
        figure = {
          value: result.value,
          computed: { value: result.value, explanation: result.explanation },
          reason: null,
        };
      else problems.push({ form: form.code, row: row.code, column: column.code, message: result.message });
    }
    ((figures[form.code] ??= {})[row.code] ??= {})[column.code] = figure;
  }
  const narrative = Object.fromEntries(version.outline.map((s) => [s.code, '']));
  return {
    content: {
      regimeCode: version.code,
      regimeVersion: version.version,
      periodCode: period.code,
      organisationCode: reporter.code,
      narrative,
      figures,
    },
    problems,
  };
}

function checkValueType(column: FormColumn, value: FigureValue, where: string): void {
  if (value === null) return;
  if (isNumericColumn(column)) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new AppError('BAD_REQUEST', `${where}: phải nhập số`);
    return;
  }
  if (typeof value !== 'string') throw new AppError('BAD_REQUEST', `${where}: phải nhập chữ`);
  if (column.type === 'choice' && !column.options?.some((o) => o.code === value))
    throw new AppError(
      'BAD_REQUEST',
      `${where}: chọn một trong ${column.options?.map((o) => `«${o.label}»`).join(', ') ?? '(không có lựa chọn)'}`,
    );
}

/**
 * Sets one figure. Changing a computed value needs a reason; going back to the computed value drops it.
 * @throws AppError (BAD_REQUEST) naming the cell: unknown or not fillable cell, wrong type, missing reason.
 */
export function setFigure(
  content: ReportContent,
  version: RegimeVersion,
  reporterKind: string,
  cell: { form: string; row: string; column: string },
  value: FigureValue,
  reason?: string | null,
): ReportContent {
  const form = version.forms.find((f) => f.code === cell.form);
  const row = form?.rows.find((r) => r.code === cell.row);
  const column = form?.columns.find((c) => c.code === cell.column);
  if (!form || !row || !column)
    throw new AppError('BAD_REQUEST', `Không có ô ${cell.form}.${cell.row}.${cell.column} trong mẫu báo cáo`);
  const where = cellLabel(form, row, column);
  if (!rowApplies(row, reporterKind) || resolveCell(form, row, column).disabled)
    throw new AppError('BAD_REQUEST', `${where}: ô này không thuộc phần đơn vị phải báo cáo`);
  const text = typeof value === 'string' ? value.normalize('NFC').trim() : value;
  const normalised = text === '' ? null : text;
  checkValueType(column, normalised, where);
  const previous = content.figures[form.code]?.[row.code]?.[column.code] ?? {
    value: null,
    computed: null,
    reason: null,
  };
  const next: Figure = { ...previous, value: normalised, reason: null };
  if (isEdited(next)) {
    const why = reason?.normalize('NFC').trim() ?? '';
    if (why.length < 5)
      throw new AppError(
        'BAD_REQUEST',
        `${where}: số liệu khác số TCT tính (${String(previous.computed?.value ?? 'trống')}); ghi rõ lý do điều chỉnh`,
      );
    next.reason = why;
  }
  // Copy only the path to the cell: the rest of the report is shared, never mutated.
  const formFigures = content.figures[form.code] ?? {};
  const rowFigures = { ...(formFigures[row.code] ?? {}), [column.code]: next };
  return { ...content, figures: { ...content.figures, [form.code]: { ...formFigures, [row.code]: rowFigures } } };
}

/**
 * Recomputes every sourced figure (e.g. classes were added before the report was sent). Values the
 * school left as computed follow the new computation; edited values stay, with their reason.
 */
export function refreshComputed(
  content: ReportContent,
  version: RegimeVersion,
  period: Pick<Period, 'code' | 'cutoffFrom' | 'cutoffTo'>,
  reporterKind: string,
  inputs: SourceInputs | SourceContext,
): ReportContent {
  const fresh = prefillReport(version, period, { code: content.organisationCode, kind: reporterKind }, inputs).content;
  const figures = structuredClone(fresh.figures);
  for (const [formCode, rows] of Object.entries(figures)) {
    for (const [rowCode, columns] of Object.entries(rows)) {
      for (const [columnCode, figure] of Object.entries(columns)) {
        const old = content.figures[formCode]?.[rowCode]?.[columnCode];
        if (!old) continue;
        const keepOld = old.computed === null || isEdited(old);
        if (!keepOld) continue;
        const merged: Figure = { ...figure, value: old.value, reason: old.reason };
        // An edit the new computation now agrees with is no longer an edit.
        columns[columnCode] = isEdited(merged) || figure.computed === null ? merged : { ...merged, reason: null };
      }
    }
  }
  return { ...content, figures };
}

/** Writes one section of the narrative. @throws AppError (BAD_REQUEST) for an unknown section or an over-long text. */
export function setNarrative(
  content: ReportContent,
  version: RegimeVersion,
  section: string,
  text: string,
): ReportContent {
  const outline = version.outline.find((s) => s.code === section);
  if (!outline) throw new AppError('BAD_REQUEST', `Đề cương không có mục «${section}»`);
  const value = text.normalize('NFC').trim();
  if (value.length > 100_000)
    throw new AppError('BAD_REQUEST', `Mục ${outline.code}. «${outline.title}» quá dài (tối đa 100.000 ký tự)`);
  return { ...content, narrative: { ...content.narrative, [section]: value } };
}

/** The reported value of a cell, or null when empty or absent. */
export function figureValue(content: ReportContent, form: string, row: string, column: string): FigureValue {
  return content.figures[form]?.[row]?.[column]?.value ?? null;
}
