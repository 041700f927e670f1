/**
 * One directive: its requirements and recipients. A draft is reviewed here and issued ("Ban hành")
 * after a confirmation that says how many schools will receive it; an issued one links to its dashboard.
 */
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { $api, client, isNotFound, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import type { Directive } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { loadAllOrganisations } from '../../components/OrganisationPicker.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { useFlash, withFlash } from '../../lib/flash.ts';
import { formatDate, formatDateTime, formatNumber, sortByVietnamese } from '../../lib/format.ts';
import { Link, useNavigate } from 'react-router';
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
function useRecipientPreview(directive: Directive | undefined): {
  count: number | null;
  names: string[] | null;
  error: unknown;
} {
  const query = useQuery({
    queryKey: ['get', '/api/network/organisations', { preview: directive?.id, at: directive?.issuedDate }],
    enabled: directive !== undefined,
    queryFn: async ({ signal }) => {
      if (!directive) return { count: 0, names: null };
      const at = directive.issuedDate;
      if (directive.recipientMode === 'custom') {
        const ids = new Set(directive.recipientIds ?? []);
        const all = await loadAllOrganisations(at, signal);
        const names = sortByVietnamese(
          all.filter((o) => ids.has(o.id)),
          (o) => o.name,
        ).map((o) => o.name);
        return { count: ids.size, names };
      }
      let count = 0;
      for (const kind of RECIPIENT_MODE_KINDS[directive.recipientMode]) {
        const page = await unwrap(
          client.GET('/api/network/organisations', { params: { query: { at, kind, pageSize: 1 } }, signal }),
        );
        count += page.total;
      }
      return { count, names: null };
    },
  });
  return { count: query.data?.count ?? null, names: query.data?.names ?? null, error: query.error };
}

export function DirectivePage({ directiveId }: { directiveId: string }) {
  const navigate = useNavigate();
  const query = $api.useQuery('get', '/api/directives/{id}', { params: { path: { id: directiveId } } });
  const directive = query.data;
  const { error, isLoading } = query;
  const reload = () => void query.refetch();
  const preview = useRecipientPreview(directive);
  const [flash, setFlashMessage] = useFlash();
  const [confirming, setConfirming] = useState(false);
  const issue = useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/directives/{id}/issue', { params: { path: { id } } })),
    onSuccess: async (result, id) => {
      await invalidate('/api/directives', '/api/obligations');
      navigate(
        `/chi-dao/${encodeURIComponent(id)}/theo-doi`,
        withFlash(`Đã ban hành chỉ đạo, gửi đến ${formatNumber(result.recipients)} đơn vị.`),
      );
    },
    onError: () => setConfirming(false),
  });

  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="chỉ đạo" />;
  if (isLoading) return <Loading />;
  if (!directive) return <ErrorBanner error={error} onRetry={reload} />;

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
      <ErrorBanner error={issue.error} />
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
        busy={issue.isPending || issue.isSuccess}
        onConfirm={() => issue.mutate(directive.id)}
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
