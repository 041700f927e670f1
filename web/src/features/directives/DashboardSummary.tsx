/**
 * The dashboard's headline figures: per requirement the milestone counts in big numbers
 * ("26/63 đã phê duyệt đề án"), the stage breakdown and overdue count; and the delivery state of the
 * letter at the schools (edXML codes 01–06).
 */
import type { DirectiveDashboard } from '../../api/types.ts';
import { formatNumber } from '../../lib/format.ts';
import { DELIVERY_CODES, requirementName } from './directiveLabels.ts';

export function RequirementHeadlines({ dashboard }: { dashboard: DirectiveDashboard }) {
  return (
    <section aria-labelledby="headline-title" className="dashboard-section">
      <h2 id="headline-title">Kết quả theo yêu cầu</h2>
      <ul className="headline-grid">
        {dashboard.requirements.map((req) => (
          <li key={req.id} className="headline-card" data-testid="requirement-headline">
            <p className="headline-card__title" title={req.text}>
              <strong>{requirementName(req.no)}</strong> <span className="muted">· {req.answerTypeLabel}</span>
            </p>
            <p className="headline-card__text">{req.text}</p>
            <p className="small muted" data-testid="requirement-audience">
              Đối tượng: {req.audienceLabel} ({formatNumber(req.audienceCount)} đơn vị)
            </p>
            <div className="headline-card__milestones">
              {req.audienceCount === 0 ? <p className="muted small">Không áp dụng cho các đơn vị đang lọc.</p> : null}
              {req.milestones.map((m) => (
                <p key={m.code} className="milestone" data-testid="milestone">
                  <span className="milestone__value">
                    {formatNumber(m.count)}/{formatNumber(req.audienceCount)}
                  </span>{' '}
                  <span className="milestone__label">{m.label}</span>
                </p>
              ))}
            </div>
            <p className="headline-card__stages small">
              {req.stages
                .filter((s) => s.count > 0)
                .map((s) => `${s.label}: ${formatNumber(s.count)}`)
                .join(' · ') || 'Chưa có số liệu'}
            </p>
            {req.illustrative > 0 ? (
              <p className="small" data-testid="illustrative-note">
                <span className="badge badge--warning">Minh họa</span> {formatNumber(req.illustrative)} đơn vị là dữ
                liệu minh họa cho bản trình diễn, chưa xác minh.
              </p>
            ) : null}
            {req.overdue > 0 ? (
              <p className="headline-card__overdue">{formatNumber(req.overdue)} đơn vị quá hạn</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DeliveryCounts({ dashboard }: { dashboard: DirectiveDashboard }) {
  const byCode = new Map(dashboard.delivery.map((d) => [d.code, d]));
  const extra = dashboard.delivery.filter((d) => !DELIVERY_CODES.some((c) => c.code === d.code));
  const rows = [
    ...DELIVERY_CODES.map((c) => ({
      code: c.code,
      label: byCode.get(c.code)?.label ?? c.label,
      count: byCode.get(c.code)?.count ?? 0,
    })),
    ...extra,
  ];
  return (
    <section aria-labelledby="delivery-title" className="dashboard-section">
      <h2 id="delivery-title">Tình trạng văn bản tại các trường</h2>
      <ul className="delivery-list">
        {rows.map((row) => (
          <li
            key={row.code}
            className={`delivery-item delivery-item--${row.code}`}
            data-testid={`delivery-${row.code}`}
          >
            <span className="delivery-item__count">{formatNumber(row.count)}</span>
            <span className="delivery-item__label">
              {row.label} <span className="muted small">(mã {row.code})</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="field__hint">Mã trạng thái xử lý văn bản điện tử theo QCVN 102:2016 (edXML).</p>
    </section>
  );
}
