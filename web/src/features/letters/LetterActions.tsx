/** What the user may do with the letter now (the server's `actions`): submit, comment, return, approve, sign, issue. */
import { useState } from 'react';
import { $api, client, errorMessage } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { FormField } from '../../components/FormField.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import type { LetterDetail } from './letterTypes.ts';

type Props = { detail: LetterDetail; onDone: (d: LetterDetail, message: string) => void };

export function LetterActions({ detail, onDone }: Props) {
  const me = useMe();
  const can = (a: string) => detail.actions.includes(a);
  const [comment, setComment] = useState('');
  const [reviewerId, setReviewerId] = useState(detail.reviewer?.id ?? '');
  const [signerId, setSignerId] = useState(detail.signer?.id ?? '');
  const [certificateId, setCertificateId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const colleagues = $api.useQuery('get', '/api/letters/colleagues', {}, { enabled: can('submit') });
  const certificates = $api.useQuery('get', '/api/signing-certificates', {}, { enabled: can('sign') || can('issue') });
  const kind = can('sign') ? 'personal' : 'organisation';
  const usable = (certificates.data?.items ?? []).filter(
    (c) => !c.revokedAt && c.kind === kind && (kind === 'organisation' || c.userId === me.id),
  );
  const chosenCertificate = certificateId || usable[0]?.id || '';

  async function run(message: string, call: () => Promise<{ data?: LetterDetail }>) {
    setBusy(true);
    setError(null);
    try {
      const { data } = await call();
      setComment('');
      setPassphrase('');
      await invalidate('/api/letters');
      if (data) onDone(data, message);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  const path = { params: { path: { id: detail.id } } };
  if (!['submit', 'comment', 'return', 'approve', 'sign', 'issue'].some(can)) return null;

  return (
    <section className="card" aria-labelledby="letter-actions">
      <h2 id="letter-actions">Xử lý</h2>
      {can('submit') ? (
        <div className="form-grid">
          <FormField label="Trưởng đơn vị duyệt" required>
            <select value={reviewerId} onChange={(e) => setReviewerId(e.target.value)}>
              <option value="">— Chọn —</option>
              {(colleagues.data?.items ?? [])
                .filter((p) => p.id !== me.id)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                    {p.title ? ` — ${p.title}` : ''}
                  </option>
                ))}
            </select>
          </FormField>
          <FormField label="Lãnh đạo ký" required>
            <select value={signerId} onChange={(e) => setSignerId(e.target.value)}>
              <option value="">— Chọn —</option>
              {(colleagues.data?.items ?? [])
                .filter((p) => p.role === 'leader')
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
          </FormField>
        </div>
      ) : null}
      {can('comment') ? (
        <FormField label={can('return') ? 'Ý kiến (bắt buộc khi trả lại)' : 'Góp ý'}>
          <textarea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        </FormField>
      ) : null}
      {can('sign') || can('issue') ? (
        <div className="form-grid">
          <FormField label={can('sign') ? 'Chứng thư số của bạn' : 'Chứng thư số của cơ quan'} required>
            <select value={chosenCertificate} onChange={(e) => setCertificateId(e.target.value)}>
              {usable.length === 0 ? (
                <option value="">Chưa có chứng thư số — nhờ quản trị trường tải lên</option>
              ) : null}
              {usable.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.subject}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label="Mật khẩu chứng thư số (không được lưu)" required>
            <input
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </FormField>
        </div>
      ) : null}
      {error ? (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="actions">
        {can('submit') ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy || !reviewerId || !signerId}
            onClick={() =>
              void run('Đã trình duyệt.', () =>
                client.POST('/api/letters/{id}/submit', {
                  ...path,
                  body: { reviewerId, signerId, ...(comment.trim() ? { comment: comment.trim() } : {}) },
                }),
              )
            }
          >
            Trình duyệt
          </button>
        ) : null}{' '}
        {can('approve') ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() =>
              void run('Đã duyệt.', () =>
                client.POST('/api/letters/{id}/approve', {
                  ...path,
                  body: comment.trim() ? { comment: comment.trim() } : {},
                }),
              )
            }
          >
            Duyệt
          </button>
        ) : null}{' '}
        {can('return') ? (
          <button
            type="button"
            className="button button--danger"
            disabled={busy || !comment.trim()}
            onClick={() =>
              void run('Đã trả lại người soạn.', () =>
                client.POST('/api/letters/{id}/return', { ...path, body: { comment: comment.trim() } }),
              )
            }
          >
            Trả lại
          </button>
        ) : null}{' '}
        {can('comment') && !can('return') ? (
          <button
            type="button"
            className="button"
            disabled={busy || !comment.trim()}
            onClick={() =>
              void run('Đã gửi góp ý.', () =>
                client.POST('/api/letters/{id}/comment', { ...path, body: { comment: comment.trim() } }),
              )
            }
          >
            Gửi góp ý
          </button>
        ) : null}{' '}
        {can('sign') ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy || !chosenCertificate || !passphrase}
            onClick={() =>
              void run('Đã ký số.', () =>
                client.POST('/api/letters/{id}/sign', {
                  ...path,
                  body: { certificateId: chosenCertificate, passphrase },
                }),
              )
            }
          >
            Ký số
          </button>
        ) : null}{' '}
        {can('issue') ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy || !chosenCertificate || !passphrase}
            onClick={() =>
              void run('Đã cấp số và phát hành.', () =>
                client.POST('/api/letters/{id}/issue', {
                  ...path,
                  body: { certificateId: chosenCertificate, passphrase },
                }),
              )
            }
          >
            Cấp số và phát hành
          </button>
        ) : null}
      </p>
    </section>
  );
}
