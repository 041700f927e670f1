/**
 * One class: its details, size against the configured limit, regime and notices, class-level
 * findings, and its learners with their findings (rule, severity, message, regime, citation). Leaders
 * and school administrators accept a finding by a decision, or revoke that acceptance; the class can
 * be re-evaluated with the current settings.
 */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { $api, client, isNotFound } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { Link } from 'react-router';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { FindingCountBadges } from './ClassesPage.tsx';
import { FindingList } from './FindingItem.tsx';
import { OverrideDialog } from './OverrideDialog.tsx';
import type { TrainingFinding, TrainingLearner } from './trainingTypes.ts';
import './training.css';

function learnerColumns(): Column<TrainingLearner>[] {
  return [
    {
      key: 'name',
      header: 'Họ và tên',
      cell: (l) => (
        <>
          <strong>{l.fullName}</strong>
          <div className="muted small">
            {l.genderLabel} · {formatDate(l.birthDate)}
            {l.ethnicity ? ` · ${l.ethnicity}` : ''}
          </div>
        </>
      ),
    },
    {
      key: 'party',
      header: 'Đảng viên',
      cell: (l) => (
        <>
          {l.partyStatusLabel}
          {l.partyJoinDate ? <div className="muted small">Vào Đảng {formatDate(l.partyJoinDate)}</div> : null}
        </>
      ),
    },
    {
      key: 'education',
      header: 'Học vấn / LLCT',
      cell: (l) => (
        <>
          {l.educationLabel}
          <div className="muted small">
            LLCT: {l.theoryLevelLabel}
            {l.theoryDocumentDate ? ` (${formatDate(l.theoryDocumentDate)})` : ''}
          </div>
        </>
      ),
    },
    {
      key: 'position',
      header: 'Chức vụ, đơn vị',
      cell: (l) => (
        <>
          {l.position ?? <span className="muted">—</span>}
          {l.planned ? <div className="small">Quy hoạch</div> : null}
          {l.workplace ? <div className="muted small">{l.workplace}</div> : null}
        </>
      ),
    },
    {
      key: 'ratings',
      header: 'Xếp loại 2 năm',
      className: 'nowrap',
      cell: (l) => `${l.ratingLastYear ?? '—'} / ${l.ratingYearBefore ?? '—'}`,
    },
  ];
}

export function ClassPage({ classId }: { classId: string }) {
  const query = $api.useQuery('get', '/api/training/classes/{id}', { params: { path: { id: classId } } });
  const data = query.data;
  const { error, isPending } = query;
  const [flash, setFlash] = useState<string | null>(null);
  const [overriding, setOverriding] = useState<{ finding: TrainingFinding; learner: string | null } | null>(null);
  const [revoking, setRevoking] = useState<TrainingFinding | null>(null);
  // Findings change the class, the class list's counts and the compliance summaries.
  const refresh = () => invalidate('/api/training');
  const evaluate = useMutation({
    mutationFn: () => client.POST('/api/training/classes/{id}/evaluate', { params: { path: { id: classId } } }),
    onSuccess: async () => {
      setFlash('Đã kiểm tra lại lớp theo cấu hình hiện hành.');
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (finding: TrainingFinding) =>
      client.DELETE('/api/training/overrides/{id}', { params: { path: { id: finding.override?.id ?? '' } } }),
    onSuccess: async (_, finding) => {
      setFlash(`Đã thu hồi chấp thuận ${finding.rule}.`);
      await refresh();
    },
    onSettled: () => setRevoking(null),
  });
  const busy = evaluate.isPending || revoke.isPending;

  if (isNotFound(error)) return <NotFoundOrNoAccessPage />;
  if (isPending) return <Loading />;
  if (!data) return <ErrorBanner error={error} onRetry={() => void query.refetch()} />;
  const cls = data.class;
  const canOverride = data.permissions.override;
  const learnerName = (f: TrainingFinding) => data.learners.find((l) => l.id === f.learnerId)?.fullName ?? null;

  const findingProps = {
    canOverride,
    onOverride: (f: TrainingFinding) => setOverriding({ finding: f, learner: learnerName(f) }),
    onRevoke: (f: TrainingFinding) => setRevoking(f),
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/dao-tao">Đào tạo</Link> › {cls.code}
      </p>
      <PageHeader
        title={cls.name}
        subtitle={
          <>
            {cls.code} · {cls.levelLabel} · {cls.modeLabel} · {cls.deliveryLabel}
          </>
        }
        actions={
          data.permissions.evaluate ? (
            <button type="button" className="button" onClick={() => evaluate.mutate()} disabled={busy}>
              {evaluate.isPending ? 'Đang kiểm tra…' : 'Kiểm tra lại'}
            </button>
          ) : null
        }
      />
      <SuccessBanner message={flash} onClose={() => setFlash(null)} />
      <ErrorBanner error={evaluate.error ?? revoke.error} />
      {cls.settingsChangedSinceEvaluation ? (
        <div className="banner banner--warning" role="status">
          Cấu hình tuân thủ đã thay đổi sau lần kiểm tra gần nhất ({formatDateTime(cls.evaluatedAt)}): bấm “Kiểm tra
          lại” để cập nhật phát hiện.
        </div>
      ) : null}
      <section className="card" aria-labelledby="class-info">
        <h2 id="class-info" className="visually-hidden">
          Thông tin lớp
        </h2>
        <dl className="details">
          <dt>Trường quản lý</dt>
          <dd>{cls.organisationName}</dd>
          <dt>Cơ sở đào tạo</dt>
          <dd>
            {cls.hostName} <span className="muted small">({cls.hostCode})</span>
          </dd>
          <dt>Đơn vị phối hợp</dt>
          <dd>{cls.partnerName ?? <span className="muted">Không có</span>}</dd>
          <dt>Khai giảng – bế giảng</dt>
          <dd>
            {formatDate(cls.openingDate)} – {cls.closingDate ? formatDate(cls.closingDate) : '…'}
          </dd>
          <dt>Địa điểm</dt>
          <dd>{cls.place ?? <span className="muted">—</span>}</dd>
          <dt>Sĩ số</dt>
          <dd>
            {cls.classSize.enrolled} học viên
            {cls.classSize.configured ? (
              <>
                {' '}
                · tối đa {cls.classSize.limit} (đơn vị cấu hình)
                {cls.classSize.exceeded ? <strong> — vượt giới hạn</strong> : null}
              </>
            ) : (
              <span className="muted"> · chưa cấu hình sĩ số tối đa (chưa có căn cứ pháp lý)</span>
            )}
          </dd>
          <dt>Bộ quy tắc</dt>
          <dd>{cls.regimeLabel ? `Quy định ${cls.regimeLabel}` : 'Chưa có bộ quy tắc cho ngày khai giảng'}</dd>
          <dt>Phát hiện</dt>
          <dd>
            <FindingCountBadges counts={cls.findings} />{' '}
            <span className="muted small">kiểm tra lúc {formatDateTime(cls.evaluatedAt)}</span>
          </dd>
        </dl>
        {cls.notices.length ? (
          <ul className="notice-list" aria-label="Lưu ý">
            {cls.notices.map((n) => (
              <li key={n.code + n.message}>Lưu ý: {n.message}</li>
            ))}
          </ul>
        ) : null}
      </section>
      {data.classFindings.length ? (
        <section className="card" aria-labelledby="class-findings">
          <h2 id="class-findings">Phát hiện của lớp</h2>
          <FindingList findings={data.classFindings} {...findingProps} />
        </section>
      ) : null}
      <section aria-labelledby="learners">
        <h2 id="learners">Học viên ({data.learners.length})</h2>
        <Table
          caption="Học viên của lớp và phát hiện"
          columns={learnerColumns()}
          rows={data.learners}
          rowKey={(l) => l.id}
          emptyTitle="Lớp chưa có học viên"
          expandedRow={(l) => (l.findings.length ? <FindingList findings={l.findings} {...findingProps} /> : null)}
        />
      </section>
      <OverrideDialog
        finding={overriding?.finding ?? null}
        learnerName={overriding?.learner ?? null}
        onClose={() => setOverriding(null)}
        onDone={(message) => {
          setOverriding(null);
          setFlash(message);
          void refresh();
        }}
      />
      <ConfirmDialog
        open={revoking !== null}
        title="Thu hồi chấp thuận?"
        confirmLabel="Thu hồi"
        tone="danger"
        busy={busy}
        onConfirm={() => revoking?.override && !busy && revoke.mutate(revoking)}
        onCancel={() => setRevoking(null)}
      >
        {revoking?.override ? (
          <p>
            Phát hiện {revoking.rule} sẽ trở lại chưa xử lý. Quyết định {revoking.override.decisionReference} vẫn được
            lưu trong nhật ký.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
