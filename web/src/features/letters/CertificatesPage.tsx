/**
 * Chứng thư số: the school's PKCS#12 certificates (personal ones for signers, the organisation's for the
 * clerk), uploaded by the administrator; the passphrase is checked and never stored. And the trust anchors
 * signatures are checked against; demo or unconfirmed anchors are marked "Chưa xác minh".
 */
import { useState } from 'react';
import { $api, client, errorMessage } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { hasRole, ADMIN_ROLES } from '../../api/types.ts';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../lib/format.ts';
import { useMe } from '../../session/SessionContext.tsx';
import type { Certificate } from './letterTypes.ts';

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(new Error('Không đọc được tệp.'));
    reader.readAsDataURL(file);
  });
}

export function CertificatesPage() {
  const me = useMe();
  const list = $api.useQuery('get', '/api/signing-certificates');
  const anchors = $api.useQuery('get', '/api/trust-anchors');
  const people = $api.useQuery('get', '/api/letters/colleagues');
  const [kind, setKind] = useState<'personal' | 'organisation'>('personal');
  const [userId, setUserId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const admin = hasRole(ADMIN_ROLES, me.role);

  async function upload() {
    if (!file) return;
    setError(null);
    try {
      const p12Base64 = await toBase64(file);
      await client.POST('/api/signing-certificates', {
        body: { kind, ...(kind === 'personal' ? { userId } : {}), p12Base64, passphrase },
      });
      setPassphrase('');
      setMessage('Đã tải lên chứng thư số.');
      await invalidate('/api/signing-certificates');
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  async function revoke(id: string) {
    try {
      await client.DELETE('/api/signing-certificates/{id}', { params: { path: { id } } });
      await invalidate('/api/signing-certificates');
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <>
      <PageHeader
        title="Chứng thư số"
        subtitle="Mật khẩu của tệp chứng thư số không được lưu; người ký nhập lại mỗi lần ký."
      />
      <SuccessBanner message={message} onClose={() => setMessage(null)} />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorBanner error={list.error} /> : null}
      <Table<Certificate>
        caption="Chứng thư số của đơn vị"
        rows={list.data?.items ?? []}
        rowKey={(c) => c.id}
        emptyTitle="Chưa có chứng thư số"
        columns={[
          {
            key: 'kind',
            header: 'Loại',
            cell: (c) => (c.kind === 'organisation' ? 'Cơ quan' : `Cá nhân: ${c.userName ?? ''}`),
          },
          { key: 'subject', header: 'Chủ thể', cell: (c) => c.subject },
          { key: 'issuer', header: 'Tổ chức cấp', cell: (c) => c.issuer },
          {
            key: 'valid',
            header: 'Hiệu lực',
            cell: (c) => `${formatDate(c.validFrom.slice(0, 10))} – ${formatDate(c.validTo.slice(0, 10))}`,
          },
          {
            key: 'state',
            header: '',
            cell: (c) =>
              c.revokedAt ? (
                <Badge tone="danger">Đã thu hồi</Badge>
              ) : admin ? (
                <button type="button" className="button button--small button--danger" onClick={() => void revoke(c.id)}>
                  Thu hồi
                </button>
              ) : null,
          },
        ]}
      />
      {admin ? (
        <section className="card" aria-labelledby="cert-upload">
          <h2 id="cert-upload">Tải lên chứng thư số (PKCS#12 .p12/.pfx)</h2>
          <div className="form-grid">
            <FormField label="Loại">
              <select value={kind} onChange={(e) => setKind(e.target.value as 'personal' | 'organisation')}>
                <option value="personal">Cá nhân (người ký)</option>
                <option value="organisation">Cơ quan (văn thư ký số của cơ quan)</option>
              </select>
            </FormField>
            {kind === 'personal' ? (
              <FormField label="Người ký" required>
                <select value={userId} onChange={(e) => setUserId(e.target.value)}>
                  <option value="">— Chọn —</option>
                  {(people.data?.items ?? []).map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </FormField>
            ) : null}
            <FormField label="Tệp" required>
              <input
                type="file"
                accept=".p12,.pfx,application/x-pkcs12"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </FormField>
            <FormField label="Mật khẩu của tệp" required>
              <input
                type="password"
                autoComplete="off"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
              />
            </FormField>
          </div>
          {error ? (
            <p className="banner banner--error" role="alert">
              {error}
            </p>
          ) : null}
          <button
            type="button"
            className="button button--primary"
            disabled={!file || !passphrase || (kind === 'personal' && !userId)}
            onClick={() => void upload()}
          >
            Tải lên
          </button>
        </section>
      ) : null}
      <section className="card" aria-labelledby="trust-anchors">
        <h2 id="trust-anchors">Chứng thư gốc tin cậy</h2>
        <ul>
          {(anchors.data?.items ?? []).map((a) => (
            <li key={`${a.id}-${a.subject}`}>
              {a.label} — {a.subject} (đến {formatDate(a.validTo.slice(0, 10))}){' '}
              {a.uncertain ? <Badge tone="warning">Chưa xác minh</Badge> : null}{' '}
              <span className="muted small">{a.source}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
