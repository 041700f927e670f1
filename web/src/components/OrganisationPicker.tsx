/**
 * For Academy users: choose the school whose people, audit log and (later) documents the pages
 * show. Lists the organisations in operation today, grouped by kind, in Vietnamese order.
 */
import { useQuery } from '@tanstack/react-query';
import { client, errorMessage, unwrap } from '../api/client.ts';
import type { Organisation, OrganisationKind } from '../api/types.ts';
import { ORGANISATION_KIND_LABELS } from '../api/types.ts';
import { sortByVietnamese, todayInVietnam } from '../lib/format.ts';
import { useCurrentOrganisation } from '../session/CurrentOrganisationContext.tsx';

const KIND_ORDER: OrganisationKind[] = [
  'academy',
  'regional_academy',
  'member_academy',
  'provincial_school',
  'sector_school',
];
const NETWORK_WIDE = '';

/** All organisations in operation on `at`, following the API's pages. */
export async function loadAllOrganisations(at: string, signal?: AbortSignal): Promise<Organisation[]> {
  const all: Organisation[] = [];
  for (let page = 1; page <= 20; page++) {
    const result = await unwrap(
      client.GET('/api/network/organisations', { params: { query: { at, page, pageSize: 50 } }, signal }),
    );
    all.push(...result.items);
    if (result.items.length === 0 || all.length >= result.total) break;
  }
  return all;
}

export function OrganisationPicker() {
  const { current, choose } = useCurrentOrganisation();
  const today = todayInVietnam();
  const query = useQuery({
    queryKey: ['get', '/api/network/organisations', { all: true, at: today }],
    queryFn: ({ signal }) => loadAllOrganisations(today, signal),
    staleTime: 10 * 60_000,
  });
  const organisations = query.data ?? null;
  const error = query.error ? errorMessage(query.error) : null;

  const groups = KIND_ORDER.map((kind) => ({
    kind,
    items: sortByVietnamese(
      (organisations ?? []).filter((o) => o.kind === kind),
      (o) => o.name,
    ),
  })).filter((group) => group.items.length > 0);

  const currentIsListed = !current || (organisations ?? []).some((o) => o.id === current.id);

  return (
    <div className="organisation-picker">
      <label htmlFor="organisation-picker" className="organisation-picker__label">
        Đang làm việc với
      </label>
      <select
        id="organisation-picker"
        value={current?.id ?? NETWORK_WIDE}
        disabled={organisations === null && !error}
        title={error ?? undefined}
        onChange={(event) => {
          const id = event.target.value;
          const chosen = organisations?.find((o) => o.id === id);
          choose(chosen ? { id: chosen.id, name: chosen.name } : null);
        }}
      >
        <option value={NETWORK_WIDE}>Toàn mạng lưới</option>
        {!currentIsListed && current ? <option value={current.id}>{current.name}</option> : null}
        {groups.map((group) => (
          <optgroup key={group.kind} label={ORGANISATION_KIND_LABELS[group.kind]}>
            {group.items.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error ? <span className="organisation-picker__error">Không tải được danh sách trường</span> : null}
    </div>
  );
}
