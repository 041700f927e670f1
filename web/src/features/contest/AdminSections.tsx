/**
 * Running an edition: the Academy's administrator copies the last edition into a draft for the next year and
 * edits its rules (the edition as data: every fact with value, confidence and source; the server lists every
 * problem); judges are assigned per round — the school round by the school's administrator, the Academy's rounds
 * by the Academy's administrator.
 */
import { useEffect, useState } from 'react';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ErrorBanner, SuccessBanner } from '../../components/Feedback.tsx';
import { Table } from '../../components/Table.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { type EditionData, ROUND_LABELS } from './contestShared.tsx';

export function EditionAdmin({
  editionId,
  year,
  status,
  data,
  lastYear,
  onCopied,
}: {
  editionId: string;
  year: number;
  status: string;
  data: EditionData;
  lastYear: number;
  onCopied: (id: string) => void;
}) {
  const [json, setJson] = useState('');
  const [publish, setPublish] = useState(status === 'published');
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => {
    setJson(JSON.stringify(data, null, 2));
    setPublish(status === 'published');
  }, [data, status]);
  const copy = $api.useMutation('post', '/api/contest/editions/{id}/copy', {
    onSuccess: async (res) => {
      await invalidate('/api/contest/editions');
      onCopied(res.edition.id);
    },
  });
  const save = $api.useMutation('put', '/api/contest/editions/{id}', {
    onSuccess: () => invalidate('/api/contest/editions'),
  });
  function submit() {
    setParseError(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      setParseError('Nội dung thể lệ không phải JSON hợp lệ.');
      return;
    }
    save.mutate({
      params: { path: { id: editionId } },
      body: { data: parsed, status: publish ? 'published' : 'draft' },
    });
  }
  return (
    <section className="card" aria-labelledby="edition-admin-title">
      <h2 id="edition-admin-title">Thể lệ lần thi (quản trị Học viện)</h2>
      <ErrorBanner error={parseError ?? copy.error ?? save.error} />
      <SuccessBanner message={save.isSuccess ? 'Đã lưu thể lệ.' : null} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => copy.mutate({ params: { path: { id: editionId } }, body: { year: lastYear + 1 } })}
          disabled={copy.isPending}
        >
          Sao chép thành lần thi năm {lastYear + 1}
        </button>
      </div>
      <details>
        <summary>Sửa thể lệ năm {year} (mỗi dữ kiện: giá trị, độ tin cậy, nguồn)</summary>
        <div className="field">
          <label htmlFor="edition-json" className="field__label">
            Thể lệ (JSON)
          </label>
          <textarea
            id="edition-json"
            rows={18}
            value={json}
            onChange={(e) => setJson(e.target.value)}
            spellCheck={false}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} /> Công bố (nhận bài
          dự thi)
        </label>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={submit} disabled={save.isPending}>
            Lưu thể lệ
          </button>
        </div>
      </details>
    </section>
  );
}

type RoundCode = 'school' | 'preliminary' | 'final';

export function JudgesSection({ editionId }: { editionId: string }) {
  const me = useMe();
  const rounds: RoundCode[] =
    me.role === 'academy_admin' ? ['preliminary', 'final'] : me.role === 'school_admin' ? ['school'] : [];
  const [round, setRound] = useState<RoundCode>(rounds[0] ?? 'school');
  const [q, setQ] = useState('');
  const judges = $api.useQuery('get', '/api/contest/editions/{id}/judges', { params: { path: { id: editionId } } });
  const people = $api.useQuery(
    'get',
    '/api/people',
    { params: { query: { q, pageSize: 10 } } },
    { enabled: q.trim().length >= 2 },
  );
  const assign = $api.useMutation('post', '/api/contest/editions/{id}/judges', {
    onSuccess: () => invalidate('/api/contest/editions/{id}/judges'),
  });
  return (
    <section className="card" aria-labelledby="judges-title">
      <h2 id="judges-title">Giám khảo</h2>
      <ErrorBanner error={judges.error ?? assign.error} />
      <Table
        caption="Giám khảo được phân công"
        rows={judges.data?.items ?? []}
        rowKey={(j) => j.id}
        emptyTitle="Chưa phân công giám khảo"
        columns={[
          { key: 'name', header: 'Họ và tên', cell: (j) => j.fullName },
          { key: 'round', header: 'Vòng', cell: (j) => j.roundName },
        ]}
      />
      {rounds.length > 0 ? (
        <div className="filters">
          <div className="field">
            <label htmlFor="judge-round" className="field__label">
              Vòng
            </label>
            <select id="judge-round" value={round} onChange={(e) => setRound(e.target.value as RoundCode)}>
              {rounds.map((r) => (
                <option key={r} value={r}>
                  {ROUND_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="judge-search" className="field__label">
              Tìm cán bộ
            </label>
            <input id="judge-search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Họ tên hoặc email" />
          </div>
          {(people.data?.items ?? []).map((p) => (
            <button
              key={p.id}
              type="button"
              className="button button--small"
              onClick={() => assign.mutate({ params: { path: { id: editionId } }, body: { round, userId: p.id } })}
            >
              Phân công {p.fullName} ({p.organisationName})
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
