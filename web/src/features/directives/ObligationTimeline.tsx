/**
 * The history of one obligation, oldest first: who changed the stage, when, with the answer's
 * decision number, dates and note.
 */
import type { ObligationDetail } from '../../api/types.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { OBLIGATION_STATUS_LABELS } from './directiveLabels.ts';

export function ObligationTimeline({ obligation }: { obligation: ObligationDetail }) {
  const stageLabel = (code: string | null, status: keyof typeof OBLIGATION_STATUS_LABELS) =>
    obligation.stages.find((s) => s.code === code)?.label ?? OBLIGATION_STATUS_LABELS[status] ?? code ?? status;
  if (obligation.history.length === 0) return <p className="muted">Chưa có thay đổi nào.</p>;
  return (
    <ol className="timeline">
      {obligation.history.map((event, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: history is append-only; two events may share a timestamp
        <li key={`${event.at}-${index}`} className={`timeline__item timeline__item--${event.status}`}>
          <p className="timeline__head">
            <strong>{stageLabel(event.stage, event.status)}</strong>
            <span className="muted small">
              {' '}
              · {formatDateTime(event.at)} · {event.actorName ?? (index === 0 ? 'Hệ thống (khi ban hành)' : 'Hệ thống')}
            </span>
          </p>
          {event.answer?.decisionNumber || event.answer?.approvalDate || event.answer?.targetYear ? (
            <p className="small timeline__answer">
              {event.answer.decisionNumber ? <>Quyết định số {event.answer.decisionNumber}</> : null}
              {event.answer.approvalDate ? <> ngày {formatDate(event.answer.approvalDate)}</> : null}
              {event.answer.targetYear ? <>; đăng ký đạt chuẩn năm {event.answer.targetYear}</> : null}
            </p>
          ) : null}
          {event.note ? <p className="small timeline__note">{event.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
