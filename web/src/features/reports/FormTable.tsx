/** One data form (biểu mẫu) of a report: rows × columns, the value reported beside what TCT computed. */
import type { Figure, FigureValue, FormDef } from './reportTypes.ts';

export type CellEdit = { value: string; reason: string };
export const cellKey = (form: string, row: string, column: string) => `${form}.${row}.${column}`;

const show = (v: FigureValue) => (v === null || v === '' ? '—' : String(v));

/** The value as the server wants it: numbers for numeric columns, null for empty. */
export function parseCell(text: string, type: string): FigureValue {
  const t = text.trim();
  if (t === '') return null;
  if (type === 'integer' || type === 'number' || type === 'percent') {
    const n = Number(t.replace(',', '.'));
    return Number.isNaN(n) ? t : n;
  }
  return t;
}

export function FormTable({
  form,
  figures,
  editable,
  edits,
  onEdit,
  flagged,
}: {
  form: FormDef;
  figures: Record<string, Record<string, Figure>> | undefined;
  editable: boolean;
  edits: Record<string, CellEdit>;
  onEdit: (key: string, edit: CellEdit) => void;
  flagged: Set<string>;
}) {
  return (
    <section className="report-form" aria-label={`Biểu ${form.code}`}>
      <h3>
        Biểu {form.code}. {form.title}
      </h3>
      {form.note ? <p className="muted small">{form.note}</p> : null}
      <div className="table-wrap">
        <table className="table report-form__table">
          <thead>
            <tr>
              <th scope="col">Chỉ tiêu</th>
              {form.columns.map((c) => (
                <th key={c.code} scope="col">
                  {c.label}
                  {c.unit ? <div className="muted small">({c.unit})</div> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {form.rows.map((row) => (
              <tr key={row.code} className={row.kind === 'total' ? 'report-form__total' : undefined}>
                <th scope="row">{row.label}</th>
                {form.columns.map((column) => {
                  const figure = figures?.[row.code]?.[column.code];
                  const key = cellKey(form.code, row.code, column.code);
                  if (!figure)
                    return (
                      <td key={column.code} className="muted">
                        —
                      </td>
                    );
                  const edit = edits[key];
                  const current = edit ? parseCell(edit.value, column.type) : figure.value;
                  const differs = figure.computed !== null && current !== figure.computed.value;
                  const label = `${form.code} ${row.label} – ${column.label}`;
                  return (
                    <td
                      key={column.code}
                      className={flagged.has(key) ? 'report-cell report-cell--error' : 'report-cell'}
                    >
                      {editable ? (
                        <input
                          className="input report-cell__input"
                          aria-label={label}
                          value={edit ? edit.value : figure.value === null ? '' : String(figure.value)}
                          onChange={(e) =>
                            onEdit(key, { value: e.target.value, reason: edit?.reason ?? figure.reason ?? '' })
                          }
                        />
                      ) : (
                        <span>{show(figure.value)}</span>
                      )}
                      {figure.computed ? (
                        <div className="muted small" title={figure.computed.explanation}>
                          TCT: {show(figure.computed.value)}
                        </div>
                      ) : null}
                      {differs ? (
                        editable ? (
                          <input
                            className="input report-cell__reason"
                            aria-label={`Lý do sửa ${label}`}
                            placeholder="Lý do sửa"
                            value={edit ? edit.reason : (figure.reason ?? '')}
                            onChange={(e) =>
                              onEdit(key, { value: edit?.value ?? String(figure.value ?? ''), reason: e.target.value })
                            }
                          />
                        ) : (
                          <div className="small">Lý do: {figure.reason}</div>
                        )
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
