/**
 * One obligation: the requirement the Academy set, its deadline and the school's current answer,
 * the update form (school users) and the history timeline. Academy users see it read-only.
 */
import { $api, isNotFound } from '../../api/client.ts';
import { useState } from 'react';
import type { ObligationDetail } from '../../api/types.ts';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useMe } from '../../session/SessionContext.tsx';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { ObligationAnswerForm } from './ObligationAnswerForm.tsx';
import { ObligationTimeline } from './ObligationTimeline.tsx';
import { ObligationEvidence } from './ObligationEvidence.tsx';
import { answerTypeLabel, numberSymbolText, obligationStatusTone, requirementName } from './directiveLabels.ts';
import './directives.css';

export function ObligationPage({ obligationId }: { obligationId: string }) {
  const me = useMe();
  const query = $api.useQuery('get', '/api/obligations/{id}', { params: { path: { id: obligationId } } });
  const data = query.data;
  const { error, isLoading } = query;
  const reload = () => void query.refetch();
  const [saved, setSaved] = useState<ObligationDetail | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="nhiệm vụ" />;
  const obligation = saved ?? data;
  if (isLoading && !obligation) return <Loading />;
  if (!obligation) return <ErrorBanner error={error} onRetry={reload} />;
  const answer = obligation.answer;

  return (
    <>
      <p className="breadcrumb">
        {me.isAcademy ? (
          <Link to={`/chi-dao/${encodeURIComponent(obligation.directiveId)}/theo-doi`}>Bảng theo dõi</Link>
        ) : (
          <Link to="/nhiem-vu-chi-dao">Nhiệm vụ theo chỉ đạo</Link>
        )}{' '}
        › {requirementName(obligation.requirementNo)}
      </p>
      <PageHeader
        title={`${requirementName(obligation.requirementNo)} — ${numberSymbolText(obligation.numberSymbol)}`}
        subtitle={
          <>
            {obligation.directiveTitle} · {obligation.organisationName}
          </>
        }
      />
      <SuccessBanner message={message} onClose={() => setMessage(null)} />
      <div className="obligation-layout">
        <div>
          <section className="card" aria-labelledby="obligation-requirement">
            <h2 id="obligation-requirement">Yêu cầu của Học viện</h2>
            <p className="pre-line requirement-text">{obligation.requirementText}</p>
            <dl className="details">
              <dt>Hạn hoàn thành</dt>
              <dd>
                {obligation.deadline ? formatDate(obligation.deadline) : 'Không có hạn'}{' '}
                {obligation.overdue ? <Badge tone="danger">Quá hạn</Badge> : null}
                {obligation.illustrative ? <Badge tone="warning">Dữ liệu minh họa, chưa xác minh</Badge> : null}
              </dd>
              <dt>Cách báo cáo</dt>
              <dd>{answerTypeLabel(obligation.answerType)}</dd>
              <dt>Tình trạng hiện tại</dt>
              <dd data-testid="obligation-stage">
                <Badge tone={obligationStatusTone(obligation.status)}>{obligation.stageLabel}</Badge>
              </dd>
              {answer.decisionNumber ? (
                <>
                  <dt>Quyết định</dt>
                  <dd>
                    Số {answer.decisionNumber}
                    {answer.approvalDate ? ` ngày ${formatDate(answer.approvalDate)}` : ''}
                  </dd>
                </>
              ) : null}
              {answer.targetYear ? (
                <>
                  <dt>Năm đăng ký đạt chuẩn</dt>
                  <dd>{answer.targetYear}</dd>
                </>
              ) : null}
              <dt>Cập nhật lần cuối</dt>
              <dd>{formatDateTime(obligation.updatedAt)}</dd>
            </dl>
          </section>
          {me.isAcademy ? (
            <div className="banner banner--info" role="note">
              Học viện chỉ xem; trường cập nhật tình hình thực hiện.
            </div>
          ) : (
            <ObligationAnswerForm
              key={obligation.updatedAt}
              obligation={obligation}
              onSaved={(updated) => {
                setSaved(updated);
                setMessage(`Đã cập nhật: ${updated.stageLabel}.`);
              }}
            />
          )}
        </div>
        <div>
          <section className="card" aria-labelledby="obligation-history">
            <h2 id="obligation-history">Lịch sử cập nhật</h2>
            <ObligationTimeline obligation={obligation} />
          </section>
          <section className="card" aria-labelledby="obligation-evidence">
            <h2 id="obligation-evidence">Minh chứng</h2>
            <ObligationEvidence obligation={obligation} canUpload={!me.isAcademy} onUploaded={() => setSaved(null)} />
          </section>
        </div>
      </div>
    </>
  );
}
