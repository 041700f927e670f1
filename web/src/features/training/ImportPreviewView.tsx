/** The preview of a valid import file: totals, the classes it creates or updates, and the findings by rule. */
import { Badge } from '../../components/Feedback.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { SeverityBadge } from './FindingItem.tsx';
import type { ImportPreview } from './trainingTypes.ts';

type PreviewClass = ImportPreview['classes'][number];
type PreviewFinding = ImportPreview['findings'][number];

const ACTION_LABELS: Record<PreviewClass['action'], string> = {
  create: 'Tạo mới',
  update: 'Cập nhật',
  add_learners: 'Thêm học viên',
};

const classColumns: Column<PreviewClass>[] = [
  {
    key: 'action',
    header: 'Thao tác',
    cell: (c) => <Badge tone={c.action === 'create' ? 'info' : 'warning'}>{ACTION_LABELS[c.action]}</Badge>,
  },
  { key: 'code', header: 'Mã lớp', className: 'nowrap', cell: (c) => c.code },
  {
    key: 'name',
    header: 'Tên lớp',
    cell: (c) => (
      <>
        {c.name}
        <div className="muted small">
          {c.levelLabel} · {c.modeLabel} · {c.deliveryLabel} · {c.hostName}
        </div>
      </>
    ),
  },
  { key: 'opening', header: 'Khai giảng', className: 'nowrap', cell: (c) => formatDate(c.openingDate) },
  {
    key: 'learners',
    header: 'Học viên',
    cell: (c) => (
      <>
        {c.learners}
        {c.removedLearners.length ? <div className="small">Bỏ khỏi lớp: {c.removedLearners.join(', ')}</div> : null}
      </>
    ),
  },
  { key: 'regime', header: 'Bộ quy tắc', cell: (c) => c.regimeLabel ?? <span className="muted">Chưa có</span> },
  {
    key: 'findings',
    header: 'Phát hiện',
    cell: (c) => (
      <span className="badge-row">
        {c.blocking ? <Badge tone="danger">Vi phạm tiêu chuẩn: {c.blocking}</Badge> : null}
        {c.warning ? <Badge tone="warning">Cảnh báo: {c.warning}</Badge> : null}
        {c.blocking + c.warning === 0 ? <span className="muted">Không có</span> : null}
      </span>
    ),
  },
];

const findingColumns: Column<PreviewFinding & { key: string }>[] = [
  { key: 'where', header: 'Dòng', className: 'nowrap', cell: (f) => `${f.sheet} ${f.row ?? ''}` },
  { key: 'class', header: 'Lớp', className: 'nowrap', cell: (f) => f.classCode },
  { key: 'learner', header: 'Học viên', cell: (f) => f.learner ?? <span className="muted">(cả lớp)</span> },
  {
    key: 'rule',
    header: 'Quy tắc',
    cell: (f) => (
      <>
        <span title={`Mã quy tắc: ${f.rule}`}>{f.title}</span>{' '}
        <SeverityBadge severity={f.severity} label={f.severityLabel} />{' '}
        <span className="muted small">{f.regimeLabel}</span>
      </>
    ),
  },
  {
    key: 'message',
    header: 'Nội dung và căn cứ',
    cell: (f) => (
      <>
        {f.message}
        <div className="finding__citation">{f.citation}</div>
        {f.confidence !== 'confirmed' ? <div className="muted small">{f.confidenceLabel}</div> : null}
      </>
    ),
  },
];

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const t = preview.totals;
  const notices = [...new Set(preview.classes.flatMap((c) => c.notices.map((n) => n.message)))];
  return (
    <>
      <div className="banner banner--info" role="status">
        Tệp “{preview.fileName}” hợp lệ: {t.classes} lớp ({t.created} tạo mới
        {t.updated ? `, ${t.updated} cập nhật` : ''}
        {t.learnersAddedTo ? `, ${t.learnersAddedTo} thêm học viên` : ''}), {formatNumber(t.learnerRows)} dòng học viên;{' '}
        {formatNumber(t.findings)} phát hiện ({t.blocking} chặn, {t.warning} cảnh báo). Chưa ghi gì cho đến khi bạn xác
        nhận.
      </div>
      {notices.length ? (
        <ul className="notice-list" aria-label="Lưu ý">
          {notices.map((n) => (
            <li key={n}>Lưu ý: {n}</li>
          ))}
        </ul>
      ) : null}
      <h2>Các lớp</h2>
      <Table caption="Các lớp trong tệp" columns={classColumns} rows={preview.classes} rowKey={(c) => c.code} />
      <h2>Phát hiện theo quy tắc</h2>
      <Table
        caption="Phát hiện theo quy tắc"
        columns={[
          { key: 'rule', header: 'Quy tắc', cell: (r) => <code>{r.rule}</code> },
          { key: 'title', header: 'Nội dung', cell: (r) => r.title },
          {
            key: 'severity',
            header: 'Mức độ',
            cell: (r) => (
              <SeverityBadge
                severity={r.severity}
                label={r.severity === 'blocking' ? 'Vi phạm tiêu chuẩn' : 'Cảnh báo'}
              />
            ),
          },
          { key: 'count', header: 'Số phát hiện', cell: (r) => formatNumber(r.count) },
        ]}
        rows={preview.byRule}
        rowKey={(r) => `${r.rule}|${r.severity}`}
        emptyTitle="Không có phát hiện nào"
      />
      {preview.findings.length ? (
        <>
          <h2>
            Chi tiết phát hiện
            {preview.findingsShown < t.findings
              ? ` (${preview.findingsShown} đầu tiên trên ${formatNumber(t.findings)})`
              : ''}
          </h2>
          <Table
            caption="Chi tiết phát hiện"
            columns={findingColumns}
            rows={preview.findings.map((f, i) => ({ ...f, key: String(i) }))}
            rowKey={(f) => f.key}
          />
        </>
      ) : null}
    </>
  );
}
