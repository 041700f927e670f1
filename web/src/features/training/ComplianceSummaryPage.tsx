/**
 * Compliance summaries from the stored findings. A school (or the Academy with a chosen school):
 * counts per rule, severity and class. The Academy's network view: counts per rule and per school.
 * Both export to XLSX.
 */
import { $api, queryString } from '../../api/client.ts';
import { ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { FindingCountBadges } from './ClassesPage.tsx';
import type { ComplianceSummary, TrainingClassSummary } from './trainingTypes.ts';
import './training.css';

function Stat({ label, value, hint }: { label: string; value: number; hint?: string }) {
  return (
    <div className="home-card">
      <span className="home-card__label">{label}</span>
      <span className="home-card__value">{formatNumber(value)}</span>
      {hint ? <span className="home-card__hint">{hint}</span> : null}
    </div>
  );
}

function Totals({ summary }: { summary: ComplianceSummary }) {
  const t = summary.totals;
  return (
    <div className="stat-row">
      <Stat
        label="Lớp"
        value={t.classes}
        {...(t.classesWithoutRegime
          ? { hint: `${t.classesWithoutRegime} lớp khai giảng trước 08/02/2022: chưa có bộ quy tắc` }
          : {})}
      />
      <Stat
        label="Học viên"
        value={t.learners}
        hint={`${formatNumber(t.learnersWithFindings)} học viên có phát hiện chưa xử lý`}
      />
      <Stat label="Phát hiện chặn chưa xử lý" value={t.blocking} />
      <Stat label="Cảnh báo chưa xử lý" value={t.warning} />
      <Stat label="Đã chấp thuận theo quyết định" value={t.overridden} />
    </div>
  );
}

function ByRule({ summary }: { summary: ComplianceSummary }) {
  return (
    <Table
      caption="Phát hiện theo quy tắc"
      columns={[
        { key: 'rule', header: 'Quy tắc', className: 'nowrap', cell: (r) => <code>{r.rule}</code> },
        { key: 'title', header: 'Nội dung', cell: (r) => r.title },
        { key: 'blocking', header: 'Vi phạm tiêu chuẩn', cell: (r) => formatNumber(r.blocking) },
        { key: 'warning', header: 'Cảnh báo', cell: (r) => formatNumber(r.warning) },
        { key: 'overridden', header: 'Đã chấp thuận', cell: (r) => formatNumber(r.overridden) },
      ]}
      rows={summary.byRule}
      rowKey={(r) => r.rule}
      emptyTitle="Không có phát hiện nào"
    />
  );
}

const classColumns: Column<TrainingClassSummary>[] = [
  {
    key: 'code',
    header: 'Mã lớp',
    className: 'nowrap',
    cell: (c) => <Link to={`/dao-tao/lop/${encodeURIComponent(c.id)}`}>{c.code}</Link>,
  },
  {
    key: 'name',
    header: 'Tên lớp',
    cell: (c) => (
      <>
        {c.name}
        <div className="muted small">
          {c.levelLabel} · {c.modeLabel}
        </div>
      </>
    ),
  },
  { key: 'opening', header: 'Khai giảng', className: 'nowrap', cell: (c) => formatDate(c.openingDate) },
  { key: 'regime', header: 'Bộ quy tắc', cell: (c) => c.regimeLabel ?? <span className="muted">Chưa có</span> },
  { key: 'size', header: 'Sĩ số', cell: (c) => formatNumber(c.size) },
  { key: 'findings', header: 'Phát hiện', cell: (c) => <FindingCountBadges counts={c.findings} /> },
];

function BySchool({ summary }: { summary: ComplianceSummary }) {
  const rules = summary.byRule.map((r) => r.rule);
  type Row = ComplianceSummary['bySchool'][number];
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: 'Trường',
      cell: (s) => (
        <>
          {s.name}
          {s.provinceName ? <div className="muted small">{s.provinceName}</div> : null}
        </>
      ),
    },
    { key: 'classes', header: 'Lớp', cell: (s) => formatNumber(s.classes) },
    { key: 'learners', header: 'Học viên', cell: (s) => formatNumber(s.learners) },
    { key: 'blocking', header: 'Vi phạm tiêu chuẩn', cell: (s) => formatNumber(s.blocking) },
    { key: 'warning', header: 'Cảnh báo', cell: (s) => formatNumber(s.warning) },
    { key: 'overridden', header: 'Đã chấp thuận', cell: (s) => formatNumber(s.overridden) },
    ...rules.map((rule) => ({
      key: `r-${rule}`,
      header: <code>{rule}</code>,
      cell: (s: Row) => (s.byRule[rule] ? formatNumber(s.byRule[rule]!) : <span className="muted">0</span>),
    })),
  ];
  return (
    <Table
      caption="Phát hiện theo trường"
      columns={columns}
      rows={summary.bySchool}
      rowKey={(s) => s.organisationId}
      emptyTitle="Chưa trường nào nhập lớp học"
    />
  );
}

export function ComplianceSummaryView({
  organisationId,
  network,
}: {
  organisationId: string | null;
  network: boolean;
}) {
  const query = queryString({ organisationId: network ? null : organisationId });
  const summary = $api.useQuery('get', '/api/training/compliance/summary', {
    params: { query: { organisationId: network ? undefined : (organisationId ?? undefined) } },
  });
  const data = summary.data;
  const { error, isLoading } = summary;
  const reload = () => void summary.refetch();
  const title = network ? 'Tuân thủ đào tạo toàn mạng lưới' : 'Tổng hợp tuân thủ đào tạo';
  return (
    <>
      <PageHeader
        title={title}
        subtitle={
          data?.scope === 'organisation'
            ? data.organisation?.name
            : 'Số phát hiện theo quy tắc và theo trường, từ kết quả kiểm tra đã lưu'
        }
        actions={
          <a className="button" href={`/api/training/compliance/export.xlsx${query}`} download>
            Xuất Excel
          </a>
        }
      />
      <ErrorBanner error={error} onRetry={reload} />
      {isLoading ? <Loading /> : null}
      {data ? (
        <>
          <Totals summary={data} />
          <h2>Theo quy tắc</h2>
          <ByRule summary={data} />
          {data.scope === 'network' ? (
            <>
              <h2>Theo trường</h2>
              <BySchool summary={data} />
            </>
          ) : (
            <>
              <h2>Theo lớp</h2>
              <Table
                caption="Phát hiện theo lớp"
                columns={classColumns}
                rows={data.byClass}
                rowKey={(c) => c.id}
                emptyTitle="Chưa có lớp học nào"
              />
            </>
          )}
          <p className="muted small">
            Vi phạm tiêu chuẩn: không đạt tiêu chuẩn bắt buộc của Quy định 350-QĐ/TW (không chặn việc nhập, cần quyết
            định chấp thuận hoặc sửa). Cảnh báo: cần người xác nhận (quy định 57-QĐ/TW đã được thay thế; quy tắc chưa
            chắc chắn). Sĩ số tối đa chỉ được kiểm tra khi đơn vị đã cấu hình.
          </p>
        </>
      ) : null}
    </>
  );
}

/** Tổng hợp tuân thủ of the current school (the Academy sees the network when no school is chosen). */
export function ComplianceSummaryPage() {
  const { current } = useCurrentOrganisation();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/dao-tao">Đào tạo</Link> › Tổng hợp tuân thủ
      </p>
      <ComplianceSummaryView organisationId={current?.id ?? null} network={false} />
    </>
  );
}

/** Tuân thủ đào tạo: the Academy's network view. */
export function NetworkCompliancePage() {
  return <ComplianceSummaryView organisationId={null} network />;
}
