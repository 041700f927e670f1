/**
 * The Academy's view of the network on any date: counts by stage and level, by region, letter 2174's
 * milestones, the recognition timeline and a drill-down list of schools (by stage), with XLSX export.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { $api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { Badge, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, todayInVietnam } from '../../lib/format.ts';
import './standard.css';

export function StandardNetworkPage() {
  const [date, setDate] = useState(todayInVietnam());
  const [stage, setStage] = useState<string>('');
  const query = $api.useQuery('get', '/api/standard/network', {
    params: { query: { date, ...(stage ? { stage: stage as 'none' } : {}) } },
  });
  const p = query.data;
  return (
    <>
      <PageHeader
        title="Trường chính trị chuẩn toàn mạng lưới"
        subtitle="Tình hình theo hồ sơ của từng trường vào ngày chọn; các ngày minh họa được đánh dấu."
        actions={
          <a className="button" href={`/api/standard/network/export.xlsx?date=${date}`} download>
            Xuất Excel
          </a>
        }
      />
      <div className="standard-inline-form">
        <DateField label="Vào ngày" value={date} onChange={(d) => d && setDate(d)} />
        <label className="field">
          <span className="field__label">Giai đoạn</span>
          <select value={stage} onChange={(e) => setStage(e.target.value)} aria-label="Lọc theo giai đoạn">
            <option value="">Tất cả</option>
            {(p?.stages ?? []).map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorBanner error={query.error} />
      {!p ? (
        <Loading />
      ) : (
        <>
          <section className="card" aria-labelledby="counts-title">
            <h2 id="counts-title">Tổng hợp ngày {formatDate(p.onDate)}</h2>
            <dl className="details">
              <dt>Số trường</dt>
              <dd data-testid="network-total">{p.counts.total}</dd>
              <dt>Đã phê duyệt đề án</dt>
              <dd data-testid="network-approved">{p.milestones.projectApproved}</dd>
              <dt>Đã được công nhận</dt>
              <dd data-testid="network-recognised">{p.milestones.recognised}</dd>
              <dt>Mức 1 / Mức 2</dt>
              <dd>
                {p.counts.byLevel.level1} / {p.counts.byLevel.level2}
              </dd>
              {p.milestones.registeredFor.map((r) => (
                <div key={r.year} className="details__row">
                  <dt>Đăng ký đạt chuẩn năm {r.year}</dt>
                  <dd>{r.count}</dd>
                </div>
              ))}
            </dl>
            <Table
              caption="Theo giai đoạn"
              columns={[
                { key: 'stage', header: 'Giai đoạn', cell: (r) => r.label },
                { key: 'n', header: 'Số trường', cell: (r) => r.count },
              ]}
              rows={p.stages
                .filter((s) => (p.counts.byStage[s.code] ?? 0) > 0)
                .map((s) => ({
                  stage: s.code,
                  label: s.label,
                  count: p.counts.byStage[s.code] ?? 0,
                }))}
              rowKey={(r) => r.stage}
            />
          </section>
          <section className="card" aria-labelledby="regions-title">
            <h2 id="regions-title">Theo vùng (Chưa xác minh)</h2>
            <Table
              caption="Theo vùng"
              columns={[
                { key: 'region', header: 'Vùng', cell: (r) => r.region },
                { key: 'total', header: 'Số trường', cell: (r) => r.total },
                { key: 'l1', header: 'Mức 1', cell: (r) => r.byLevel.level1 },
                { key: 'l2', header: 'Mức 2', cell: (r) => r.byLevel.level2 },
              ]}
              rows={p.byRegion}
              rowKey={(r) => r.region}
            />
          </section>
          <section className="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Dòng thời gian công nhận</h2>
            <Table
              caption="Dòng thời gian"
              emptyTitle="Chưa có trường nào được công nhận vào ngày này"
              columns={[
                { key: 'order', header: 'TT', cell: (t) => t.order },
                { key: 'date', header: 'Ngày', cell: (t) => formatDate(t.date) },
                { key: 'school', header: 'Trường', cell: (t) => t.schoolName },
                { key: 'level', header: 'Mức', cell: (t) => `Mức ${t.level}` },
                {
                  key: 'ill',
                  header: '',
                  cell: (t) => (t.illustrative ? <Badge tone="warning">Ngày minh họa</Badge> : null),
                },
              ]}
              rows={p.timeline}
              rowKey={(t) => `${t.schoolCode}-${t.date}-${t.level}`}
            />
          </section>
          <section className="card" aria-labelledby="schools-title">
            <h2 id="schools-title">Các trường ({p.schools.length})</h2>
            <Table
              caption="Các trường"
              columns={[
                {
                  key: 'name',
                  header: 'Trường',
                  cell: (s) => (s.id ? <Link to={`/truong-chuan/${encodeURIComponent(s.id)}`}>{s.name}</Link> : s.name),
                },
                { key: 'region', header: 'Vùng', cell: (s) => s.region ?? '—' },
                { key: 'stage', header: 'Giai đoạn', cell: (s) => s.stageLabel },
                { key: 'level', header: 'Mức', cell: (s) => s.levelLabel ?? '—' },
                {
                  key: 'notes',
                  header: 'Ghi chú',
                  cell: (s) => (
                    <>
                      {s.needsOwnAppraisal ? <Badge tone="warning">Cần thẩm định lại</Badge> : null}{' '}
                      {s.inherited.length ? `Kế thừa: ${s.inherited.map((i) => i.schoolName).join(', ')}` : ''}{' '}
                      {s.illustrative ? <Badge tone="warning">Minh họa</Badge> : null}
                    </>
                  ),
                },
              ]}
              rows={p.schools}
              rowKey={(s) => s.code}
            />
          </section>
        </>
      )}
    </>
  );
}
