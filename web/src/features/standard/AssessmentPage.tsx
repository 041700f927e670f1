/**
 * One self-assessment: the progress line ("47/55 đạt, 12 vượt chuẩn, 8 chưa đạt"), what is missing, each
 * indicator by criterion (computed values with their workings, status, evidence), submission and the
 * documents out (DOCX report, evidence list XLSX).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { $api, isNotFound } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import { useMe } from '../../session/SessionContext.tsx';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { IndicatorEditor } from './IndicatorEditor.tsx';
import './standard.css';

export function AssessmentPage({ assessmentId }: { assessmentId: string }) {
  const me = useMe();
  const query = $api.useQuery('get', '/api/standard/assessments/{id}', { params: { path: { id: assessmentId } } });
  const [message, setMessage] = useState<string | null>(null);
  const submit = $api.useMutation('post', '/api/standard/assessments/{id}/submit', {
    onSuccess: async () => {
      setMessage('Đã nộp bản tự đánh giá; bước "Tự đánh giá" đã được ghi vào hồ sơ.');
      await invalidate('/api/standard', '/api/obligations');
    },
  });
  if (isNotFound(query.error)) return <NotFoundOrNoAccessPage what="bản tự đánh giá" />;
  const data = query.data;
  if (!data)
    return query.isLoading ? <Loading /> : <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />;
  const a = data.assessment;
  const editable = a.status === 'draft' && !me.isAcademy && me.role !== 'clerk';
  const base = `/api/standard/assessments/${encodeURIComponent(a.id)}`;
  const criteria = [...new Set(data.indicators.map((i) => i.criterion))];
  return (
    <>
      <p className="breadcrumb">
        <Link to={me.isAcademy ? `/truong-chuan/${encodeURIComponent(a.organisationId)}` : '/truong-chuan'}>
          Hồ sơ trường chính trị chuẩn
        </Link>{' '}
        › Tự đánh giá lần {a.round}
      </p>
      <PageHeader
        title={`Tự đánh giá lần ${a.round} — mức ${a.targetLevel}`}
        subtitle={`Số liệu tính đến ngày ${formatDate(a.filingDate)} · ${data.catalogue.title}`}
        actions={
          <>
            <a className="button" href={`${base}/report.docx`} download>
              Báo cáo tự đánh giá (DOCX)
            </a>{' '}
            <a className="button" href={`${base}/evidence.xlsx`} download>
              Danh mục minh chứng (XLSX)
            </a>
          </>
        }
      />
      <SuccessBanner message={message} onClose={() => setMessage(null)} />
      <ErrorBanner error={submit.error} />
      <section className="card" aria-labelledby="progress-title">
        <h2 id="progress-title">Kết quả</h2>
        <p className="standard-progress" data-testid="progress-line">
          {data.progressLine}
        </p>
        <p>
          {a.status === 'submitted' ? <Badge tone="success">Đã nộp</Badge> : <Badge>Đang soạn</Badge>}{' '}
          {data.catalogue.confidence !== 'confirmed' ? (
            <Badge tone="warning">Danh mục chưa xác minh: chưa có danh mục chính thức 55 chỉ tiêu</Badge>
          ) : null}
        </p>
        {data.missing.length ? (
          <details>
            <summary>Còn thiếu ({data.missing.length})</summary>
            <ul>
              {data.missing.map((m) => (
                <li
                  key={`${m.kind}-${m.code}-${m.message}`}
                  className={m.severity === 'blocking' ? 'text-danger' : undefined}
                >
                  {m.message}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {editable ? (
          <button
            type="button"
            className="button button--primary"
            disabled={!data.canSubmit || submit.isPending}
            onClick={() => submit.mutate({ params: { path: { id: a.id } } })}
          >
            Nộp bản tự đánh giá
          </button>
        ) : null}
      </section>
      {criteria.map((c) => (
        <section key={c} className="card" aria-label={`Tiêu chí ${c}`}>
          <h2>Tiêu chí {c}</h2>
          {data.indicators
            .filter((i) => i.criterion === c)
            .map((i) => (
              <IndicatorEditor key={`${i.code}-${a.status}`} assessmentId={a.id} indicator={i} editable={editable} />
            ))}
        </section>
      ))}
    </>
  );
}
