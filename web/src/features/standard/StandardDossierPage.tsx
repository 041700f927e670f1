/**
 * A school's standard-school dossier: stage, level, the steps recorded (who, when, documents), the form for
 * the next step (the school's own steps, or the Academy's survey, council, recognition and certificate),
 * the staff roster and the self-assessments.
 */
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { $api, isNotFound } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { DateField } from '../../components/DateField.tsx';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, todayInVietnam } from '../../lib/format.ts';
import { useMe } from '../../session/SessionContext.tsx';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { RosterSection } from './RosterSection.tsx';
import { StepForm } from './StepForm.tsx';
import type { Dossier } from './standardTypes.ts';
import './standard.css';

const SCHOOL_WRITERS = ['school_admin', 'leader', 'staff'];

function AssessmentsSection({ dossier, canWrite }: { dossier: Dossier; canWrite: boolean }) {
  const navigate = useNavigate();
  const list = $api.useQuery('get', '/api/standard/schools/{id}/assessments', {
    params: { path: { id: dossier.school.id } },
  });
  const [level, setLevel] = useState('1');
  const [purpose, setPurpose] = useState<'progress' | 'application'>('application');
  const [filingDate, setFilingDate] = useState(todayInVietnam());
  const create = $api.useMutation('post', '/api/standard/schools/{id}/assessments', {
    onSuccess: async (created) => {
      await invalidate('/api/standard');
      navigate(`/truong-chuan/tu-danh-gia/${encodeURIComponent(created.assessment.id)}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!create.isPending)
      create.mutate({
        params: { path: { id: dossier.school.id } },
        body: { targetLevel: level === '2' ? 2 : 1, filingDate, purpose },
      });
  };
  return (
    <section className="card" aria-labelledby="assessments-title">
      <h2 id="assessments-title">Tự đánh giá</h2>
      <ErrorBanner error={list.error ?? create.error} />
      <Table
        caption="Các lần tự đánh giá"
        emptyTitle="Chưa có lần tự đánh giá nào"
        columns={[
          {
            key: 'round',
            header: 'Lần',
            cell: (a) => <Link to={`/truong-chuan/tu-danh-gia/${encodeURIComponent(a.id)}`}>Lần {a.round}</Link>,
          },
          { key: 'date', header: 'Ngày tính số liệu', cell: (a) => formatDate(a.filingDate) },
          {
            key: 'purpose',
            header: 'Mục đích',
            cell: (a) => (a.purpose === 'application' ? 'Hồ sơ đề nghị công nhận' : 'Báo cáo tiến độ'),
          },
          {
            key: 'status',
            header: 'Trạng thái',
            cell: (a) => (a.status === 'submitted' ? <Badge tone="success">Đã nộp</Badge> : <Badge>Đang soạn</Badge>),
          },
          { key: 'line', header: 'Kết quả', cell: (a) => a.progressLine ?? '—' },
        ]}
        rows={list.data?.items ?? []}
        rowKey={(a) => a.id}
      />
      {canWrite ? (
        <form onSubmit={submit} noValidate aria-label="Bắt đầu tự đánh giá" className="standard-inline-form">
          <FormField label="Mức đánh giá">
            <select value={level} onChange={(e) => setLevel(e.target.value)}>
              <option value="1">Mức 1</option>
              <option value="2">Mức 2</option>
            </select>
          </FormField>
          <FormField label="Mục đích">
            <select value={purpose} onChange={(e) => setPurpose(e.target.value as 'progress' | 'application')}>
              <option value="application">Hồ sơ đề nghị công nhận</option>
              <option value="progress">Báo cáo tiến độ</option>
            </select>
          </FormField>
          <DateField label="Ngày tính số liệu (ngày nộp hồ sơ)" value={filingDate} onChange={setFilingDate} />
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            Bắt đầu tự đánh giá
          </button>
        </form>
      ) : null}
    </section>
  );
}

export function StandardDossierPage({ organisationId }: { organisationId?: string }) {
  const me = useMe();
  const id = organisationId ?? me.organisation.id;
  const query = $api.useQuery('get', '/api/standard/schools/{id}/dossier', { params: { path: { id } } });
  const [message, setMessage] = useState<string | null>(null);
  if (isNotFound(query.error)) return <NotFoundOrNoAccessPage what="hồ sơ trường chính trị chuẩn" />;
  const dossier = query.data;
  if (!dossier)
    return query.isLoading ? <Loading /> : <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />;
  const schoolWriter = !me.isAcademy && SCHOOL_WRITERS.includes(me.role);
  return (
    <>
      {me.isAcademy ? (
        <p className="breadcrumb">
          <Link to="/truong-chuan-mang-luoi">Trường chính trị chuẩn toàn mạng lưới</Link> › {dossier.school.name}
        </p>
      ) : null}
      <PageHeader
        title={`Trường chính trị chuẩn — ${dossier.school.name}`}
        subtitle="Quy định 11-QĐ/TW: đề án, đăng ký, tự đánh giá, khảo sát, thẩm định, công nhận"
      />
      <SuccessBanner message={message} onClose={() => setMessage(null)} />
      <section className="card" aria-labelledby="dossier-title">
        <h2 id="dossier-title">Hồ sơ</h2>
        <dl className="details">
          <dt>Giai đoạn</dt>
          <dd data-testid="dossier-stage">
            <Badge tone={dossier.stage === 'recognised' ? 'success' : 'info'}>{dossier.stageLabel}</Badge>
          </dd>
          <dt>Mức đã được công nhận</dt>
          <dd>{dossier.levelLabel ?? 'Chưa'}</dd>
          {dossier.inherited.length > 0 || dossier.needsOwnAppraisal ? (
            <>
              <dt>Trường trước hợp nhất</dt>
              <dd data-testid="dossier-inherited">
                {dossier.inherited.length
                  ? dossier.inherited.map((i) => `${i.schoolName}: mức ${i.level} (${formatDate(i.date)})`).join('; ')
                  : 'Chưa có trường nào được công nhận'}
                {dossier.needsOwnAppraisal ? (
                  <>
                    {' '}
                    <Badge tone="warning">Trường mới cần được thẩm định, công nhận lại</Badge>
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          <dt>Trả lời yêu cầu 1, Công văn 2174</dt>
          <dd>
            {dossier.directiveAnswer.stage}
            {dossier.directiveAnswer.incomplete.length
              ? ` (còn thiếu: ${dossier.directiveAnswer.incomplete.join(', ')})`
              : ''}
          </dd>
        </dl>
        <Table
          caption="Các bước đã ghi"
          emptyTitle="Chưa ghi bước nào"
          columns={[
            { key: 'date', header: 'Ngày', className: 'nowrap', cell: (r) => formatDate(r.date) },
            { key: 'label', header: 'Bước', cell: (r) => r.label },
            {
              key: 'by',
              header: 'Ghi bởi',
              cell: (r) =>
                `${r.recordedBy === 'academy' ? 'Học viện' : 'Trường'}${r.recorderName ? ` — ${r.recorderName}` : ''}`,
            },
            {
              key: 'documents',
              header: 'Văn bản',
              cell: (r) =>
                r.documents.map((d) => (d.reference ? `${d.title} (${d.reference})` : d.title)).join('; ') || '—',
            },
            {
              key: 'note',
              header: 'Ghi chú',
              cell: (r) => (
                <>
                  {r.note ?? ''} {r.illustrative ? <Badge tone="warning">Ngày minh họa</Badge> : null}
                </>
              ),
            },
          ]}
          rows={dossier.records}
          rowKey={(r) => r.id}
        />
        {schoolWriter || me.isAcademy ? (
          <>
            <h3>Ghi bước tiếp theo</h3>
            <StepForm dossier={dossier} onDone={setMessage} />
          </>
        ) : null}
      </section>
      <RosterSection schoolId={id} canWrite={schoolWriter} />
      <AssessmentsSection dossier={dossier} canWrite={schoolWriter} />
    </>
  );
}
