/**
 * Chữ ký số on the PDFs of a document (review page and document page): each signer, certificate subject and
 * issuer, signing time, whether the file changed after signing, and whether the chain reaches a configured
 * trust anchor. An invalid or changed signature is a clear warning. Nothing is shown for files without one.
 */
import { $api } from '../../api/client.ts';
import { Badge } from '../../components/Feedback.tsx';
import { formatDateTime } from '../../lib/format.ts';

const CHANGES: Record<string, string> = {
  none: 'Không thay đổi sau khi ký',
  signatures: 'Sau khi ký chỉ thêm chữ ký số khác',
  other: 'ĐÃ BỊ THAY ĐỔI sau khi ký',
};

export function SignaturesPanel({ documentId }: { documentId: string }) {
  const query = $api.useQuery('get', '/api/documents/{id}/signatures', { params: { path: { id: documentId } } });
  const files = (query.data?.files ?? []).filter((f) => f.signatureCount > 0);
  if (!files.length) return null;
  return (
    <section className="card" aria-labelledby="doc-signatures" data-testid="signatures-panel">
      <h2 id="doc-signatures">Chữ ký số</h2>
      {files.map((f) => (
        <div key={f.fileId}>
          <p
            className={`banner ${f.valid ? (f.trusted ? 'banner--success' : 'banner--warning') : 'banner--error'}`}
            role={f.valid ? 'status' : 'alert'}
          >
            <strong>{f.fileName}:</strong> {f.summary}
          </p>
          <ol>
            {f.signatures.map((s) => (
              <li key={s.index}>
                <strong>{s.signerName ?? 'Không rõ người ký'}</strong>{' '}
                <Badge tone={s.status === 'valid' ? 'success' : 'danger'}>
                  {s.status === 'valid'
                    ? 'Hợp lệ'
                    : s.status === 'modified'
                      ? 'Văn bản bị sửa sau khi ký'
                      : 'Không hợp lệ'}
                </Badge>{' '}
                <Badge tone={s.chainTrusted ? 'success' : 'warning'}>
                  {s.chainTrusted ? 'Chứng thư tin cậy' : 'Chưa xác minh được nguồn chứng thư'}
                </Badge>
                <dl className="details">
                  <dt>Chủ thể</dt>
                  <dd>{s.subject ?? '—'}</dd>
                  <dt>Tổ chức cấp</dt>
                  <dd>{s.issuer ?? '—'}</dd>
                  <dt>Thời điểm ký</dt>
                  <dd>{s.signingTime ? formatDateTime(s.signingTime) : '—'}</dd>
                  <dt>Thay đổi sau khi ký</dt>
                  <dd>{CHANGES[s.changesAfterSigning] ?? s.changesAfterSigning}</dd>
                  {s.reason ? (
                    <>
                      <dt>Lý do</dt>
                      <dd>{s.reason}</dd>
                    </>
                  ) : null}
                  {s.trustAnchor ? (
                    <>
                      <dt>Chứng thư gốc</dt>
                      <dd>{s.trustAnchor}</dd>
                    </>
                  ) : null}
                </dl>
                {s.problems.length ? (
                  <ul className="banner banner--error">
                    {s.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
