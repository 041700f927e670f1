/** Việc của tôi: tasks where I or my unit lead, support or are informed, with filters kept in the query string. */
import { $api } from '../../api/client.ts';
import { ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useQueryParams } from '../../lib/searchParams.ts';
import { TaskTable } from './TaskTable.tsx';
import './tasks.css';

const STATUS = [
  ['open', 'Đang xử lý và chờ xử lý'],
  ['assigned', 'Mới giao'],
  ['in_progress', 'Đang xử lý'],
  ['returned', 'Đã trả lại'],
  ['done', 'Hoàn thành'],
  ['all', 'Tất cả'],
] as const;
const DUE = [
  ['', 'Mọi thời hạn'],
  ['soon', 'Sắp đến hạn (7 ngày)'],
  ['overdue', 'Quá hạn'],
] as const;
const ROLE = [
  ['', 'Mọi vai trò'],
  ['lead', 'Chủ trì'],
  ['support', 'Phối hợp'],
  ['info', 'Để biết'],
] as const;

function Select({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (v: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export function MyTasksPage() {
  const [params, setParams] = useQueryParams();
  const status = params.get('status') ?? 'open';
  const due = params.get('due') ?? '';
  const role = params.get('role') ?? '';
  const { data, error, isLoading, isFetching, refetch } = $api.useQuery('get', '/api/tasks/mine', {
    params: {
      query: { status: status as never, due: (due || undefined) as never, role: (role || undefined) as never },
    },
  });
  const reload = () => void refetch();

  return (
    <>
      <PageHeader title="Việc của tôi" subtitle="Nhiệm vụ giao cho tôi hoặc phòng, khoa của tôi" />
      <form className="filters" aria-label="Lọc nhiệm vụ" onSubmit={(e) => e.preventDefault()}>
        <Select
          id="mine-status"
          label="Trạng thái"
          value={status}
          options={STATUS}
          onChange={(v) => setParams({ status: v === 'open' ? null : v })}
        />
        <Select id="mine-due" label="Thời hạn" value={due} options={DUE} onChange={(v) => setParams({ due: v })} />
        <Select id="mine-role" label="Vai trò" value={role} options={ROLE} onChange={(v) => setParams({ role: v })} />
      </form>
      <ErrorBanner error={error} onRetry={reload} />
      {isLoading ? <Loading /> : null}
      {data ? (
        <div className={isFetching ? 'is-refreshing' : undefined}>
          <p className="result-count" aria-live="polite">
            <strong>{formatNumber(data.total)}</strong> nhiệm vụ
          </p>
          <TaskTable
            tasks={data.items}
            caption="Việc của tôi"
            show={['document', 'lead', 'myRole']}
            emptyTitle="Không có nhiệm vụ nào phù hợp"
          />
        </div>
      ) : null}
    </>
  );
}
