/**
 * Chấm thi (blind): the works of the round a judge is assigned to — code, category, title and text only —
 * and the judge's own mark. The server sends nothing else (no author, no school).
 */
import { useState } from 'react';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { EmptyState, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { useQueryParams } from '../../lib/searchParams.ts';
import { EditionSelect, MARKING_LABELS, ROUND_LABELS, useEditionChoice } from './contestShared.tsx';
import './contest.css';

type RoundCode = 'school' | 'preliminary' | 'final';
const ROUNDS: RoundCode[] = ['school', 'preliminary', 'final'];

function MarkForm({
  editionId,
  round,
  blindCode,
  scale,
}: {
  editionId: string;
  round: RoundCode;
  blindCode: string;
  scale: number | null;
}) {
  const [score, setScore] = useState('');
  const mark = $api.useMutation('post', '/api/contest/judging/marks', {
    onSuccess: () => invalidate('/api/contest/judging'),
  });
  return (
    <form
      className="button-row"
      onSubmit={(e) => {
        e.preventDefault();
        mark.mutate({ body: { editionId, round, blindCode, score: Number(score.replace(',', '.')) } });
      }}
    >
      <label htmlFor={`score-${blindCode}`}>Điểm{scale ? ` (0–${scale})` : ''}</label>
      <input
        id={`score-${blindCode}`}
        inputMode="decimal"
        value={score}
        onChange={(e) => setScore(e.target.value)}
        size={6}
      />
      <button type="submit" className="button button--small button--primary" disabled={mark.isPending || !score}>
        Ghi điểm
      </button>
      <ErrorBanner error={mark.error} />
    </form>
  );
}

export function JudgingPage() {
  const [params, setParams] = useQueryParams();
  const { items, current, error } = useEditionChoice(params.get('lan'));
  const round = (ROUNDS as string[]).includes(params.get('vong') ?? '')
    ? (params.get('vong') as RoundCode)
    : 'preliminary';
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const works = $api.useQuery(
    'get',
    '/api/contest/judging',
    { params: { query: { editionId: current?.id ?? '', round, page, pageSize: 20 } } },
    { enabled: Boolean(current) },
  );
  return (
    <>
      <PageHeader
        title="Chấm thi"
        subtitle="Chấm kín: giám khảo chỉ thấy mã phách và nội dung bài, không thấy tác giả, đơn vị."
      />
      <ErrorBanner error={error ?? works.error} />
      <div className="filters">
        <EditionSelect items={items} value={current?.id} onChange={(id) => setParams({ lan: id, trang: null })} />
        <div className="field">
          <label htmlFor="judging-round" className="field__label">
            Vòng
          </label>
          <select id="judging-round" value={round} onChange={(e) => setParams({ vong: e.target.value, trang: null })}>
            {ROUNDS.map((r) => (
              <option key={r} value={r}>
                {ROUND_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {works.isPending && current ? <Loading /> : null}
      {works.data?.markingProblems.map((m) => (
        <div key={m} className="banner banner--warning" role="status">
          {m}
        </div>
      ))}
      {works.data && works.data.items.length === 0 ? (
        <EmptyState title="Không có bài để chấm">
          Bạn chưa được phân công chấm vòng này, hoặc chưa có bài nào ở vòng này.
        </EmptyState>
      ) : null}
      {current
        ? works.data?.items.map((w) => (
            <article key={w.blindCode} className="card contest-work" aria-label={`Bài ${w.blindCode}`}>
              <h2>
                <code>{w.blindCode}</code> · {w.title}
              </h2>
              <p className="muted">
                {w.categoryLabel} · {MARKING_LABELS[w.markingState] ?? w.markingState} · {w.marks} lượt chấm
              </p>
              {w.mediaUrl ? (
                <p>
                  <a href={w.mediaUrl} rel="noreferrer noopener" target="_blank">
                    Mở tác phẩm nghe nhìn
                  </a>
                </p>
              ) : null}
              {w.mediaFile ? (
                <p>
                  <a
                    href={`/api/contest/judging/media?${new URLSearchParams({ editionId: current.id, round, blindCode: w.blindCode })}`}
                    download
                  >
                    Tải tệp âm thanh, video
                  </a>
                </p>
              ) : null}
              {w.text ? <div className="contest-text contest-text--short">{w.text}</div> : null}
              {w.myScore !== null ? (
                <p>
                  Điểm của bạn: <strong>{w.myScore}</strong>
                </p>
              ) : w.markingState === 'complete' ? null : (
                <MarkForm
                  editionId={current.id}
                  round={round}
                  blindCode={w.blindCode}
                  scale={works.data?.scale ?? null}
                />
              )}
            </article>
          ))
        : null}
      {works.data ? (
        <Pagination
          page={works.data.page}
          pageSize={works.data.pageSize}
          total={works.data.total}
          onChange={(p) => setParams({ trang: p === 1 ? null : String(p) })}
        />
      ) : null}
    </>
  );
}
