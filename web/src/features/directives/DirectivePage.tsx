/**
 * One directive: its requirements and recipients. A draft is reviewed here and issued ("Ban hành")
 * after a confirmation that says how many schools will receive it; an issued one links to its dashboard.
 */
import { useEffect, useState } from 'react';
import { ApiError, api, queryString } from '../../api/client.ts';
import type { Directive, Organisation, Page } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { loadAllOrganisations } from '../../components/OrganisationPicker.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { setFlash, takeFlash } from '../../lib/flash.ts';
import { formatDate, formatDateTime, formatNumber, sortByVietnamese } from '../../lib/format.ts';
import { Link, useNavigate } from 'react-router';
import { useApiData } from '../../lib/useApiData.ts';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import {
  RECIPIENT_MODE_KINDS,
  RECIPIENT_MODE_LABELS,
  answerTypeLabel,
  numberSymbolText,
  requirementName,
} from './directiveLabels.ts';
import './directives.css';

type Requirement = Directive['requirements'][number];

const requirementColumns: Column<Requirement>[] = [
  { key: 'no', header: 'Yêu cầu', cell: (r) => <span className="nowrap">{requirementName(r.no)}</span> },
  { key: 'text', header: 'Nội dung', cell: (r) => <span className="pre-line">{r.text}</span> },
  {
    key: 'deadline',
    header: 'Hạn',
    cell: (r) => (r.deadline ? formatDate(r.deadline) : <span className="muted">Không có hạn</span>),
    className: 'nowrap',
  },
  { key: 'type', header: 'Cách trường báo cáo', cell: (r) => answerTypeLabel(r.answerType) },
];

/** The schools that will receive the directive: counted by kind on the issue date, or the hand-picked list. */
function useRecipientPreview(directive: Directive | null): {
  count: number | null;
  names: string[] | null;
  error: unknown;
} {
  const [state, setState] = useState<{ count: number | null; names: string[] | null; error: unknown }>({
    count: null,
    names: null,
    error: null,
  });
  useEffect(() => {
    if (!directive) return;
    const controller = new AbortController();
    const at = directive.issuedDate;
    const load = async () => {
      if (directive.recipientMode === 'custom') {
        const ids = new Set(directive.recipientIds ?? []);
        const all = await loadAllOrganisations(at, controller.signal);
        const names = sortByVietnamese(
          all.filter((o) => ids.has(o.id)),
          (o) => o.name,
        ).map((o) => o.name);
        return { count: ids.size, names, error: null };
      }
      let count = 0;
      for (const kind of RECIPIENT_MODE_KINDS[directive.recipientMode]) {
        const page = await api.get<Page<Organisation>>(
          `/api/network/organisations${queryString({ at, kind, pageSize: 1 })}`,
          controller.signal,
        );
        count += page.total;
      }
      return { count, names: null, error: null };
    };
    load()
      .then((result) => setState(result))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ count: null, names: null, error });
      });
    return () => controller.abort();
  }, [directive]);
  return state;
}

export function DirectivePage({ directiveId }: { directiveId: string }) {
  const {
    data: directive,
    error,
    loading,
    reload,
  } = useApiData<Directive>(`/api/directives/${encodeURIComponent(directiveId)}`);
  const preview = useRecipientPreview(directive);
  const [flash, setFlashMessage] = useState<string | null>(() => takeFlash());
  const [confirming, setConfirming] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [issueError, setIssueError] = useState<unknown>(null);

  if (isNotFound(error))
    return <NotFoundOrNoAccessPage what="chỉ đạo" />;
  if (loading && !directive) return <Loading />;
  if (!directive) return <ErrorBanner error={error} onRetry={reload} />;

  const issue = async () => {
    setIssuing(true);
    setIssueError(null);
    try {
      const result = await api.post<{ recipients: number }>(
        `/api/directives/${encodeURIComponent(directive.id)}/issue`,
      );
      setFlash(`Đã ban hành chỉ đạo, gửi đến ${formatNumber(result.recipients)} đơn vị.`);
      navigate(`/chi-dao/${encodeURIComponent(directive.id)}/theo-doi`);
    } catch (cause) {
      setIssueError(cause);
      setIssuing(false);
      setConfirming(false);
    }
  };

  const isDraft = directive.status === 'draft';
  const countText = preview.count !== null ? `${formatNumber(preview.count)} đơn vị` : 'đang tính…';

  return (
    <>
      <p className="breadcrumb">
        <Link to="/chi-dao">Chỉ đạo mạng lưới</Link> › {numberSymbolText(directive.numberSymbol)}
      </p>
      <PageHeader
        title={directive.title}
        subtitle={
          <>
            {numberSymbolText(directive.numberSymbol)} ngày {formatDate(directive.issuedDate)}{' '}
            {isDraft ? <Badge tone="warning">Dự thảo</Badge> : <Badge tone="success">Đã ban hành</Badge>}
          </>
        }
        actions={
          isDraft ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setConfirming(true)}
              disabled={preview.count === null && !preview.error}
            >
              Ban hành
            </button>
          ) : (
            <Link to={`/chi-dao/${encodeURIComponent(directive.id)}/theo-doi`} className="button button--primary">
              Bảng theo dõi
            </Link>
          )
        }
      />
      <SuccessBanner message={flash} onClose={() => setFlashMessage(null)} />
      <ErrorBanner error={issueError} />
      {isDraft ? (
        <div className="banner banner--info" role="note">
          Đây là dự thảo: các trường chưa nhận được. Khi bấm “Ban hành”, mỗi trường nhận một văn bản điện tử trong sổ
          văn bản đến và một nhiệm vụ cho từng yêu cầu.
        </div>
      ) : null}
      <section className="card" aria-labelledby="directive-recipients">
        <h2 id="directive-recipients">Nơi nhận</h2>
        <dl className="details">
          <dt>Phạm vi</dt>
          <dd>{RECIPIENT_MODE_LABELS[directive.recipientMode]}</dd>
          <dt>{isDraft ? 'Số đơn vị sẽ nhận' : 'Số đơn vị hoạt động ngày ban hành'}</dt>
          <dd data-testid="recipient-count">
            {preview.error ? <span className="muted">Không tính được</span> : countText}
          </dd>
          {preview.names ? (
            <>
              <dt>Đơn vị được chọn</dt>
              <dd>
                <ul className="inline-list">
                  {preview.names.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {directive.issuedAt ? (
            <>
              <dt>Ban hành lúc</dt>
              <dd>{formatDateTime(directive.issuedAt)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="directive-requirements">
        <h2 id="directive-requirements">Các yêu cầu ({directive.requirements.length})</h2>
        <Table
          caption="Các yêu cầu của chỉ đạo"
          columns={requirementColumns}
          rows={directive.requirements}
          rowKey={(r) => r.id}
          emptyTitle="Chỉ đạo chưa có yêu cầu"
        />
      </section>
      <ConfirmDialog
        open={confirming}
        title="Ban hành chỉ đạo?"
        confirmLabel="Ban hành"
        busy={issuing}
        onConfirm={() => void issue()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Chỉ đạo <strong>{directive.numberSymbol ?? directive.title}</strong> sẽ được gửi đến{' '}
          <strong data-testid="issue-count">{countText}</strong>
          {directive.recipientMode === 'custom' ? ' đã chọn' : ` hoạt động ngày ${formatDate(directive.issuedDate)}`}.
        </p>
        <p className="muted">
          Mỗi đơn vị nhận văn bản trong sổ văn bản đến và {directive.requirements.length} nhiệm vụ. Sau khi ban hành
          không sửa được nội dung.
        </p>
      </ConfirmDialog>
    </>
  );
}
