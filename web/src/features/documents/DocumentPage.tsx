/** Văn bản: its fields, register entry, files, requirements, links both ways and status. */
import { ExportEdxmlButton } from './ExportEdxmlButton.tsx';
import { hasRole } from '../../api/types.ts';
import { $api, isNotFound } from '../../api/client.ts';
import type { ReactNode } from 'react';
import { Badge, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useMe } from '../../session/SessionContext.tsx';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { FAMILY_LABELS, documentTitle, fileUrl, formatSize, statusTone } from './documentLabels.ts';
import { REGISTRY_ROLES } from './documentTypes.ts';
import { IssueButton } from './OutgoingPage.tsx';
import { DeleteDraftButton } from './DeleteDraftButton.tsx';
import { LetterViewer, viewerPages } from './LetterViewer.tsx';
import { LinksPanel } from './LinksPanel.tsx';
import { PageReadingStatus } from './PageReading.tsx';
import { ReplyButton } from '../letters/ReplyButton.tsx';
import { SignaturesPanel } from '../letters/SignaturesPanel.tsx';
import './documents.css';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? '—'}</dd>
    </>
  );
}

export function DocumentPage({ documentId }: { documentId: string }) {
  const me = useMe();
  const {
    data: doc,
    error,
    isPending,
    refetch,
  } = $api.useQuery('get', '/api/documents/{id}', {
    params: { path: { id: documentId } },
  });
  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="văn bản" />;
  if (isPending) return <Loading />;
  if (!doc) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  const registry = hasRole(REGISTRY_ROLES, me.role);
  const incoming = doc.direction === 'incoming';
  const pending = doc.status === 'draft' || doc.status === 'arrived';

  return (
    <>
      <p className="breadcrumb">
        <Link to={incoming ? '/van-ban-den' : '/van-ban-di'}>{incoming ? 'Văn bản đến' : 'Văn bản đi'}</Link> ›{' '}
        {doc.numberSymbol ?? 'Văn bản'}
      </p>
      <PageHeader
        title={documentTitle(doc)}
        subtitle={
          <>
            <Badge tone={statusTone(doc.status)}>{doc.statusLabel}</Badge>
            {doc.urgency ? (
              <>
                {' '}
                <Badge tone="danger">{doc.urgency}</Badge>
              </>
            ) : null}
            {doc.confidentiality ? (
              <>
                {' '}
                <Badge tone="warning">{doc.confidentiality}</Badge>
              </>
            ) : null}{' '}
            {doc.subject}
          </>
        }
        actions={
          <>
            {incoming && pending && registry ? (
              <Link className="button button--primary" to={`/van-ban-den/${encodeURIComponent(doc.id)}/vao-so`}>
                Kiểm tra, vào sổ
              </Link>
            ) : null}
            {incoming && !pending ? (
              <Link className="button" to={`/ban-lam-viec/van-ban/${encodeURIComponent(doc.id)}`}>
                Phiếu giải quyết
              </Link>
            ) : null}
            {incoming && !pending && doc.numberSymbol ? <ReplyButton documentId={doc.id} /> : null}
            {incoming && !pending ? (
              <Link className="button button--ghost" to={`/van-ban-di?tra-loi=${encodeURIComponent(doc.id)}`}>
                Soạn văn bản trả lời
              </Link>
            ) : null}
            {!incoming && doc.status === 'draft' && registry ? <IssueButton doc={doc} /> : null}
            {doc.status === 'draft' && (registry || !incoming) ? (
              <DeleteDraftButton documentId={doc.id} incoming={incoming} />
            ) : null}
            {doc.numberSymbol && doc.documentDate ? <ExportEdxmlButton documentId={doc.id} /> : null}
          </>
        }
      />
      <PageReadingStatus doc={doc} />
      <div className="document-layout">
        <section className="card" aria-labelledby="doc-fields">
          <h2 id="doc-fields">Thông tin văn bản</h2>
          <dl className="details">
            <Row label="Cơ quan ban hành">
              {[doc.issuerName, doc.issuerParent ? `(${doc.issuerParent})` : null].filter(Boolean).join(' ') || null}
            </Row>
            <Row label="Khối">{doc.family ? FAMILY_LABELS[doc.family] : null}</Row>
            <Row label="Số, ký hiệu">{doc.numberSymbol}</Row>
            <Row label="Loại văn bản">{doc.typeName}</Row>
            <Row label="Địa danh, ngày">
              {[doc.place, doc.documentDate ? formatDate(doc.documentDate) : null].filter(Boolean).join(', ') || null}
            </Row>
            <Row label="Trích yếu">{doc.subject}</Row>
            <Row label="Nơi nhận">
              {doc.recipients.length ? (
                <ul className="inline-list">
                  {doc.recipients.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ) : null}
            </Row>
            <Row label="Người ký">
              {[doc.signerAuthority, doc.signerTitle, doc.signerName].filter(Boolean).join(' ') || null}
            </Row>
            <Row label="Hạn xử lý">{doc.dueDate ? formatDate(doc.dueDate) : null}</Row>
            {doc.directionNote ? <Row label="Ý kiến chỉ đạo">{doc.directionNote}</Row> : null}
          </dl>
          <h3>Vào sổ</h3>
          {doc.register ? (
            <dl className="details">
              <Row label="Sổ">{doc.register.name}</Row>
              <Row label={incoming ? 'Số đến' : 'Số văn bản đi'}>
                <strong>{doc.register.number}</strong> / năm {doc.register.year}
              </Row>
              {incoming ? <Row label="Ngày đến">{formatDate(doc.receivedDate)}</Row> : null}
              {incoming ? <Row label="Chuyển">{doc.forwardedTo}</Row> : null}
              {incoming ? <Row label="Số và ký hiệu hồ sơ">{doc.fileReference}</Row> : null}
            </dl>
          ) : (
            <p className="muted">{incoming ? 'Chưa vào sổ.' : 'Chưa ban hành (chưa cấp số).'}</p>
          )}
          <p className="muted small">
            Cập nhật lần cuối {formatDateTime(doc.updatedAt)} · {doc.organisationName}
          </p>
        </section>
        <div className="document-side">
          <section className="card" aria-labelledby="doc-reqs">
            <h2 id="doc-reqs">Yêu cầu, nhiệm vụ</h2>
            <Table
              caption="Yêu cầu của văn bản"
              rows={doc.requirements}
              rowKey={(r) => r.id}
              emptyTitle="Văn bản không có yêu cầu đánh số"
              columns={[
                { key: 'no', header: 'Mục', cell: (r) => r.no ?? '✓', className: 'num' },
                { key: 'text', header: 'Nội dung', cell: (r) => r.text },
                {
                  key: 'deadline',
                  header: 'Hạn',
                  cell: (r) => (r.deadline ? formatDate(r.deadline) : <span className="muted">—</span>),
                  className: 'nowrap',
                },
              ]}
            />
          </section>
          <section className="card" aria-labelledby="doc-files">
            <h2 id="doc-files">Tệp</h2>
            {doc.files.length ? (
              <ul className="file-list">
                {doc.files.map((f) => (
                  <li key={f.id}>
                    <a href={fileUrl(doc.id, f.id)} target="_blank" rel="noreferrer">
                      {f.fileName}
                    </a>{' '}
                    <span className="muted small">
                      {f.kindLabel} · {formatSize(f.size)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">Không có tệp.</p>
            )}
          </section>
        </div>
      </div>
      <SignaturesPanel documentId={doc.id} />
      {viewerPages(doc.files).length ? <LetterViewer documentId={doc.id} files={doc.files} /> : null}
      <LinksPanel doc={doc} canEdit={registry} />
    </>
  );
}
