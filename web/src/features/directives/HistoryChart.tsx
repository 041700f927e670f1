/**
 * Milestone counts over time (e.g. how many schools had their standard-school project approved), as
 * an inline SVG line chart with a data table for screen readers. No chart library: the series are
 * short (at most ~60 points).
 */
import { useId, useState } from 'react';
import type { DirectiveHistory } from '../../api/types.ts';
import { EmptyState } from '../../components/Feedback.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { requirementName } from './directiveLabels.ts';

const WIDTH = 760;
const HEIGHT = 260;
const MARGIN = { left: 48, right: 40, top: 16, bottom: 36 };
const COLOURS = ['#a61b1b', '#1d4f91', '#1f7a3d', '#c99a2e'];

type Series = DirectiveHistory['series'][number];

function dayNumber(isoDate: string): number {
  return (
    Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000
  );
}

/** A round upper bound for the y axis: 5, 10, 20, 25, 50, 100… at least `value`. */
function niceMax(value: number): number {
  if (value <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

function LineChart({ series, titleId }: { series: Series; titleId: string }) {
  const points = series.points;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last)
    return <EmptyState title="Chưa có diễn biến">Số liệu sẽ xuất hiện khi các trường cập nhật.</EmptyState>;
  const start = dayNumber(first.date);
  const span = dayNumber(last.date) - start;
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const maxCount = Math.max(1, ...points.flatMap((p) => series.milestones.map((m) => p.counts[m.code] ?? 0)));
  const yMax = niceMax(maxCount);
  const x = (date: string) =>
    MARGIN.left + (span === 0 ? innerWidth / 2 : ((dayNumber(date) - start) / span) * innerWidth);
  const y = (count: number) => MARGIN.top + innerHeight - (count / yMax) * innerHeight;
  const yTicks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((f) => Math.round(f * yMax)); // yMax is 5, 10, 20, 25, 50… so fifths are whole
  const xTickCount = Math.min(points.length, 6);
  const xTicks = [
    ...new Set(
      Array.from({ length: xTickCount }, (_, i) => Math.round((i * (points.length - 1)) / Math.max(1, xTickCount - 1))),
    ),
  ].map((i) => points[i]!.date);
  const summary = series.milestones.map((m) => `${m.label}: ${formatNumber(last.counts[m.code] ?? 0)}`).join('; ');

  return (
    <svg
      className="history-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-desc`}
    >
      <title>Diễn biến số liệu</title>
      <desc id={`${titleId}-desc`}>
        Từ {formatDate(first.date)} đến {formatDate(last.date)}. Đến {formatDate(last.date)}: {summary}.
      </desc>
      {yTicks.map((tick) => (
        <g key={`y-${tick}`}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="history-chart__grid" />
          <text x={MARGIN.left - 8} y={y(tick) + 4} textAnchor="end" className="history-chart__label">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {xTicks.map((date) => (
        <text key={`x-${date}`} x={x(date)} y={HEIGHT - 12} textAnchor="middle" className="history-chart__label">
          {formatDate(date)}
        </text>
      ))}
      {series.milestones.map((milestone, index) => {
        const colour = COLOURS[index % COLOURS.length];
        const path = points
          .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(p.counts[milestone.code] ?? 0).toFixed(1)}`)
          .join(' ');
        return (
          <g key={milestone.code}>
            <path d={path} fill="none" stroke={colour} strokeWidth={2.5} strokeLinejoin="round" />
            <text
              x={x(last.date) + 8}
              y={y(last.counts[milestone.code] ?? 0) + 4}
              className="history-chart__value"
              fill={colour}
            >
              {formatNumber(last.counts[milestone.code] ?? 0)}
            </text>
            {points.map((p) => (
              <circle key={p.date} cx={x(p.date)} cy={y(p.counts[milestone.code] ?? 0)} r={3.5} fill={colour}>
                <title>
                  {formatDate(p.date)}: {formatNumber(p.counts[milestone.code] ?? 0)} {milestone.label}
                </title>
              </circle>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

export function HistoryChart({ history }: { history: DirectiveHistory }) {
  const id = useId();
  const candidates = history.series.filter((s) => s.milestones.length > 0);
  const [chosen, setChosen] = useState<string | null>(null);
  const series = candidates.find((s) => s.requirementId === chosen) ?? candidates[0];
  if (!series) return <EmptyState title="Chưa có diễn biến" />;
  const titleId = `${id}-title`;

  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card__header">
        <h2 id={titleId}>Diễn biến theo thời gian — {requirementName(series.no)}</h2>
        <div className="field field--inline">
          <label htmlFor={`${id}-req`} className="field__label">
            Yêu cầu
          </label>
          <select id={`${id}-req`} value={series.requirementId} onChange={(e) => setChosen(e.target.value)}>
            {candidates.map((s) => (
              <option key={s.requirementId} value={s.requirementId}>
                {requirementName(s.no)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ul className="chart-legend">
        {series.milestones.map((m, index) => (
          <li key={m.code}>
            <span
              className="chart-legend__swatch"
              style={{ background: COLOURS[index % COLOURS.length] }}
              aria-hidden="true"
            />{' '}
            Số đơn vị {m.label}
          </li>
        ))}
      </ul>
      <LineChart series={series} titleId={titleId} />
      <p className="field__hint">Tính trên toàn bộ đơn vị nhận (không áp dụng bộ lọc vùng, loại đơn vị).</p>
      <details>
        <summary>Xem số liệu dạng bảng</summary>
        <table className="table table--compact">
          <caption className="visually-hidden">Số liệu diễn biến {requirementName(series.no)}</caption>
          <thead>
            <tr>
              <th scope="col">Ngày</th>
              {series.milestones.map((m) => (
                <th key={m.code} scope="col">
                  {m.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.points.map((p) => (
              <tr key={p.date}>
                <td>{formatDate(p.date)}</td>
                {series.milestones.map((m) => (
                  <td key={m.code}>{formatNumber(p.counts[m.code] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
