/** One letter: status, the draft (editable by its drafter), the approval chain, files, versions and delivery. */
import { useState } from 'react';
import { Link } from 'react-router';
import { $api, isNotFound } from '../../api/client.ts';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { LetterActions } from './LetterActions.tsx';
import { LetterEditor } from './LetterEditor.tsx';
import { type LetterDetail, STEP_LABELS, statusTone } from './letterTypes.ts';

export function LetterPage({ letterId }: { letterId: string }) {
  const query = $api.useQuery('get', '/api/letters/{id}', { params: { path: { id: letterId } } });
  const versions = $api.useQuery('get', '/api/letters/{id}/versions', { params: { path: { id: letterId } } });
  const [fresh, setFresh] = useState<LetterDetail | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (isNotFound(query.error)) return <NotFoundOrNoAccessPage what="văn bản" />;
  const detail = fresh && fresh.id === letterId ? fresh : query.data;
  if (query.isPending && !detail) return <Loading />;
  if (!detail) return <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />;
  const base = `/api/letters/${encodeURIComponent(detail.id)}`;
  const done = (d: LetterDetail, m: string) => {
    setFresh(d);
    setMessage(m);
    void versions.refetch();
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/soan-thao">Soạn thảo văn bản</Link> › {detail.numberSymbol ?? 'Dự thảo'}
      </p>
      <PageHeader
        title={detail.numberSymbol ? `${detail.numberSymbol} — ${detail.subject}` : detail.subject}
        subtitle={
          <>
            <Badge tone={statusTone(detail.status)}>{detail.statusLabel}</Badge>{' '}
            {detail.currentStep ? <Badge tone="info">{STEP_LABELS[detail.currentStep]}</Badge> : null}{' '}
            {detail.confidentiality ? <Badge tone="warning">{detail.confidentiality}</Badge> : null} Phiên bản{' '}
            {detail.versionNo} · Người soạn: {detail.drafter.name}
            {detail.reviewer ? ` · Duyệt: ${detail.reviewer.name}` : ''}
            {detail.signer ? ` · Ký: ${detail.signer.name}` : ''}
          </>
        }
        actions={
          <>
            <a className="button" href={`${base}/file.pdf`} target="_blank" rel="noreferrer">
              {detail.status === 'issued'
                ? 'Tải PDF đã phát hành'
                : detail.status === 'signed'
                  ? 'Tải PDF đã ký'
                  : 'Xem PDF'}
            </a>{' '}
            <a className="button" href={`${base}/file.docx`}>
              Tải DOCX
            </a>
            {detail.documentId ? (
              <>
                {' '}
                <Link className="button" to={`/van-ban/${encodeURIComponent(detail.documentId)}`}>
                  Trong sổ văn bản đi
                </Link>{' '}
                <a className="button" href={`/api/documents/${encodeURIComponent(detail.documentId)}/export-edxml`}>
                  Xuất edXML (gửi cơ quan ngoài TCT)
                </a>
              </>
            ) : null}
          </>
        }
      />
      <SuccessBanner message={message} onClose={() => setMessage(null)} />
      {detail.errors.length || detail.warnings.length ? (
        <div className="banner banner--warning" role="note">
          {[...detail.errors, ...detail.warnings].map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
      ) : null}
      <LetterActions key={`${detail.status}-${detail.versionNo}-${detail.currentStep}`} detail={detail} onDone={done} />
      {detail.actions.includes('edit') ? (
        <LetterEditor
          key={detail.versionNo}
          detail={detail}
          onSaved={(d) => done(d, `Đã lưu phiên bản ${d.versionNo}.`)}
        />
      ) : (
        <section className="card" aria-labelledby="letter-content">
          <h2 id="letter-content">Nội dung</h2>
          <p>Kính gửi: {detail.letter.addressees.join('; ')}</p>
          {detail.letter.body.map((b, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity of their own
            <p key={i} className="pre-line">
              {b.kind === 'paragraph' || b.kind === 'heading'
                ? b.text
                : b.kind === 'table'
                  ? [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n')
                  : b.items.map((t, j) => (b.kind === 'numbered' ? `${j + 1}. ${t}` : `- ${t}`)).join('\n')}
            </p>
          ))}
        </section>
      )}
      <section className="card" aria-labelledby="letter-steps">
        <h2 id="letter-steps">Quá trình xử lý</h2>
        <ol className="timeline">
          {detail.steps.map((s) => (
            <li key={s.id} data-testid="letter-step">
              <strong>{s.actionLabel}</strong> — {s.actorName ?? ''} · {formatDateTime(s.at)} · phiên bản {s.versionNo}
              {s.comment ? <p className="pre-line">{s.comment}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      {detail.networkRecipients.length || detail.deliveries.length ? (
        <section className="card" aria-labelledby="letter-deliveries">
          <h2 id="letter-deliveries">Gửi liên thông</h2>
          {detail.deliveries.length ? (
            <Table
              caption="Tình trạng ở nơi nhận"
              rows={detail.deliveries}
              rowKey={(d) => d.recipientId}
              columns={[
                { key: 'to', header: 'Nơi nhận', cell: (d) => d.recipientName },
                {
                  key: 'status',
                  header: 'Tình trạng',
                  cell: (d) => (
                    <span data-testid="delivery-status">
                      {d.statusCode} — {d.statusLabel}
                    </span>
                  ),
                },
                { key: 'at', header: 'Cập nhật', cell: (d) => formatDateTime(d.updatedAt) },
              ]}
            />
          ) : (
            <p>Sẽ gửi tới: {detail.networkRecipients.map((r) => r.name).join('; ')}</p>
          )}
        </section>
      ) : null}
      <section className="card" aria-labelledby="letter-versions">
        <h2 id="letter-versions">Các phiên bản</h2>
        <ul>
          {(versions.data?.items ?? []).map((v) => (
            <li key={v.versionNo}>
              Phiên bản {v.versionNo} — {v.authorName ?? ''} · {formatDateTime(v.createdAt)}
              {v.note ? ` · ${v.note}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
