/** Links of a document, both ways (cites / answers / replaces / revokes), with add and remove for the registry. */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DateField } from '../../components/DateField.tsx';
import { Badge, ErrorBanner } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import { Link } from 'react-router';
import type { DocumentDetail, LinkItem } from './documentTypes.ts';

const KINDS: [string, string][] = [
  ['cites', 'Viện dẫn'],
  ['answers', 'Trả lời'],
  ['replaces', 'Thay thế'],
  ['revokes', 'Thu hồi, bãi bỏ'],
];

function LinkRow({ link, onRemove }: { link: LinkItem; onRemove?: (() => void) | undefined }) {
  const label =
    [link.numberSymbol, link.date ? `ngày ${formatDate(link.date)}` : null].filter(Boolean).join(' ') || 'Văn bản';
  return (
    <li className="link-row">
      <span className="link-row__kind">{link.kindLabel}</span>{' '}
      {link.documentId ? (
        <Link to={`/van-ban/${encodeURIComponent(link.documentId)}`}>{label}</Link>
      ) : (
        <span>{label}</span>
      )}
      {link.subject ? <span className="muted"> — {link.subject}</span> : null}
      {link.pending ? (
        <>
          {' '}
          <Badge tone="neutral" title="Văn bản này chưa có trong sổ; liên kết tự hoàn tất khi văn bản đến.">
            Chưa có trong sổ
          </Badge>
        </>
      ) : null}
      {onRemove ? (
        <>
          {' '}
          <button type="button" className="link-button" onClick={onRemove}>
            Xóa
          </button>
        </>
      ) : null}
    </li>
  );
}

/** After a link changes both documents change (the other one lists it as incoming): refetch every document. */
const refreshDocuments = () => invalidate('/api/documents');

export function LinksPanel({ doc, canEdit }: { doc: DocumentDetail; canEdit: boolean }) {
  const [kind, setKind] = useState('cites');
  const [symbol, setSymbol] = useState('');
  const [date, setDate] = useState('');
  const [removing, setRemoving] = useState<LinkItem | null>(null);

  const add = useMutation({
    mutationFn: () =>
      unwrap(
        client.POST('/api/documents/{id}/links', {
          params: { path: { id: doc.id } },
          body: { kind: kind as never, toNumberSymbol: symbol.trim(), ...(date ? { toDate: date } : {}) },
        }),
      ),
    onSuccess: async () => {
      setSymbol('');
      setDate('');
      await refreshDocuments();
    },
  });
  const remove = useMutation({
    mutationFn: (link: LinkItem) =>
      client.DELETE('/api/documents/{id}/links/{linkId}', { params: { path: { id: doc.id, linkId: link.id } } }),
    onSuccess: refreshDocuments,
    onSettled: () => setRemoving(null),
  });
  const busy = add.isPending || remove.isPending;

  return (
    <section className="card" aria-labelledby="links-title">
      <h2 id="links-title">Văn bản liên quan</h2>
      <h3>Văn bản này …</h3>
      {doc.links.outgoing.length ? (
        <ul className="link-list">
          {doc.links.outgoing.map((l) => (
            <LinkRow key={l.id} link={l} onRemove={canEdit ? () => setRemoving(l) : undefined} />
          ))}
        </ul>
      ) : (
        <p className="muted">Không viện dẫn, trả lời hay thay thế văn bản nào.</p>
      )}
      <h3>… được nhắc tới bởi</h3>
      {doc.links.incoming.length ? (
        <ul className="link-list">
          {doc.links.incoming.map((l) => (
            <LinkRow key={l.id} link={l} />
          ))}
        </ul>
      ) : (
        <p className="muted">Chưa có văn bản nào viện dẫn, trả lời hay thay thế văn bản này.</p>
      )}
      {canEdit ? (
        <form
          className="inline-form"
          aria-label="Thêm liên kết"
          onSubmit={(e) => {
            e.preventDefault();
            if (!busy) add.mutate();
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor="link-kind">
              Quan hệ
            </label>
            <select id="link-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              {KINDS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="link-symbol">
              Số, ký hiệu văn bản
            </label>
            <input
              id="link-symbol"
              value={symbol}
              onChange={(e) => setSymbol(e.target.value)}
              placeholder="2174-CV/HVCTQG"
            />
          </div>
          <DateField label="Ngày văn bản" value={date} optional onChange={setDate} />
          <button type="submit" className="button" disabled={busy || !symbol.trim()}>
            Thêm liên kết
          </button>
        </form>
      ) : null}
      <ErrorBanner error={add.error ?? remove.error} />
      <ConfirmDialog
        open={!!removing}
        title="Xóa liên kết?"
        tone="danger"
        busy={busy}
        confirmLabel="Xóa"
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && !busy && remove.mutate(removing)}
      >
        <p>
          Liên kết “{removing?.kindLabel} {removing?.numberSymbol}” sẽ bị xóa (thao tác được ghi nhật ký).
        </p>
      </ConfirmDialog>
    </section>
  );
}
