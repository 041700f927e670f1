/**
 * Cuộc thi chính luận: the chosen edition's rules summary, the school's entry form, the entries with their
 * round actions, and for the Academy the overlap check, the prizes and the results; everyone sees the network
 * view within their scope.
 */
import { $api } from '../../api/client.ts';
import { ACADEMY_ROLES, hasRole } from '../../api/types.ts';
import { Badge, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useMe } from '../../session/SessionContext.tsx';
import { AwardsSection, OverlapsSection } from './AcademySections.tsx';
import { EditionAdmin, JudgesSection } from './AdminSections.tsx';
import { EditionSelect, useEditionChoice } from './contestShared.tsx';
import { EntriesTable } from './EntriesTable.tsx';
import { EntryForm } from './EntryForm.tsx';
import { NetworkSection } from './NetworkSection.tsx';
import './contest.css';

const SCHOOL_WRITERS = ['school_admin', 'leader', 'clerk'];

export function ContestPage() {
  const me = useMe();
  const [params, setParams] = useQueryParams();
  const { items, current, error, isPending } = useEditionChoice(params.get('lan'));
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const detail = $api.useQuery(
    'get',
    '/api/contest/editions/{id}',
    { params: { path: { id: current?.id ?? '' } } },
    { enabled: Boolean(current) },
  );
  const academy = hasRole(ACADEMY_ROLES, me.role);
  const data = detail.data?.data;
  const quota = data?.quota;

  return (
    <>
      <PageHeader
        title="Cuộc thi chính luận"
        subtitle="Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng: bài dự thi của trường, chấm kín, kiểm tra trùng lặp, các vòng thi và giải thưởng."
      />
      <ErrorBanner error={error ?? detail.error} />
      {isPending ? <Loading /> : null}
      {items.length > 0 ? (
        <div className="filters">
          <EditionSelect items={items} value={current?.id} onChange={(id) => setParams({ lan: id, trang: null })} />
        </div>
      ) : null}
      {current && data ? (
        <>
          <section className="card" aria-labelledby="edition-title">
            <h2 id="edition-title">{data.title}</h2>
            <p>
              Kế hoạch: {data.plan.value?.number ?? 'chưa có'} ·{' '}
              {current.status === 'draft' ? (
                <Badge tone="warning">Bản nháp, chưa nhận bài</Badge>
              ) : (
                <Badge tone="success">Đang áp dụng</Badge>
              )}
            </p>
            <p>
              Giới hạn số bài:{' '}
              {quota?.value
                ? [
                    quota.value.maxTotal !== null ? `tối đa ${quota.value.maxTotal} bài` : null,
                    quota.value.maxByKind.written !== undefined ? `${quota.value.maxByKind.written} bài viết` : null,
                    quota.value.maxByKind.audiovisual !== undefined
                      ? `${quota.value.maxByKind.audiovisual} tác phẩm nghe nhìn`
                      : null,
                  ]
                    .filter(Boolean)
                    .join(', ')
                : 'chưa xác định'}
              {quota?.confidence === 'uncertain' ? <Badge tone="warning">Chưa xác minh</Badge> : null}
            </p>
          </section>
          {me.role === 'academy_admin' ? (
            <EditionAdmin
              editionId={current.id}
              year={current.year}
              status={current.status}
              data={data}
              lastYear={Math.max(...items.map((e) => e.year))}
              onCopied={(id) => setParams({ lan: id, trang: null })}
            />
          ) : null}
          {me.role === 'academy_admin' || me.role === 'school_admin' ? <JudgesSection editionId={current.id} /> : null}
          {SCHOOL_WRITERS.includes(me.role) && current.status === 'published' ? (
            <EntryForm editionId={current.id} edition={data} />
          ) : null}
          <EntriesTable
            editionId={current.id}
            page={page}
            onPage={(p) => setParams({ trang: p === 1 ? null : String(p) })}
          />
          {academy ? <OverlapsSection editionId={current.id} /> : null}
          {academy ? <AwardsSection editionId={current.id} year={current.year} /> : null}
          <NetworkSection editionId={current.id} />
        </>
      ) : null}
    </>
  );
}
