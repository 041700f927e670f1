/**
 * The school × requirement matrix: one row per recipient school, one coloured cell per requirement
 * (chưa thực hiện / đang thực hiện / hoàn thành), overdue cells marked. Hovering or focusing a cell
 * shows its stage, decision number and dates; clicking a school or a cell opens the drill-down.
 */
import { useState, type CSSProperties, type SyntheticEvent } from 'react';
import type { DashboardCell, DashboardSchool, DirectiveDashboard } from '../../api/types.ts';
import { $api } from '../../api/client.ts';
import { EmptyState } from '../../components/Feedback.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { OBLIGATION_STATUS_LABELS, SHORT_STAGE_LABELS, requirementName } from './directiveLabels.ts';

const POPOVER_WIDTH = 300;

type MatrixProps = {
  dashboard: DirectiveDashboard;
  selectedId: string | null;
  onSelect: (organisationId: string) => void;
  /** Given to the Academy's view: each requirement then offers "Đôn đốc". */
  directiveId?: string;
};

export function MatrixLegend() {
  return (
    <ul className="matrix-legend" aria-label="Chú giải màu">
      <li>
        <span className="legend-swatch matrix-cell--not_started" aria-hidden="true" />{' '}
        {OBLIGATION_STATUS_LABELS.not_started}
      </li>
      <li>
        <span className="legend-swatch matrix-cell--in_progress" aria-hidden="true" />{' '}
        {OBLIGATION_STATUS_LABELS.in_progress}
      </li>
      <li>
        <span className="legend-swatch matrix-cell--done" aria-hidden="true" /> {OBLIGATION_STATUS_LABELS.done}
      </li>
      <li>
        <span className="legend-swatch legend-swatch--overdue" aria-hidden="true" /> Quá hạn
      </li>
      <li>* Dữ liệu minh họa, chưa xác minh</li>
      <li>— Không áp dụng (yêu cầu không gửi đến đơn vị)</li>
    </ul>
  );
}

function CellDetails({ cell, deadline }: { cell: DashboardCell; deadline: string | null }) {
  const answer = cell.answer;
  return (
    <dl className="cell-details">
      <dt>Tình trạng</dt>
      <dd>{cell.stageLabel}</dd>
      {answer?.decisionNumber ? (
        <>
          <dt>Số quyết định</dt>
          <dd>{answer.decisionNumber}</dd>
        </>
      ) : null}
      {answer?.approvalDate ? (
        <>
          <dt>Ngày phê duyệt</dt>
          <dd>{formatDate(answer.approvalDate)}</dd>
        </>
      ) : null}
      {answer?.targetYear ? (
        <>
          <dt>Năm đạt chuẩn</dt>
          <dd>{answer.targetYear}</dd>
        </>
      ) : null}
      <dt>Hạn</dt>
      <dd>
        {deadline ? formatDate(deadline) : 'Không có hạn'}
        {cell.overdue ? <strong className="text-danger"> — quá hạn</strong> : null}
      </dd>
      <dt>Cập nhật</dt>
      <dd>{formatDateTime(cell.updatedAt)}</dd>
    </dl>
  );
}

function MatrixCell({
  school,
  cell,
  index,
  dashboard,
  onSelect,
}: {
  school: DashboardSchool;
  cell: DashboardCell | null;
  index: number;
  dashboard: DirectiveDashboard;
  onSelect: (id: string) => void;
}) {
  const requirement = dashboard.requirements[index];
  const [position, setPosition] = useState<CSSProperties | null>(null);
  // The popover is fixed to the viewport so the scrolling table does not clip it.
  const showPopover = (event: SyntheticEvent<HTMLElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - POPOVER_WIDTH - 8));
    const below = rect.bottom + 220 < window.innerHeight;
    setPosition(below ? { left, top: rect.bottom + 4 } : { left, bottom: window.innerHeight - rect.top + 4 });
  };
  const hidePopover = () => setPosition(null);
  if (!cell || !requirement) {
    return (
      <td className="matrix-cell matrix-cell--none">
        <span title="Không áp dụng: yêu cầu không gửi đến đơn vị này">—</span>
      </td>
    );
  }
  const tooltipId = `cell-${school.organisationId}-${cell.requirementId}`;
  return (
    <td
      className={`matrix-cell matrix-cell--${cell.status}${cell.overdue ? ' matrix-cell--overdue' : ''}`}
      data-status={cell.status}
      data-stage={cell.stage}
      onMouseEnter={showPopover}
      onMouseLeave={hidePopover}
      onFocus={showPopover}
      onBlur={hidePopover}
      onKeyDown={(event) => {
        if (event.key === 'Escape') hidePopover();
      }}
    >
      <button
        type="button"
        className="matrix-cell__button"
        aria-describedby={tooltipId}
        onClick={() => onSelect(school.organisationId)}
      >
        <span className="visually-hidden">
          {school.name}, {requirementName(requirement.no)}:{' '}
        </span>
        {SHORT_STAGE_LABELS[cell.stage] ?? cell.stageLabel}
        {cell.illustrative ? (
          <span className="matrix-cell__illustrative" title="Dữ liệu minh họa, chưa xác minh">
            {' '}
            *<span className="visually-hidden"> (minh họa)</span>
          </span>
        ) : null}
        {cell.overdue ? (
          <span className="matrix-cell__overdue" title="Quá hạn">
            {' '}
            ⚠<span className="visually-hidden"> quá hạn</span>
          </span>
        ) : null}
      </button>
      <div
        role="tooltip"
        id={tooltipId}
        className={`matrix-popover${position ? ' matrix-popover--open' : ''}`}
        style={position ?? undefined}
      >
        <p className="matrix-popover__title">
          {school.name} — {requirementName(requirement.no)}
        </p>
        <CellDetails cell={cell} deadline={requirement.deadline} />
      </div>
    </td>
  );
}

/** "Đôn đốc": remind the schools behind on this requirement (notification + e-mail, at most once a day). */
function RemindButton({ directiveId, requirementId }: { directiveId: string; requirementId: string }) {
  const remind = $api.useMutation('post', '/api/directives/{id}/requirements/{requirementId}/remind');
  const result = remind.data;
  return (
    <div className="matrix__remind">
      <button
        type="button"
        className="button button--small button--ghost"
        disabled={remind.isPending}
        onClick={() => remind.mutate({ params: { path: { id: directiveId, requirementId } } })}
      >
        {remind.isPending ? 'Đang gửi…' : 'Đôn đốc'}
      </button>
      {result ? (
        <div className="matrix__deadline" role="status">
          {result.schoolsBehind === 0
            ? 'Mọi trường đã hoàn thành'
            : result.notifications === 0
              ? `Hôm nay đã đôn đốc ${result.schoolsBehind} trường`
              : `Đã đôn đốc ${result.schoolsBehind} trường`}
        </div>
      ) : null}
      {remind.error ? (
        <div className="matrix__deadline text-danger" role="alert">
          Không gửi được lời đôn đốc.
        </div>
      ) : null}
    </div>
  );
}

export function DashboardMatrix({ dashboard, selectedId, onSelect, directiveId }: MatrixProps) {
  if (dashboard.schools.length === 0)
    return <EmptyState title="Không có đơn vị nào phù hợp bộ lọc">Thử bỏ lọc vùng hoặc loại đơn vị.</EmptyState>;
  return (
    <div className="table-wrap matrix-wrap">
      <table className="table matrix" data-testid="directive-matrix">
        <caption className="visually-hidden">Tình hình thực hiện theo từng trường và từng yêu cầu</caption>
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col">Văn bản tại trường</th>
            {dashboard.requirements.map((req) => (
              <th key={req.id} scope="col" title={req.text} className="matrix__requirement">
                {requirementName(req.no)}
                {req.audience === 'provincial' ? <div className="matrix__deadline">trường chính trị</div> : null}
                {req.audience === 'sector' ? <div className="matrix__deadline">trường bộ, ngành</div> : null}
                {req.audience === 'list' ? <div className="matrix__deadline">danh sách riêng</div> : null}
                {req.deadline ? <div className="matrix__deadline">hạn {formatDate(req.deadline)}</div> : null}
                {directiveId ? <RemindButton directiveId={directiveId} requirementId={req.id} /> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dashboard.schools.map((school) => (
            <tr
              key={school.organisationId}
              className={school.organisationId === selectedId ? 'matrix__row--selected' : undefined}
              data-school={school.name}
            >
              <th scope="row" className="matrix__school">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSelect(school.organisationId)}
                  aria-expanded={school.organisationId === selectedId}
                >
                  {school.name}
                </button>
                {school.provinceName ? <div className="muted small">{school.provinceName}</div> : null}
                {school.successors.length ? (
                  <div className="small">
                    nay là{' '}
                    {school.successors.map((s, i) => (
                      <span key={s.id}>
                        {i ? ', ' : null}
                        <a href={`/mang-luoi/${encodeURIComponent(s.id)}`}>{s.name}</a>
                      </span>
                    ))}
                  </div>
                ) : null}
              </th>
              <td className="small">
                {school.statusLabel}
                {school.registeredAt ? <div className="muted">vào sổ {formatDate(school.registeredAt)}</div> : null}
              </td>
              {school.cells.map((cell, index) => (
                <MatrixCell
                  key={dashboard.requirements[index]?.id ?? index}
                  school={school}
                  cell={cell}
                  index={index}
                  dashboard={dashboard}
                  onSelect={onSelect}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
