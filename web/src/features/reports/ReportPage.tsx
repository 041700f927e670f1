/**
 * One report: figures pre-filled from TCT (the computed value beside the reported one; a changed computed
 * value needs a reason), the narrative outline, validation before submission, the workflow buttons the
 * user's role allows, and the history of steps and sent revisions.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { $api, client, errorMessage, isNotFound, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { type CellEdit, FormTable, parseCell } from './FormTable.tsx';
import {
  ACTION_LABELS,
  EVENT_LABELS,
  NEEDS_COMMENT,
  type RegimeDef,
  type ReportContent,
  type ReportDetail,
  stateTone,
} from './reportTypes.ts';
import './reports.css';

function History({ reportId }: { reportId: string }) {
  const history = $api.useQuery('get', '/api/reports/{id}/history', { params: { path: { id: reportId } } });
  if (!history.data) return null;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Lịch sử</h2>
      <ol className="report-history">
        {history.data.events.map((e) => (
          <li key={`${e.at}-${e.action}`}>
            {formatDateTime(e.at)} — {EVENT_LABELS[e.action] ?? e.action} (bản {e.revision})
            {e.actorName ? ` · ${e.actorName}` : ''}
            {e.comment ? <div className="small">«{e.comment}»</div> : null}
          </li>
        ))}
      </ol>
      {history.data.revisions.length ? (
        <p className="small">
          Các bản đã gửi:{' '}
          {history.data.revisions
            .map((r) => `bản ${r.revision}: ${r.numberSymbol} (${formatDateTime(r.sentAt)})`)
            .join('; ')}
        </p>
      ) : null}
    </section>
  );
}

function Actions({ report, onDone }: { report: ReportDetail; onDone: (message: string) => void }) {
  const [comment, setComment] = useState('');
  const act = useMutation({
    mutationFn: (action: string) =>
      unwrap(
        client.POST('/api/reports/{id}/actions/{action}', {
          params: { path: { id: report.id, action: action as 'submit' } },
          body: { comment: comment || null },
        }),
      ),
    onSuccess: async (result, action) => {
      setComment('');
      await invalidate('/api/reports');
      onDone(`${ACTION_LABELS[action]}: xong${result?.numberSymbol ? `, số ${result.numberSymbol}` : ''}.`);
    },
  });
  if (!report.actions.length) return null;
  const needsComment = report.actions.some((a) => NEEDS_COMMENT.has(a));
  return (
    <div className="report-actions">
      {needsComment ? (
        <label className="field">
          <span>Ý kiến (bắt buộc khi trả lại)</span>
          <textarea className="input" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
      ) : null}
      <div className="report-actions__buttons">
        {report.actions.map((a) => (
          <button
            key={a}
            type="button"
            className={NEEDS_COMMENT.has(a) ? 'button button--danger' : 'button button--primary'}
            disabled={act.isPending}
            onClick={() => act.mutate(a)}
          >
            {ACTION_LABELS[a] ?? a}
          </button>
        ))}
      </div>
      {act.error ? (
        <p className="form-error" role="alert">
          {errorMessage(act.error)}
        </p>
      ) : null}
    </div>
  );
}

export function ReportPage({ reportId }: { reportId: string }) {
  const query = $api.useQuery('get', '/api/reports/{id}', { params: { path: { id: reportId } } });
  const [edits, setEdits] = useState<Record<string, CellEdit>>({});
  const [sections, setSections] = useState<Record<string, string>>({});
  const [flash, setFlash] = useState<string | null>(null);
  const report = query.data;
  const definition = report?.definition as RegimeDef | undefined;
  const content = report?.content as ReportContent | undefined;

  const save = useMutation({
    mutationFn: async () => {
      const figures = Object.entries(edits).map(([key, e]) => {
        const [form, row, column] = key.split('.') as [string, string, string];
        const type =
          definition?.forms.find((f) => f.code === form)?.columns.find((c) => c.code === column)?.type ?? 'integer';
        return { form, row, column, value: parseCell(e.value, type), reason: e.reason || null };
      });
      if (figures.length)
        await unwrap(
          client.PATCH('/api/reports/{id}/figures', { params: { path: { id: reportId } }, body: { figures } }),
        );
      const changed = Object.entries(sections).map(([code, text]) => ({ code, text }));
      if (changed.length)
        await unwrap(
          client.PATCH('/api/reports/{id}/narrative', {
            params: { path: { id: reportId } },
            body: { sections: changed },
          }),
        );
    },
    onSuccess: async () => {
      setEdits({});
      setSections({});
      await invalidate('/api/reports');
      setFlash('Đã lưu báo cáo.');
    },
  });
  const refresh = useMutation({
    mutationFn: () => unwrap(client.POST('/api/reports/{id}/refresh', { params: { path: { id: reportId } } })),
    onSuccess: async () => {
      await invalidate('/api/reports');
      setFlash('Đã tính lại số liệu từ TCT.');
    },
  });

  if (query.isLoading) return <Loading />;
  if (isNotFound(query.error)) return <NotFoundOrNoAccessPage what="báo cáo" />;
  if (query.error || !report || !definition || !content)
    return <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />;
  const dirty = Object.keys(edits).length > 0 || Object.keys(sections).length > 0;
  const flagged = new Set(
    [...report.validation.errors, ...report.validation.warnings].flatMap((i) =>
      i.cells.map((c) => `${c.form}.${c.row}.${c.column}`),
    ),
  );

  return (
    <>
      <PageHeader
        title={`${report.regimeName} — ${report.periodLabel}`}
        subtitle={
          <>
            {report.organisationName} · số liệu từ {formatDate(report.cutoffFrom)} đến {formatDate(report.cutoffTo)} ·
            hạn gửi {formatDate(report.deadline)} <Badge tone={stateTone(report.state)}>{report.stateLabel}</Badge>
            {report.revision > 1 ? ` · bản ${report.revision}` : ''}
            {report.numberSymbol ? ` · số ${report.numberSymbol}` : ''}
            {report.onTime !== null ? (
              <Badge tone={report.onTime ? 'success' : 'warning'}>{report.onTime ? 'Gửi đúng hạn' : 'Gửi muộn'}</Badge>
            ) : null}
          </>
        }
      />
      <SuccessBanner message={flash} onClose={() => setFlash(null)} />
      {report.returnComment ? (
        <p className="report-returned" role="status">
          Học viện trả lại: «{report.returnComment}»
        </p>
      ) : null}

      <section aria-labelledby="check-title" className="report-check">
        <h2 id="check-title">Kiểm tra</h2>
        {report.validation.ok && !report.validation.warnings.length ? (
          <p className="report-check__ok">Báo cáo hợp lệ.</p>
        ) : null}
        <ul>
          {report.validation.errors.map((i) => (
            <li key={`e${i.code}:${i.message}`} className="report-check__error">
              Lỗi: {i.message}
            </li>
          ))}
          {report.validation.warnings.map((i) => (
            <li key={`w${i.code}:${i.message}`} className="report-check__warning">
              Cảnh báo: {i.message}
            </li>
          ))}
        </ul>
      </section>

      <Actions report={report} onDone={setFlash} />

      {report.editable ? (
        <div className="report-toolbar">
          <button
            type="button"
            className="button button--primary"
            disabled={!dirty || save.isPending}
            onClick={() => save.mutate()}
          >
            Lưu
          </button>
          <button
            type="button"
            className="button"
            disabled={refresh.isPending || dirty}
            onClick={() => refresh.mutate()}
          >
            Tính lại từ TCT
          </button>
          {save.error ? (
            <span className="form-error" role="alert">
              {errorMessage(save.error)}
            </span>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="outline-title">
        <h2 id="outline-title">Nội dung báo cáo</h2>
        {definition.outline.map((s) => (
          <div key={s.code} className="field report-section">
            <label htmlFor={`section-${s.code}`}>
              {s.code}. {s.title}
              {s.required ? ' (bắt buộc)' : ''}
            </label>
            {s.guidance ? <span className="muted small">{s.guidance}</span> : null}
            {report.editable ? (
              <textarea
                id={`section-${s.code}`}
                className="input"
                rows={3}
                value={sections[s.code] ?? content.narrative[s.code] ?? ''}
                onChange={(e) => setSections((prev) => ({ ...prev, [s.code]: e.target.value }))}
              />
            ) : (
              <p id={`section-${s.code}`} className="report-section__text">
                {content.narrative[s.code] || '—'}
              </p>
            )}
          </div>
        ))}
      </section>

      {definition.forms.map((form) => (
        <FormTable
          key={form.code}
          form={form}
          figures={content.figures[form.code]}
          editable={report.editable}
          edits={edits}
          flagged={flagged}
          onEdit={(key, edit) => setEdits((prev) => ({ ...prev, [key]: edit }))}
        />
      ))}
      <History reportId={reportId} />
    </>
  );
}
