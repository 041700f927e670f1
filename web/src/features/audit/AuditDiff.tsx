/**
 * Before/after of an audited change, field by field, with changed fields highlighted.
 * Values that are not objects are shown whole.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return <p className="muted">Thao tác này không ghi dữ liệu trước/sau.</p>;
  if ((before == null || isRecord(before)) && (after == null || isRecord(after))) {
    const b = before ?? {};
    const a = after ?? {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return (
      <table className="diff-table">
        <caption className="visually-hidden">Dữ liệu trước và sau thay đổi</caption>
        <thead>
          <tr>
            <th scope="col">Trường dữ liệu</th>
            <th scope="col">Trước</th>
            <th scope="col">Sau</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const changed = JSON.stringify(b[key]) !== JSON.stringify(a[key]);
            return (
              <tr key={key} className={changed ? 'diff-table__changed' : undefined}>
                <th scope="row">
                  <code>{key}</code>
                </th>
                <td>
                  <pre>{key in b ? show(b[key]) : '—'}</pre>
                </td>
                <td>
                  <pre>{key in a ? show(a[key]) : '—'}</pre>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }
  return (
    <div className="diff-columns">
      <div>
        <h4>Trước</h4>
        <pre>{show(before)}</pre>
      </div>
      <div>
        <h4>Sau</h4>
        <pre>{show(after)}</pre>
      </div>
    </div>
  );
}
