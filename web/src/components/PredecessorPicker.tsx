/**
 * For a school user: the organisation name, or — when the school was formed by the 2025 merger — a
 * choice between the school and the schools it succeeded, so their 2022 registers and records can be
 * opened under their own names.
 */
import { useEffect } from 'react';
import { $api } from '../api/client.ts';
import { useMe } from '../session/SessionContext.tsx';
import { useCurrentOrganisation } from '../session/CurrentOrganisationContext.tsx';

const NONE: { id: string; name: string }[] = [];

export function PredecessorPicker() {
  const me = useMe();
  const { current, choose } = useCurrentOrganisation();
  const { data } = $api.useQuery('get', '/api/network/organisations/{id}', {
    params: { path: { id: me.organisation.id } },
  });
  const predecessors = data?.predecessors ?? NONE;

  useEffect(() => {
    // A choice left over from another account or a changed network falls back to the own school.
    if (
      current &&
      current.id !== me.organisation.id &&
      !predecessors.some((p) => p.id === current.id) &&
      predecessors.length
    )
      choose(null);
  }, [current, predecessors, me.organisation.id, choose]);

  if (predecessors.length === 0) return <span className="app-header__organisation">{me.organisation.name}</span>;
  return (
    <div className="organisation-picker">
      <label htmlFor="predecessor-picker" className="organisation-picker__label">
        Đang làm việc với
      </label>
      <select
        id="predecessor-picker"
        value={current?.id ?? me.organisation.id}
        onChange={(event) => {
          const picked = predecessors.find((p) => p.id === event.target.value);
          choose(picked ? { id: picked.id, name: picked.name } : null);
        }}
      >
        <option value={me.organisation.id}>{me.organisation.name}</option>
        <optgroup label="Đơn vị tiền thân (trước 01/07/2025)">
          {predecessors.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} (trước 01/07/2025)
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
