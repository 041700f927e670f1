/** Side by side: an entry and the text it overlaps, the matching passages highlighted in both. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { $api } from '../../api/client.ts';
import { ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { percent } from './contestShared.tsx';
import './contest.css';

type Range = { start: number; end: number };

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

function Highlighted({ text, ranges }: { text: string; ranges: Range[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const r of merge(ranges)) {
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(
      <mark key={r.start} className="contest-passage">
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  parts.push(text.slice(at));
  return <div className="contest-text">{parts}</div>;
}

export function OverlapPage({ overlapId }: { overlapId: string }) {
  const { data, error, isPending } = $api.useQuery('get', '/api/contest/overlaps/{id}', {
    params: { path: { id: overlapId } },
  });
  return (
    <>
      <PageHeader
        title="Đối chiếu trùng lặp"
        subtitle={
          data
            ? `${data.a.label}: ${percent(data.overlap.entryInOther)} nội dung nằm trong "${data.b.label}"; ${data.passages.length} đoạn trùng.`
            : undefined
        }
        actions={<Link to="/cuoc-thi">Về cuộc thi</Link>}
      />
      <ErrorBanner error={error} />
      {isPending ? <Loading /> : null}
      {data ? (
        <div className="contest-side-by-side">
          <section aria-label={data.a.label}>
            <h2>{data.a.label}</h2>
            <Highlighted text={data.a.text} ranges={data.passages.map((p) => p.a)} />
          </section>
          <section aria-label={data.b.label}>
            <h2>{data.b.label}</h2>
            <Highlighted text={data.b.text} ranges={data.passages.map((p) => p.b)} />
          </section>
        </div>
      ) : null}
    </>
  );
}
