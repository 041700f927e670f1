/**
 * Văn bản đi: drafts waiting for a number, the outgoing register, a form to draft a letter (optionally
 * answering an incoming one) and the "Cấp số, ban hành" action.
 */
import { hasRole } from '../../api/types.ts';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { $api, client, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { DateField } from '../../components/DateField.tsx';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDate, todayInVietnam } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { statusTone } from './documentLabels.ts';
import { useDocumentCatalog } from './useDocumentCatalog.ts';
import { REGISTRY_ROLES, type DocumentDetail, type DocumentSummary } from './documentTypes.ts';

/** Issuing or drafting changes the drafts list, the register and the document itself. */
const refreshDocuments = () => invalidate('/api/documents', '/api/registers');
import './documents.css';

export function IssueButton({
  doc,
  onIssued,
}: {
  doc: DocumentDetail | DocumentSummary;
  onIssued?: (next: DocumentDetail) => void;
}) {
  const [open, setOpen] = useState(false);
  const [issueDate, setIssueDate] = useState(todayInVietnam());
  const [unit, setUnit] = useState('');
  const issue = useMutation({
    mutationFn: () =>
      unwrap(
        client.POST('/api/documents/{id}/issue', {
          params: { path: { id: doc.id } },
          body: { issueDate, ...(unit.trim() ? { draftingUnit: unit.trim() } : {}) },
        }),
      ),
    onSuccess: async (next) => {
      setOpen(false);
      onIssued?.(next);
      await refreshDocuments();
    },
  });
  const busy = issue.isPending;
  const error = issue.error;
  if (!open)
    return (
      <button type="button" className="button button--primary button--small" onClick={() => setOpen(true)}>
        Cấp số, ban hành
      </button>
    );
  return (
    <div className="issue-box">
      <DateField label="Ngày ban hành" value={issueDate} onChange={setIssueDate} />
      {doc.typeCode === 'CV' ? (
        <div className="field">
          <label className="field__label" htmlFor={`unit-${doc.id}`}>
            Đơn vị soạn thảo (công văn hành chính)
          </label>
          <input id={`unit-${doc.id}`} value={unit} onChange={(e) => setUnit(e.target.value)} placeholder="VP" />
        </div>
      ) : null}
      <button
        type="button"
        className="button button--primary button--small"
        disabled={busy}
        onClick={() => issue.mutate()}
      >
        {busy ? 'Đang cấp số…' : 'Xác nhận cấp số'}
      </button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        Hủy
      </button>
      <ErrorBanner error={error} />
    </div>
  );
}

function DraftForm({ onCreated }: { onCreated: (doc: DocumentDetail) => void }) {
  const [params] = useQueryParams();
  const documentTypesFor = useDocumentCatalog().typesFor;
  const [family, setFamily] = useState<'party' | 'state'>('party');
  const [typeCode, setTypeCode] = useState('CV');
  const [subject, setSubject] = useState('');
  const [recipients, setRecipients] = useState('');
  const [signerName, setSignerName] = useState('');
  const [signerTitle, setSignerTitle] = useState('');
  const answers = params.get('tra-loi');
  const submit = useMutation({
    mutationFn: () => {
      const typeName = documentTypesFor(family).find(([c]) => c === typeCode)?.[1] ?? typeCode;
      return unwrap(
        client.POST('/api/documents/outgoing', {
          body: {
            family,
            typeCode,
            typeName,
            subject: subject.trim(),
            recipients: recipients
              .split('\n')
              .map((r) => r.trim())
              .filter(Boolean),
            ...(answers ? { answersDocumentId: answers } : {}),
            signerName: signerName.trim() || null,
            signerTitle: signerTitle.trim() || null,
          },
        }),
      );
    },
    onSuccess: async (doc) => {
      setSubject('');
      setRecipients('');
      onCreated(doc);
      await refreshDocuments();
    },
  });
  const busy = submit.isPending;
  const error = submit.error;
  return (
    <section className="card" aria-labelledby="draft-title">
      <h2 id="draft-title">Soạn văn bản đi</h2>
      {answers ? (
        <p className="banner banner--info">
          Văn bản này trả lời <Link to={`/van-ban/${encodeURIComponent(answers)}`}>văn bản đến đã chọn</Link>; liên kết
          “Trả lời” được tạo khi ban hành.
        </p>
      ) : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) submit.mutate();
        }}
      >
        <div className="doc-grid">
          <div className="field">
            <label className="field__label" htmlFor="og-family">
              Khối
            </label>
            <select
              id="og-family"
              value={family}
              onChange={(e) => {
                const next = e.target.value as 'party' | 'state';
                setFamily(next);
                // each family has its own list (no KL for a state body; QĐi vs QyĐ)
                if (!documentTypesFor(next).some(([c]) => c === typeCode)) setTypeCode('CV');
              }}
            >
              <option value="party">Văn bản của Đảng (số theo loại, theo nhiệm kỳ)</option>
              <option value="state">Văn bản hành chính (số theo năm)</option>
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="og-type">
              Loại văn bản
            </label>
            <select id="og-type" value={typeCode} onChange={(e) => setTypeCode(e.target.value)}>
              {documentTypesFor(family).map(([c, n]) => (
                <option key={c} value={c}>
                  {n} ({c})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="og-signer">
              Người ký
            </label>
            <input id="og-signer" value={signerName} onChange={(e) => setSignerName(e.target.value)} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="og-title">
              Chức vụ người ký
            </label>
            <input id="og-title" value={signerTitle} onChange={(e) => setSignerTitle(e.target.value)} />
          </div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="og-subject">
            Trích yếu
          </label>
          <textarea id="og-subject" rows={2} required value={subject} onChange={(e) => setSubject(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="og-to">
            Nơi nhận (mỗi dòng một nơi)
          </label>
          <textarea id="og-to" rows={3} value={recipients} onChange={(e) => setRecipients(e.target.value)} />
        </div>
        <ErrorBanner error={error} />
        <button type="submit" className="button button--primary" disabled={busy || !subject.trim()}>
          Lưu dự thảo
        </button>
      </form>
    </section>
  );
}

export function OutgoingPage() {
  const me = useMe();
  const { current } = useCurrentOrganisation();
  const [params, setParams] = useQueryParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [message, setMessage] = useState<string | null>(null);
  const organisationId = current?.id ?? me.organisation.id;
  const drafts = $api.useQuery('get', '/api/documents/search', {
    params: { query: { organisationId, register: 'outgoing', status: 'draft', pageSize: 100 } },
  });
  const register = $api.useQuery('get', '/api/registers/outgoing', {
    params: { query: { organisationId, page, pageSize: 50 } },
  });
  const registry = hasRole(REGISTRY_ROLES, me.role);
  const refresh = (text: string) => setMessage(text);
  const draftColumns: Column<DocumentSummary>[] = [
    { key: 'created', header: 'Ngày soạn', cell: (d) => formatDate(d.createdAt), className: 'nowrap' },
    { key: 'type', header: 'Loại', cell: (d) => d.typeName },
    {
      key: 'subject',
      header: 'Trích yếu',
      cell: (d) => <Link to={`/van-ban/${encodeURIComponent(d.id)}`}>{d.subject}</Link>,
    },
    ...(registry
      ? [
          {
            key: 'issue',
            header: '',
            cell: (d: DocumentSummary) => (
              <IssueButton doc={d} onIssued={(doc) => refresh(`Đã cấp số ${doc.numberSymbol ?? ''}.`)} />
            ),
          },
        ]
      : []),
  ];
  const registerColumns: Column<DocumentSummary>[] = [
    { key: 'symbol', header: 'Số, ký hiệu', cell: (d) => <strong>{d.numberSymbol}</strong>, className: 'nowrap' },
    { key: 'date', header: 'Ngày ban hành', cell: (d) => formatDate(d.documentDate), className: 'nowrap' },
    {
      key: 'subject',
      header: 'Tên loại và trích yếu',
      cell: (d) => (
        <Link to={`/van-ban/${encodeURIComponent(d.id)}`}>{[d.typeName, d.subject].filter(Boolean).join(': ')}</Link>
      ),
    },
    { key: 'status', header: 'Trạng thái', cell: (d) => <Badge tone={statusTone(d.status)}>{d.statusLabel}</Badge> },
  ];
  return (
    <>
      <PageHeader title="Văn bản đi" subtitle={<>Sổ đăng ký văn bản đi — {current?.name ?? me.organisation.name}</>} />
      <SuccessBanner message={message} onClose={() => setMessage(null)} />
      <DraftForm onCreated={(doc) => refresh(`Đã lưu dự thảo “${doc.subject ?? ''}”.`)} />
      <h2>Dự thảo chờ cấp số</h2>
      <ErrorBanner error={drafts.error} onRetry={() => void drafts.refetch()} />
      {drafts.isLoading ? <Loading /> : null}
      {drafts.data ? (
        <Table
          caption="Dự thảo văn bản đi"
          columns={draftColumns}
          rows={drafts.data.items}
          rowKey={(d) => d.id}
          emptyTitle="Không có dự thảo nào"
        />
      ) : null}
      <h2>Sổ văn bản đi</h2>
      <ErrorBanner error={register.error} onRetry={() => void register.refetch()} />
      {register.data ? (
        <>
          <Table
            caption="Sổ văn bản đi"
            columns={registerColumns}
            rows={register.data.items}
            rowKey={(d) => d.id}
            emptyTitle="Chưa ban hành văn bản nào"
          />
          <Pagination
            page={register.data.page}
            pageSize={register.data.pageSize}
            total={register.data.total}
            totalCapped={register.data.totalCapped}
            itemCount={register.data.items.length}
            onChange={(p) => setParams({ page: p === 1 ? null : p })}
          />
        </>
      ) : null}
    </>
  );
}
