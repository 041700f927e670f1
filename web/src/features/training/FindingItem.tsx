/**
 * One compliance finding: rule name (its code in a tooltip), severity badge (Vi phạm tiêu chuẩn / Cảnh báo), regime, message, citation
 * "Nguồn: …", a mark for rules of uncertain confidence, and its override (decision reference) with
 * the actions to accept or revoke it.
 */
import { Badge } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import type { TrainingFinding } from './trainingTypes.ts';

type Props = {
  finding: TrainingFinding;
  canOverride: boolean;
  onOverride?: (finding: TrainingFinding) => void;
  onRevoke?: (finding: TrainingFinding) => void;
};

export function SeverityBadge({ severity, label }: { severity: string; label: string }) {
  return <Badge tone={severity === 'blocking' ? 'danger' : 'warning'}>{label}</Badge>;
}

export function FindingItem({ finding, canOverride, onOverride, onRevoke }: Props) {
  const overridden = finding.override !== null;
  return (
    <li className={`finding${overridden ? ' finding--overridden' : ''}`} data-rule={finding.rule}>
      <div className="finding__head">
        <span className="finding__title" title={`Mã quy tắc: ${finding.rule}`}>
          {finding.title}
        </span>
        <SeverityBadge severity={finding.severity} label={finding.severityLabel} />
        <Badge tone="neutral" title="Bộ quy tắc áp dụng theo ngày khai giảng">
          {finding.regimeLabel}
        </Badge>
        {finding.confidence !== 'confirmed' ? (
          <Badge
            tone="info"
            title={
              finding.confidence === 'uncertain'
                ? 'Quy tắc chưa chắc chắn: cần người xác nhận trước khi kết luận'
                : 'Căn cứ theo nguồn thứ cấp, chưa đối chiếu nguyên văn'
            }
          >
            {finding.confidence === 'uncertain' ? '? ' : ''}
            {finding.confidenceLabel}
          </Badge>
        ) : null}
      </div>
      <p className="finding__message">{finding.message}</p>
      <p className="finding__citation">{finding.citation}</p>
      {finding.override ? (
        <p className="finding__override">
          <Badge tone="success">Đã chấp thuận</Badge> theo <strong>{finding.override.decisionReference}</strong>
          {finding.override.reason ? <> — {finding.override.reason}</> : null}
          <span className="muted small">
            {' '}
            ({finding.override.createdByName ?? 'không rõ'}, {formatDate(finding.override.createdAt)})
          </span>
          {canOverride && onRevoke ? (
            <button type="button" className="link-button" onClick={() => onRevoke(finding)}>
              Thu hồi
            </button>
          ) : null}
        </p>
      ) : canOverride && onOverride ? (
        <button type="button" className="button button--small" onClick={() => onOverride(finding)}>
          Chấp thuận theo quyết định…
        </button>
      ) : null}
    </li>
  );
}

export function FindingList({ findings, ...rest }: Omit<Props, 'finding'> & { findings: TrainingFinding[] }) {
  if (findings.length === 0) return <span className="muted">Không có phát hiện</span>;
  return (
    <ul className="finding-list">
      {findings.map((f) => (
        <FindingItem key={f.id} finding={f} {...rest} />
      ))}
    </ul>
  );
}
